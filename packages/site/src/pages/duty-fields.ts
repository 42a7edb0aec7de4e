import {
  bookTitle,
  type Duty,
  type DutyList,
  findConcept,
  reclaimReasonScheme,
} from '@qingdan/core';
import { escapeHtml } from '../html/html.js';
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

/** The rows' labels in one language, escaped once: every duty page shows them. */
function rowWordsOf(lang: Lang) {
  const e = escapeHtml;
  return {
    key: e(say(lang, 'key')),
    number: e(say(lang, 'number')),
    code: e(pick(lang, fieldWords.code ?? { zh: '', en: '' })),
    name: e(say(lang, 'name')),
    section: e(say(lang, 'section')),
    domain: e(say(lang, 'domain')),
    powerCategory: e(say(lang, 'powerCategory')),
    delegationMode: e(pick(lang, fieldWords.delegationMode ?? { zh: '', en: '' })),
    reclaimReasons: e(pick(lang, fieldWords.reclaimReasons ?? { zh: '', en: '' })),
    description: e(say(lang, 'description')),
    offices: e(say(lang, 'offices')),
    legalBases: e(say(lang, 'legalBases')),
    resources: e(say(lang, 'resources')),
    extraColumns: e(say(lang, 'extraColumns')),
    roles: Object.entries(roleWords).map(
      ([field, word]) => [field, e(`${say(lang, 'departments')}（${say(lang, word)}）`)] as const,
    ),
  };
}

const rowWords = { zh: rowWordsOf('zh'), en: rowWordsOf('en') };

/** A row of the definition list from its label and value, both escaped; none without a value. */
function row(label: string, value: string | undefined): string {
  return value === undefined ? '' : `<dt>${label}</dt><dd>${value}</dd>`;
}

/** Escaped text, or nothing when there is none. */
function text(value: string | undefined): string | undefined {
  return value === undefined ? undefined : escapeHtml(value);
}

/**
 * Every field of a duty as a definition list, each office, department and instrument linked to
 * its page: markup, every text in it escaped.
 *
 * @example
 * ```ts
 * dutyFields(list, duty, 'zh', { labels, paths, model, link }).startsWith('<dl'); // true
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
): string {
  // Written as plain text, a piece at a time: each duty page is made twice, once per language.
  const { labels, paths, model, link } = ctx;
  const w = rowWords[lang];
  const record = duty as unknown as Record<string, unknown>;
  let offices = '';
  for (const k of duty.offices)
    offices += `${offices === '' ? '' : '、'}<a href="${escapeHtml(link(pageFile(paths.office(list, k), lang)))}">${escapeHtml(labels.office(k))}</a>`;
  let roles = '';
  for (const [field, label] of w.roles) {
    const keys = record[field] as readonly string[] | undefined;
    if (!keys || keys.length === 0) continue;
    let links = '';
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i] ?? '';
      const path = model.departmentPath(list, k);
      const name = escapeHtml(labels.department(k));
      links += `${i === 0 ? '' : '、'}${path ? `<a href="${escapeHtml(link(pageFile(path, lang)))}">${name}</a>` : name}`;
    }
    roles += row(label, links);
  }
  let bases = '';
  for (const basis of duty.legalBases) {
    let cited = '';
    for (const c of citedInstruments(basis)) {
      const path = model.instrumentPath(c.title);
      const provisions = c.provisions.map((p) => provisionText(p, lang)).join('、');
      const title = escapeHtml(bookTitle(c.title));
      cited += `<li>${path ? `<a href="${escapeHtml(link(pageFile(path, lang)))}">${title}</a>` : title} ${escapeHtml(provisions)}</li>`;
    }
    const said = 'text' in basis ? basis.text : (basis.citation ?? basis.instrument.title);
    const quote =
      'quote' in basis && basis.quote ? `<blockquote>${escapeHtml(basis.quote)}</blockquote>` : '';
    bases += `<li>${escapeHtml(said)}${quote}${cited === '' ? '' : `<ul>${cited}</ul>`}</li>`;
  }
  const r = duty.resources;
  let resources: string | undefined;
  if (r) {
    resources = '<ul>';
    if (r.staff)
      resources += `<li>${lang === 'zh' ? '人员' : 'Staff'}: ${r.staff.headcount}${r.staff.kind ? escapeHtml(` (${r.staff.kind})`) : ''}</li>`;
    if (r.funding)
      resources += `<li>${lang === 'zh' ? '经费（元/年）' : 'Funding (yuan a year)'}: ${r.funding.amountPerYear}${r.funding.source ? escapeHtml(` (${r.funding.source})`) : ''}</li>`;
    for (const k of ['equipment', 'platforms', 'training'] as const) {
      const items = r[k];
      if (items && items.length > 0) resources += `<li>${k}: ${escapeHtml(items.join('、'))}</li>`;
    }
    if (r.note) resources += `<li>${escapeHtml(r.note)}</li>`;
    resources += '</ul>';
  }
  const reasons =
    'reclaimReasons' in duty && duty.reclaimReasons.length > 0
      ? duty.reclaimReasons
          .map((c) => {
            const concept = findConcept(reclaimReasonScheme, c);
            return concept ? pick(lang, concept.label) : c;
          })
          .join('、')
      : undefined;
  let others = '';
  for (const k in record) {
    const v = record[k];
    if (shown.has(k) || v === undefined) continue;
    others += row(
      escapeHtml(fieldWords[k] ? pick(lang, fieldWords[k]) : k),
      escapeHtml(Array.isArray(v) ? v.join('、') : String(v)),
    );
  }
  let columns: string | undefined;
  if (duty.extraColumns && duty.extraColumns.length > 0) {
    columns = '<ul>';
    for (const c of duty.extraColumns)
      columns += `<li>${escapeHtml(c.header)}: ${escapeHtml(c.value)}</li>`;
    columns += '</ul>';
  }
  return `<dl class="meta">
${row(w.key, text(duty.key))}
${row(w.number, text(duty.number))}
${row(w.code, text(duty.code))}
${row(w.name, text(duty.name))}
${row('English', text(duty.nameEn))}
${row(w.section, text(labels.section(duty.section)))}
${row(w.domain, duty.domain === undefined ? undefined : text(labels.domain(duty.domain)))}
${row(w.powerCategory, duty.powerCategory === undefined ? undefined : text(labels.powerCategory(duty.powerCategory)))}
${row(w.delegationMode, 'delegationMode' in duty ? text(labels.delegationMode(duty.delegationMode)) : undefined)}
${row(w.reclaimReasons, text(reasons))}
${row(w.description, text(duty.description))}
${row(w.offices, offices === '' ? undefined : offices)}
${roles}
${others}
${row(w.legalBases, bases === '' ? undefined : `<ol>${bases}</ol>`)}
${row(w.resources, resources)}
${row(w.extraColumns, columns)}
</dl>`;
}
