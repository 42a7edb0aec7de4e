import { existsSync } from 'node:fs';
import { rename, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseDutyList } from '@qingdan/core';
import { listFileText } from '@qingdan/listfile';
import { largeListData } from './listfile-generate.js';

/**
 * The list of `duties` generated duties (see `largeListData`) as a list file of the format given,
 * written as an import writes it (`listFileText`), once, under the system's temporary folder,
 * and reused by later runs. Returns its path.
 *
 * @example
 * ```ts
 * const file = await largeListFile(100_000, 'yaml'); // then: readListFile(file)
 * ```
 */
export async function largeListFile(duties: number, format: 'json' | 'yaml'): Promise<string> {
  const file = join(tmpdir(), `qingdan-bench-large-${duties}.${format}`);
  if (existsSync(file)) return file;
  const parsed = parseDutyList(largeListData(duties));
  if (!parsed.ok) throw new Error(`the generated list is invalid: ${parsed.issues[0]?.code}`);
  const partial = `${file}.partial-${process.pid}`;
  await writeFile(partial, listFileText(parsed.value, format));
  await rename(partial, file);
  return file;
}
