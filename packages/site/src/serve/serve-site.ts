import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';
import { mediaTypes } from '@qingdan/rdf';
import { acceptedFormat, negotiablePaths } from '../negotiation.js';

/**
 * What answers a request: the SPARQL endpoint `@qingdan/store` gives, for one.
 *
 * @example
 * ```ts
 * const handler: RequestHandler = async (req, res) => { res.end('ok'); };
 * ```
 */
export type RequestHandler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

/**
 * Options of {@link serveSite}.
 *
 * @example
 * ```ts
 * const options: ServeOptions = { port: 8080 };
 * ```
 */
export interface ServeOptions {
  /** The port on the loopback address; 0 (any free port) by default. */
  readonly port?: number;
  /** The SPARQL 1.1 Protocol endpoint mounted at `/sparql`, when there is one. */
  readonly sparql?: RequestHandler;
}

/**
 * A running server: where it listens and how to stop it.
 *
 * @example
 * ```ts
 * const server: RunningServer = await serveSite('out/site');
 * await server.close();
 * ```
 */
export interface RunningServer {
  readonly url: string;
  /** Stops listening, and resolves once open connections are closed. */
  readonly close: () => Promise<void>;
}

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.csv': 'text/csv; charset=utf-8',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.jsonld': `${mediaTypes.jsonld}`,
  '.ttl': `${mediaTypes.ttl}; charset=utf-8`,
  '.nt': `${mediaTypes.nt}; charset=utf-8`,
  '.nq': `${mediaTypes.nq}; charset=utf-8`,
};

async function fileInfo(path: string) {
  return stat(path).catch(() => undefined);
}

function send(
  res: ServerResponse,
  status: number,
  text: string,
  headers: Record<string, string> = {},
) {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', ...headers });
  res.end(text);
}

/**
 * Serves a site (or a published folder) on the loopback address for trying it before it goes to
 * a host: its files, content negotiation for edition and duty IRIs as the generated nginx and
 * Apache configs do (an edition's IRI gives its Turtle, JSON-LD or N-Triples by `Accept`, a
 * duty's IRI a 303 to its edition's file), and `sparql` at `/sparql` when given. Nothing outside
 * the folder is served.
 *
 * @example
 * ```ts
 * const server = await serveSite('out/site', { port: 8080 });
 * console.log(server.url); // 'http://127.0.0.1:8080/'
 * ```
 */
export async function serveSite(
  folder: string,
  options: ServeOptions = {},
): Promise<RunningServer> {
  const root = resolve(folder);
  const server = createServer((req, res) => {
    handle(root, options, req, res).catch(() => {
      if (!res.headersSent) send(res, 500, 'internal error');
      else res.destroy();
    });
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 0, '127.0.0.1', () => done());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

async function handle(
  root: string,
  options: ServeOptions,
  req: IncomingMessage,
  res: ServerResponse,
) {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  if (url.pathname === '/sparql' || url.pathname === '/sparql/') {
    if (options.sparql) return options.sparql(req, res);
    return send(res, 404, 'no SPARQL endpoint: @qingdan/store is not installed\n');
  }
  if (req.method !== 'GET' && req.method !== 'HEAD')
    return send(res, 405, 'method not allowed\n', { allow: 'GET, HEAD' });
  let path: string;
  try {
    path = decodeURIComponent(url.pathname).replace(/^\/+/, '');
  } catch {
    return send(res, 400, 'bad path\n');
  }
  const format = acceptedFormat(req.headers.accept);
  if (format) {
    const duty = negotiablePaths.duty.exec(path);
    const edition = duty ?? negotiablePaths.edition.exec(path);
    if (edition?.[1] && (await fileInfo(join(root, `${edition[1]}.${format}`)))?.isFile()) {
      const target = `/${edition[1]}.${format}`;
      if (duty) {
        res.writeHead(303, { location: encodeURI(target), vary: 'Accept' });
        return void res.end();
      }
      return sendFile(res, req, join(root, target), { vary: 'Accept' });
    }
  }
  const file = resolve(root, path);
  if (file !== root && !file.startsWith(root + sep)) return send(res, 403, 'forbidden\n');
  const info = await fileInfo(file);
  if (info?.isDirectory()) {
    if (!url.pathname.endsWith('/')) {
      res.writeHead(301, { location: `${url.pathname}/${url.search}` });
      return void res.end();
    }
    const index = join(file, 'index.html');
    if ((await fileInfo(index))?.isFile()) return sendFile(res, req, index, { vary: 'Accept' });
    return send(res, 404, 'not found\n');
  }
  if (info?.isFile()) return sendFile(res, req, file, {});
  return send(res, 404, 'not found\n');
}

async function sendFile(
  res: ServerResponse,
  req: IncomingMessage,
  file: string,
  headers: Record<string, string>,
): Promise<void> {
  const info = await stat(file);
  res.writeHead(200, {
    'content-type': contentTypes[extname(file)] ?? 'application/octet-stream',
    'content-length': String(info.size),
    ...headers,
  });
  if (req.method === 'HEAD') return void res.end();
  await new Promise<void>((done, fail) => {
    const stream = createReadStream(file);
    stream.on('error', fail);
    stream.on('end', () => done());
    stream.pipe(res);
  });
}
