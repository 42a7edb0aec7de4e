import type { Comparison } from '../compare-lists.js';
import { conceptsTable } from './concepts-table.js';
import { listCountsTable, referenceTable } from './list-tables.js';
import { pairGroupsTable, pairsTable, sectionDisagreementsTable } from './pair-tables.js';
import { similarityFile, similarityTable } from './similarity-table.js';
import { type TextPiece, textOf } from './text-pieces.js';

/**
 * One CSV file of a comparison: its name and its text, piece by piece, made afresh each time.
 *
 * @example
 * ```ts
 * const t: ComparisonTable = { name: 'pairs.csv', pieces: () => pairsTable(comparison) };
 * ```
 */
export interface ComparisonTable {
  readonly name: string;
  /** The table's text, piece by piece, made afresh at each call. */
  readonly pieces: () => Iterable<TextPiece>;
}

/**
 * Every table of a comparison, in order: `concepts.csv`, `pairs.csv`, `pair-groups.csv`,
 * `section-disagreements.csv`, `list-counts.csv`, `similarity.csv` or `nearest.csv`, and
 * `reference.csv` when there is a reference. Each is written piece by piece, so no table is ever
 * one string.
 *
 * @example
 * ```ts
 * for (const t of comparisonTables(c)) await pipeline(Readable.from(t.pieces()), createWriteStream(t.name));
 * ```
 */
export function comparisonTables(c: Comparison): ComparisonTable[] {
  return [
    { name: 'concepts.csv', pieces: () => conceptsTable(c) },
    { name: 'pairs.csv', pieces: () => pairsTable(c) },
    { name: 'pair-groups.csv', pieces: () => pairGroupsTable(c) },
    { name: 'section-disagreements.csv', pieces: () => sectionDisagreementsTable(c) },
    { name: 'list-counts.csv', pieces: () => listCountsTable(c) },
    { name: similarityFile(c), pieces: () => similarityTable(c) },
    ...(c.reference ? [{ name: 'reference.csv', pieces: () => referenceTable(c) }] : []),
  ];
}

const text = textOf;

/**
 * Every table of a comparison as whole texts, by file name: for a few lists. For many, write
 * {@link comparisonTables} piece by piece.
 *
 * @example
 * ```ts
 * for (const [name, csv] of Object.entries(comparisonCsvFiles(c))) await writeFile(join(dir, name), csv);
 * ```
 */
export function comparisonCsvFiles(c: Comparison): Record<string, string> {
  return Object.fromEntries(comparisonTables(c).map((t) => [t.name, text(t.pieces())]));
}

/**
 * `concepts.csv` as one text (see `conceptsTable`), for a few lists.
 *
 * @example
 * ```ts
 * await writeFile('concepts.csv', conceptsCsv(compareLists(lists)));
 * ```
 */
export const conceptsCsv = (c: Comparison): string => text(conceptsTable(c));

/**
 * `pairs.csv` as one text (see `pairsTable`), for a few lists.
 *
 * @example
 * ```ts
 * await writeFile('pairs.csv', pairsCsv(comparison));
 * ```
 */
export const pairsCsv = (c: Comparison): string => text(pairsTable(c));

/**
 * `pair-groups.csv` as one text (see `pairGroupsTable`), for a few lists.
 *
 * @example
 * ```ts
 * await writeFile('pair-groups.csv', pairGroupsCsv(comparison));
 * ```
 */
export const pairGroupsCsv = (c: Comparison): string => text(pairGroupsTable(c));

/**
 * `section-disagreements.csv` as one text (see `sectionDisagreementsTable`), for a few lists.
 *
 * @example
 * ```ts
 * await writeFile('section-disagreements.csv', sectionDisagreementsCsv(comparison));
 * ```
 */
export const sectionDisagreementsCsv = (c: Comparison): string =>
  text(sectionDisagreementsTable(c));

/**
 * `list-counts.csv` as one text (see `listCountsTable`).
 *
 * @example
 * ```ts
 * await writeFile('list-counts.csv', listCountsCsv(comparison));
 * ```
 */
export const listCountsCsv = (c: Comparison): string => text(listCountsTable(c));

/**
 * `reference.csv` as one text (see `referenceTable`), for a few lists.
 *
 * @example
 * ```ts
 * await writeFile('reference.csv', referenceCsv(comparison));
 * ```
 */
export const referenceCsv = (c: Comparison): string => text(referenceTable(c));
