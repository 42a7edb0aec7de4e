import { type Comparison, nearestLists } from '@qingdan/compare';
import { html } from '../html/html.js';
import type { Page } from '../html/page.js';
import { pick, say } from '../i18n.js';
import { labelsOf } from '../labels.js';
import { pageFile } from '../paths.js';
import type { PageContext } from './context.js';

/** A cell's colour: white to dark blue with the similarity, the text white where it is dark. */
function heat(value: number): string {
  const light = Math.round(97 - value * 67);
  return `background:hsl(210 60% ${light}%);color:${light < 55 ? '#fff' : '#111'}`;
}

const sharedShown = 60;

/**
 * Up to this many lists the page shows every pair's similarity as a heat map; beyond, each list's
 * {@link nearestShown} most similar lists. A province's thousands of townships would make the
 * map millions of cells: 135.5 MB of HTML a language at 1,500 lists.
 *
 * @example
 * ```ts
 * lists.length <= heatMapUpTo; // the heat map is drawn
 * ```
 */
export const heatMapUpTo = 50;

/**
 * How many most similar lists the page names for each list when there are too many for the heat
 * map.
 *
 * @example
 * ```ts
 * nearestLists(comparison.similarity, nearestShown);
 * ```
 */
export const nearestShown = 5;

/**
 * The comparison of the site's lists (`@qingdan/compare`): the similarity of every pair as a heat
 * map (up to {@link heatMapUpTo} lists; beyond, each list's most similar lists), a link to the
 * similarity as CSV (`table`, a file in the page's folder), the duties most lists share, and how
 * many each list has alone.
 *
 * @example
 * ```ts
 * const page = comparisonPage(ctx, compareLists(lists), 'similarity.csv');
 * ```
 */
export function comparisonPage(ctx: PageContext, comparison: Comparison, table: string): Page {
  const { paths } = ctx;
  const { alignment, similarity } = comparison;
  const lists = alignment.lists;
  const spread = alignment.concepts.map((c) => ({
    concept: c,
    lists: new Set(c.members.map((m) => m.list)),
  }));
  const shared = spread
    .filter((s) => s.lists.size > 1)
    .sort((a, b) => b.lists.size - a.lists.size || a.concept.label.localeCompare(b.concept.label));
  // One pass over the concepts: a list at a time would be lists × concepts at a province's scale.
  const distinct = lists.map(() => 0);
  for (const s of spread)
    if (s.lists.size === 1) for (const i of s.lists) distinct[i] = (distinct[i] ?? 0) + 1;
  const nearest = lists.length > heatMapUpTo ? nearestLists(similarity, nearestShown) : undefined;
  return {
    path: paths.comparison,
    title: (lang) => say(lang, 'comparison'),
    body: (lang, link) => {
      const names = lists.map((l) => labelsOf(l, lang).editionTitle);
      const linked = (i: number) => {
        const list = lists[i];
        return list
          ? html`<a href="${link(pageFile(paths.edition(list), lang))}">${names[i]}</a>`
          : '';
      };
      const similar = nearest
        ? html`<p>${say(lang, 'nearestNote')}</p>
<table><caption>${say(lang, 'nearest')} (Jaccard)</caption>
<thead><tr><th scope="col">${say(lang, 'editions')}</th>${[...Array(nearestShown).keys()].map((k) => html`<th scope="col">${k + 1}</th>`)}</tr></thead>
<tbody>${lists.map(
            (_, i) =>
              html`<tr><th scope="row">${linked(i)}</th>${[...nearest.of(i)].map((j) =>
                j < 0
                  ? html`<td></td>`
                  : html`<td>${linked(j)} (${similarity.at(i, j).toFixed(2)})</td>`,
              )}</tr>`,
          )}</tbody></table>`
        : html`<table class="heat"><caption>${say(lang, 'similarity')} (Jaccard)</caption>
<thead><tr><td></td>${lists.map((_, j) => html`<th scope="col" title="${names[j]}">${j + 1}</th>`)}</tr></thead>
<tbody>${lists.map(
            (_, i) =>
              html`<tr><th scope="row">${i + 1}. ${linked(i)}</th>${lists.map((__, j) => {
                const v = i === j ? 1 : similarity.at(Math.min(i, j), Math.max(i, j));
                return html`<td style="${heat(v)}">${v.toFixed(2)}</td>`;
              })}</tr>`,
          )}</tbody></table>`;
      return html`<h2>${say(lang, 'similarity')}</h2>
<p>${say(lang, 'similarityData')}: <a href="${link(`${paths.comparison}${table}`)}">${table}</a></p>
${similar}
<h2>${say(lang, 'distinct')}</h2>
<table><thead><tr><th scope="col">${say(lang, 'editions')}</th><th scope="col">${say(lang, 'dutyCount')}</th><th scope="col">${say(lang, 'distinct')}</th></tr></thead>
<tbody>${lists.map((l, i) => html`<tr><td>${linked(i)}</td><td>${l.duties.length}</td><td>${distinct[i]}</td></tr>`)}</tbody></table>
<h2>${say(lang, 'shared')} (${shared.length})</h2>
<table><thead><tr><th scope="col">${say(lang, 'name')}</th><th scope="col">${say(lang, 'lists')}</th></tr></thead>
<tbody>${shared.slice(0, sharedShown).map((s) => {
        const first = s.concept.members[0];
        const list = first ? lists[first.list] : undefined;
        const duty = list && first ? list.duties[first.duty] : undefined;
        const name = duty ? pick(lang, { zh: duty.name, en: duty.nameEn }) : s.concept.label;
        return html`<tr><td>${list && duty ? html`<a href="${link(pageFile(paths.duty(list, duty.key), lang))}">${name}</a>` : name}</td><td>${s.lists.size}</td></tr>`;
      })}</tbody></table>`;
    },
  };
}
