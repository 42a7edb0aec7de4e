import type { Bilingual } from '../codes/concept.js';
import type { Duty } from '../model/duty.js';
import type { AdmissionFacts } from './facts.js';

/**
 * What a check found, and the fact that explains it, in Chinese and English.
 *
 * @example
 * ```ts
 * const f: Finding = { holds: false, because: { zh: '该事项与清单禁入事项相同', en: 'the duty is a prohibited item' } };
 * ```
 */
export interface Finding {
  readonly holds: boolean;
  readonly because: Bilingual;
}

const squeeze = (s: string) => s.replace(/[\s\p{P}]/gu, '');

/** Whether a list duty is the requested one: by key, by published code, or by name. */
function sameDuty(a: Duty, b: Duty): boolean {
  if (a.key === b.key) return true;
  if (a.code !== undefined && a.code === b.code) return true;
  return squeeze(a.name) === squeeze(b.name);
}

function named(facts: AdmissionFacts, section?: Duty['section']): Duty | undefined {
  const wanted = facts.request.duty;
  return facts.list.duties.find(
    (d) => (section ? d.section === section : true) && sameDuty(d, wanted),
  );
}

/**
 * Checks that need the current list, which a field cannot express. Rules name them with
 * `{ holds: '<name>' }`; each is fixed code, so a rules file stays data.
 *
 * @example
 * ```ts
 * admissionPredicates['duty-not-prohibited'](facts).holds;
 * ```
 */
export const admissionPredicates = {
  /** Invariant 7: a prohibited item (禁入事项) of the list is never admitted. */
  'duty-not-prohibited': (facts: AdmissionFacts): Finding => {
    const hit = named(facts, 'prohibited');
    return hit
      ? {
          holds: false,
          because: {
            zh: `该事项与清单禁入事项「${hit.name}」（${hit.key}）相同`,
            en: `the duty is the list's prohibited item "${hit.name}" (${hit.key})`,
          },
        }
      : {
          holds: true,
          because: { zh: '该事项不在禁入事项之列', en: 'the duty is not a prohibited item' },
        };
  },
  /** The duty is not on the list already, so admitting it adds it. */
  'duty-not-on-list': (facts: AdmissionFacts): Finding => {
    const hit = facts.list.duties.find((d) => d.key === facts.request.duty.key);
    return hit
      ? {
          holds: false,
          because: {
            zh: `清单已有事项 ${hit.key}「${hit.name}」`,
            en: `the list already has duty ${hit.key} "${hit.name}"`,
          },
        }
      : {
          holds: true,
          because: {
            zh: `清单尚无事项 ${facts.request.duty.key}`,
            en: `the list has no duty ${facts.request.duty.key} yet`,
          },
        };
  },
  /** The county has not taken this duty back from the townships (上级部门收回事项). */
  'duty-not-reclaimed': (facts: AdmissionFacts): Finding => {
    const hit = named(facts, 'reclaimed');
    return hit
      ? {
          holds: false,
          because: {
            zh: `该事项已列为上级部门收回事项「${hit.name}」（${hit.key}）`,
            en: `the county has reclaimed this duty: "${hit.name}" (${hit.key})`,
          },
        }
      : {
          holds: true,
          because: {
            zh: '该事项不在上级部门收回事项之列',
            en: 'the duty is not among the reclaimed duties',
          },
        };
  },
  /** The list is that of one of the targets, or a county template covering one. */
  'list-among-targets': (facts: AdmissionFacts): Finding => {
    const code = facts.list.division.code;
    const hit = facts.request.targets.find(
      (t) => t.code === code || (facts.list.template === true && t.code.startsWith(code)),
    );
    return hit
      ? {
          holds: true,
          because: {
            zh: `清单属于下派对象 ${hit.name}（${hit.code}）`,
            en: `the list covers target ${hit.name} (${hit.code})`,
          },
        }
      : {
          holds: false,
          because: {
            zh: `清单所属区划 ${facts.list.division.name}（${code}）不在下派对象之中`,
            en: `the list's division ${facts.list.division.name} (${code}) is not among the targets`,
          },
        };
  },
} as const satisfies Record<string, (facts: AdmissionFacts) => Finding>;

/**
 * The name of a built-in check that rules can use.
 *
 * @example
 * ```ts
 * const name: AdmissionPredicateName = 'duty-not-prohibited';
 * ```
 */
export type AdmissionPredicateName = keyof typeof admissionPredicates;

/** Every predicate name, for the schema of rules. */
export const admissionPredicateNames = Object.keys(admissionPredicates) as [
  AdmissionPredicateName,
  ...AdmissionPredicateName[],
];
