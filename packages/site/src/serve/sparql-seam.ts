import type { RequestHandler } from './serve-site.js';

/**
 * What `@qingdan/store` offers `qingdan serve`, when it is installed: a SPARQL 1.1 Protocol
 * handler over the data of a site or published folder.
 *
 * @example
 * ```ts
 * const store: SparqlProvider = { sparqlHandlerForFolder: async (folder) => handler };
 * ```
 */
export interface SparqlProvider {
  /** The SPARQL 1.1 Protocol handler over a site's or published folder's data. */
  readonly sparqlHandlerForFolder: (folder: string) => Promise<RequestHandler>;
}

/**
 * The SPARQL endpoint for a folder, from `@qingdan/store` when it is installed, `undefined`
 * otherwise: the store is optional, so it is imported by a name the bundler leaves alone.
 * `load` is for tests, which hand in their own provider.
 *
 * @example
 * ```ts
 * const sparql = await optionalSparqlHandler('out/site');
 * await serveSite('out/site', sparql ? { sparql } : {});
 * ```
 */
export async function optionalSparqlHandler(
  folder: string,
  load: () => Promise<unknown> = () => import(/* @vite-ignore */ storePackage),
): Promise<RequestHandler | undefined> {
  let store: unknown;
  try {
    store = await load();
  } catch {
    return undefined;
  }
  const provider = store as Partial<SparqlProvider> | undefined;
  if (typeof provider?.sparqlHandlerForFolder !== 'function') return undefined;
  return provider.sparqlHandlerForFolder(folder);
}

const storePackage = ['@qingdan', 'store'].join('/');
