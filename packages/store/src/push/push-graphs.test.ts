import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type DutyList, issueMessages } from '@qingdan/core';
import { findListFiles, readListFile } from '@qingdan/listfile';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type Fault, startFakeStore } from '../../test/fake-store-server.js';
import { PushError } from './push-error.js';
import { type PushGraph, pushGraphs, stagingGraph } from './push-graphs.js';
import { listPushGraphs } from './push-sources.js';

const base = 'https://data.example.org/qingdan/';
let lists: DutyList[] = [];
let graphs: PushGraph[] = [];
let servers: Awaited<ReturnType<typeof startFakeStore>>[] = [];

beforeAll(async () => {
  const dir = new URL('../../../../examples/', import.meta.url).pathname;
  for (const file of await findListFiles([`${dir}lists`, `${dir}editions`])) {
    const r = await readListFile(file);
    if (r.ok) lists.push(r.value);
  }
  lists = lists.sort((a, b) => a.id.localeCompare(b.id));
  graphs = listPushGraphs(lists, base);
});

afterEach(async () => {
  await Promise.all(servers.map((s) => s.close()));
  servers = [];
});

async function fake(options: Parameters<typeof startFakeStore>[0] = {}) {
  const s = await startFakeStore(options);
  servers.push(s);
  return s;
}

const distinct = (nt: string) => new Set(nt.split('\n').filter((l) => l !== '')).size;
const fast = { attempts: 3, backoffMs: 1, timeoutMs: 2000 };

describe('pushGraphs', () => {
  it('puts each edition and the catalog in its own graph, every triple counted', async () => {
    const s = await fake();
    const report = await pushGraphs(graphs, {
      endpoint: s.endpoint,
      update: s.update,
      query: s.query,
      batchTriples: 500,
      concurrency: 3,
      retry: fast,
    });
    expect(report.graphs.every((g) => g.outcome === 'pushed')).toBe(true);
    for (const g of graphs) expect(s.count(g.iri)).toBe(distinct(g.ntriples));
    expect(s.graphs().some((g) => g?.startsWith('urn:qingdan:push:'))).toBe(false);
    // Batches of 500 cut no RDF list apart: blank nodes stay whole, so counts match; more than
    // one batch and the count went to the first edition.
    expect(report.graphs.find((g) => g.kind === 'edition')?.requests).toBeGreaterThan(2);
  });

  it('uploads a graph the store lacks in place, and stages one it holds, then moves it', async () => {
    const s = await fake();
    const options = { endpoint: s.endpoint, update: s.update, query: s.query, retry: fast };
    const first = graphs[0] as PushGraph;
    await pushGraphs([first], options);
    // Nothing to keep whole: straight into the live graph, no staging graph, no MOVE.
    expect(s.log.filter((r) => r.path === '/data').map((r) => r.graph)).toEqual([first.iri]);
    expect(s.log.some((r) => r.update?.includes('MOVE'))).toBe(false);
    const before = s.log.length;
    const changed = listPushGraphs([{ ...(lists[0] as DutyList), edition: '修订版' }], base)[0];
    await pushGraphs([changed as PushGraph], options);
    const later = s.log.slice(before);
    expect(later.filter((r) => r.path === '/data').map((r) => r.graph)).toEqual([
      stagingGraph(first.iri),
    ]);
    expect(later.filter((r) => r.update).map((r) => r.update)).toEqual([
      `MOVE SILENT GRAPH <${stagingGraph(first.iri)}> TO GRAPH <${first.iri}>`,
    ]);
    expect(s.count(first.iri)).toBe(distinct((changed as PushGraph).ntriples));
  });

  it('drops the staging graph a killed push left before staging again', async () => {
    const s = await fake();
    const options = { endpoint: s.endpoint, update: s.update, query: s.query, retry: fast };
    const first = graphs[0] as PushGraph;
    await pushGraphs([first], options);
    s.store.store.update(
      `INSERT DATA { GRAPH <${stagingGraph(first.iri)}> { <urn:x:s> <urn:x:p> "left over" } }`,
    );
    const changed = listPushGraphs([{ ...(lists[0] as DutyList), edition: '修订版' }], base)[0];
    await pushGraphs([changed as PushGraph], options);
    expect(s.graphs()).not.toContain(stagingGraph(first.iri));
    expect(s.count(first.iri)).toBe(distinct((changed as PushGraph).ntriples));
  });

  it('changes nothing when the same data is pushed again', async () => {
    const s = await fake();
    const options = { endpoint: s.endpoint, update: s.update, query: s.query, retry: fast };
    await pushGraphs(graphs, options);
    const before = s.log.length;
    const again = await pushGraphs(graphs, options);
    expect(again.graphs.every((g) => g.outcome === 'unchanged')).toBe(true);
    expect(again.triplesSent).toBe(0);
    expect(s.log.slice(before).every((r) => r.path === '/query')).toBe(true);
  });

  it('pushes only the edition that changed, and then the catalog', async () => {
    const s = await fake();
    const options = { endpoint: s.endpoint, update: s.update, query: s.query, retry: fast };
    await pushGraphs(graphs, options);
    const changed = lists.map((l, i) => (i === 0 ? { ...l, edition: '修订版' } : l));
    const report = await pushGraphs(listPushGraphs(changed, base), options);
    expect(report.graphs.filter((g) => g.outcome === 'pushed').map((g) => g.kind)).toEqual([
      'edition',
      'catalog',
    ]);
  });

  it('counts no live graph it is about to replace before it uploads, and times each phase', async () => {
    const s = await fake();
    const options = { endpoint: s.endpoint, update: s.update, query: s.query, retry: fast };
    await pushGraphs(graphs, options);
    const before = s.log.length;
    const changed = lists.map((l) => ({ ...l, edition: '修订版' }));
    const report = await pushGraphs(listPushGraphs(changed, base), options);
    const requests = s.log.slice(before);
    const firstUpload = requests.findIndex((r) => r.path === '/data');
    expect(firstUpload).toBeGreaterThan(0);
    const reads = requests.slice(0, firstUpload).filter((r) => r.path === '/query');
    expect(reads.length).toBeGreaterThan(0);
    expect(reads.filter((r) => /COUNT/iu.test(r.query ?? ''))).toEqual([]);
    // Each uploaded graph is still counted once before it replaces the live one.
    const counts = requests.filter((r) => /COUNT/iu.test(r.query ?? '')).length;
    expect(counts).toBe(report.graphs.filter((g) => g.outcome === 'pushed').length);
    expect(report.graphs.every((g) => g.outcome === 'pushed')).toBe(true);
    for (const phase of ['read', 'upload', 'count', 'move'] as const)
      expect(report.phases[phase]).toBeGreaterThan(0);
  });

  it('retries a 503 and a timeout, and succeeds', async () => {
    let posts = 0;
    const faults: Fault[] = [{ status: 503 }, 'hang'];
    const s = await fake({
      fault: ({ path }) =>
        path === '/data' && posts++ < 2 ? (faults[posts - 1] as Fault) : 'none',
    });
    const report = await pushGraphs(graphs.slice(0, 1), {
      endpoint: s.endpoint,
      update: s.update,
      query: s.query,
      retry: { attempts: 4, backoffMs: 1, timeoutMs: 300 },
    });
    expect(report.retries).toBe(2);
    expect(s.count(graphs[0]?.iri as string)).toBe(distinct(graphs[0]?.ntriples as string));
  });

  it('never retries a 4xx, and leaves the old graph whole when a push fails midway', async () => {
    const s0 = await fake();
    await pushGraphs(graphs.slice(0, 1), {
      endpoint: s0.endpoint,
      update: s0.update,
      query: s0.query,
      retry: fast,
    });
    const old = s0.count(graphs[0]?.iri as string);
    let posts = 0;
    const s = await fake({
      fault: ({ path }) => (path === '/data' && ++posts === 2 ? { status: 400 } : 'none'),
    });
    // the same old graph on the second server
    await pushGraphs(graphs.slice(0, 1), {
      endpoint: s.endpoint,
      update: s.update,
      query: s.query,
      retry: fast,
      batchTriples: 1_000_000,
    });
    const changed = listPushGraphs([{ ...(lists[0] as DutyList), edition: '修订版' }], base).slice(
      0,
      1,
    );
    const error = await pushGraphs(changed, {
      endpoint: s.endpoint,
      update: s.update,
      query: s.query,
      retry: fast,
      batchTriples: 300,
    }).catch((e) => e);
    expect(error).toBeInstanceOf(PushError);
    expect((error as PushError).issue).toMatchObject({
      code: 'sparql-endpoint-refused',
      params: { reason: 'refused' },
    });
    expect(s.log.filter((r) => r.status === 400)).toHaveLength(1);
    expect(s.count(graphs[0]?.iri as string)).toBe(old);
  });

  it('gives up after the attempts on a server that keeps failing, the live graph untouched', async () => {
    const s = await fake({ fault: ({ path }) => (path === '/data' ? { status: 502 } : 'none') });
    const error = await pushGraphs(graphs.slice(0, 1), {
      endpoint: s.endpoint,
      update: s.update,
      query: s.query,
      retry: fast,
    }).catch((e) => e);
    expect((error as PushError).issue).toMatchObject({
      code: 'sparql-endpoint-unreachable',
      params: { attempts: 3 },
    });
    expect(s.count(graphs[0]?.iri as string)).toBe(0);
  });

  it('answers a Digest challenge, and says clearly when the password is wrong', async () => {
    const s = await fake({ digest: true });
    const ok = await pushGraphs(graphs.slice(0, 1), {
      endpoint: s.endpoint,
      update: s.update,
      query: s.query,
      credentials: { user: 'u', password: 'p' },
      retry: fast,
    });
    expect(ok.graphs[0]?.outcome).toBe('pushed');
    const s2 = await fake({ digest: true });
    const error = await pushGraphs(graphs.slice(0, 1), {
      endpoint: s2.endpoint,
      update: s2.update,
      query: s2.query,
      credentials: { user: 'u', password: 'Secret-x9' },
      retry: fast,
    }).catch((e) => e);
    expect((error as PushError).issue).toMatchObject({
      code: 'sparql-endpoint-refused',
      params: { reason: 'credentials' },
    });
    expect(JSON.stringify((error as PushError).issue)).not.toContain('Secret-x9');
    expect(s2.graphs()).toEqual([]);
  });

  it('says an address that answers a page or other JSON is likely not the query endpoint', async () => {
    for (const [type, body] of [
      ['text/html', '<html><body>请登录 / sign in</body></html>'],
      ['application/sparql-results+json', '{"head":{},"results":5}'],
    ] as const) {
      const server = createServer((_req, res) => {
        res.writeHead(200, { 'content-type': type });
        res.end(body);
      });
      await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
      const { port } = server.address() as AddressInfo;
      const url = `http://127.0.0.1:${port}/`;
      const error = await pushGraphs(graphs.slice(0, 1), {
        endpoint: url,
        retry: fast,
      })
        .catch((e: unknown) => e)
        .finally(() => server.close());
      expect(error).toBeInstanceOf(PushError);
      const { issue } = error as PushError;
      expect(issue).toMatchObject({
        code: 'sparql-endpoint-refused',
        params: { reason: 'not-results', url, status: 200 },
      });
      expect(issueMessages(issue).en).toContain('not SPARQL results JSON');
      expect(issueMessages(issue).zh).toContain(body.slice(0, 10));
    }
  });

  it('reports what a dry run would push without writing', async () => {
    const s = await fake();
    const report = await pushGraphs(graphs, {
      endpoint: s.endpoint,
      update: s.update,
      query: s.query,
      dryRun: true,
      retry: fast,
    });
    expect(report.graphs.every((g) => g.outcome === 'would-push')).toBe(true);
    expect(s.graphs()).toEqual([]);
    expect(stagingGraph(graphs[0]?.iri as string)).toMatch(/^urn:qingdan:push:[0-9a-f]{32}$/);
  });
});
