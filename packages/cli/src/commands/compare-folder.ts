import { join } from 'node:path';
import { type Comparison, comparisonJson, comparisonTables } from '@qingdan/compare';
import { openOutputFolder } from '@qingdan/files';
import { writeTextFile } from '../output/write-text.js';

/**
 * Writes a comparison's CSV tables and `comparison.json` into `dir`, each streamed piece by
 * piece, into a staging folder beside `dir` that replaces it only once every file is written:
 * a run that fails or is killed leaves `dir` as it was, never empty or half written. `dir` must
 * be absent, empty or an earlier comparison's folder, and never one of `inputs`, a folder holding
 * one or one inside one (see `openOutputFolder`). `head` members open the JSON. Returns the files
 * written.
 *
 * @example
 * ```ts
 * await writeComparisonFolder('out/comparison', comparison, { compared: 3, leftOut: [] });
 * ```
 */
export async function writeComparisonFolder(
  dir: string,
  comparison: Comparison,
  head: Readonly<Record<string, unknown>>,
  inputs: readonly string[] = [],
): Promise<string[]> {
  const folder = await openOutputFolder(dir, { command: 'compare', inputs });
  const staging = folder.path;
  const names: string[] = [];
  try {
    for (const table of comparisonTables(comparison)) {
      await writeTextFile(join(staging, table.name), table.pieces());
      names.push(table.name);
    }
    await writeTextFile(join(staging, 'comparison.json'), comparisonJson(comparison, head));
    names.push('comparison.json');
    await folder.commit();
  } finally {
    await folder.discard();
  }
  return names.map((name) => join(dir, name));
}
