import { readFileSync } from 'node:fs';
import type { RemoteDocument } from 'jsonld/jsonld-spec';

/** Where the official files are: `standards/` beside `src/` and `dist/`. */
const standards = new URL('../standards/', import.meta.url);

/**
 * The address the official JSON-LD context is published at, which SEMIC's example names; a
 * document under it is read with the local copy, never fetched.
 *
 * @example
 * ```ts
 * const doc = { '@context': cpsvContextIri, '@graph': [] };
 * ```
 */
export const cpsvContextIri =
  'https://semiceu.github.io/uri.semic.eu-generated/CPSV-AP/releases/3.2.0/context/cpsv-ap.jsonld';

/**
 * The other addresses the context goes by (SEMIC's release pages), also served from the copy.
 *
 * @example
 * ```ts
 * cpsvContextAliases.includes('https://semiceu.github.io/CPSV-AP/releases/3.2.0/context/cpsv-ap.jsonld'); // true
 * ```
 */
export const cpsvContextAliases: readonly string[] = [
  cpsvContextIri,
  'https://semiceu.github.io/CPSV-AP/releases/3.2.0/context/cpsv-ap.jsonld',
];

let shapes: string | undefined;
let context: { readonly '@context': Readonly<Record<string, unknown>> } | undefined;

/**
 * The official CPSV-AP 3.2.0 SHACL shapes, as Turtle (read once).
 *
 * @example
 * ```ts
 * cpsvShapesTurtle().includes('PublicServiceShape'); // true
 * ```
 */
export function cpsvShapesTurtle(): string {
  shapes ??= readFileSync(new URL('shacl/cpsv-ap-SHACL.ttl', standards), 'utf8');
  return shapes;
}

/**
 * The official CPSV-AP 3.2.0 JSON-LD context document (read once).
 *
 * @example
 * ```ts
 * cpsvContext()['@context']['PublicService']; // 'http://purl.org/vocab/cpsv#PublicService'
 * ```
 */
export function cpsvContext(): { readonly '@context': Readonly<Record<string, unknown>> } {
  context ??= JSON.parse(readFileSync(new URL('context/cpsv-ap.jsonld', standards), 'utf8'));
  return context as { readonly '@context': Readonly<Record<string, unknown>> };
}

/**
 * A JSON-LD document loader that serves the official context from the local copy and refuses
 * every other address, so that reading a document fetches nothing.
 *
 * @example
 * ```ts
 * await jsonld.toRDF(doc, { documentLoader: cpsvDocumentLoader });
 * ```
 */
export async function cpsvDocumentLoader(url: string): Promise<RemoteDocument> {
  // The context is the official file, parsed as JSON: jsonld.js reads it as any document.
  if (cpsvContextAliases.includes(url))
    return { documentUrl: url, document: cpsvContext() as RemoteDocument['document'] };
  throw new RemoteContextError(url);
}

/**
 * A JSON-LD document named a context other than CPSV-AP's, which is not fetched.
 *
 * @example
 * ```ts
 * new RemoteContextError('https://example.org/ctx.jsonld').url;
 * ```
 */
export class RemoteContextError extends Error {
  override readonly name = 'RemoteContextError';
  readonly url: string;
  constructor(url: string) {
    super(`remote JSON-LD context not fetched (only CPSV-AP's is known): ${url}`);
    this.url = url;
  }
}
