import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
