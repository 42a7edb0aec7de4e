import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { editionIris } from '@qingdan/rdf';
import type { Quad } from '@rdfjs/types';
import jsonld from 'jsonld';
import { Parser } from 'n3';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { isomorphic } from 'rdf-isomorphic';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { base, buildExampleSite, repo } from '../test/example-site.js';
import { type RunningServer, serveSite } from './serve/serve-site.js';

// Debian's chromium (scripts/system-deps.txt), driven by playwright-core, on the site of the
// examples served by `serveSite`: what a reader, a search engine and a screen reader get.
const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const screenshots = repo('out/screenshots');
const wuzu = '421127104/huangmei-wuzu-2024';

describe('the example site in Chromium', () => {
  let server: RunningServer;
  let context: BrowserContext;
  let profile: string;
  let out: string;
  const problems: string[] = [];

  beforeAll(async () => {
    out = (await buildExampleSite()).out;
    server = await serveSite(out);
    profile = mkdtempSync(join(tmpdir(), 'qingdan-chromium-'));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: '/usr/bin/chromium',
      headless: true,
      viewport: { width: 1200, height: 900 },
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    context.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console: ${m.text()} (${m.page()?.url()})`);
    });
    context.on('weberror', (e) => problems.push(`page error: ${e.error().message}`));
    context.on('requestfailed', (r) =>
      problems.push(`failed: ${r.url()} ${r.failure()?.errorText}`),
    );
    context.on('response', (r) => {
      if (r.status() >= 400) problems.push(`${r.status()}: ${r.url()}`);
    });
    mkdirSync(screenshots, { recursive: true });
  }, 60_000);

  afterAll(async () => {
    await context?.close();
    await server?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  const open = async (path: string): Promise<Page> => {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(new URL(path, server.url).href, { waitUntil: 'load' });
    return page;
  };

  const pages = {
    home: 'index.html',
    edition: `${wuzu}/index.html`,
    duty: `${wuzu}/duty/PH-001/index.html`,
    comparison: 'compare/index.html',
  };

  it('loads every kind of page in both languages with no console error and no failed request', async () => {
    const paths = [
      ...Object.values(pages),
      `${wuzu}/office/zhzf/index.html`,
      'eli/cn/%E6%B0%B4%E6%B1%A1%E6%9F%93%E9%98%B2%E6%B2%BB%E6%B3%95/index.html',
      '421127/department/yjj/index.html',
      '421127108/amendments/huangmei-tingqian-2024--huangmei-tingqian-2025/index.html',
    ];
    for (const path of paths)
      for (const file of [path, path.replace(/index\.html$/, 'index.en.html')]) {
        const page = await open(file);
        expect(await page.locator('h1').count(), file).toBe(1);
      }
    expect(problems).toEqual([]);
  });

  it('embeds in each duty page the JSON-LD of that duty’s part of the published Turtle', async () => {
    const turtle = new Parser().parse(readFileSync(join(out, `${wuzu}.ttl`), 'utf8')) as Quad[];
    const blank = new Map<string, Quad[]>();
    for (const q of turtle)
      if (q.subject.termType === 'BlankNode')
        blank.set(q.subject.value, [...(blank.get(q.subject.value) ?? []), q]);
    const list = JSON.parse(readFileSync(join(out, `${wuzu}.jsonld`), 'utf8'));
    // Three duties of each section, with and without legal bases, departments and resources: every
    // kind of node a duty page carries, in a dozen page loads.
    const bySection = new Map<string, string[]>();
    for (const d of list.duties as { key: string; section: string }[])
      bySection.set(d.section, [...(bySection.get(d.section) ?? []), d.key]);
    const keys = [...bySection.values()].flatMap((k) => k.slice(0, 3));
    expect(keys.length).toBeGreaterThanOrEqual(9);
    for (const key of keys) {
      const iri = editionIris(base, '421127104', 'huangmei-wuzu-2024').duty(key);
      const part = turtle.filter(
        (q) => q.subject.value === iri || q.subject.value.startsWith(`${iri}/`),
      );
      for (let i = 0; i < part.length; i++) {
        const o = part[i]?.object;
        if (o?.termType === 'BlankNode') part.push(...(blank.get(o.value) ?? []));
      }
      const page = await open(`${wuzu}/duty/${key}/index.html`);
      const text = await page.locator('script#qingdan-data').textContent();
      const nquads = (await jsonld.toRDF(JSON.parse(text ?? 'null'), {
        format: 'application/n-quads',
      })) as unknown as string;
      const fromPage = new Parser({ format: 'N-Quads' }).parse(nquads) as Quad[];
      expect(fromPage.length, key).toBe(part.length);
      expect(isomorphic(fromPage, part), key).toBe(true);
    }
  });

  it('finds duties by a two-character Chinese word, over the site and in an edition', async () => {
    const home = await open(pages.home);
    await home.fill('#site-search', '应急');
    const first = home.locator('#results li a').first();
    await first.waitFor();
    const names = await home.locator('#results li a').allTextContents();
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) expect(name).toContain('应急');
    expect(await first.getAttribute('href')).toMatch(/\/index\.html$/);
    const english = await open('index.en.html');
    await english.fill('#site-search', '应急');
    const firstEn = english.locator('#results li a').first();
    await firstEn.waitFor();
    expect(await firstEn.getAttribute('href')).toMatch(/\/index\.en\.html$/);
    const edition = await open(pages.edition);
    const total = await edition.locator('table.duties tbody tr').count();
    await edition.fill('#q', '水源');
    const shown = edition.locator('table.duties tbody tr:not([hidden])');
    await expect.poll(() => shown.count()).toBeLessThan(total);
    expect(await shown.count()).toBeGreaterThan(0);
    for (const row of await shown.allTextContents()) expect(row).toMatch(/水|源/);
  });

  it('filters the duty table by section, and switches language both ways', async () => {
    const page = await open(pages.edition);
    const total = await page.locator('table.duties tbody tr').count();
    await page.selectOption('#f-section', 'cooperating');
    const shown = page.locator('table.duties tbody tr:not([hidden])');
    const count = await shown.count();
    expect(count).toBeGreaterThan(0);
    expect(count).toBeLessThan(total);
    for (const row of await shown.all())
      expect(await row.getAttribute('data-section')).toBe('cooperating');
    await page.selectOption('#f-section', '');
    expect(await shown.count()).toBe(total);
    await page.click('a.lang');
    await page.waitForURL(/index\.en\.html$/);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.click('a.lang');
    await page.waitForURL(/index\.html$/);
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
  });

  it('has no serious or critical accessibility violation (axe-core), and screenshots the main pages', async () => {
    for (const [name, path] of Object.entries(pages)) {
      const page = await open(path);
      await page.addScriptTag({ content: axeSource });
      const violations = await page.evaluate(async () => {
        const result = await (
          globalThis as unknown as {
            axe: {
              run: () => Promise<{
                violations: { id: string; impact: string; nodes: unknown[] }[];
              }>;
            };
          }
        ).axe.run();
        return result.violations
          .filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map((v) => `${v.id} (${v.nodes.length})`);
      });
      expect(violations, path).toEqual([]);
      await page.screenshot({ path: join(screenshots, `${name}.png`) });
    }
    expect(problems).toEqual([]);
  });
});
