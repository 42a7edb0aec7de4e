import type { DutyList } from '@qingdan/core';
import {
  type EditionRenderer,
  editionFile,
  editionIris,
  quadsToJsonLd,
  vocabularyRenderer,
} from '@qingdan/rdf';
import type { Quad } from '@rdfjs/types';
import { jsonLdText } from './json-ld-text.js';

/**
 * An edition's quads cut by the page that shows them: each duty's (its node and every node under
 * its IRI: legal bases, resources, columns, participations), each office's, and the rest (the
 * edition, its division, issuer, departments and domains). Instruments are left out: they are
 * shared by editions, and their page gathers them.
 *
 * @example
 * ```ts
 * const parts = editionParts(list, base, vocabularyRenderer);
 * parts.duties.get('JB-01')?.length; // the duty's triples
 * ```
 */
export interface EditionParts {
  readonly duties: ReadonlyMap<string, readonly Quad[]>;
  readonly offices: ReadonlyMap<string, readonly Quad[]>;
  readonly edition: readonly Quad[];
  readonly instruments: ReadonlyMap<string, readonly Quad[]>;
  /**
   * The JSON text of a part's linked data (one of the parts above but the instruments'), as
   * {@link pageJsonText} writes it: each node written once for the edition, not per page.
   */
  readonly jsonText: (part: readonly Quad[]) => string;
}

/** The IRI segment after `prefix` up to the next `/`, `#` or the end. */
function segmentAfter(iri: string, prefix: string): string {
  const rest = iri.slice(prefix.length);
  const end = rest.search(/[/#]/);
  return end === -1 ? rest : rest.slice(0, end);
}

/**
 * Cuts an edition's quads (from the renderer that publishes it) by page; see {@link EditionParts}.
 * Keys are IRI segments, as the IRI scheme writes them.
 *
 * @example
 * ```ts
 * editionParts(list, 'https://data.example.org/qingdan/', vocabularyRenderer).edition.length > 0; // true
 * ```
 */
export function editionParts(
  list: DutyList,
  base: string,
  renderer: EditionRenderer,
): EditionParts {
  const iris = editionIris(base, list.division.code, list.id);
  const dutyPrefix = iris.prefix('duty');
  const officePrefix = iris.prefix('office');
  const instrumentPrefix = `${iris.base}eli/cn/`;
  const duties = new Map<string, Quad[]>();
  const offices = new Map<string, Quad[]>();
  const instruments = new Map<string, Quad[]>();
  const edition: Quad[] = [];
  const blank = new Map<string, Quad[]>();
  const into = <K>(map: Map<K, Quad[]>, key: K): Quad[] => {
    let quads = map.get(key);
    if (!quads) {
      quads = [];
      map.set(key, quads);
    }
    return quads;
  };
  const partOf = (quad: Quad): Quad[] => {
    const s = quad.subject.value;
    if (quad.subject.termType === 'BlankNode') return into(blank, s);
    if (s.startsWith(dutyPrefix)) return into(duties, segmentAfter(s, dutyPrefix));
    if (s.startsWith(officePrefix)) return into(offices, segmentAfter(s, officePrefix));
    if (s.startsWith(instrumentPrefix)) return into(instruments, segmentAfter(s, instrumentPrefix));
    return edition;
  };
  const all = [...renderer.quads(list, base)];
  // A subject's quads come in a row: its part is found once for the row.
  let subject: Quad['subject'] | undefined;
  let part: Quad[] = edition;
  for (const quad of all) {
    if (!subject?.equals(quad.subject)) {
      subject = quad.subject;
      part = partOf(quad);
    }
    part.push(quad);
  }
  // Lists (of offices, of provisions) are blank nodes: each part takes those it reaches.
  const close = (quads: Quad[]) => {
    for (let i = 0; i < quads.length; i++) {
      const o = quads[i]?.object;
      if (o?.termType !== 'BlankNode') continue;
      const more = blank.get(o.value);
      if (more) {
        blank.delete(o.value);
        quads.push(...more);
      }
    }
    return quads;
  };
  for (const part of [duties, offices, instruments])
    for (const quads of part.values()) close(quads);
  close(edition);
  return {
    duties,
    offices,
    edition,
    instruments,
    jsonText: jsonLdText(all, vocabularyRenderer.prefixes),
  };
}

/**
 * A page's linked data in the qingdan vocabulary as JSON text: its quads as `@qingdan/rdf`
 * writes JSON-LD, with the vocabulary's prefixes.
 *
 * @example
 * ```ts
 * JSON.parse(pageJsonText(quads))['@graph'].length; // the subjects of the quads
 * ```
 */
export function pageJsonText(quads: readonly Quad[]): string {
  return JSON.stringify(quadsToJsonLd(quads, vocabularyRenderer.prefixes));
}

/**
 * A renderer that keeps the quads it last made for a list, so that the site, which cuts them by
 * page after the list is published, does not make them again: the publication asks for an
 * edition's quads once, and the next ask for the same list is given them (and forgets them).
 * Quads are deterministic, so any other order of asking gives the same quads.
 *
 * @example
 * ```ts
 * const kept = keepingRenderer(vocabularyRenderer);
 * await publishInto(folder, sources, { ...options, renderer: kept });
 * editionParts(list, base, kept);
 * ```
 */
export function keepingRenderer(renderer: EditionRenderer): EditionRenderer {
  const kept = new WeakMap<DutyList, readonly Quad[]>();
  return {
    prefixes: renderer.prefixes,
    jsonLd: (list, base, context) => renderer.jsonLd(list, base, context),
    quads: (list, base) => {
      const held = kept.get(list);
      if (held) {
        kept.delete(list);
        return held;
      }
      const quads = [...renderer.quads(list, base)];
      kept.set(list, quads);
      return quads;
    },
  };
}

/**
 * The files of an edition that pages link to as its data (site-relative paths).
 *
 * @example
 * ```ts
 * editionAlternates(list); // { ttl: '421127104/wuzu-2024.ttl', jsonld: '…', nt: '…' }
 * ```
 */
export function editionAlternates(list: Pick<DutyList, 'id' | 'division'>) {
  return {
    ttl: editionFile(list, 'ttl'),
    jsonld: editionFile(list, 'jsonld'),
    nt: editionFile(list, 'nt'),
  };
}
