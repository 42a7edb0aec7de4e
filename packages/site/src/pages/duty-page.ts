import type { Duty, DutyList } from '@qingdan/core';
import { editionAlternates } from '../edition-data.js';
import { html } from '../html/html.js';
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
  return {
    path: paths.duty(list, duty.key),
    title: (lang) => pick(lang, { zh: duty.name, en: duty.nameEn }),
    alternates: editionAlternates(list),
    jsonLd,
    schemaOrg: (lang) => {
      const labels = labelsOf(list, lang);
      return {
        '@context': 'https://schema.org',
        '@type': 'GovernmentService',
        '@id': `${paths.dutyIri(list, duty.key)}#service`,
        name: pick(lang, { zh: duty.name, en: duty.nameEn }),
        serviceType: labels.section(duty.section),
        provider: { '@type': 'GovernmentOrganization', name: list.division.name },
        areaServed: { '@type': 'AdministrativeArea', name: list.division.name },
        subjectOf: duty.legalBases.flatMap((b) =>
          citedInstruments(b).map((c) => ({ '@type': 'Legislation', name: c.title })),
        ),
        url: base + pageFile(paths.duty(list, duty.key), lang),
      };
    },
    body: (lang, link) => {
      const labels = labelsOf(list, lang);
      return html`<p><a href="${link(pageFile(edition, lang))}">${labels.title}</a></p>
${dutyFields(list, duty, lang, { labels, paths, model, link })}`;
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
