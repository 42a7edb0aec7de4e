import { type Lang, langs, say } from '../i18n.js';
import { type PagePath, pageFile, relative } from '../paths.js';
import { escapeHtml, type Html, scriptSafe } from './html.js';

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
  /** What search engines read: schema.org, in the page's language, as JSON text. */
  readonly schemaOrg?: (lang: Lang) => string;
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
  // Written as plain text, the shell's words escaped once: every page of a site has this shell.
  const path = page.path;
  const link = (to: string) => relative(path, to);
  const w = shellWords[lang];
  const other: Lang = lang === 'zh' ? 'en' : 'zh';
  const title = escapeHtml(page.title(lang));
  const alternates = Object.entries(page.alternates ?? {});
  let out = `<!doctype html>
<html lang="${htmlLang[lang]}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · ${w.site}</title>
<link rel="canonical" href="${escapeHtml(site.base + pageFile(path, lang))}">
`;
  for (const l of langs)
    out += `<link rel="alternate" hreflang="${htmlLang[l]}" href="${escapeHtml(site.base + pageFile(path, l))}">`;
  out += '\n';
  for (const [format, file] of alternates)
    out += `<link rel="alternate" type="${alternateTypes[format as keyof Alternates]}" href="${escapeHtml(link(file))}">`;
  out += `
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${escapeHtml(link('assets/site.css'))}">
${page.jsonLd === undefined ? '' : `<script type="application/ld+json" id="qingdan-data">${scriptSafe(page.jsonLd)}</script>`}
${page.schemaOrg ? `<script type="application/ld+json" id="schema-org">${scriptSafe(page.schemaOrg(lang))}</script>` : ''}
${page.search ? `<script defer src="${escapeHtml(link('assets/flexsearch.compact.min.js'))}"></script>` : ''}
<script defer src="${escapeHtml(link('assets/site.js'))}"></script>
</head>
<body>
<a class="skip" href="#main">${w.skip}</a>
<header>
<nav aria-label="${w.site}">
<a href="${escapeHtml(link(pageFile('', lang)))}">${w.site}</a>
${site.comparison ? `<a href="${escapeHtml(link(pageFile('compare/', lang)))}">${w.comparison}</a>` : ''}
<a href="${escapeHtml(link('catalog.ttl'))}">${w.catalog}</a>
<a class="lang" hreflang="${htmlLang[other]}" lang="${htmlLang[other]}" href="${escapeHtml(link(pageFile(path, other)))}">${w.switchTo}</a>
</nav>
</header>
<main id="main">
<h1>${title}</h1>
${page.body(lang, link).value}
</main>
<footer><p>${w.data}: `;
  for (const [format, file] of alternates)
    out += `<a href="${escapeHtml(link(file))}">${escapeHtml(format)}</a> `;
  return `${out}<a href="${escapeHtml(link('catalog.jsonld'))}">catalog.jsonld</a></p></footer>
</body>
</html>
`;
}

const htmlLang: Record<Lang, string> = { zh: 'zh-CN', en: 'en' };

/** The shell's own words in one language, escaped. */
function shellWordsOf(lang: Lang) {
  return {
    site: escapeHtml(say(lang, 'site')),
    skip: escapeHtml(say(lang, 'skip')),
    comparison: escapeHtml(say(lang, 'comparison')),
    catalog: escapeHtml(say(lang, 'catalog')),
    switchTo: escapeHtml(say(lang, 'switchTo')),
    data: escapeHtml(say(lang, 'data')),
  };
}

const shellWords = { zh: shellWordsOf('zh'), en: shellWordsOf('en') };
