import { type Amendment, bookTitle, type DutyList, findDuty } from '@qingdan/core';
import { html } from '../html/html.js';
import type { Page } from '../html/page.js';
import { type Lang, pick, say } from '../i18n.js';
import { labelsOf } from '../labels.js';
import { provisionText } from '../legal.js';
import type { CitedBy, CountyDepartment } from '../model.js';
import { pageFile } from '../paths.js';
import type { PageContext } from './context.js';

const roleWord = {
  leadDepartments: 'lead',
  receivingDepartments: 'receiving',
  delegatingDepartments: 'delegating',
  requestingDepartments: 'requesting',
} as const;

/**
 * A county department's page: every duty of the county's lists that it leads, receives,
 * delegates or asks for, by list — who leans on the townships.
 *
 * @example
 * ```ts
 * const page = departmentPage(ctx, model.departments.get('421127|黄梅县应急管理局')!);
 * ```
 */
export function departmentPage(ctx: PageContext, department: CountyDepartment): Page {
  const { paths } = ctx;
  return {
    path: department.path,
    title: (lang) => pick(lang, { zh: department.name, en: department.nameEn }),
    body: (
      lang,
      link,
    ) => html`<p>${say(lang, 'county')}: ${department.county.name} · ${say(lang, 'dutyCount')}: ${department.duties.length}</p>
<table><thead><tr><th scope="col">${say(lang, 'editions')}</th><th scope="col">${say(lang, 'name')}</th><th scope="col">${say(lang, 'role')}</th></tr></thead>
<tbody>${department.duties.map(({ list, duty, role }) => html`<tr><td><a href="${link(pageFile(paths.edition(list), lang))}">${labelsOf(list, lang).title}</a></td><td><a href="${link(pageFile(paths.duty(list, duty.key), lang))}">${pick(lang, { zh: duty.name, en: duty.nameEn })}</a></td><td>${say(lang, roleWord[role])}</td></tr>`)}</tbody></table>`,
  };
}

/**
 * A legal instrument's page, at its IRI: every duty citing it, with the provisions cited.
 *
 * @example
 * ```ts
 * const page = instrumentPage(ctx, model.instruments.get('传染病防治法')!, quads);
 * ```
 */
export function instrumentPage(ctx: PageContext, instrument: CitedBy, jsonLd: string): Page {
  const { paths } = ctx;
  const byArticle = [...instrument.duties].sort(
    (a, b) => (a.provisions[0]?.article ?? 1e9) - (b.provisions[0]?.article ?? 1e9),
  );
  return {
    path: instrument.path,
    title: () => bookTitle(instrument.title),
    jsonLd,
    body: (lang, link) => html`<h2>${say(lang, 'citingDuties')} (${instrument.duties.length})</h2>
<table><thead><tr><th scope="col">${say(lang, 'provisions')}</th><th scope="col">${say(lang, 'name')}</th><th scope="col">${say(lang, 'editions')}</th></tr></thead>
<tbody>${byArticle.map(({ list, duty, provisions }) => html`<tr><td>${provisions.map((p) => provisionText(p, lang)).join('、')}</td><td><a href="${link(pageFile(paths.duty(list, duty.key), lang))}">${pick(lang, { zh: duty.name, en: duty.nameEn })}</a></td><td><a href="${link(pageFile(paths.edition(list), lang))}">${labelsOf(list, lang).title}</a></td></tr>`)}</tbody></table>`,
  };
}

const changeWords: Record<Amendment['change'], { zh: string; en: string }> = {
  added: { zh: '新增', en: 'Added' },
  removed: { zh: '删除', en: 'Removed' },
  moved: { zh: '调整类别', en: 'Moved' },
  reworded: { zh: '修改表述', en: 'Reworded' },
  rebased: { zh: '调整依据', en: 'New legal bases' },
  reassigned: { zh: '调整承办', en: 'Reassigned' },
  revised: { zh: '其他修改', en: 'Revised' },
  reordered: { zh: '调整顺序', en: 'Reordered' },
  organisations: { zh: '机构变化', en: 'Organisations' },
  edition: { zh: '版本信息', en: 'Edition details' },
};

function amendmentDuty(a: Amendment, from: DutyList, to: DutyList, lang: Lang) {
  if (a.change === 'added')
    return { list: to, key: a.duty.key, name: pick(lang, { zh: a.duty.name, en: a.duty.nameEn }) };
  if (!('key' in a)) return undefined;
  const list = a.change === 'removed' ? from : to;
  const duty = findDuty(list, a.key);
  return { list, key: a.key, name: duty ? pick(lang, { zh: duty.name, en: duty.nameEn }) : a.key };
}

/**
 * The amendments from one edition of a division to the next, as `@qingdan/core`'s
 * `diffEditions` finds them: added, removed, moved between sections, reworded and the rest.
 *
 * @example
 * ```ts
 * const page = amendmentsPage(ctx, path, edition2024, edition2025, diffEditions(edition2024, edition2025));
 * ```
 */
export function amendmentsPage(
  ctx: PageContext,
  path: string,
  from: DutyList,
  to: DutyList,
  amendments: readonly Amendment[],
): Page {
  const { paths } = ctx;
  return {
    path,
    title: (lang) =>
      `${say(lang, 'amendments')}: ${labelsOf(from, lang).editionTitle} → ${labelsOf(to, lang).editionTitle}`,
    body: (lang, link) => {
      const counts = new Map<string, number>();
      for (const a of amendments) counts.set(a.change, (counts.get(a.change) ?? 0) + 1);
      return html`<p><a href="${link(pageFile(paths.edition(from), lang))}">${labelsOf(from, lang).editionTitle}</a> → <a href="${link(pageFile(paths.edition(to), lang))}">${labelsOf(to, lang).editionTitle}</a></p>
<ul>${[...counts].map(([c, n]) => html`<li>${pick(lang, changeWords[c as Amendment['change']])}: ${n}</li>`)}</ul>
<table><thead><tr><th scope="col">${say(lang, 'change')}</th><th scope="col">${say(lang, 'key')}</th><th scope="col">${say(lang, 'name')}</th></tr></thead>
<tbody>${amendments.map((a) => {
        const duty = amendmentDuty(a, from, to, lang);
        const moved =
          a.change === 'moved' ? ` → ${labelsOf(to, lang).section(a.duty.section)}` : '';
        return html`<tr><td>${pick(lang, changeWords[a.change])}${moved}</td><td>${duty?.key ?? ''}</td><td>${duty ? html`<a href="${link(pageFile(paths.duty(duty.list, duty.key), lang))}">${duty.name}</a>` : ''}</td></tr>`;
      })}</tbody></table>`;
    },
  };
}
