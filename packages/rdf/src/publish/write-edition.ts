import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { DutyList } from '@qingdan/core';
import type { Quad } from '@rdfjs/types';
import { DataFactory } from 'n3';
import type { CatalogDistribution } from '../dcat/index.js';
import { editionIris } from '../iri/index.js';
import { groupBySubject, TurtleWriter, writeLines } from '../serialize/index.js';
import { openFileSink } from './file-sink.js';
import type { PublicationFormat } from './formats.js';
import { editionFile } from './layout.js';
import type { EditionRenderer } from './renderer.js';

/**
 * What writing one edition gave: a distribution per format, and how many triples it holds.
 *
 * @example
 * ```ts
 * const written: WrittenEdition = { triples: 1520, distributions: [{ format: 'ttl', bytes: 80_000, sha256: '…' }] };
 * ```
 */
export interface WrittenEdition {
  readonly triples: number;
  readonly distributions: readonly CatalogDistribution[];
}

/**
 * Writes one edition in every format asked for under `folder`, at the paths of
 * {@link editionFile}; the N-Quads put every triple in the edition's named graph (its IRI).
 * Only this edition's quads are held in memory.
 *
 * @example
 * ```ts
 * writeEdition(list, { folder: staging, base, formats: ['ttl', 'nt'], renderer });
 * ```
 */
export function writeEdition(
  list: DutyList,
  options: {
    readonly folder: string;
    readonly base: string;
    readonly formats: readonly PublicationFormat[];
    readonly renderer: EditionRenderer;
    /** The IRI of the JSON-LD context the edition's JSON-LD names; the renderer's by default. */
    readonly context?: string;
  },
): WrittenEdition {
  const { folder, base, formats, renderer, context } = options;
  const needsQuads = formats.some((f) => f !== 'jsonld');
  const quads: Quad[] = needsQuads ? [...renderer.quads(list, base)] : [];
  const written = new Map<PublicationFormat, CatalogDistribution>();
  mkdirSync(dirname(join(folder, editionFile(list, 'ttl'))), { recursive: true });
  const open = (format: PublicationFormat) => openFileSink(join(folder, editionFile(list, format)));
  const close = (format: PublicationFormat, file: ReturnType<typeof openFileSink>) =>
    written.set(format, { format, ...file.close() });
  for (const format of formats) {
    if (format === 'nq' && written.has('nt')) continue;
    const file = open(format);
    // N-Triples and N-Quads are written together, each line encoded once for both.
    const quadsFile = format === 'nt' && formats.includes('nq') ? open('nq') : undefined;
    try {
      if (format === 'jsonld')
        file.sink(`${JSON.stringify(renderer.jsonLd(list, base, context), null, 2)}\n`);
      else if (format === 'ttl') {
        const writer = new TurtleWriter(file.sink, { prefixes: renderer.prefixes });
        writer.addAll(groupBySubject(quads));
        writer.end();
      } else {
        const graph = DataFactory.namedNode(editionIris(base, list.division.code, list.id).edition);
        writeLines(quads, {
          graph,
          ...(format === 'nt' ? { nt: file.bytes } : { nq: file.bytes }),
          ...(quadsFile ? { nq: quadsFile.bytes } : {}),
        });
      }
    } finally {
      close(format, file);
      if (quadsFile) close('nq', quadsFile);
    }
  }
  const distributions = formats.flatMap((f) => written.get(f) ?? []);
  return { triples: quads.length, distributions };
}
