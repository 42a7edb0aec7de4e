import { mediaTypes } from '@qingdan/rdf';

/**
 * The formats a client may ask an edition's or a duty's IRI for, by `Accept`, in the order they
 * are tried; HTML when it asks for none of them.
 *
 * @example
 * ```ts
 * negotiableFormats[0]; // { format: 'ttl', mediaType: 'text/turtle' }
 * ```
 */
export const negotiableFormats = (['ttl', 'jsonld', 'nt'] as const).map((format) => ({
  format,
  mediaType: mediaTypes[format],
}));

/** `{division}/{edition}`: a division code, then a list id (letters, digits, `._-`). */
const edition = String.raw`\d{6,12}/[A-Za-z0-9._~%-]+`;

/**
 * The paths (under the base) of an edition and of a duty, as regular expressions whose first
 * group is the edition's path: one description for the local server and the generated configs.
 *
 * @example
 * ```ts
 * negotiablePaths.duty.exec('421127104/wuzu-2024/duty/JB-01')?.[1]; // '421127104/wuzu-2024'
 * ```
 */
export const negotiablePaths = {
  edition: new RegExp(`^(${edition})/?$`),
  duty: new RegExp(`^(${edition})/duty/[^/]+/?$`),
};

/**
 * The data format `Accept` asks for, if it names one of {@link negotiableFormats} with a
 * weight above 0 and ranks it above HTML.
 *
 * @example
 * ```ts
 * acceptedFormat('text/turtle'); // 'ttl'
 * acceptedFormat('text/html,application/xhtml+xml,*\/*;q=0.8'); // undefined
 * ```
 */
export function acceptedFormat(accept: string | undefined): 'ttl' | 'jsonld' | 'nt' | undefined {
  if (!accept) return undefined;
  let best: { format: 'ttl' | 'jsonld' | 'nt' | 'html'; q: number } | undefined;
  for (const part of accept.split(',')) {
    const [type = '', ...params] = part.trim().split(';');
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const q = qParam ? Number(qParam.slice(2)) : 1;
    if (!(q > 0)) continue;
    const t = type.trim().toLowerCase();
    const format =
      t === 'text/html' || t === 'application/xhtml+xml'
        ? 'html'
        : negotiableFormats.find((f) => f.mediaType === t)?.format;
    if (format && (!best || q > best.q)) best = { format, q };
  }
  return best && best.format !== 'html' ? best.format : undefined;
}

/**
 * The nginx configuration that gives an edition's or a duty's IRI as Turtle, JSON-LD or
 * N-Triples by `Accept` (a duty's IRI answers 303 with its edition's file, which holds it), and
 * the pages otherwise; to include in the `server` block, the site's folder being `{root}{path}`
 * (`root`, not `alias`, which nginx mishandles in nested regex locations).
 *
 * @example
 * ```ts
 * nginxConfig('/qingdan/', '/srv/www').includes('map $http_accept'); // true
 * ```
 */
export function nginxConfig(path: string, root: string): string {
  const p = path.endsWith('/') ? path : `${path}/`;
  const map = negotiableFormats
    .map((f) => `    "~*${f.mediaType.replace(/[+.]/g, '\\$&')}" .${f.format};`)
    .join('\n');
  return `# Content negotiation for the site and its data. In the http block:
map $http_accept $qingdan_ext {
    default "";
    "~*text/html" "";
${map}
}
# In the server block:
location ${p} {
    root ${root};
    index index.html;
    # A types block replaces the whole table: every kind of file the site holds is named.
    types { text/html html; text/css css; text/javascript js; application/xml xml; text/plain txt; application/json json; text/csv csv; application/vnd.openxmlformats-officedocument.spreadsheetml.sheet xlsx; ${negotiableFormats.map((f) => `${f.mediaType} ${f.format};`).join(' ')} application/n-quads nq; }
    charset utf-8;
    charset_types text/html text/css text/javascript text/plain text/csv application/json ${negotiableFormats.map((f) => f.mediaType).join(' ')} application/n-quads;
    add_header Vary Accept;
    location ~ "^${p}(${edition})/duty/[^/]+/?$" {
        if ($qingdan_ext != "") { return 303 ${p}$1$qingdan_ext; }
        try_files $uri $uri/index.html =404;
    }
    location ~ "^${p}(${edition})/?$" {
        if ($qingdan_ext != "") { rewrite ^ ${p}$1$qingdan_ext last; }
        try_files $uri $uri/index.html =404;
    }
}
`;
}

/**
 * The Apache configuration (an `.htaccess` at the site's root, served at `path`) doing what
 * {@link nginxConfig} does, with mod_rewrite, mod_headers and mod_mime.
 *
 * @example
 * ```ts
 * apacheConfig('/qingdan/').includes('RewriteBase /qingdan/'); // true
 * ```
 */
export function apacheConfig(path: string): string {
  const rules = negotiableFormats
    .map(
      (f) => `RewriteCond %{HTTP_ACCEPT} ${f.mediaType.replace(/[+.]/g, '\\$&')}
RewriteCond %{HTTP_ACCEPT} !text/html
RewriteRule "^(${edition})/duty/[^/]+/?$" "$1.${f.format}" [R=303,L]
RewriteCond %{HTTP_ACCEPT} ${f.mediaType.replace(/[+.]/g, '\\$&')}
RewriteCond %{HTTP_ACCEPT} !text/html
RewriteRule "^(${edition})/?$" "$1.${f.format}" [L]`,
    )
    .join('\n');
  return `# Content negotiation for the site and its data (Apache: AllowOverride FileInfo Indexes).
AddType text/html .html
${negotiableFormats.map((f) => `AddType ${f.mediaType} .${f.format}`).join('\n')}
AddType application/n-quads .nq
AddType text/csv .csv
AddType application/vnd.openxmlformats-officedocument.spreadsheetml.sheet .xlsx
AddCharset utf-8 .html .ttl .jsonld .nt .nq .js .css .csv
DirectoryIndex index.html
Header append Vary Accept
RewriteEngine On
RewriteBase ${path.endsWith('/') ? path : `${path}/`}
${rules}
`;
}
