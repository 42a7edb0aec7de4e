import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { sitemapWriter } from './sitemap.js';

const base = 'https://data.example.org/qingdan/';
let folder: string;
afterEach(() => rmSync(folder, { recursive: true, force: true }));

function write(pages: readonly string[], perFile: number): void {
  folder = mkdtempSync(join(tmpdir(), 'qingdan-sitemap-'));
  const sitemap = sitemapWriter(folder, base, perFile);
  for (const page of pages) sitemap.add(page);
  sitemap.close();
}

describe('sitemapWriter', () => {
  it('writes one sitemap.xml with each page in both languages while the pages fit', () => {
    write(['', 'a/', 'a/b&c/'], 3);
    expect(readdirSync(folder)).toEqual(['sitemap.xml']);
    const xml = readFileSync(join(folder, 'sitemap.xml'), 'utf8');
    expect(xml.match(/<url>/g)).toHaveLength(6);
    expect(xml).toContain(`<loc>${base}a/b&amp;c/index.en.html</loc>`);
    expect(xml).toContain('hreflang="zh-CN"');
    expect(xml.endsWith('</url>\n</urlset>\n')).toBe(true);
  });

  it('past the limit, splits the pages into files an index names, losing none', () => {
    const pages = Array.from({ length: 7 }, (_, i) => `p${i}/`);
    write(pages, 3);
    expect(readdirSync(folder).sort()).toEqual([
      'sitemap-1.xml',
      'sitemap-2.xml',
      'sitemap-3.xml',
      'sitemap.xml',
    ]);
    const index = readFileSync(join(folder, 'sitemap.xml'), 'utf8');
    expect(index).toContain('<sitemapindex');
    expect(index.match(/<sitemap><loc>/g)).toHaveLength(3);
    expect(index).toContain(`<loc>${base}sitemap-3.xml</loc>`);
    const locs = [1, 2, 3].flatMap((n) =>
      [
        ...readFileSync(join(folder, `sitemap-${n}.xml`), 'utf8').matchAll(/<loc>([^<]*)<\/loc>/g),
      ].map((m) => m[1]),
    );
    expect(locs).toEqual(
      pages.flatMap((p) => [`${base}${p}index.html`, `${base}${p}index.en.html`]),
    );
  });
});
