import { type Duty, type DutyList, findConcept, reclaimReasonScheme } from '@qingdan/core';
import { type Html, html } from '../html/html.js';
import { type Lang, pick, say } from '../i18n.js';
import type { Labels } from '../labels.js';
import { citedInstruments, provisionText } from '../legal.js';
import type { SiteModel } from '../model.js';
import { pageFile, type SitePaths } from '../paths.js';

const roleWords = {
  leadDepartments: 'lead',
  receivingDepartments: 'receiving',
  delegatingDepartments: 'delegating',
  requestingDepartments: 'requesting',
} as const;

/** Fields shown by their own rows; any other field of a duty is shown as it is, so none is lost. */
const shown = new Set([
  'section',
  'key',
  'name',
  'nameEn',
  'number',
  'code',
  'description',
  'domain',
  'powerCategory',
  'legalBases',
  'offices',
  'resources',
  'extraColumns',
  'delegationMode',
  'reclaimReasons',
  ...Object.keys(roleWords),
]);

const fieldWords: Record<string, { zh: string; en: string }> = {
  departmentDuty: { zh: '部门职责', en: 'Department’s part' },
  townshipDuty: { zh: '乡镇职责', en: 'Township’s part' },
  reclaimNote: { zh: '收回说明', en: 'Reclaim note' },
  formerDelegationMode: { zh: '原下放方式', en: 'Former delegation' },
  admissionDecision: { zh: '准入决定', en: 'Admission decision' },
  prohibitionReason: { zh: '禁入理由', en: 'Why prohibited' },
  replacedBy: { zh: '替代方式', en: 'Replaced by' },
  localTo: { zh: '适用区划', en: 'Applies to' },
  delegationMode: { zh: '下放方式', en: 'Delegation' },
  reclaimReasons: { zh: '收回理由', en: 'Reclaim reasons' },
  code: { zh: '事项编码', en: 'Code' },
};

function row(
  label: string,
  value: Html | string | undefined | readonly (Html | string)[],
): Html | undefined {
  return value === undefined ? undefined : html`<dt>${label}</dt><dd>${value}</dd>`;
}

function joined(items: readonly Html[]): Html[] {
  return items.flatMap((item, i) => (i === 0 ? [item] : [html`、`, item]));
}

/**
 * Every field of a duty as a definition list, each office, department and instrument linked to
 * its page.
 *
 * @example
 * ```ts
 * dutyFields(list, duty, 'zh', { labels, paths, model, link }).value.startsWith('<dl'); // true
 * ```
 */
export function dutyFields(
  list: DutyList,
  duty: Duty,
  lang: Lang,
  ctx: {
    readonly labels: Labels;
    readonly paths: SitePaths;
    readonly model: SiteModel;
    readonly link: (to: string) => string;
  },
): Html {
  const { labels, paths, model, link } = ctx;
  const record = duty as unknown as Record<string, unknown>;
  const offices = joined(
    duty.offices.map(
      (k) => html`<a href="${link(pageFile(paths.office(list, k), lang))}">${labels.office(k)}</a>`,
    ),
  );
  const roles = Object.entries(roleWords).map(([field, word]) => {
    const keys = record[field] as readonly string[] | undefined;
    if (!keys || keys.length === 0) return undefined;
    const links = keys.map((k) => {
      const path = model.departmentPath(list, k);
      return path
        ? html`<a href="${link(pageFile(path, lang))}">${labels.department(k)}</a>`
        : html`${labels.department(k)}`;
    });
    return row(`${say(lang, 'departments')}（${say(lang, word)}）`, joined(links));
  });
  const bases = duty.legalBases.map((basis) => {
    const cited = citedInstruments(basis).map((c) => {
      const path = model.instrumentPath(c.title);
      const provisions = c.provisions.map((p) => provisionText(p, lang)).join('、');
      return html`<li>${path ? html`<a href="${link(pageFile(path, lang))}">《${c.title}》</a>` : `《${c.title}》`} ${provisions}</li>`;
    });
    const text = 'text' in basis ? basis.text : (basis.citation ?? basis.instrument.title);
    const quote =
      'quote' in basis && basis.quote ? html`<blockquote>${basis.quote}</blockquote>` : '';
    return html`<li>${text}${quote}${cited.length > 0 ? html`<ul>${cited}</ul>` : ''}</li>`;
  });
  const r = duty.resources;
  const resources = r
    ? html`<ul>${[
        r.staff
          ? html`<li>${lang === 'zh' ? '人员' : 'Staff'}: ${r.staff.headcount}${r.staff.kind ? ` (${r.staff.kind})` : ''}</li>`
          : '',
        r.funding
          ? html`<li>${lang === 'zh' ? '经费（元/年）' : 'Funding (yuan a year)'}: ${r.funding.amountPerYear}${r.funding.source ? ` (${r.funding.source})` : ''}</li>`
          : '',
        ...(['equipment', 'platforms', 'training'] as const).map((k) =>
          r[k] && r[k].length > 0 ? html`<li>${k}: ${r[k].join('、')}</li>` : '',
        ),
        r.note ? html`<li>${r.note}</li>` : '',
      ]}</ul>`
    : undefined;
  const reasons =
    'reclaimReasons' in duty && duty.reclaimReasons.length > 0
      ? duty.reclaimReasons
          .map((c) => {
            const concept = findConcept(reclaimReasonScheme, c);
            return concept ? pick(lang, concept.label) : c;
          })
          .join('、')
      : undefined;
  const others = Object.entries(record)
    .filter(([k, v]) => !shown.has(k) && v !== undefined)
    .map(([k, v]) =>
      row(
        fieldWords[k] ? pick(lang, fieldWords[k]) : k,
        Array.isArray(v) ? v.join('、') : String(v),
      ),
    );
  return html`<dl class="meta">
${row(say(lang, 'key'), duty.key)}
${row(say(lang, 'number'), duty.number)}
${row(pick(lang, fieldWords.code ?? { zh: '', en: '' }), duty.code)}
${row(say(lang, 'name'), duty.name)}
${row('English', duty.nameEn)}
${row(say(lang, 'section'), labels.section(duty.section))}
${row(say(lang, 'domain'), duty.domain === undefined ? undefined : labels.domain(duty.domain))}
${row(say(lang, 'powerCategory'), duty.powerCategory === undefined ? undefined : labels.powerCategory(duty.powerCategory))}
${row(pick(lang, fieldWords.delegationMode ?? { zh: '', en: '' }), 'delegationMode' in duty ? labels.delegationMode(duty.delegationMode) : undefined)}
${row(pick(lang, fieldWords.reclaimReasons ?? { zh: '', en: '' }), reasons)}
${row(say(lang, 'description'), duty.description)}
${row(say(lang, 'offices'), offices.length > 0 ? offices : undefined)}
${roles}
${others}
${row(say(lang, 'legalBases'), bases.length > 0 ? html`<ol>${bases}</ol>` : undefined)}
${row(say(lang, 'resources'), resources)}
${row(say(lang, 'extraColumns'), duty.extraColumns && duty.extraColumns.length > 0 ? html`<ul>${duty.extraColumns.map((c) => html`<li>${c.header}: ${c.value}</li>`)}</ul>` : undefined)}
</dl>`;
}
