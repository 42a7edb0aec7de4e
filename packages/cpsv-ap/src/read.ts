import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { decodeUnicode, type Issue, makeIssue, undecodableIssue } from '@qingdan/core';
import type { Quad } from '@rdfjs/types';
import jsonld from 'jsonld';
import { Parser } from 'n3';
import { cpsvDocumentLoader } from './standards.js';

/**
 * The RDF syntaxes a CPSV-AP graph is read from, by file extension.
 *
 * @example
 * ```ts
 * graphFormatOf('services.ttl'); // 'turtle'
 * ```
 */
export type GraphFormat = 'turtle' | 'n-triples' | 'n-quads' | 'json-ld';

const byExtension: Readonly<Record<string, GraphFormat>> = {
  '.ttl': 'turtle',
  '.nt': 'n-triples',
  '.nq': 'n-quads',
  '.jsonld': 'json-ld',
  '.json': 'json-ld',
};

/**
 * The syntax of a graph file from its extension; Turtle (which N-Triples is part of) otherwise.
 *
 * @example
 * ```ts
 * graphFormatOf('x.jsonld'); // 'json-ld'
 * ```
 */
export function graphFormatOf(file: string): GraphFormat {
  return byExtension[extname(file).toLowerCase()] ?? 'turtle';
}

/** An issue of a graph file, at the line (and column) where it was found when known. */
type GraphIssue = Issue & { readonly line?: number; readonly column?: number };

/** The line n3 names in a syntax error (its `context.line`), when it names one. */
function lineOf(error: unknown): { line: number } | Record<string, never> {
  const context = (error as { context?: { line?: unknown } } | null)?.context;
  return typeof context?.line === 'number' ? { line: context.line } : {};
}

const n3Formats = { turtle: 'Turtle', 'n-triples': 'N-Triples', 'n-quads': 'N-Quads' } as const;

/**
 * Reads a graph file: its quads, or an issue saying why not, at its line when known (bytes that
 * are not UTF-8, which RDF syntaxes must be, a graph of no triples (`file-empty`), a syntax
 * error, a JSON-LD document naming a context other than
 * CPSV-AP's, which is not fetched). File-system errors are thrown.
 *
 * @example
 * ```ts
 * const read = await readCpsvGraph('public/421127104/wuzu-2024.ttl');
 * if (read.ok) await new CpsvChecker().check(read.quads);
 * ```
 */
export async function readCpsvGraph(
  file: string,
): Promise<
  | { readonly ok: true; readonly quads: readonly Quad[] }
  | { readonly ok: false; readonly issue: GraphIssue }
> {
  // Bytes first: a UTF-8 read would turn GBK into U+FFFD and the graph would check as valid.
  const decoded = decodeUnicode(await readFile(file));
  if (!decoded.ok)
    return {
      ok: false,
      issue: undecodableIssue(decoded),
    };
  const text = decoded.text;
  const format = graphFormatOf(file);
  try {
    let quads: Quad[];
    if (format !== 'json-ld')
      quads = new Parser({ format: n3Formats[format] }).parse(text) as Quad[];
    else {
      const nquads = (await jsonld.toRDF(JSON.parse(text), {
        format: 'application/n-quads',
        documentLoader: cpsvDocumentLoader,
      })) as unknown as string;
      quads = new Parser({ format: 'N-Quads' }).parse(nquads) as Quad[];
    }
    // A graph of no triples conforms to every shape: said so, not passed as checked.
    if (quads.length === 0) return { ok: false, issue: makeIssue('file-empty', 'error', []) };
    return { ok: true, quads };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      issue: {
        ...makeIssue('cpsv-graph-unreadable', 'error', [], { format, reason }),
        ...lineOf(error),
      },
    };
  }
}
