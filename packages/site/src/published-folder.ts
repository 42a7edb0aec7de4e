import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { makeIssue } from '@qingdan/core';
import { markedCommand } from '@qingdan/files';
import { catalogFiles, dutyListFromQuads, type PublishSource } from '@qingdan/rdf';
import { Parser } from 'n3';

/**
 * Whether a folder is the output of `qingdan publish` (it holds the marker publishing writes).
 *
 * @example
 * ```ts
 * await isPublishedFolder('out/examples'); // true after `qingdan publish … --out out/examples`
 * ```
 */
export async function isPublishedFolder(path: string): Promise<boolean> {
  return (await markedCommand(path).catch(() => undefined)) === 'publish';
}

const readable = ['nq', 'nt', 'ttl'] as const;

/**
 * The editions of a published folder, read back from their N-Quads, N-Triples or Turtle (the
 * first of these it holds) through `dutyListFromQuads`: a site can be built from what was
 * published, without the list files.
 *
 * @example
 * ```ts
 * for await (const source of publishedSources('out/examples')) if (source.ok) console.log(source.list.id);
 * ```
 */
export async function* publishedSources(folder: string): AsyncGenerator<PublishSource> {
  const divisions = (await readdir(folder, { withFileTypes: true }))
    .filter((e) => e.isDirectory() && /^\d+$/.test(e.name))
    .map((e) => e.name)
    .sort();
  for (const division of divisions) {
    const names = await readdir(join(folder, division));
    const editions = new Map<string, string>();
    for (const format of [...readable].reverse())
      for (const name of names)
        if (name.endsWith(`.${format}`) && name !== catalogFiles.ttl)
          editions.set(name.slice(0, -format.length - 1), name);
    for (const name of [...editions.values()].sort()) {
      const file = join(folder, division, name);
      try {
        const quads = new Parser({
          format: name.endsWith('.ttl') ? 'text/turtle' : 'application/n-quads',
        }).parse(await readFile(file, 'utf8'));
        const result = dutyListFromQuads(quads);
        yield result.ok
          ? { ok: true, file, list: result.value }
          : { ok: false, file, issues: result.issues };
      } catch (error) {
        yield {
          ok: false,
          file,
          issues: [
            makeIssue('rdf-syntax-invalid', 'error', [], { message: (error as Error).message }),
          ],
        };
      }
    }
  }
}
