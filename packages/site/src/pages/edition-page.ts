import {
  countByDomain,
  countByOffice,
  countByPowerCategory,
  countBySection,
  type DutyList,
  dutyDepartments,
} from '@qingdan/core';
import { editionFile, type PublicationFormat } from '@qingdan/rdf';
import { editionAlternates } from '../edition-data.js';
import { barChart, barsOf } from '../html/bar-chart.js';
import { type Html, html } from '../html/html.js';
import type { Page } from '../html/page.js';
import { type Lang, pick, say } from '../i18n.js';
import { type Labelled, type Labels, labelsOf } from '../labels.js';
import { pageFile } from '../paths.js';
import type { PageContext } from './context.js';

const formatNames: Record<PublicationFormat, string> = {
  jsonld: 'JSON-LD',
  ttl: 'Turtle',
  nt: 'N-Triples',
  nq: 'N-Quads',
};

function select(
  name: string,
  label: string,
  options: readonly [string, string][],
  lang: Lang,
): Html {
  return html`<div><label for="f-${name}">${label}</label><select id="f-${name}" name="${name}"><option value="">${say(lang, 'allValues')}</option>${options.map(([value, text]) => html`<option value="${value}">${text}</option>`)}</select></div>`;
}

function options(
  counts: ReadonlyMap<string, number>,
  label: (k: string) => string,
): [string, string][] {
  return [...counts.keys()]
    .filter((k) => k !== '')
    .map((k) => [k, `${label(k)} (${counts.get(k)})`]);
}

function departmentCounts(list: DutyList): Map<string, number> {
  const counts = new Map<string, number>();
  for (const d of list.duties)
    for (const k of dutyDepartments(d)) counts.set(k, (counts.get(k) ?? 0) + 1);
  return counts;
}

function filters(list: DutyList, labels: Labels, lang: Lang): Html {
  return html`<form class="filters" hidden role="search" aria-label="${say(lang, 'filters')}">
<div><label for="q">${say(lang, 'search')}</label><input type="search" id="q" name="q" placeholder="${say(lang, 'searchHint')}"></div>
${select('section', say(lang, 'section'), options(countBySection(list), labels.section), lang)}
${select('domain', say(lang, 'domain'), options(countByDomain(list), labels.domain), lang)}
${select('office', say(lang, 'office'), options(countByOffice(list), labels.office), lang)}
${select('department', say(lang, 'department'), options(departmentCounts(list), labels.department), lang)}
<p class="count" aria-live="polite"></p>
</form>`;
}

/**
 * An edition's page, at its IRI: what the list is, its counts as charts, its files, and the duty
 * table (readable without JavaScript; the script adds the filters and the search).
 *
 * @example
 * ```ts
 * const page = editionPage(ctx, list, parts.jsonText(parts.edition), ['jsonld', 'ttl', 'nt', 'nq'], undefined, amendmentLinks);
 * ```
 */
export function editionPage(
  ctx: PageContext,
  list: DutyList,
  jsonLd: string,
  formats: readonly PublicationFormat[],
  tables:
    | { readonly csv: string; readonly csvw: string; readonly xlsx: string | undefined }
    | undefined,
  amendments: readonly { readonly path: string; readonly from: Labelled; readonly to: Labelled }[],
): Page {
  const { paths } = ctx;
  return {
    path: paths.edition(list),
    title: (lang) => labelsOf(list, lang).title,
    alternates: editionAlternates(list),
    jsonLd,
    search: true,
    body: (lang, link) => {
      const labels = labelsOf(list, lang);
      const chart = (
        word: Parameters<typeof say>[1],
        counts: ReadonlyMap<string, number>,
        label: (k: string) => string,
      ) =>
        counts.size === 0
          ? ''
          : html`<figure><figcaption>${say(lang, word)}</figcaption>${barChart(say(lang, word), barsOf(counts, label))}</figure>`;
      const rows = list.duties.map((d) => {
        const departments = dutyDepartments(d);
        return html`<tr data-section="${d.section}" data-domain="${d.domain ?? ''}" data-office="${d.offices.join(' ')}" data-department="${departments.join(' ')}">
<td>${d.number ?? ''}</td><td><a href="${link(pageFile(paths.duty(list, d.key), lang))}">${pick(lang, { zh: d.name, en: d.nameEn })}</a></td><td>${labels.section(d.section)}</td><td>${d.domain === undefined ? '' : labels.domain(d.domain)}</td><td>${d.offices.map(labels.office).join('、')}</td><td>${departments.map(labels.department).join('、')}</td></tr>`;
      });
      return html`<dl class="meta">
<dt>${say(lang, 'division')}</dt><dd>${list.division.name} (${list.division.code})</dd>
<dt>${say(lang, 'issuer')}</dt><dd>${pick(lang, { zh: list.issuer.name, en: list.issuer.nameEn })}</dd>
${list.documentNumber ? html`<dt>${say(lang, 'documentNumber')}</dt><dd>${list.documentNumber}</dd>` : ''}
${list.issued ? html`<dt>${say(lang, 'issued')}</dt><dd>${list.issued}</dd>` : ''}
${list.edition ? html`<dt>${say(lang, 'edition')}</dt><dd>${list.edition}</dd>` : ''}
<dt>${say(lang, 'status')}</dt><dd>${labels.status(list.status)}</dd>
<dt>${say(lang, 'dutyCount')}</dt><dd>${list.duties.length}</dd>
${list.sourceUrl ? html`<dt>${say(lang, 'source')}</dt><dd><a href="${list.sourceUrl}">${list.sourceUrl}</a></dd>` : ''}
</dl>
${amendments.length > 0 ? html`<h2>${say(lang, 'amendments')}</h2><ul>${amendments.map((a) => html`<li><a href="${link(pageFile(a.path, lang))}">${labelsOf(a.from, lang).title} → ${labelsOf(a.to, lang).title}</a></li>`)}</ul>` : ''}
<h2>${say(lang, 'downloads')}</h2>
<ul class="downloads">${formats.map((f) => html`<li><a href="${link(editionFile(list, f))}" download>${formatNames[f]}</a> (${editionFile(list, f)})</li>`)}
${tables ? html`<li><a href="${link(tables.csv)}" download>CSV</a> (<a href="${link(tables.csvw)}">CSVW</a>)</li>${tables.xlsx === undefined ? html`<li>XLSX: ${say(lang, 'xlsxTooLong')}</li>` : html`<li><a href="${link(tables.xlsx)}" download>XLSX</a></li>`}` : ''}</ul>
<h2>${say(lang, 'charts')}</h2>
<div class="charts">
${chart('section', countBySection(list), labels.section)}
${chart('domain', countByDomain(list), labels.domain)}
${chart('offices', countByOffice(list), labels.office)}
${chart('powerCategory', countByPowerCategory(list), labels.powerCategory)}
</div>
<h2 id="duties">${say(lang, 'dutyTable')}</h2>
<noscript><p>${say(lang, 'noScript')}</p></noscript>
${filters(list, labels, lang)}
<table class="duties">
<caption>${labels.title}: ${list.duties.length} ${say(lang, 'duties')}</caption>
<thead><tr><th scope="col">${say(lang, 'number')}</th><th scope="col">${say(lang, 'name')}</th><th scope="col">${say(lang, 'section')}</th><th scope="col">${say(lang, 'domain')}</th><th scope="col">${say(lang, 'offices')}</th><th scope="col">${say(lang, 'departments')}</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>`;
    },
  };
}
