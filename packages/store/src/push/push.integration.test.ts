import { execFile, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { type DutyList, issueMessages } from '@qingdan/core';
import { findListFiles, readListFile } from '@qingdan/listfile';
import { catalogIri, type PublishReport, publishLists, vocabularyRenderer } from '@qingdan/rdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startVirtuoso, type Virtuoso } from '../../test/virtuoso.js';
import { PushError } from './push-error.js';
import { type PushOptions, pushGraphs } from './push-graphs.js';
import { listPushGraphs, publishedPushGraphs } from './push-sources.js';

// A real Virtuoso Open Source 7 (Debian virtuoso-opensource, from scripts/system-deps.txt),
// started on free loopback ports with its own database, stopped by its pid.

const base = 'https://data.example.org/qingdan/';
let virtuoso: Virtuoso;
let folder: string;
let lists: DutyList[] = [];
let published: PublishReport;
let options: PushOptions;

async function select(sparql: string): Promise<Record<string, string>[]> {
  const res = await fetch(`${virtuoso.http}/sparql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      accept: 'application/sparql-results+json',
    },
    body: new URLSearchParams({ query: sparql }).toString(),
  });
  const json = (await res.json()) as { results: { bindings: Record<string, { value: string }>[] } };
  return json.results.bindings.map((b) =>
    Object.fromEntries(Object.entries(b).map(([k, v]) => [k, v.value])),
  );
}

// The built `qingdan` command (`pnpm build` runs before the tests), run as a process of its own
// so that it can be killed; the store package does not depend on the CLI, hence the path.
const bin = fileURLToPath(new URL('../../../cli/dist/bin.js', import.meta.url));

const stagingTriples = async () =>
  Number(
    (
      await select(
        'SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), "urn:qingdan:push:")) }',
      )
    )[0]?.n ?? 0,
  );

/** Triples of a graph holding a literal whose text is `text`. */
const holding = async (graph: string, text: string) =>
  Number(
    (
      await select(
        `SELECT (COUNT(*) AS ?n) WHERE { GRAPH <${graph}> { ?s ?p ?o FILTER(isLiteral(?o) && STR(?o) = "${text}") } }`,
      )
    )[0]?.n,
  );

const count = async (graph: string) =>
  Number((await select(`SELECT (COUNT(*) AS ?n) WHERE { GRAPH <${graph}> { ?s ?p ?o } }`))[0]?.n);

beforeAll(async () => {
  virtuoso = await startVirtuoso();
  folder = await mkdtemp(join(tmpdir(), 'qingdan-push-'));
  const examples = new URL('../../../../examples/', import.meta.url).pathname;
  for (const file of await findListFiles([`${examples}lists`, `${examples}editions`])) {
    const r = await readListFile(file);
    if (r.ok) lists.push(r.value);
  }
  lists = lists.sort((a, b) => a.id.localeCompare(b.id));
  published = await publishLists(
    lists.map((list) => ({ ok: true as const, file: list.id, list })),
    { out: join(folder, 'public'), base, renderer: vocabularyRenderer, formats: ['nt', 'nq'] },
  );
  options = {
    endpoint: `${virtuoso.http}/sparql-graph-crud-auth`,
    update: `${virtuoso.http}/sparql-auth`,
    graphParameter: 'graph-uri',
    credentials: { user: 'dba', password: 'dba' },
    retry: { attempts: 2, backoffMs: 50, timeoutMs: 30_000 },
    batchTriples: 1000,
  };
}, 120_000);

afterAll(async () => {
  await virtuoso?.stop();
  if (folder) await rm(folder, { recursive: true, force: true });
});

describe('qingdan push to Virtuoso', () => {
  it('pushes every published edition and the catalog, each counted as published', async () => {
    const report = await pushGraphs(publishedPushGraphs(join(folder, 'public')), options);
    expect(report.graphs.every((g) => g.outcome === 'pushed')).toBe(true);
    expect(published.editions.length).toBe(lists.length);
    for (const e of published.editions) {
      const graph = `${base}${e.list.division.code}/${e.list.id}`;
      expect(await count(graph), graph).toBe(e.triples);
    }
    expect(await count(catalogIri(base))).toBeGreaterThan(0);
    const staging = await select(
      'SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), "urn:qingdan:push:")) }',
    );
    expect(staging).toEqual([]);
  });

  it('keeps Chinese text whole', async () => {
    const rows = await select(
      `SELECT ?name WHERE { GRAPH <${base}421127104/huangmei-wuzu-2024> { ?d <http://purl.org/dc/terms/identifier> "PH-001" ; <http://www.w3.org/2004/02/skos/core#prefLabel> ?name FILTER(lang(?name) = "zh") } }`,
    );
    expect(rows.map((r) => r.name)).toEqual(['生产安全事故应急']);
  });

  it('changes nothing when pushed again, from the folder or from the lists', async () => {
    const again = await pushGraphs(publishedPushGraphs(join(folder, 'public')), options);
    expect(again.graphs.every((g) => g.outcome === 'unchanged')).toBe(true);
    expect(again.triplesSent).toBe(0);
    // From the lists the editions' bytes are the published ones: only the catalog, dated
    // differently, may be sent.
    const fromLists = await pushGraphs(listPushGraphs(lists, base), options);
    expect(
      fromLists.graphs.filter((g) => g.kind === 'edition').every((g) => g.outcome === 'unchanged'),
    ).toBe(true);
  });

  it('leaves the old graph whole when the server fails midway', async () => {
    const graph = `${base}421127104/huangmei-wuzu-2024`;
    const before = await count(graph);
    const wuzu = listPushGraphs(lists, base).find((g) => g.iri === graph);
    // A changed edition whose last batch the server refuses: the earlier batches have gone in.
    const broken = `${wuzu?.ntriples}<https://data.example.org/x> <https://data.example.org/p> "x"^^<bad iri> .\n`;
    const error = await pushGraphs(
      [{ iri: graph, ntriples: broken, kind: 'edition' }],
      options,
    ).catch((e) => e);
    expect(error).toBeInstanceOf(PushError);
    expect(await count(graph)).toBe(before);
  });

  it('leaves every live graph whole when the push process is killed mid-push, and the next push replaces them and clears the staging graph', async () => {
    expect(existsSync(bin)).toBe(true);
    // A revision of every edition, published as a portal would push it.
    const revisedLists = lists.map((list) => ({ ...list, edition: '修订版' }));
    const revised = await publishLists(
      revisedLists.map((list) => ({ ok: true as const, file: list.id, list })),
      { out: join(folder, 'revised'), base, renderer: vocabularyRenderer, formats: ['nt', 'nq'] },
    );
    const graphOf = (e: { list: Pick<DutyList, 'division' | 'id'> }) =>
      `${base}${e.list.division.code}/${e.list.id}`;
    const before = new Map<string, number>();
    for (const e of published.editions) {
      before.set(graphOf(e), await count(graphOf(e)));
      expect(await holding(graphOf(e), '修订版')).toBe(0);
    }
    const args = [
      bin,
      'push',
      join(folder, 'revised'),
      '--endpoint',
      options.endpoint,
      '--update',
      options.update as string,
      '--graph-parameter',
      'graph-uri',
      // Small batches: many requests per edition, so the kill lands between the first batch
      // and the MOVE.
      '--batch',
      '50',
    ];
    const env = { ...process.env, QINGDAN_SPARQL_USER: 'dba', QINGDAN_SPARQL_PASSWORD: 'dba' };
    const child = spawn(process.execPath, args, { env, stdio: 'ignore' });
    const exited = new Promise<NodeJS.Signals | null>((resolve) =>
      child.once('exit', (_code, signal) => resolve(signal)),
    );
    // Killed as soon as a first batch is in a staging graph.
    let landed = 0;
    const deadline = Date.now() + 60_000;
    while (landed === 0 && child.exitCode === null && Date.now() < deadline) {
      landed = await stagingTriples();
      if (landed === 0) await new Promise((r) => setTimeout(r, 5));
    }
    if (child.pid !== undefined && child.exitCode === null) process.kill(child.pid, 'SIGKILL');
    expect(await exited).toBe('SIGKILL');
    expect(landed).toBeGreaterThan(0);
    for (const e of published.editions) {
      expect(await count(graphOf(e)), graphOf(e)).toBe(before.get(graphOf(e)));
      expect(await holding(graphOf(e), '修订版'), graphOf(e)).toBe(0);
    }
    // The next push finishes, replaces every edition whole and leaves no staging graph.
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [...args.slice(0, -2), '--json'],
      {
        env,
      },
    );
    expect(JSON.parse(stdout).ok).toBe(true);
    expect(await stagingTriples()).toBe(0);
    for (const e of revised.editions) {
      expect(await count(graphOf(e)), graphOf(e)).toBe(e.triples);
      expect(await holding(graphOf(e), '修订版'), graphOf(e)).toBeGreaterThan(0);
    }
  }, 180_000);

  it('says clearly that the credentials are wrong, and writes nothing', async () => {
    const other = 'https://other.example.org/qingdan/';
    const error = await pushGraphs(listPushGraphs(lists.slice(0, 1), other), {
      ...options,
      credentials: { user: 'dba', password: 'Not-dba-7' },
    }).catch((e) => e);
    expect(error).toBeInstanceOf(PushError);
    const { zh, en } = issueMessages((error as PushError).issue);
    expect(en).toContain('HTTP 401');
    expect(zh).toContain('用户名或密码不对');
    expect(`${zh}${en}`).not.toContain('Not-dba-7');
    const graphs = await select(
      `SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), "${other}")) }`,
    );
    expect(graphs).toEqual([]);
  });
});
