import type { DutyList } from '@qingdan/core';
import type { Quad } from '@rdfjs/types';

/**
 * How an edition becomes linked data: its quads (for Turtle, N-Triples and N-Quads) and its
 * JSON-LD document, both from the same list and base. `publish` takes the vocabulary's mapping
 * by default; tests and other vocabularies may pass their own.
 *
 * @example
 * ```ts
 * const renderer: EditionRenderer = {
 *   prefixes: { qd: 'https://w3id.org/qingdan/ns#' },
 *   quads: (list, base) => dutyListToQuads(list, { base }),
 *   jsonLd: (list, base) => dutyListToJsonLd(list, { base }),
 * };
 * ```
 */
export interface EditionRenderer {
  /** Prefixes Turtle files declare, besides the common ones. */
  readonly prefixes: Readonly<Record<string, string>>;
  /** The edition's quads, in a deterministic order. */
  quads(list: DutyList, base: string): Iterable<Quad>;
  /** The edition's JSON-LD document, a plain JSON value, naming `context` when given. */
  jsonLd(list: DutyList, base: string, context?: string): unknown;
}
