import type { Comparison } from '../compare-lists.js';
import { csvField, csvLine } from './csv.js';
import { ByteChunks, type TextPiece } from './text-pieces.js';

const header = [
  'concept',
  'concept_label',
  'list',
  'division_code',
  'division_name',
  'present',
  'section',
  'duty_key',
  'duty_name',
  'domain',
  'power_category',
  'score',
  'name_similarity',
  'same_code',
  'same_provisions',
];

/**
 * `concepts.csv`, piece by piece: one row per concept × list, present or not — the tidy table of
 * the alignment. A present row gives the duty (key, name, section, domain, power category), the
 * match score and its evidence; an absent row has `present` false and empty duty fields. At
 * thousands of lists most rows are absent ones (5 million of them at 3,000 lists): each is
 * copied as bytes from the concept's fields and the list's, each encoded once.
 *
 * @example
 * ```ts
 * for (const piece of conceptsTable(comparison)) out.write(piece);
 * ```
 */
export function* conceptsTable(c: Comparison): Generator<TextPiece> {
  const { alignment } = c;
  const encoder = new TextEncoder();
  yield csvLine(header);
  const lists = alignment.lists.map(
    (l) => `${csvField(l.id)},${csvField(l.division.code)},${csvField(l.division.name)}`,
  );
  const absent = lists.map((l) => encoder.encode(`${l},false${','.repeat(9)}\n`));
  const chunks = new ByteChunks();
  for (const concept of alignment.concepts) {
    const prefix = `${csvField(concept.id)},${csvField(concept.label)},`;
    const prefixBytes = encoder.encode(prefix);
    // Members in the order of the lists, walked beside them: the rows between two members are
    // absent ones.
    const members = [...concept.members].sort((x, y) => x.list - y.list);
    let next = 0;
    for (let l = 0; l < alignment.lists.length; l++) {
      while (next < members.length && (members[next]?.list ?? 0) < l) next++;
      const m = members[next]?.list === l ? members[next] : undefined;
      const d = m ? alignment.lists[l]?.duties[m.duty] : undefined;
      if (!m || !d) {
        // Checked first: most rows fill no chunk, and an iteration per row would cost more.
        const full = chunks.add2(prefixBytes, absent[l] as Uint8Array);
        if (full.length > 0) yield* full;
        continue;
      }
      const e = m.evidence;
      const row = `${prefix}${lists[l]},${csvLine([
        true,
        d.section,
        d.key,
        d.name,
        d.domain,
        d.powerCategory,
        m.score,
        e?.nameSimilarity,
        e?.code,
        e?.provisions.join(';'),
      ])}`;
      const full = chunks.add(encoder.encode(row));
      if (full.length > 0) yield* full;
    }
  }
  yield* chunks.flush();
}
