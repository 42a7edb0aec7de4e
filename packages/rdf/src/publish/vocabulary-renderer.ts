import { namespaces, qingdanNamespace } from '@qingdan/vocab';
import { dutyListToJsonLd } from '../jsonld/list-to-jsonld.js';
import { dutyListToQuads } from '../mapping/to-quads.js';
import type { EditionRenderer } from './renderer.js';

/**
 * The qingdan vocabulary's renderer: quads from `dutyListToQuads`, JSON-LD from
 * `dutyListToJsonLd`, Turtle prefixes `qd:` and `eli:` besides the common ones.
 *
 * @example
 * ```ts
 * await publishLists(sources, { out: 'public', base, renderer: vocabularyRenderer });
 * ```
 */
export const vocabularyRenderer: EditionRenderer = {
  prefixes: {
    qd: qingdanNamespace,
    eli: namespaces.eli,
  },
  quads: (list, base) => dutyListToQuads(list, { base }),
  jsonLd: (list, base, context) =>
    dutyListToJsonLd(list, context === undefined ? { base } : { base, context }),
};
