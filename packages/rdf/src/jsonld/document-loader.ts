import { qingdanContext, qingdanContextIri } from '@qingdan/vocab';

/** What a JSON-LD document loader gives back, as jsonld.js expects it. */
export interface RemoteDocument {
  readonly contextUrl: null;
  readonly documentUrl: string;
  readonly document: unknown;
}

/**
 * Thrown when a JSON-LD document names a remote context other than ours: nothing is ever
 * fetched, so processing a document never depends on the network or on a third party.
 *
 * @example
 * ```ts
 * try { await staticDocumentLoader('https://schema.org/'); } catch (e) { e instanceof RemoteContextRefusedError; }
 * ```
 */
export class RemoteContextRefusedError extends Error {
  override readonly name = 'RemoteContextRefusedError';
  readonly url: string;

  constructor(url: string) {
    super(`remote JSON-LD context refused (only ${qingdanContextIri} is served): ${url}`);
    this.url = url;
  }
}

/**
 * A document loader for jsonld.js that serves the qingdan context from memory and refuses every
 * other URL.
 *
 * @example
 * ```ts
 * const quads = await jsonld.toRDF(doc, { documentLoader: staticDocumentLoader });
 * ```
 */
export async function staticDocumentLoader(url: string): Promise<RemoteDocument> {
  if (url === qingdanContextIri)
    return { contextUrl: null, documentUrl: url, document: qingdanContext };
  throw new RemoteContextRefusedError(url);
}

/**
 * A document loader for jsonld.js that serves the qingdan context from memory at its w3id name
 * and at each of `iris` (where a publication carries its copy, `{base}vocab/context.jsonld`), and
 * refuses every other URL.
 *
 * @example
 * ```ts
 * const loader = contextDocumentLoader([publishedVocabularyIri(base, 'context.jsonld')]);
 * const quads = await jsonld.toRDF(doc, { documentLoader: loader });
 * ```
 */
export function contextDocumentLoader(
  iris: readonly string[],
): (url: string) => Promise<RemoteDocument> {
  const served = new Set([qingdanContextIri, ...iris]);
  return async (url) => {
    if (served.has(url)) return { contextUrl: null, documentUrl: url, document: qingdanContext };
    throw new RemoteContextRefusedError(url);
  };
}
