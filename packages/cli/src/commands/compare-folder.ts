import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { type Comparison, comparisonJson, comparisonTables } from '@qingdan/compare';
import { commitStaging, discardStaging, openStaging } from '@qingdan/rdf';
import { writeTextFile } from '../output/write-text.js';

/** Every file a comparison may write: a folder holding anything else is not replaced. */
const comparisonFiles = new Set([
  'concepts.csv',
  'pairs.csv',
  'pair-groups.csv',
  'section-disagreements.csv',
  'list-counts.csv',
  'similarity.csv',
  'nearest.csv',
  'reference.csv',
  'comparison.json',
]);

/**
 * Why an output folder cannot be written, said in zh and en.
 *
 * @example
 * ```ts
 * throw new OutputFolderRefused('…', '…');
 * ```
 */
export class OutputFolderRefused extends Error {
  constructor(
    readonly zh: string,
    readonly en: string,
  ) {
    super(en);
  }
}

// Until the shared guard of output folders: the folder is replaced whole, so one that holds
// anything a comparison does not write (the lists themselves, other work) is refused.
async function refuseForeign(dir: string): Promise<void> {
  const info = await stat(dir).catch(() => undefined);
  if (!info) return;
  if (!info.isDirectory())
    throw new OutputFolderRefused(`${dir} 不是文件夹`, `${dir} is not a folder`);
  const foreign = (await readdir(dir)).filter((name) => !comparisonFiles.has(name));
  if (foreign.length > 0)
    throw new OutputFolderRefused(
      `${dir} 中有比较结果以外的文件（${foreign.slice(0, 3).join('、')}），不予覆盖`,
      `${dir} holds files a comparison does not write (${foreign.slice(0, 3).join(', ')}); not replaced`,
    );
}

/**
 * Writes a comparison's CSV tables and `comparison.json` into `dir`, each streamed piece by
 * piece, into a staging folder beside `dir` that replaces it only once every file is written:
 * a run that fails or is killed leaves `dir` as it was, never empty or half written. `head`
 * members open the JSON. Returns the files written.
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
): Promise<string[]> {
  await refuseForeign(dir);
  const staging = await openStaging(dir);
  const names: string[] = [];
  let committed = false;
  try {
    for (const table of comparisonTables(comparison)) {
      await writeTextFile(join(staging, table.name), table.pieces());
      names.push(table.name);
    }
    await writeTextFile(join(staging, 'comparison.json'), comparisonJson(comparison, head));
    names.push('comparison.json');
    await commitStaging(staging, dir);
    committed = true;
  } finally {
    if (!committed) await discardStaging(staging);
  }
  return names.map((name) => join(dir, name));
}
