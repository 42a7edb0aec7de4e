import { type Duty, type DutyList, instrumentKey, isStructured } from '@qingdan/core';

/**
 * One difference between two editions of a list, duties matched by key: a duty added, removed,
 * moved to another section, reworded, or re-based on other legal bases.
 *
 * @example
 * ```ts
 * const c: EditionChange = { change: 'moved', key: 'JB-05-003', name: '危房安全鉴定', from: 'basic', to: 'reclaimed' };
 * ```
 */
export type EditionChange =
  | {
      readonly change: 'added';
      readonly key: string;
      readonly name: string;
      readonly to: Duty['section'];
    }
  | {
      readonly change: 'removed';
      readonly key: string;
      readonly name: string;
      readonly from: Duty['section'];
    }
  | {
      readonly change: 'moved';
      readonly key: string;
      readonly name: string;
      readonly from: Duty['section'];
      readonly to: Duty['section'];
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
    };

/**
 * Two editions of one list compared: the changes and the counts a reader asks for first.
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

function citedProvisions(duty: Duty): string[] {
  return duty.legalBases
    .map((b) =>
      isStructured(b)
        ? `${instrumentKey(b.instrument)}${b.provisions.map((p) => `#${p.article}`).join('')}`
        : b.text,
    )
    .sort();
}

/**
 * Compares two editions of one list, matching duties by their key (a duty keeps its key through
 * every amendment): what was added, removed, moved between sections (basic → reclaimed), reworded
 * or re-based. Legal bases are compared through `instrumentKey`, so a title written short in one
 * edition and full in the other is no change.
 *
 * @example
 * ```ts
 * compareEditions(edition2024, edition2025).changes.filter((c) => c.change === 'moved');
 * ```
 */
export function compareEditions(before: DutyList, after: DutyList): EditionComparison {
  const old = new Map(before.duties.map((d) => [d.key, d]));
  const kept = new Set(after.duties.map((d) => d.key));
  const changes: EditionChange[] = [];
  let unchanged = 0;
  for (const d of before.duties)
    if (!kept.has(d.key))
      changes.push({ change: 'removed', key: d.key, name: d.name, from: d.section });
  for (const d of after.duties) {
    const o = old.get(d.key);
    if (!o) {
      changes.push({ change: 'added', key: d.key, name: d.name, to: d.section });
      continue;
    }
    const count = changes.length;
    if (o.section !== d.section)
      changes.push({ change: 'moved', key: d.key, name: d.name, from: o.section, to: d.section });
    if (o.name !== d.name)
      changes.push({ change: 'reworded', key: d.key, name: d.name, before: o.name });
    const b = citedProvisions(o);
    const a = citedProvisions(d);
    if (b.join('|') !== a.join('|'))
      changes.push({ change: 'rebased', key: d.key, name: d.name, before: b, after: a });
    if (changes.length === count) unchanged++;
  }
  return { before: before.id, after: after.id, unchanged, changes };
}
