import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { findListFiles, readListFile } from '@qingdan/listfile';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EditionStore } from '../embedded/edition-store.js';
import { preferredType } from './accept.js';
import { sparqlProtocolHandler } from './sparql-handler.js';

// The handler is mounted on a real HTTP server on the loopback interface, and asked as a
// SPARQL client would.

let server: Server;
let endpoint: string;

beforeAll(async () => {
  const store = new EditionStore();
  store.loadVocabulary();
  const examples = new URL('../../../../examples/lists', import.meta.url).pathname;
  for (const file of await findListFiles([examples])) {
    const r = await readListFile(file);
    if (r.ok) store.loadEdition(r.value, 'https://data.example.org/qingdan/');
  }
  const sparql = sparqlProtocolHandler(store, { maxBodyBytes: 10_000 });
  server = createServer((req, res) => {
    if (req.url?.startsWith('/sparql')) void sparql(req, res);
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}/sparql`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const count = 'SELECT (COUNT(?e) AS ?n) WHERE { ?e a <https://w3id.org/qingdan/ns#DutyList> }';

describe('sparqlProtocolHandler', () => {
  it('answers GET ?query= with results JSON by default', async () => {
    const res = await fetch(`${endpoint}?query=${encodeURIComponent(count)}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('application/sparql-results+json');
    const json = (await res.json()) as { results: { bindings: { n: { value: string } }[] } };
    expect(json.results.bindings[0]?.n.value).toBe('5');
  });

  it('answers POST of a form and of application/sparql-query, in the type Accept prefers', async () => {
    const form = await fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/csv' },
      body: new URLSearchParams({ query: count }).toString(),
    });
    expect(form.headers.get('content-type')).toContain('text/csv');
    expect((await form.text()).split(/\r?\n/)[1]).toBe('5');
    const direct = await fetch(endpoint, {
      method: 'POST',
      headers: {
        'content-type': 'application/sparql-query',
        accept: 'text/csv;q=0.5, text/tab-separated-values',
      },
      body: count,
    });
    expect(direct.headers.get('content-type')).toContain('text/tab-separated-values');
  });

  it('gives CONSTRUCT results as Turtle or N-Triples, with Chinese text intact', async () => {
    const q =
      'CONSTRUCT { ?d <http://www.w3.org/2004/02/skos/core#prefLabel> ?l } WHERE { ?d a <https://w3id.org/qingdan/ns#Department> ; <http://www.w3.org/2004/02/skos/core#prefLabel> ?l }';
    const ttl = await fetch(`${endpoint}?query=${encodeURIComponent(q)}`);
    expect(ttl.headers.get('content-type')).toContain('text/turtle');
    expect(await ttl.text()).toContain('"黄梅县应急管理局"@zh');
    const nt = await fetch(`${endpoint}?query=${encodeURIComponent(q)}`, {
      headers: { accept: 'application/n-triples' },
    });
    expect(await nt.text()).toMatch(/^<[^>]+> <[^>]+> "[^"]+"@zh \.$/mu);
  });

  it('refuses updates, bad queries, unknown methods, unacceptable types and large bodies', async () => {
    const bad = await fetch(`${endpoint}?query=${encodeURIComponent('SELECT * WHERE {')}`);
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain('SPARQL 查询有误');
    const update = await fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/sparql-update' },
      body: 'DROP ALL',
    });
    expect(update.status).toBe(400);
    expect((await fetch(endpoint, { method: 'DELETE' })).status).toBe(405);
    const csvConstruct = await fetch(
      `${endpoint}?query=${encodeURIComponent('CONSTRUCT WHERE { ?s ?p ?o }')}`,
      { headers: { accept: 'text/csv' } },
    );
    expect(csvConstruct.status).toBe(406);
    const big = await fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/sparql-query' },
      body: `# ${'x'.repeat(20_000)}\n${count}`,
    });
    expect(big.status).toBe(413);
    expect((await fetch(endpoint)).status).toBe(400);
  });
});

describe('preferredType', () => {
  const offered = ['application/sparql-results+json', 'text/csv'];
  it('takes q-values, wildcards and the server order on ties', () => {
    expect(preferredType(undefined, offered)).toBe('application/sparql-results+json');
    expect(preferredType('text/*', offered)).toBe('text/csv');
    expect(preferredType('*/*;q=0.1, text/csv;q=0.2', offered)).toBe('text/csv');
    expect(preferredType('text/csv;q=0, */*', offered)).toBe('application/sparql-results+json');
    expect(preferredType('image/png', offered)).toBeUndefined();
  });
});
