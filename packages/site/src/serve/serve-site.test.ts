import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildExampleSite } from '../../test/example-site.js';
import { acceptedFormat } from '../negotiation.js';
import { type RunningServer, serveSite } from './serve-site.js';
import { optionalSparqlHandler } from './sparql-seam.js';

const edition = '421127104/huangmei-wuzu-2024';

describe('serveSite', () => {
  let out: string;
  let server: RunningServer;
  beforeAll(async () => {
    out = (await buildExampleSite()).out;
    server = await serveSite(out);
  }, 60_000);
  afterAll(() => server?.close());

  const get = (path: string, accept?: string) =>
    fetch(new URL(path, server.url), {
      redirect: 'manual',
      ...(accept ? { headers: { accept } } : {}),
    });

  it('listens on the loopback address only', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  });

  it('gives an edition IRI as HTML to a browser and as Turtle, JSON-LD or N-Triples by Accept', async () => {
    const html = await get(`${edition}/`, 'text/html,application/xhtml+xml,*/*;q=0.8');
    expect(html.headers.get('content-type')).toContain('text/html');
    expect(await html.text()).toContain('<html lang="zh-CN">');
    const turtle = await get(edition, 'text/turtle');
    expect(turtle.status).toBe(200);
    expect(turtle.headers.get('content-type')).toContain('text/turtle');
    expect(turtle.headers.get('vary')).toBe('Accept');
    expect(await turtle.text()).toContain('@prefix');
    const json = await get(edition, 'application/ld+json');
    expect(JSON.parse(await json.text())['@context']).toBeDefined();
    const nt = await get(`${edition}/`, 'application/n-triples');
    expect(nt.headers.get('content-type')).toContain('application/n-triples');
  });

  it('sends a duty IRI asked for as data to its edition’s file (303), and its page otherwise', async () => {
    const data = await get(`${edition}/duty/GX-001`, 'text/turtle');
    expect(data.status).toBe(303);
    expect(data.headers.get('location')).toBe(`/${edition}.ttl`);
    const folder = await get(`${edition}/duty/GX-001`);
    expect(folder.status).toBe(301);
    const page = await get(`${edition}/duty/GX-001/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('GX-001');
  });

  it('serves nothing outside the folder, and answers /sparql only with a store', async () => {
    expect((await get('/../../../etc/passwd')).status).not.toBe(200);
    expect((await get('/..%2f..%2f..%2fetc%2fpasswd')).status).toBe(403);
    expect((await get('/nothing-here')).status).toBe(404);
    expect((await get('/sparql')).status).toBe(404);
  });

  it('mounts the SPARQL handler @qingdan/store gives at /sparql', async () => {
    const sparql = await optionalSparqlHandler(out, async () => ({
      sparqlHandlerForFolder:
        async () => async (_req: unknown, res: import('node:http').ServerResponse) => {
          res.writeHead(200, { 'content-type': 'application/sparql-results+json' });
          res.end('{"head":{},"boolean":true}');
        },
    }));
    expect(sparql).toBeDefined();
    const withStore = await serveSite(out, sparql ? { sparql } : {});
    try {
      const answer = await fetch(new URL('sparql?query=ASK%7B%7D', withStore.url));
      expect(answer.status).toBe(200);
      expect(await answer.json()).toEqual({ head: {}, boolean: true });
    } finally {
      await withStore.close();
    }
    expect(await optionalSparqlHandler(out, async () => ({}))).toBeUndefined();
    expect(
      await optionalSparqlHandler(out, async () => {
        throw new Error('not installed');
      }),
    ).toBeUndefined();
  });
});

describe('serveSite on a folder without pages', () => {
  it('lists a folder that has no index.html, and follows no link out of the folder', async () => {
    const scratch = await mkdtemp(join(tmpdir(), 'qingdan-serve-'));
    const folder = join(scratch, 'published');
    const secret = join(scratch, 'secret');
    await mkdir(join(folder, '421127104'), { recursive: true });
    await mkdir(secret);
    await writeFile(join(secret, 'password.txt'), 'not for the web');
    await writeFile(join(folder, 'catalog.ttl'), '@prefix dcat: <http://www.w3.org/ns/dcat#> .\n');
    await writeFile(join(folder, '<b>&.txt'), 'x');
    await writeFile(join(folder, '.qingdan-output.json'), '{}');
    await symlink(secret, join(folder, 'away'));
    await symlink(join(secret, 'password.txt'), join(folder, 'away.txt'));
    await symlink(join(folder, 'catalog.ttl'), join(folder, 'catalog-link.ttl'));
    const server = await serveSite(folder);
    try {
      const root = await fetch(server.url);
      expect(root.status).toBe(200);
      expect(root.headers.get('content-type')).toContain('text/html');
      const page = await root.text();
      expect(page).toContain('<a href="421127104/">421127104/</a>');
      expect(page).toContain('<a href="catalog.ttl">catalog.ttl</a>');
      expect(page).toContain('<a href="%3Cb%3E%26.txt">&lt;b&gt;&amp;.txt</a>');
      expect(page).not.toContain('.qingdan-output.json');
      expect(page.indexOf('421127104/')).toBeLessThan(page.indexOf('catalog.ttl'));
      expect(await (await fetch(new URL('421127104/', server.url))).text()).toContain(
        '<a href="../">../</a>',
      );
      expect((await fetch(new URL('away/password.txt', server.url))).status).toBe(403);
      expect((await fetch(new URL('away.txt', server.url))).status).toBe(403);
      const inside = await fetch(new URL('catalog-link.ttl', server.url));
      expect(inside.status).toBe(200);
      expect(await inside.text()).toContain('dcat:');
    } finally {
      await server.close();
      await rm(scratch, { recursive: true, force: true });
    }
  });
});

describe('acceptedFormat', () => {
  it('picks the data format a client ranks above HTML', () => {
    expect(acceptedFormat('text/turtle')).toBe('ttl');
    expect(acceptedFormat('application/ld+json;q=0.9, text/html;q=0.5')).toBe('jsonld');
    expect(acceptedFormat('text/html, text/turtle;q=0.5')).toBeUndefined();
    expect(acceptedFormat('text/turtle;q=0')).toBeUndefined();
    expect(acceptedFormat(undefined)).toBeUndefined();
  });
});
