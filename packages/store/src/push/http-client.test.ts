import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { issueMessages } from '@qingdan/core';
import { afterEach, describe, expect, it } from 'vitest';
import { thrownFailure } from './failure-cause.js';
import { ServiceClient } from './http-client.js';
import { PushError } from './push-error.js';

let servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.map((s) => new Promise((r) => s.close(r))));
  servers = [];
});

/** A server answering every request with `status` and `body`, counting the requests. */
async function answering(status: number, body: string, type = 'text/html') {
  let requests = 0;
  const server = createServer((_, res) => {
    requests++;
    res.writeHead(status, { 'content-type': type }).end(body);
  });
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/sparql`, requests: () => requests };
}

async function failure(client: ServiceClient, url: string) {
  const error = await client.request({ method: 'POST', url, body: '' }).catch((e) => e);
  expect(error).toBeInstanceOf(PushError);
  return (error as PushError).issue;
}

const retry = { attempts: 3, backoffMs: 1, timeoutMs: 2000 };

describe('ServiceClient failures', () => {
  it('does not retry a 501, and quotes an HTML answer as its text', async () => {
    const page =
      '<!DOCTYPE HTML><html><head><title>Error response</title><style>p{color:red}</style></head><body><h1>Error</h1><p>Unsupported method (&#39;POST&#39;) &amp; more</p></body></html>';
    const s = await answering(501, page);
    const retries: number[] = [];
    const client = new ServiceClient(undefined, retry, {
      onRetry: ({ attempt }) => retries.push(attempt),
    });
    const issue = await failure(client, s.url);
    expect(s.requests()).toBe(1);
    expect(retries).toEqual([]);
    expect(issue).toMatchObject({
      code: 'sparql-endpoint-unreachable',
      params: {
        attempts: 1,
        cause: 'not-implemented',
        reason: "HTTP 501 Error response Error Unsupported method ('POST') & more",
      },
    });
    const { zh, en } = issueMessages(issue);
    expect(en).toContain('likely not a SPARQL Graph Store Protocol or Update endpoint');
    expect(zh).toContain('可能不是 SPARQL 图存储协议或更新端点');
    expect(en).not.toContain('<');
  });

  it('retries a 503 the number of attempts, then names the server failing', async () => {
    const s = await answering(503, 'busy', 'text/plain');
    const issue = await failure(new ServiceClient(undefined, retry), s.url);
    expect(s.requests()).toBe(3);
    expect(issue.params).toMatchObject({
      attempts: 3,
      cause: 'server-error',
      reason: 'HTTP 503 busy',
    });
  });

  it('quotes a 4xx HTML answer as text', async () => {
    const s = await answering(400, '<html><body><p>Bad   graph</p></body></html>');
    const issue = await failure(new ServiceClient(undefined, retry), s.url);
    expect(issue).toMatchObject({
      code: 'sparql-endpoint-refused',
      params: { status: 400, answer: 'Bad graph' },
    });
  });

  it('fails at once on a port fetch will not open', async () => {
    const client = new ServiceClient(undefined, retry);
    const issue = await failure(client, 'http://127.0.0.1:9/sparql');
    expect(client.retries).toBe(0);
    expect(issue.params).toMatchObject({ attempts: 1, cause: 'bad-port' });
    expect(issueMessages(issue).en).toContain('run the service on another port');
  });

  it('retries where nothing listens, and says so', async () => {
    const server = createServer();
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const { port } = server.address() as AddressInfo;
    await new Promise((r) => server.close(r));
    const client = new ServiceClient(undefined, retry);
    const issue = await failure(client, `http://127.0.0.1:${port}/sparql`);
    expect(client.retries).toBe(2);
    expect(issue.params).toMatchObject({ attempts: 3, cause: 'connection-refused' });
    expect(issueMessages(issue).zh).toContain('没有服务在监听');
  });
});

describe('thrownFailure', () => {
  const fetchFailed = (cause: Error) => new TypeError('fetch failed', { cause });
  const coded = (message: string, code: string) => Object.assign(new Error(message), { code });

  it('tells the causes that would only come back from those that may pass', () => {
    expect(
      thrownFailure(fetchFailed(coded('getaddrinfo ENOTFOUND x.invalid', 'ENOTFOUND'))),
    ).toEqual({
      cause: 'host-not-found',
      permanent: true,
      detail: 'getaddrinfo ENOTFOUND x.invalid',
    });
    expect(
      thrownFailure(fetchFailed(coded('certificate has expired', 'CERT_HAS_EXPIRED'))),
    ).toMatchObject({
      cause: 'certificate',
      permanent: true,
    });
    expect(
      thrownFailure(fetchFailed(coded('self-signed certificate', 'DEPTH_ZERO_SELF_SIGNED_CERT'))),
    ).toMatchObject({ cause: 'certificate', permanent: true });
    expect(thrownFailure(fetchFailed(coded('getaddrinfo EAI_AGAIN x', 'EAI_AGAIN')))).toMatchObject(
      {
        cause: 'network',
        permanent: false,
      },
    );
    expect(thrownFailure(fetchFailed(coded('other side closed', 'UND_ERR_SOCKET')))).toMatchObject({
      cause: 'network',
      permanent: false,
    });
    const timeout = new DOMException('The operation was aborted due to timeout', 'TimeoutError');
    expect(thrownFailure(timeout)).toMatchObject({ cause: 'timeout', permanent: false });
  });
});
