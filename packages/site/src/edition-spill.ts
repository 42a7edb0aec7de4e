import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';

/**
 * Values put aside on disk, one file each, so that a build holds one at a time: the site keeps
 * each edition here after writing its duty pages and reads it back for its edition page and its
 * amendments, which wait until every edition of its division is known. Structured clone (V8's
 * serializer) keeps every field as it was; classes lose their prototype, so only plain data
 * goes in.
 *
 * @example
 * ```ts
 * const spill = editionSpill(join(staging, '.editions'));
 * spill.put(0, list);
 * const same = spill.take(0) as DutyList;
 * spill.remove();
 * ```
 */
export function editionSpill(folder: string) {
  mkdirSync(folder, { recursive: true });
  const file = (index: number) => join(folder, `${index}.v8`);
  return {
    put: (index: number, value: unknown): void => writeFileSync(file(index), serialize(value)),
    take: (index: number): unknown => deserialize(readFileSync(file(index))),
    remove: (): void => rmSync(folder, { recursive: true, force: true }),
  };
}
