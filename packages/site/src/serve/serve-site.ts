import { createReadStream } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';
import { mediaTypes } from '@qingdan/rdf';
import { acceptedFormat, negotiablePaths } from '../negotiation.js';
import { directoryListing } from './directory-listing.js';

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
 * duty's IRI a 303 to its edition's file), and `sparql` at `/sparql` when given. A folder without
 * an `index.html` (a published folder's) is listed. Nothing outside the folder is served, not
 * even through a symbolic link inside it.
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
  // The real path, so that a file reached through a link can be checked against it.
  const root = await realpath(resolve(folder));
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
    const data = edition?.[1] ? await within(root, `${edition[1]}.${format}`) : undefined;
    if (data?.info?.isFile()) {
      const target = `/${edition?.[1]}.${format}`;
      if (duty) {
        res.writeHead(303, { location: encodeURI(target), vary: 'Accept' });
        return void res.end();
      }
      return sendFile(res, req, data.file, { vary: 'Accept' });
    }
  }
  const found = await within(root, path);
  if (!found) return send(res, 403, 'forbidden\n');
  const { file, info } = found;
  if (info?.isDirectory()) {
    if (!url.pathname.endsWith('/')) {
      res.writeHead(301, { location: `${url.pathname}/${url.search}` });
      return void res.end();
    }
    const index = await within(root, join(path, 'index.html'));
    if (index?.info?.isFile()) return sendFile(res, req, index.file, { vary: 'Accept' });
    const page = directoryListing(url.pathname, await readdir(file, { withFileTypes: true }));
    return send(res, 200, req.method === 'HEAD' ? '' : page, {
      'content-type': 'text/html; charset=utf-8',
    });
  }
  if (info?.isFile()) return sendFile(res, req, file, {});
  return send(res, 404, 'not found\n');
}

/**
 * The file at `path` under `root`, with its real path and its stat (undefined for none), or
 * undefined when it lies outside `root`: by `..` in the path, or by a symbolic link.
 */
async function within(
  root: string,
  path: string,
): Promise<{ file: string; info: Awaited<ReturnType<typeof fileInfo>> } | undefined> {
  const outside = (p: string) => p !== root && !p.startsWith(root + sep);
  const file = resolve(root, path);
  if (outside(file)) return undefined;
  const real = await realpath(file).catch(() => undefined);
  if (real === undefined) return { file, info: undefined };
  if (outside(real)) return undefined;
  return { file: real, info: await fileInfo(real) };
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
