import type { Comparison } from '../compare-lists.js';
import { csvLine } from './csv.js';

/**
 * `list-counts.csv`, a list at a time: one row per list, grouping and value — counts by section,
 * domain, office and power category, and how many duties no other list has (`by` = `unique`).
 *
 * @example
 * ```ts
 * for (const piece of listCountsTable(comparison)) out.write(piece);
 * ```
 */
export function* listCountsTable(c: Comparison): Generator<string> {
  yield csvLine(['list', 'by', 'group', 'count']);
  for (const p of c.profiles) {
    const s = p.summary;
    const groups: [string, Readonly<Record<string, number>>][] = [
      ['section', s.bySection],
      ['domain', s.byDomain],
      ['office', s.byOffice],
      ['power_category', s.byPowerCategory],
    ];
    let piece = csvLine([s.id, 'total', '', s.total]) + csvLine([s.id, 'unique', '', p.unique]);
    for (const [by, counts] of groups)
      for (const [group, n] of Object.entries(counts)) piece += csvLine([s.id, by, group, n]);
    yield piece;
  }
}

/**
 * `reference.csv`, an item at a time: one row per reference item × other list, whether the list
 * has it, in which section and wording. Only the header when no reference was given.
 *
 * @example
 * ```ts
 * for (const piece of referenceTable(comparison)) out.write(piece);
 * ```
 */
export function* referenceTable(c: Comparison): Generator<string> {
  yield csvLine([
    'reference_key',
    'reference_name',
    'reference_section',
    'concept',
    'list',
    'present',
    'section',
    'duty_key',
    'duty_name',
    'score',
  ]);
  const r = c.reference;
  if (!r) return;
  const ids = c.alignment.lists.map((l) => l.id);
  for (const item of r.items) {
    const by = new Map(item.coveredBy.map((x) => [x.list, x]));
    const concept = c.alignment.concepts[item.concept]?.id;
    let piece = '';
    for (let l = 0; l < ids.length; l++) {
      if (l === r.reference) continue;
      const x = by.get(l);
      piece += csvLine([
        item.key,
        item.name,
        item.section,
        concept,
        ids[l],
        x !== undefined,
        x?.section,
        x?.key,
        x?.name,
        x?.score,
      ]);
    }
    yield piece;
  }
}
