import type { IncomingMessage, ServerResponse } from 'node:http';
import { issueMessages } from '@qingdan/core';
import type { EditionStore } from '../embedded/edition-store.js';
import { QueryError } from '../query/query-error.js';
import { queryForm } from '../query/query-form.js';
import { serializeQuery } from '../query/run-query.js';
import { preferredType } from './accept.js';

/** Media types of results, and the format name {@link serializeQuery} knows each by. */
const resultTypes: Readonly<Record<string, string>> = {
  'application/sparql-results+json': 'json',
  'application/json': 'json',
  'text/csv': 'csv',
  'text/tab-separated-values': 'tsv',
  'application/sparql-results+xml': 'xml',
};
const graphTypes: Readonly<Record<string, string>> = {
  'text/turtle': 'ttl',
  'application/n-triples': 'nt',
  'text/plain': 'nt',
};

/**
 * Options of {@link sparqlProtocolHandler}.
 *
 * @example
 * ```ts
 * sparqlProtocolHandler(store, { maxBodyBytes: 64 * 1024 });
 * ```
 */
export interface SparqlHandlerOptions {
  /** The largest request body read, in bytes (1 MiB by default); more is refused with 413. */
  readonly maxBodyBytes?: number;
}

/**
 * What answers a handler's queries when it is not a store in the same thread: a query and the
 * format to serialise its results in (as {@link serializeQuery} names them) to the text, or a
 * rejection with {@link QueryError}.
 *
 * @example
 * ```ts
 * const answer: QueryAnswerer = async (query, format) => serializeQuery(store, query, format);
 * ```
 */
export type QueryAnswerer = (query: string, format: string) => Promise<string>;

/** The status a query that could not be answered gets: the client's fault, or the server's. */
function statusOf(error: QueryError): number {
  if (error.issue.code === 'sparql-query-timeout') return 503;
  if (error.issue.code === 'sparql-query-failed') return 500;
  return 400;
}

async function readBody(req: IncomingMessage, limit: number): Promise<string | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) return undefined;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function send(res: ServerResponse, status: number, type: string, body: string): void {
  res.writeHead(status, {
    'content-type': `${type}; charset=utf-8`,
    'access-control-allow-origin': '*',
    vary: 'Accept',
  });
  res.end(body);
}

function fail(res: ServerResponse, status: number, zh: string, en: string): void {
  send(res, status, 'text/plain', `${zh}\n${en}\n`);
}

/**
 * A SPARQL 1.1 Protocol endpoint over an embedded store, as a Node request handler to mount
 * where a server wants it (`qingdan serve` mounts it at `/sparql`). Queries come by `GET
 * ?query=`, by `POST` of `application/x-www-form-urlencoded` (`query=`) or of
 * `application/sparql-query`; results come in the type the `Accept` header prefers: results
 * JSON (the default), CSV, TSV or XML for SELECT and ASK, Turtle (the default) or N-Triples for
 * CONSTRUCT and DESCRIBE. The store is read-only: updates are refused (400), other methods too
 * (405). A query that does not parse answers 400 with the reason in Chinese and English.
 *
 * Given a store, it answers synchronously, so a long query holds the server's event loop until
 * done; given a {@link QueryAnswerer} (as `sparqlHandlerForFolder` gives one running on a worker
 * thread), it waits for the answer, and a query stopped for taking too long answers 503.
 *
 * @example
 * ```ts
 * const sparql = sparqlProtocolHandler(store);
 * createServer((req, res) => (req.url?.startsWith('/sparql') ? sparql(req, res) : next(req, res)));
 * ```
 */
export function sparqlProtocolHandler(
  store: EditionStore | QueryAnswerer,
  options: SparqlHandlerOptions = {},
): (req: IncomingMessage, res: ServerResponse) => Promise<void> {
  const limit = options.maxBodyBytes ?? 1 << 20;
  const answer: QueryAnswerer =
    typeof store === 'function'
      ? store
      : async (query, format) => serializeQuery(store, query, format);
  return async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let query: string | null = null;
    if (req.method === 'GET' || req.method === 'HEAD') {
      if (url.searchParams.has('update'))
        return fail(res, 400, '此服务只读，不接受更新', 'this service is read-only: no updates');
      query = url.searchParams.get('query');
    } else if (req.method === 'POST') {
      const body = await readBody(req, limit);
      if (body === undefined)
        return fail(
          res,
          413,
          `请求体超过 ${limit} 字节`,
          `the request body exceeds ${limit} bytes`,
        );
      const type = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
      if (type === 'application/sparql-query') query = body;
      else if (type === 'application/x-www-form-urlencoded') {
        const form = new URLSearchParams(body);
        if (form.has('update'))
          return fail(res, 400, '此服务只读，不接受更新', 'this service is read-only: no updates');
        query = form.get('query');
      } else if (type === 'application/sparql-update')
        return fail(res, 400, '此服务只读，不接受更新', 'this service is read-only: no updates');
      else
        return fail(
          res,
          415,
          '请以 application/sparql-query 或 application/x-www-form-urlencoded 提交查询',
          'send the query as application/sparql-query or application/x-www-form-urlencoded',
        );
    } else {
      res.setHeader('allow', 'GET, HEAD, POST');
      return fail(res, 405, '只接受 GET 与 POST', 'only GET and POST are allowed');
    }
    if (query === null || query.trim() === '')
      return fail(res, 400, '缺少 query 参数', 'the query parameter is missing');
    const form = queryForm(query);
    const types = form === 'construct' || form === 'describe' ? graphTypes : resultTypes;
    const type = preferredType(req.headers.accept, Object.keys(types));
    if (type === undefined)
      return fail(
        res,
        406,
        `无法以所要求的类型返回结果；可用：${Object.keys(types).join(', ')}`,
        `none of the accepted types can be given; available: ${Object.keys(types).join(', ')}`,
      );
    try {
      const body = await answer(query, types[type] as string);
      if (req.method === 'HEAD') {
        res.writeHead(200, { 'content-type': `${type}; charset=utf-8` });
        res.end();
      } else send(res, 200, type, body);
    } catch (error) {
      if (!(error instanceof QueryError)) throw error;
      const { zh, en } = issueMessages(error.issue);
      fail(res, statusOf(error), zh, en);
    }
  };
}
