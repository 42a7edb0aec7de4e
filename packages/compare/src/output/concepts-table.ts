import type { DutyConcept } from '../align/types.js';
import type { Comparison } from '../compare-lists.js';
import { csvField, csvLine, fieldCache } from './csv.js';
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
  const parts = { encoder, lists, absent, chunks: new ByteChunks(), field: fieldCache() };
  for (const concept of alignment.concepts) yield* conceptRows(c, concept, parts);
  yield* parts.chunks.flush();
}

interface RowParts {
  readonly encoder: InstanceType<typeof TextEncoder>;
  /** Each list's own fields, as CSV. */
  readonly lists: readonly string[];
  /** Each list's fields and an absent row's, as bytes. */
  readonly absent: readonly Uint8Array[];
  readonly chunks: ByteChunks;
  /** A CSV field of a text that recurs (a section, a domain), made once. */
  readonly field: (text: string | undefined) => string;
}

// The rows of one concept, as the chunks they fill.
function conceptRows(c: Comparison, concept: DutyConcept, parts: RowParts): Uint8Array[] {
  const { alignment } = c;
  const { encoder, lists, absent, chunks, field } = parts;
  const full: Uint8Array[] = [];
  const prefix = `${csvField(concept.id)},${csvField(concept.label)},`;
  const prefixBytes = encoder.encode(prefix);
  // Members in the order of the lists, walked beside them: the rows between two members are
  // absent ones.
  const members = [...concept.members].sort((x, y) => x.list - y.list);
  let next = 0;
  for (let l = 0; l < lists.length; l++) {
    while (next < members.length && (members[next]?.list ?? 0) < l) next++;
    const m = members[next]?.list === l ? members[next] : undefined;
    const d = m ? alignment.lists[l]?.duties[m.duty] : undefined;
    if (!m || !d) {
      const filled = chunks.add2(prefixBytes, absent[l] as Uint8Array);
      if (filled.length > 0) full.push(...filled);
      continue;
    }
    const e = m.evidence;
    // Written field by field, without an array of values, as this runs for every duty.
    const row =
      `${prefix}${lists[l]},true,${field(d.section)},${csvField(d.key)},${csvField(d.name)},` +
      `${field(d.domain)},${field(d.powerCategory)},${m.score},${e ? e.nameSimilarity : ''},` +
      `${csvField(e?.code)},${e ? csvField(e.provisions.join(';')) : ''}\n`;
    const filled = chunks.addText(encoder, row);
    if (filled.length > 0) full.push(...filled);
  }
  return full;
}
