import type { Comparison } from '../compare-lists.js';
import { csvField, csvLine, fieldCache } from './csv.js';

/**
 * `pairs.csv`, line by line: one row per pair measured in detail (every pair, or each list's
 * nearest; see `Comparison.selection`): concepts shared, only in one, Jaccard similarity and the
 * number of shared concepts placed in different sections.
 *
 * @example
 * ```ts
 * for (const line of pairsTable(comparison)) out.write(line);
 * ```
 */
export function* pairsTable(c: Comparison): Generator<string> {
  const ids = c.alignment.lists.map((l) => l.id);
  yield csvLine([
    'list_a',
    'list_b',
    'shared',
    'only_a',
    'only_b',
    'jaccard',
    'section_disagreements',
  ]);
  for (const p of c.pairs)
    yield csvLine([
      ids[p.a],
      ids[p.b],
      p.shared,
      p.onlyA,
      p.onlyB,
      p.jaccard,
      p.sectionDisagreements.length,
    ]);
}

/**
 * `pair-groups.csv`, a pair at a time: one row per pair and section or domain, with the Jaccard
 * similarity within the group. Ids and group names are made CSV fields once each.
 *
 * @example
 * ```ts
 * for (const piece of pairGroupsTable(comparison)) out.write(piece);
 * ```
 */
export function* pairGroupsTable(c: Comparison): Generator<string> {
  const field = fieldCache();
  const ids = c.alignment.lists.map((l) => csvField(l.id));
  yield csvLine(['list_a', 'list_b', 'by', 'group', 'shared', 'union', 'jaccard']);
  for (const p of c.pairs) {
    const pair = `${ids[p.a]},${ids[p.b]},`;
    let piece = '';
    for (const g of p.groups)
      piece += `${pair}${g.by},${field(g.group)},${g.shared},${g.union},${g.jaccard}\n`;
    yield piece;
  }
}

/**
 * `section-disagreements.csv`, a pair at a time: one row per concept both lists of a pair have,
 * in different sections. Ids, labels and sections are made CSV fields once each.
 *
 * @example
 * ```ts
 * for (const piece of sectionDisagreementsTable(comparison)) out.write(piece);
 * ```
 */
export function* sectionDisagreementsTable(c: Comparison): Generator<string> {
  const field = fieldCache();
  const ids = c.alignment.lists.map((l) => csvField(l.id));
  const concepts = new Map<number, string>();
  const conceptFields = (k: number): string => {
    let known = concepts.get(k);
    if (known === undefined) {
      const concept = c.alignment.concepts[k];
      known = `${field(concept?.id)},${field(concept?.label)}`;
      concepts.set(k, known);
    }
    return known;
  };
  yield csvLine(['list_a', 'list_b', 'concept', 'concept_label', 'section_a', 'section_b']);
  for (const p of c.pairs) {
    const pair = `${ids[p.a]},${ids[p.b]},`;
    let piece = '';
    for (const s of p.sectionDisagreements)
      piece += `${pair}${conceptFields(s.concept)},${field(s.sectionA)},${field(s.sectionB)}\n`;
    yield piece;
  }
}
