import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { namedNode } from 'oxigraph';
import { EditionStore } from '../src/embedded/edition-store.js';

/** What the fake server should do to a request, for fault injection: answer it or fail it. */
export type Fault = 'none' | { readonly status: number } | 'hang';

/**
 * A small SPARQL store over HTTP for push tests: Graph Store Protocol POST at `/data?graph=`,
 * SPARQL Update (form `update=`) at `/update`, queries at `/query`, all over an oxigraph store,
 * with Digest authentication (user `u`, password `p`) when `digest` is set and a hook that
 * injects faults.
 */
export async function startFakeStore(options: {
  readonly digest?: boolean;
  readonly fault?: (req: { method: string; path: string; n: number }) => Fault;
}) {
  const store = new EditionStore();
  const log: {
    method: string;
    path: string;
    status: number;
    /** The graph an upload went to, the text of an update or a query. */
    graph?: string;
    update?: string;
    query?: string;
  }[] = [];
  let n = 0;
  const md5 = (s: string) => createHash('md5').update(s).digest('hex');
  const authorised = (req: IncomingMessage) => {
    const h = req.headers.authorization ?? '';
    const p = Object.fromEntries(
      [...h.matchAll(/(\w+)=(?:"([^"]*)"|([^,\s]+))/gu)].map((m) => [m[1], m[2] ?? m[3]]),
    );
    if (!h.startsWith('Digest ') || p.username !== 'u') return false;
    const ha1 = md5(`u:fake:p`);
    const ha2 = md5(`${req.method}:${p.uri}`);
    return p.response === md5(`${ha1}:${p.nonce}:${p.nc}:${p.cnonce}:${p.qop}:${ha2}`);
  };
  const server: Server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const body = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', 'http://x');
    n++;
    const end = (status: number, text = '', type = 'text/plain') => {
      const graph = url.searchParams.get('graph');
      const update = new URLSearchParams(body).get('update');
      const query = new URLSearchParams(body).get('query') ?? url.searchParams.get('query');
      log.push({
        method: req.method ?? '',
        path: url.pathname,
        status,
        ...(graph !== null ? { graph } : {}),
        ...(update !== null && url.pathname === '/update' ? { update } : {}),
        ...(query !== null && url.pathname === '/query' ? { query } : {}),
      });
      res.writeHead(status, { 'content-type': type }).end(text);
    };
    if (options.digest && !authorised(req)) {
      res.setHeader(
        'www-authenticate',
        'Digest realm="fake", nonce="n1", qop="auth", algorithm="MD5"',
      );
      return end(401);
    }
    const fault = options.fault?.({ method: req.method ?? '', path: url.pathname, n }) ?? 'none';
    if (fault === 'hang') return; // never answers: the client times out
    if (fault !== 'none') return end(fault.status, 'injected fault');
    try {
      if (url.pathname === '/data' && req.method === 'POST') {
        store.store.load(body, {
          format: 'application/n-triples',
          to_graph_name: namedNode(url.searchParams.get('graph') ?? ''),
        });
        return end(201);
      }
      const form = new URLSearchParams(body);
      if (url.pathname === '/update' && form.has('update')) {
        store.store.update(form.get('update') ?? '');
        return end(204);
      }
      if (url.pathname === '/query' || form.has('query'))
        return end(
          200,
          store.query(form.get('query') ?? '', 'json') as string,
          'application/sparql-results+json',
        );
      return end(404);
    } catch (error) {
      return end(400, String(error));
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const root = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    store,
    log,
    endpoint: `${root}/data`,
    update: `${root}/update`,
    query: `${root}/query`,
    count: (graph: string) =>
      Number(
        (
          store.store.query(
            `SELECT (COUNT(*) AS ?n) WHERE { GRAPH <${graph}> { ?s ?p ?o } }`,
          ) as Map<string, { value: string }>[]
        )[0]?.get('n')?.value,
      ),
    graphs: () =>
      (
        store.store.query('SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }') as Map<
          string,
          { value: string }
        >[]
      ).map((b) => b.get('g')?.value),
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}
