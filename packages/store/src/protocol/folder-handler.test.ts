import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DutyList } from '@qingdan/core';
import { findListFiles, readListFile } from '@qingdan/listfile';
import { publishLists, vocabularyRenderer } from '@qingdan/rdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QueryError } from '../query/query-error.js';
import { sparqlHandlerForFolder } from './folder-handler.js';

// A published folder is what `qingdan serve` hands the store: its SPARQL endpoint must answer
// for exactly the editions the folder holds.

const base = 'https://data.example.org/qingdan/';
let folder: string;
let server: Server | undefined;
const lists: DutyList[] = [];

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'qingdan-folder-handler-'));
  const examples = new URL('../../../../examples/lists', import.meta.url).pathname;
  for (const file of await findListFiles([examples])) {
    const r = await readListFile(file);
    if (r.ok) lists.push(r.value);
  }
  await publishLists(
    lists.map((list) => ({ ok: true as const, file: list.id, list })),
    { out: join(folder, 'with-nq'), base, renderer: vocabularyRenderer, formats: ['ttl', 'nq'] },
  );
  await publishLists(
    lists.map((list) => ({ ok: true as const, file: list.id, list })),
    { out: join(folder, 'ttl-only'), base, renderer: vocabularyRenderer, formats: ['ttl'] },
  );
});

afterAll(async () => {
  if (server) await new Promise<void>((resolve) => server?.close(() => resolve()));
  await rm(folder, { recursive: true, force: true });
});

describe('sparqlHandlerForFolder', () => {
  it('answers SPARQL over the editions, the catalog and the vocabulary of a published folder', async () => {
    const handler = await sparqlHandlerForFolder(join(folder, 'with-nq'));
    server = createServer((req, res) => void handler(req, res));
    await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
    const endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}/sparql`;
    const ask = async (query: string) =>
      (await (await fetch(`${endpoint}?query=${encodeURIComponent(query)}`)).json()) as {
        results: { bindings: Record<string, { value: string }>[] };
      };
    const editions = await ask(
      'SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { GRAPH ?e { ?e a <https://w3id.org/qingdan/ns#DutyList> } }',
    );
    expect(editions.results.bindings[0]?.n?.value).toBe(String(lists.length));
    const duties = await ask(
      // Duties are typed by their section's class, a subclass of qd:Duty in the vocabulary.
      'SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { ?d a/<http://www.w3.org/2000/01/rdf-schema#subClassOf>* <https://w3id.org/qingdan/ns#Duty> }',
    );
    expect(duties.results.bindings[0]?.n?.value).toBe(
      String(lists.reduce((n, l) => n + l.duties.length, 0)),
    );
    const catalog = await ask('SELECT ?c WHERE { ?c a <http://www.w3.org/ns/dcat#Catalog> }');
    expect(catalog.results.bindings).toHaveLength(1);
  });

  it('answers a query on a thread of its own: a slow one holds nothing else, and past its time answers 503', async () => {
    const handler = await sparqlHandlerForFolder(join(folder, 'with-nq'), { timeoutMs: 1500 });
    const slow = createServer((req, res) => void handler(req, res));
    await new Promise<void>((resolve) => slow.listen(0, '127.0.0.1', resolve));
    try {
      const endpoint = `http://127.0.0.1:${(slow.address() as AddressInfo).port}/sparql`;
      const get = (query: string) => fetch(`${endpoint}?query=${encodeURIComponent(query)}`);
      // Every triple three times over: more rows than any machine counts in 1.5 s.
      const answer = get('SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }');
      // The event loop keeps turning while the query runs.
      let ticks = 0;
      const ticking = setInterval(() => ticks++, 100);
      const refused = await answer;
      clearInterval(ticking);
      expect(ticks).toBeGreaterThanOrEqual(5);
      expect(refused.status).toBe(503);
      expect(await refused.text()).toContain('did not finish within 1.5 s');
      // The next query is answered by a fresh thread.
      const ask = await get('ASK { ?c a <http://www.w3.org/ns/dcat#Catalog> }');
      expect(ask.status).toBe(200);
      expect(((await ask.json()) as { boolean: boolean }).boolean).toBe(true);
      // A query that does not parse is still the client's fault.
      expect((await get('SELEC nothing')).status).toBe(400);
    } finally {
      await new Promise<void>((resolve) => slow.close(() => resolve()));
    }
  }, 30_000);

  it('refuses a folder published without N-Quads, saying why', async () => {
    const refused = await sparqlHandlerForFolder(join(folder, 'ttl-only')).catch((e) => e);
    expect(refused).toBeInstanceOf(QueryError);
    expect((refused as QueryError).issue.code).toBe('published-folder-unreadable');
  });
});
