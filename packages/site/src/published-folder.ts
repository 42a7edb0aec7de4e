import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { decodeUnicode, type Issue, makeIssue, undecodableIssue } from '@qingdan/core';
import { fileSystemError, markedCommand } from '@qingdan/files';
import { catalogFiles, dutyListFromQuads, type PublishSource } from '@qingdan/rdf';
import { Parser, type Quad } from 'n3';

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

/** An issue of a published file, at the line (and column) where it was found when known. */
type PublishedFileIssue = Issue & { readonly line?: number; readonly column?: number };

/** The line n3 names in a syntax error (its `context.line`), when it names one. */
function lineOf(error: unknown): { line: number } | Record<string, never> {
  const context = (error as { context?: { line?: unknown } } | null)?.context;
  return typeof context?.line === 'number' ? { line: context.line } : {};
}

/**
 * An edition's quads from the bytes of its file, or the issue that keeps it from being read:
 * bytes that are not UTF-8 (which RDF syntaxes must be) at the first of them, never parsed as
 * U+FFFD; a syntax error at its line.
 */
function parseEdition(
  bytes: Uint8Array,
  name: string,
): { ok: true; quads: Quad[] } | { ok: false; issue: PublishedFileIssue } {
  const decoded = decodeUnicode(bytes);
  if (!decoded.ok)
    return {
      ok: false,
      issue: undecodableIssue(decoded),
    };
  try {
    const format = name.endsWith('.ttl') ? 'text/turtle' : 'application/n-quads';
    return { ok: true, quads: new Parser({ format }).parse(decoded.text) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      issue: { ...makeIssue('rdf-syntax-invalid', 'error', [], { message }), ...lineOf(error) },
    };
  }
}

/**
 * The editions of a published folder, read back from their N-Quads, N-Triples or Turtle (the
 * first of these it holds) through `dutyListFromQuads`: a site can be built from what was
 * published, without the list files. A file damaged since (bytes that are not UTF-8, a syntax
 * error) is an issue at its line, not an exception.
 *
 * @example
 * ```ts
 * for await (const source of publishedSources('out/examples')) if (source.ok) console.log(source.list.id);
 * ```
 */
export async function* publishedSources(
  folder: string,
): AsyncGenerator<PublishSource<PublishedFileIssue>> {
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
      // Node's error for a folder named like an edition file names no path: the file is named.
      const bytes = await readFile(file).catch((error: unknown) => {
        throw fileSystemError('read', file, error);
      });
      const parsed = parseEdition(bytes, name);
      if (!parsed.ok) {
        yield { ok: false, file, issues: [parsed.issue] };
        continue;
      }
      const result = dutyListFromQuads(parsed.quads);
      yield result.ok
        ? { ok: true, file, list: result.value }
        : { ok: false, file, issues: result.issues };
    }
  }
}
