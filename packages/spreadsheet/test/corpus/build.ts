/**
 * Writes every corpus table as the file it describes, for opening in Excel:
 * `pnpm exec tsx packages/spreadsheet/test/corpus/build.ts <folder>`.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { corpusBytes, corpusTables } from './corpus.js';

const out = process.argv[2] ?? 'out/corpus';
await mkdir(out, { recursive: true });
for (const table of corpusTables()) {
  const { file, bytes } = await corpusBytes(table);
  const path = join(out, `${table.id}${file.slice(file.lastIndexOf('.'))}`);
  await writeFile(path, bytes);
  console.log(path);
}
