import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { OutputRefusedError } from '@qingdan/files';
import { editionIris } from '@qingdan/rdf';
import { beforeAll, describe, expect, it } from 'vitest';
import { base, buildExampleSite } from '../test/example-site.js';
import { buildSite } from './build-site.js';
import { heatMapUpTo, nearestShown } from './pages/comparison-page.js';
import { diskPath } from './paths.js';

describe('buildSite on the examples', () => {
  let out: string;
  let built: Awaited<ReturnType<typeof buildExampleSite>>;
  beforeAll(async () => {
    built = await buildExampleSite();
    out = built.out;
  }, 60_000);

  it('publishes every example and writes a page per duty at its IRI, in Chinese and English', () => {
    expect(built.report.committed).toBe(true);
    expect(built.report.publication.rejected).toEqual([]);
    let duties = 0;
    for (const source of built.sources) {
      if (!source.ok) continue;
      const { list } = source;
      for (const duty of list.duties) {
        const iri = editionIris(base, list.division.code, list.id).duty(duty.key);
        const folder = join(out, diskPath(iri.slice(base.length)));
        expect(existsSync(join(folder, 'index.html')), iri).toBe(true);
        expect(existsSync(join(folder, 'index.en.html')), iri).toBe(true);
        duties += 1;
      }
    }
    expect(duties).toBe(built.report.publication.totals.duties);
  });

  it('gives each page hreflang links to both languages and its own linked data', () => {
    const wuzu = join(out, '421127104', 'huangmei-wuzu-2024');
    const zh = readFileSync(join(wuzu, 'index.html'), 'utf8');
    const en = readFileSync(join(wuzu, 'index.en.html'), 'utf8');
    expect(zh).toContain('<html lang="zh-CN">');
    expect(en).toContain('<html lang="en">');
    for (const page of [zh, en]) {
      expect(page).toContain(
        `hreflang="zh-CN" href="${base}421127104/huangmei-wuzu-2024/index.html"`,
      );
      expect(page).toContain(
        `hreflang="en" href="${base}421127104/huangmei-wuzu-2024/index.en.html"`,
      );
      expect(page).toContain('<script type="application/ld+json" id="qingdan-data">');
      expect(page).toContain('rel="alternate" type="text/turtle"');
      expect(page).toContain('<svg class="chart"');
    }
  });

  it('writes the data, the vocabulary, the assets, the sitemap and both servers’ configs', () => {
    const top = readdirSync(out);
    for (const name of [
      'catalog.ttl',
      'catalog.jsonld',
      'sitemap.xml',
      'robots.txt',
      '.htaccess',
      'nginx.conf',
      'vocab',
      'assets',
      'compare',
      'eli',
    ])
      expect(top).toContain(name);
    const division = readdirSync(join(out, '421127104'));
    for (const ext of ['ttl', 'jsonld', 'nt', 'nq', 'csv', 'csv-metadata.json', 'xlsx'])
      expect(division).toContain(`huangmei-wuzu-2024.${ext}`);
    const csvw = JSON.parse(
      readFileSync(join(out, '421127104', 'huangmei-wuzu-2024.csv-metadata.json'), 'utf8'),
    );
    expect(csvw.url).toBe('huangmei-wuzu-2024.csv');
    const edition = readFileSync(
      join(out, '421127104', 'huangmei-wuzu-2024', 'index.html'),
      'utf8',
    );
    expect(edition).toContain('href="../huangmei-wuzu-2024.xlsx"');
    const sitemap = readFileSync(join(out, 'sitemap.xml'), 'utf8');
    expect(sitemap.match(/<url>/g)?.length).toBe(built.report.pages);
    expect(readFileSync(join(out, '.htaccess'), 'utf8')).toContain('RewriteBase /qingdan/');
    expect(readFileSync(join(out, 'nginx.conf'), 'utf8')).toContain('map $http_accept');
  });

  it('embeds the catalog’s own node on the home page, naming its datasets, and links the whole catalog', () => {
    const home = readFileSync(join(out, 'index.html'), 'utf8');
    const start = home.indexOf('<script type="application/ld+json" id="qingdan-data">');
    const text = home.slice(home.indexOf('>', start) + 1, home.indexOf('</script>', start));
    const graph = JSON.parse(text)['@graph'] as { '@id': string; [key: string]: unknown }[];
    expect(graph.map((n) => n['@id']).sort()).toEqual(
      [`${base}catalog`, `${base}catalog#contact`, `${base}catalog#publisher`].sort(),
    );
    const catalog = graph.find((n) => n['@id'] === `${base}catalog`);
    // A series a division and a dataset an edition.
    const lists = built.sources.flatMap((s) => (s.ok ? [s.list] : []));
    const divisions = new Set(lists.map((l) => l.division.code));
    expect(catalog?.['dcat:dataset']).toHaveLength(divisions.size + lists.length);
    expect(home).toContain('type="application/ld+json" href="catalog.jsonld"');
  });

  it('escapes list text in pages and in their JSON-LD', async () => {
    const first = built.sources.find((s) => s.ok);
    if (!first?.ok) throw new Error('no example list');
    const [duty, ...rest] = first.list.duties;
    if (!duty) throw new Error('no duty');
    const evil = '</script><script>alert(1)</script>';
    const list = { ...first.list, duties: [{ ...duty, name: evil }, ...rest] };
    const target = join(out, '..', 'evil');
    const report = await buildSite([{ ok: true, file: first.file, list }], { out: target, base });
    expect(report.committed).toBe(true);
    const iri = editionIris(base, list.division.code, list.id).duty(duty.key);
    const page = readFileSync(join(target, diskPath(iri.slice(base.length)), 'index.html'), 'utf8');
    expect(page).not.toContain('<script>alert(1)');
    expect(page).toContain('&lt;/script&gt;&lt;script&gt;alert(1)');
    expect(page).toContain('\\u003c/script>\\u003cscript>alert(1)');
  });

  it('names an instrument between one pair of 《》 however the list writes its title', async () => {
    const first = built.sources.find((s) => s.ok);
    if (!first?.ok) throw new Error('no example list');
    const [duty, ...rest] = first.list.duties;
    if (!duty) throw new Error('no duty');
    const legalBases = [
      { instrument: { title: '《中华人民共和国森林法》' }, provisions: [{ article: 13 }] },
    ];
    const list = { ...first.list, duties: [{ ...duty, legalBases }, ...rest] };
    const target = join(out, '..', 'book-title');
    const report = await buildSite([{ ok: true, file: first.file, list }], { out: target, base });
    expect(report.committed).toBe(true);
    const iri = editionIris(base, list.division.code, list.id).duty(duty.key);
    const page = readFileSync(join(target, diskPath(iri.slice(base.length)), 'index.html'), 'utf8');
    expect(page).toContain('>《中华人民共和国森林法》</a> 第十三条');
    expect(page).not.toContain('《《');
    const law = readdirSync(join(target, 'eli', 'cn')).find((name) => name.includes('森林法'));
    if (!law) throw new Error('no instrument page');
    const lawPage = readFileSync(join(target, 'eli', 'cn', law, 'index.html'), 'utf8');
    expect(lawPage).toContain('<h1>《中华人民共和国森林法》</h1>');
  });

  it('offers no XLSX of an edition with a value longer than an Excel cell, and says so', async () => {
    const first = built.sources.find((s) => s.ok);
    if (!first?.ok) throw new Error('no example list');
    const [duty, ...rest] = first.list.duties;
    if (!duty) throw new Error('no duty');
    const list = {
      ...first.list,
      duties: [{ ...duty, description: '长'.repeat(40_000) }, ...rest],
    };
    const target = join(out, '..', 'long');
    const report = await buildSite([{ ok: true, file: first.file, list }], { out: target, base });
    expect(report.committed).toBe(true);
    expect(report.warnings).toEqual([
      {
        file: first.file,
        issues: [
          expect.objectContaining({
            code: 'spreadsheet-cell-too-long',
            severity: 'warning',
            path: ['duties', 0, 'description'],
          }),
        ],
      },
    ]);
    const stem = join(target, list.division.code, list.id);
    expect(existsSync(`${stem}.xlsx`)).toBe(false);
    expect(readFileSync(`${stem}.csv`, 'utf8')).toContain('长'.repeat(40_000));
    const page = readFileSync(join(stem, 'index.en.html'), 'utf8');
    expect(page).not.toContain('.xlsx"');
    expect(page).toContain('longer than an Excel cell holds');
    expect(built.report.warnings).toEqual([]);
  });

  it('refuses an output folder holding files it did not write, and leaves it whole', async () => {
    const foreign = join(out, '..', 'foreign');
    const { mkdirSync } = await import('node:fs');
    mkdirSync(foreign, { recursive: true });
    writeFileSync(join(foreign, 'notes.txt'), 'mine');
    await expect(buildSite(built.sources, { out: foreign, base })).rejects.toBeInstanceOf(
      OutputRefusedError,
    );
    expect(readdirSync(foreign)).toEqual(['notes.txt']);
  });

  it('names the comparison on every page only when there are two lists or more', async () => {
    const first = built.sources.find((s) => s.ok);
    if (!first?.ok) throw new Error('no example list');
    const duty = first.list.duties[0];
    if (!duty) throw new Error('no duty');
    const page = (root: string) =>
      readFileSync(
        join(
          root,
          diskPath(
            editionIris(base, first.list.division.code, first.list.id)
              .duty(duty.key)
              .slice(base.length),
          ),
          'index.html',
        ),
        'utf8',
      );
    expect(page(out)).toContain('compare/index.html');
    const alone = join(out, '..', 'alone');
    expect((await buildSite([first], { out: alone, base })).committed).toBe(true);
    expect(page(alone)).not.toContain('compare/index.html');
    expect(existsSync(join(alone, 'compare'))).toBe(false);
  });

  it('writes the similarity behind the comparison as CSV, and links it from the page', () => {
    const page = readFileSync(join(out, 'compare', 'index.en.html'), 'utf8');
    expect(page).toContain('<table class="heat">');
    expect(page).toContain('href="similarity.csv"');
    const lists = built.sources.filter((s) => s.ok).length;
    const rows = readFileSync(join(out, 'compare', 'similarity.csv'), 'utf8')
      .trim()
      .split('\n');
    expect(rows).toHaveLength(lists + 1);
    for (const row of rows) expect(row.split(',')).toHaveLength(lists + 1);
  });

  it('names each list’s most similar lists instead of a heat map when there are many lists', async () => {
    const first = built.sources.find((s) => s.ok);
    if (!first?.ok) throw new Error('no example list');
    const many = heatMapUpTo + 10;
    const sources = Array.from({ length: many }, (_, i) => {
      const list = {
        ...first.list,
        id: `town-${i}`,
        title: `第${i}镇履行职责事项清单`,
        // Divisions beside the example's, under the same parent.
        division: {
          ...first.list.division,
          code: `${first.list.division.code.slice(0, -3)}${300 + i}`,
          name: `第${i}处`,
        },
        // Some duties renamed to the list's own, more in some lists: similarities that differ.
        duties: first.list.duties.map((d, n) =>
          n < i % first.list.duties.length ? { ...d, name: `第${i}镇自有事项${n}` } : d,
        ),
      };
      return { ok: true as const, file: `town-${i}.yaml`, list };
    });
    const target = join(out, '..', 'many');
    const report = await buildSite(sources, { out: target, base, spreadsheets: false });
    expect(report.committed).toBe(true);
    const page = readFileSync(join(target, 'compare', 'index.en.html'), 'utf8');
    expect(page).not.toContain('class="heat"');
    expect(page).toContain('Most similar lists');
    const rows = page.slice(page.indexOf('Most similar lists')).split('<tr>');
    // A header and a row a list, each naming its nearest lists.
    expect(rows.length).toBeGreaterThanOrEqual(many + 1);
    expect(rows[2]?.match(/<td>/g)).toHaveLength(nearestShown);
    const csv = readFileSync(join(target, 'compare', 'similarity.csv'), 'utf8')
      .trim()
      .split('\n');
    expect(csv).toHaveLength(many + 1);
  }, 60_000);

  it('with keepGoing, writes the pages of every valid list around a rejected one, and nothing aside', async () => {
    const bad = { ok: false as const, file: 'bad.yaml', issues: [] };
    const [one, ...rest] = built.sources;
    if (!one) throw new Error('no example list');
    const target = join(out, '..', 'kept');
    const report = await buildSite([one, bad, ...rest], { out: target, base, keepGoing: true });
    expect(report.committed).toBe(true);
    expect(report.publication.rejected.map((r) => r.file)).toEqual(['bad.yaml']);
    expect(report.pages).toBe(built.report.pages);
    expect(
      readdirSync(target).filter((name) => name.startsWith('.') && name !== '.htaccess'),
    ).toEqual(['.qingdan-output.json']);
  });

  it('leaves the previous site untouched when a list is invalid', async () => {
    const before = readdirSync(out).sort();
    const bad = { ok: false as const, file: 'bad.yaml', issues: [] };
    const report = await buildSite([...built.sources, bad], { out, base });
    expect(report.committed).toBe(false);
    expect(readdirSync(out).sort()).toEqual(before);
  });
});
