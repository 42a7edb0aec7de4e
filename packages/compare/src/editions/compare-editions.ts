import {
  type Amendment,
  type Duty,
  type DutyList,
  diffEditions,
  instrumentKey,
  isStructured,
  type LegalBasis,
} from '@qingdan/core';
import { toSimplified } from '../normalise/t2s.js';

type Section = Duty['section'];

/**
 * One difference between two editions of a list, as a reader of a comparison sees it: a duty
 * added, removed, moved to another section, reworded, re-based on other provisions, given to other
 * offices or departments, or otherwise revised; or, for the edition as a whole, its header, its
 * offices and departments, or the order of its duties changed.
 *
 * @example
 * ```ts
 * const c: EditionChange = { change: 'moved', key: 'JB-05-003', name: '危房安全鉴定', from: 'basic', to: 'reclaimed' };
 * ```
 */
export type EditionChange =
  | { readonly change: 'added'; readonly key: string; readonly name: string; readonly to: Section }
  | {
      readonly change: 'removed';
      readonly key: string;
      readonly name: string;
      readonly from: Section;
    }
  | {
      readonly change: 'moved';
      readonly key: string;
      readonly name: string;
      readonly from: Section;
      readonly to: Section;
    }
  | {
      readonly change: 'reworded';
      readonly key: string;
      readonly name: string;
      readonly before: string;
    }
  | {
      readonly change: 'rebased';
      readonly key: string;
      readonly name: string;
      readonly before: readonly string[];
      readonly after: readonly string[];
    }
  | { readonly change: 'reassigned' | 'revised'; readonly key: string; readonly name: string }
  | { readonly change: 'edition' | 'organisations' | 'reordered' };

/**
 * Two editions of one list compared: the changes and the number of duties that did not change.
 *
 * @example
 * ```ts
 * const c: EditionComparison = { before: 'wuzu-2024', after: 'wuzu-2025', unchanged: 170, changes: [] };
 * ```
 */
export interface EditionComparison {
  readonly before: string;
  readonly after: string;
  readonly unchanged: number;
  readonly changes: readonly EditionChange[];
}

/** What a duty cites, as `instrumentKey#article…`, so that a title written short is no change. */
function cited(bases: readonly LegalBasis[]): string[] {
  return bases
    .map((b) =>
      isStructured(b)
        ? `${instrumentKey({ ...b.instrument, title: toSimplified(b.instrument.title) })}${b.provisions.map((p) => `#${p.article}`).join('')}`
        : b.text,
    )
    .sort();
}

function present(
  a: Amendment,
  old: ReadonlyMap<string, Duty>,
  now: ReadonlyMap<string, Duty>,
): EditionChange[] {
  const nameOf = (key: string) => now.get(key)?.name ?? old.get(key)?.name ?? key;
  switch (a.change) {
    case 'added':
      return [{ change: 'added', key: a.duty.key, name: a.duty.name, to: a.duty.section }];
    case 'removed':
      return [
        {
          change: 'removed',
          key: a.key,
          name: nameOf(a.key),
          from: old.get(a.key)?.section ?? 'basic',
        },
      ];
    case 'moved': {
      const before = old.get(a.key);
      const moved: EditionChange = {
        change: 'moved',
        key: a.key,
        name: a.duty.name,
        from: before?.section ?? a.duty.section,
        to: a.duty.section,
      };
      return before && before.name !== a.duty.name
        ? [moved, { change: 'reworded', key: a.key, name: a.duty.name, before: before.name }]
        : [moved];
    }
    case 'reworded': {
      const before = old.get(a.key)?.name ?? '';
      return before === a.name ? [] : [{ change: 'reworded', key: a.key, name: a.name, before }];
    }
    case 'rebased': {
      const before = cited(old.get(a.key)?.legalBases ?? []);
      const after = cited(now.get(a.key)?.legalBases ?? []);
      return before.join('|') === after.join('|')
        ? []
        : [{ change: 'rebased', key: a.key, name: nameOf(a.key), before, after }];
    }
    case 'reassigned':
    case 'revised':
      return [{ change: a.change, key: a.key, name: nameOf(a.key) }];
    case 'edition':
    case 'organisations':
    case 'reordered':
      return [{ change: a.change }];
    default: {
      const unhandled: never = a;
      return unhandled;
    }
  }
}

/**
 * Compares two editions of one list: the amendments `diffEditions` finds from one to the other
 * (duties matched by key, which a duty keeps through every amendment), presented as a
 * comparison — what was added, removed, moved between sections (basic → reclaimed), reworded,
 * re-based, reassigned or revised. Legal bases are compared through `instrumentKey`, so a title
 * written short in one edition and full in the other is no change.
 *
 * @example
 * ```ts
 * compareEditions(edition2024, edition2025).changes.filter((c) => c.change === 'moved');
 * ```
 */
export function compareEditions(before: DutyList, after: DutyList): EditionComparison {
  const old = new Map(before.duties.map((d) => [d.key, d]));
  const now = new Map(after.duties.map((d) => [d.key, d]));
  const changes = diffEditions(before, after).flatMap((a) => present(a, old, now));
  const touched = new Set(changes.flatMap((c) => ('key' in c ? [c.key] : [])));
  const unchanged = after.duties.filter((d) => old.has(d.key) && !touched.has(d.key)).length;
  return { before: before.id, after: after.id, unchanged, changes };
}
