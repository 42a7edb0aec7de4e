import { existsSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Duty, DutyList } from '@qingdan/core';
import { listFileText } from '@qingdan/listfile';
import { generateLists } from './compare-generate.js';

/**
 * A generated list made valid as a file: one office for its basic duties, one department for
 * the others, a reason for each reclaimed duty, so that reading it gives no issue at all.
 *
 * @example
 * ```ts
 * listFileText(asValidList(generateLists(1, 200)[0]!), 'yaml');
 * ```
 */
export function asValidList(list: DutyList): DutyList {
  return {
    ...list,
    offices: [{ key: 'o', name: '党政综合办公室' }],
    departments: [{ key: 'd', name: '县应急管理局' }],
    duties: list.duties.map((d): Duty => {
      if (d.section === 'basic') return { ...d, offices: ['o'] };
      if (d.section === 'reclaimed') return { ...d, reclaimReasons: ['highly-specialised'] };
      return d;
    }),
  };
}

/**
 * A folder of `count` generated township lists of `duties` duties as YAML files (the lists of
 * `generateLists`, made valid), written once under the system's temporary folder and reused by
 * later runs with the same arguments. Returns the folder.
 *
 * @example
 * ```ts
 * const dir = await listFolder(3000); // then: qingdan compare <dir> --out …
 * ```
 */
export async function listFolder(count: number, duties = 200, seed = 1): Promise<string> {
  const dir = join(tmpdir(), `qingdan-bench-lists-${count}x${duties}-${seed}`);
  if (existsSync(dir)) return dir;
  const partial = `${dir}.partial-${process.pid}`;
  await rm(partial, { recursive: true, force: true });
  await mkdir(partial, { recursive: true });
  await writeListFiles(partial, generateLists(count, duties, seed));
  await rename(partial, dir);
  return dir;
}

/**
 * Writes lists, each made valid (see {@link asValidList}), as `<id>.yaml` files into an existing
 * folder; `json` names lists to write as `<id>.json` instead.
 *
 * @example
 * ```ts
 * await writeListFiles(dir, generateLists(40, 60, 3), new Set(['list-7']));
 * ```
 */
export async function writeListFiles(
  dir: string,
  lists: readonly DutyList[],
  json: ReadonlySet<string> = new Set(),
): Promise<void> {
  for (const list of lists) {
    const format = json.has(list.id) ? 'json' : 'yaml';
    await writeFile(join(dir, `${list.id}.${format}`), listFileText(asValidList(list), format));
  }
}
