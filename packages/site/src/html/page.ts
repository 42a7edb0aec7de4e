import { type Lang, langs, say } from '../i18n.js';
import { type PagePath, pageFile, relative } from '../paths.js';
import { Html, html, scriptJson, scriptSafe } from './html.js';

/**
 * The data files of a page's edition, as `<link rel="alternate">` names them (paths under the
 * site's root).
 *
 * @example
 * ```ts
 * const alternates: Alternates = { ttl: '421127104/wuzu-2024.ttl', jsonld: '421127104/wuzu-2024.jsonld' };
 * ```
 */
export type Alternates = Partial<Record<'ttl' | 'jsonld' | 'nt', string>>;

const alternateTypes = {
  ttl: 'text/turtle',
  jsonld: 'application/ld+json',
  nt: 'application/n-triples',
} as const;

/**
 * A page, in both languages: what the shell needs around its body.
 *
 * @example
 * ```ts
 * const page: Page = { path: '', title: () => '首页', body: () => html`<p>…</p>` };
 * ```
 */
export interface Page {
  readonly path: PagePath;
  readonly title: (lang: Lang) => string;
  readonly body: (lang: Lang, link: (to: string) => string) => Html;
  /** The page's own linked data in the qingdan vocabulary, as JSON text. */
  readonly jsonLd?: string;
  /** What search engines read: schema.org, in the page's language. */
  readonly schemaOrg?: (lang: Lang) => unknown;
  readonly alternates?: Alternates;
  /** Whether the page loads the search library (pages with a search box). */
  readonly search?: boolean;
}

/**
 * What every page of a site shares.
 *
 * @example
 * ```ts
 * const site: SiteFrame = { base: 'https://data.example.org/qingdan/', comparison: true };
 * ```
 */
export interface SiteFrame {
  readonly base: string;
  /** Whether the site has a comparison page to link to. */
  readonly comparison: boolean;
}

/**
 * The whole HTML of a page in one language: `lang`, `hreflang` links to both versions, the
 * language switch, `<link rel="alternate">` to the data, the JSON-LD, and the one small script.
 * Every link is relative and names its file, so the site works from the folder too.
 *
 * @example
 * ```ts
 * renderPage(site, page, 'zh').startsWith('<!doctype html>'); // true
 * ```
 */
export function renderPage(site: SiteFrame, page: Page, lang: Lang): string {
  const link = (to: string) => relative(page.path, to);
  const other: Lang = lang === 'zh' ? 'en' : 'zh';
  const asset = (name: string) => link(`assets/${name}`);
  const title = page.title(lang);
  const alternates = Object.entries(page.alternates ?? {}).map(
    ([format, file]) =>
      html`<link rel="alternate" type="${alternateTypes[format as keyof Alternates]}" href="${link(file)}">`,
  );
  const head = html`<!doctype html>
<html lang="${lang === 'zh' ? 'zh-CN' : 'en'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · ${say(lang, 'site')}</title>
<link rel="canonical" href="${site.base + pageFile(page.path, lang)}">
${langs.map((l) => html`<link rel="alternate" hreflang="${l === 'zh' ? 'zh-CN' : 'en'}" href="${site.base + pageFile(page.path, l)}">`)}
${alternates}
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${asset('site.css')}">
${page.jsonLd === undefined ? '' : html`<script type="application/ld+json" id="qingdan-data">${new Html(scriptSafe(page.jsonLd))}</script>`}
${page.schemaOrg ? html`<script type="application/ld+json" id="schema-org">${scriptJson(page.schemaOrg(lang))}</script>` : ''}
${page.search ? html`<script defer src="${asset('flexsearch.compact.min.js')}"></script>` : ''}
<script defer src="${asset('site.js')}"></script>
</head>
<body>
<a class="skip" href="#main">${say(lang, 'skip')}</a>
<header>
<nav aria-label="${say(lang, 'site')}">
<a href="${link(pageFile('', lang))}">${say(lang, 'site')}</a>
${site.comparison ? html`<a href="${link(pageFile('compare/', lang))}">${say(lang, 'comparison')}</a>` : ''}
<a href="${link('catalog.ttl')}">${say(lang, 'catalog')}</a>
<a class="lang" hreflang="${other === 'zh' ? 'zh-CN' : 'en'}" lang="${other === 'zh' ? 'zh-CN' : 'en'}" href="${link(pageFile(page.path, other))}">${say(lang, 'switchTo')}</a>
</nav>
</header>
<main id="main">
<h1>${title}</h1>
${page.body(lang, link)}
</main>
<footer><p>${say(lang, 'data')}: ${Object.entries(page.alternates ?? {}).map(([format, file]) => html`<a href="${link(file)}">${format}</a> `)}<a href="${link('catalog.jsonld')}">catalog.jsonld</a></p></footer>
</body>
</html>
`;
  return head.value;
}
