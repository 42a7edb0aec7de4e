import type { Duty, DutyList } from '@qingdan/core';
import { editionAlternates } from '../edition-data.js';
import { escapeHtml, Html, html } from '../html/html.js';
import type { Page } from '../html/page.js';
import { pick, say } from '../i18n.js';
import { labelsOf } from '../labels.js';
import { citedInstruments } from '../legal.js';
import { pageFile } from '../paths.js';
import type { PageContext } from './context.js';
import { dutyFields } from './duty-fields.js';

/**
 * A duty's page, at its IRI: every field, its linked data, and schema.org's `GovernmentService`.
 *
 * @example
 * ```ts
 * const page = dutyPage(ctx, list, duty, parts.jsonText(parts.duties.get(duty.key) ?? []));
 * ```
 */
export function dutyPage(ctx: PageContext, list: DutyList, duty: Duty, jsonLd: string): Page {
  const { paths, model, base } = ctx;
  const edition = paths.edition(list);
  const path = paths.duty(list, duty.key);
  // What the schema.org of both languages shares, as JSON text: the service's IRI, its
  // provider and area, the legislation it cites.
  let shared: string | undefined;
  const sharedJson = () => {
    if (shared === undefined) {
      const division = JSON.stringify(list.division.name);
      let cites = '';
      for (const b of duty.legalBases)
        for (const c of citedInstruments(b))
          cites += `${cites === '' ? '' : ','}{"@type":"Legislation","name":${JSON.stringify(c.title)}}`;
      shared = `"provider":{"@type":"GovernmentOrganization","name":${division}},"areaServed":{"@type":"AdministrativeArea","name":${division}},"subjectOf":[${cites}]`;
    }
    return shared;
  };
  return {
    path,
    title: (lang) => pick(lang, { zh: duty.name, en: duty.nameEn }),
    alternates: editionAlternates(list),
    jsonLd,
    // The same JSON as `JSON.stringify` of the `GovernmentService`, written from its pieces.
    schemaOrg: (lang) =>
      `{"@context":"https://schema.org","@type":"GovernmentService","@id":${JSON.stringify(`${paths.dutyIri(list, duty.key)}#service`)},"name":${JSON.stringify(pick(lang, { zh: duty.name, en: duty.nameEn }))},"serviceType":${JSON.stringify(labelsOf(list, lang).section(duty.section))},${sharedJson()},"url":${JSON.stringify(base + pageFile(path, lang))}}`,
    body: (lang, link) => {
      const labels = labelsOf(list, lang);
      return new Html(`<p><a href="${escapeHtml(link(pageFile(edition, lang)))}">${escapeHtml(labels.title)}</a></p>
${dutyFields(list, duty, lang, { labels, paths, model, link })}`);
    },
  };
}

/**
 * An office's page, at its IRI: the duties it carries in its edition.
 *
 * @example
 * ```ts
 * const page = officePage(ctx, list, 'shsw', parts.jsonText(parts.offices.get('shsw') ?? []));
 * ```
 */
export function officePage(ctx: PageContext, list: DutyList, key: string, jsonLd: string): Page {
  const { paths } = ctx;
  const duties = list.duties.filter((d) => d.offices.includes(key));
  return {
    path: paths.office(list, key),
    title: (lang) => labelsOf(list, lang).office(key),
    alternates: editionAlternates(list),
    jsonLd,
    body: (lang, link) => {
      const labels = labelsOf(list, lang);
      return html`<p><a href="${link(pageFile(paths.edition(list), lang))}">${labels.title}</a></p>
<h2>${say(lang, 'dutyTable')} (${duties.length})</h2>
<ul>${duties.map((d) => html`<li><a href="${link(pageFile(paths.duty(list, d.key), lang))}">${pick(lang, { zh: d.name, en: d.nameEn })}</a> · ${labels.section(d.section)}</li>`)}</ul>`;
    },
  };
}
