import {
  type Concept,
  type DutyList,
  delegationModeScheme,
  findConcept,
  huangmeiDomainScheme,
  listStatusScheme,
  powerCategoryScheme,
  townshipSectionScheme,
  villageItemKindScheme,
} from '@qingdan/core';
import { type Lang, pick, say } from './i18n.js';

/**
 * What {@link labelsOf} reads of a list: a whole list, or an edition's reference (which names no
 * offices or departments).
 *
 * @example
 * ```ts
 * const labelled: Labelled = list;
 * ```
 */
export type Labelled = Pick<
  DutyList,
  'id' | 'title' | 'titleEn' | 'edition' | 'issued' | 'domains'
> & {
  readonly offices: readonly DutyList['offices'][number][];
  readonly departments: readonly DutyList['departments'][number][];
};

function conceptLabel(lang: Lang, concept: Concept | undefined, code: string): string {
  return concept ? pick(lang, concept.label) : code;
}

/**
 * The labels a page shows for the codes and keys of a list, in one language: sections, domains
 * (the list's own scheme or the default one), power categories, statuses, offices, departments.
 *
 * @example
 * ```ts
 * labelsOf(list, 'en').section('basic'); // 'Basic duty'
 * ```
 */
export function labelsOf(list: Labelled, lang: Lang): Labels {
  // Cross-edition pages ask for an edition's labels once per row: made once per list and language.
  let byLang = made.get(list);
  if (!byLang) {
    byLang = {};
    made.set(list, byLang);
  }
  byLang[lang] ??= makeLabels(list, lang);
  return byLang[lang];
}

const made = new WeakMap<Labelled, Partial<Record<Lang, Labels>>>();

function makeLabels(list: Labelled, lang: Lang) {
  const offices = new Map(list.offices.map((o) => [o.key, o]));
  const departments = new Map(list.departments.map((d) => [d.key, d]));
  const ownDomains = list.domains ? new Map(list.domains.map((d) => [d.code, d])) : undefined;
  const none = say(lang, 'unassigned');
  return {
    section: (code: string) =>
      conceptLabel(
        lang,
        findConcept(townshipSectionScheme, code) ?? findConcept(villageItemKindScheme, code),
        code,
      ),
    domain: (code: string) => {
      if (code === '') return none;
      const own = ownDomains?.get(code);
      if (own) return pick(lang, own.label);
      return conceptLabel(lang, findConcept(huangmeiDomainScheme, code), code);
    },
    powerCategory: (code: string) =>
      code === '' ? none : conceptLabel(lang, findConcept(powerCategoryScheme, code), code),
    delegationMode: (code: string) =>
      conceptLabel(lang, findConcept(delegationModeScheme, code), code),
    status: (code: string) => conceptLabel(lang, findConcept(listStatusScheme, code), code),
    office: (key: string) => {
      const o = offices.get(key);
      return o ? pick(lang, { zh: o.name, en: o.nameEn }) : key;
    },
    department: (key: string) => {
      const d = departments.get(key);
      return d ? pick(lang, { zh: d.name, en: d.nameEn }) : key;
    },
    title: pick(lang, { zh: list.title, en: list.titleEn }),
    /** The title with the edition or the date, which tells editions of one division apart. */
    editionTitle: `${pick(lang, { zh: list.title, en: list.titleEn })} (${list.edition ?? list.issued ?? list.id})`,
  };
}

/**
 * What {@link labelsOf} gives.
 *
 * @example
 * ```ts
 * const labels: Labels = labelsOf(list, 'zh');
 * ```
 */
export type Labels = ReturnType<typeof makeLabels>;
