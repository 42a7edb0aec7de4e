import { divisionChain } from '@qingdan/core';
import { html } from '../html/html.js';
import type { Page } from '../html/page.js';
import { type Lang, say } from '../i18n.js';
import { labelsOf } from '../labels.js';
import type { EditionRef } from '../model.js';
import { pageFile } from '../paths.js';
import type { PageContext } from './context.js';

function levelName(list: EditionRef, level: string, lang: Lang): string {
  return (
    divisionChain(list.division).find((d) => d.level === level)?.name ?? say(lang, 'unassigned')
  );
}

/** Lists grouped by a key, in the order the keys first come. */
function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/**
 * The home page: every edition by province, county and township with its count of duties, the
 * search over every duty, and the catalog's data (`catalog`: the JSON-LD of the catalog's own
 * node, naming its datasets; the whole catalog is the `catalog.jsonld` the page links).
 *
 * @example
 * ```ts
 * const page = homePage(ctx, pageJsonText(catalogQuads(editions, options)), 'assets/search-data.js');
 * ```
 */
export function homePage(ctx: PageContext, catalog: string, searchIndex: string): Page {
  const { paths } = ctx;
  const sorted = [...ctx.editions].sort(
    (a, b) =>
      a.division.code.localeCompare(b.division.code) ||
      (a.issued ?? '').localeCompare(b.issued ?? ''),
  );
  return {
    path: paths.home,
    title: (lang) => say(lang, 'site'),
    jsonLd: catalog,
    alternates: { ttl: 'catalog.ttl', jsonld: 'catalog.jsonld' },
    search: true,
    body: (lang, link) => {
      const provinces = groupBy(sorted, (l) => levelName(l, 'province', lang));
      return html`<form class="search" hidden role="search" data-root="${link('')}" data-index="${searchIndex}" data-page="${pageFile('', lang)}">
<label for="site-search">${say(lang, 'search')}</label>
<input type="search" id="site-search" placeholder="${say(lang, 'searchHint')}">
<p class="count" aria-live="polite"></p>
<ul id="results" aria-label="${say(lang, 'results')}"></ul>
</form>
<h2>${say(lang, 'editions')} (${sorted.length})</h2>
${[...provinces].map(([province, lists]) => {
  const counties = groupBy(lists, (l) => levelName(l, 'county', lang));
  return html`<h3>${province}</h3>
<table><thead><tr><th scope="col">${say(lang, 'county')}</th><th scope="col">${say(lang, 'township')}</th><th scope="col">${say(lang, 'editions')}</th><th scope="col">${say(lang, 'dutyCount')}</th></tr></thead><tbody>
${[...counties].flatMap(([county, inCounty]) =>
  inCounty.map(
    (l) =>
      html`<tr><td>${county}</td><td>${l.division.name}</td><td><a href="${link(pageFile(paths.edition(l), lang))}">${labelsOf(l, lang).editionTitle}</a></td><td>${l.dutyCount}</td></tr>`,
  ),
)}
</tbody></table>`;
})}`;
    },
  };
}
