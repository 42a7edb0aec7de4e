import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DutyList } from '@qingdan/core';
import { formatDutyList } from '@qingdan/core';
import { outputMarkerFile, outputMarkerText } from '@qingdan/files';
import { dutyListArbitrary } from '@qingdan/testing';
import type { Quad } from '@rdfjs/types';
import fc from 'fast-check';
import { DataFactory, Parser } from 'n3';
import { describe, expect, it } from 'vitest';
import { editionFile } from './layout.js';
import { type PublishSource, publishLists } from './publish-lists.js';
import type { EditionRenderer } from './renderer.js';

const { namedNode, literal, quad } = DataFactory;

/** A small renderer of our own, so these tests exercise the plumbing, not the mapping. */
const renderer: EditionRenderer = {
  prefixes: { t: 'https://example.org/t#' },
  quads: (list, base) =>
    list.duties.map(
      (d) =>
        quad(
          namedNode(`${base}${list.division.code}/${list.id}/duty/${encodeURIComponent(d.key)}`),
          namedNode('https://example.org/t#name'),
          literal(d.name, 'zh'),
        ) as Quad,
    ),
  jsonLd: (list) => formatDutyList(list),
};

const base = 'https://data.example.org/';

function lists(n: number): DutyList[] {
  const sampled = fc.sample(dutyListArbitrary({ status: 'published', maxDuties: 5 }), {
    numRuns: n * 3,
    seed: 42,
  });
  // Distinct editions: the generator may repeat an id within a division.
  const seen = new Set<string>();
  return sampled
    .filter((l) => {
      const key = `${l.division.code}/${l.id}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .slice(0, n);
}

const ok = (list: DutyList, file = `${list.id}.yaml`): PublishSource => ({ ok: true, file, list });

function freshOut(): string {
  const root = mkdtempSync(join(tmpdir(), 'qingdan-publish-'));
  return join(root, 'public');
}

function previousPublication(out: string): void {
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, outputMarkerFile), outputMarkerText('publish'));
  writeFileSync(join(out, 'marker.txt'), 'previous');
}

describe('publishLists', () => {
  it('writes every edition in every format, and a catalog whose sizes and checksums match the files', async () => {
    const out = freshOut();
    const editions = lists(4);
    const report = await publishLists(
      editions.map((l) => ok(l)),
      {
        out,
        base,
        renderer,
        modified: '2024-12-01',
      },
    );
    expect(report.committed).toBe(true);
    expect(report.totals.editions).toBe(editions.length);
    expect(report.totals.duties).toBe(editions.reduce((n, l) => n + l.duties.length, 0));
    const catalog = new Parser().parse(readFileSync(join(out, 'catalog.ttl'), 'utf8'));
    for (const list of editions)
      for (const format of ['jsonld', 'ttl', 'nt', 'nq'] as const) {
        const bytes = readFileSync(join(out, editionFile(list, format)));
        const distribution = `${base}${list.division.code}/${encodeURIComponent(list.id)}#${format}`;
        const size = catalog.find(
          (q) => q.subject.value === distribution && q.predicate.value.endsWith('#byteSize'),
        );
        expect(size?.object.value).toBe(String(bytes.length));
        const sum = catalog.find(
          (q) =>
            q.subject.value === `${distribution}-sha256` &&
            q.predicate.value.endsWith('#checksumValue'),
        );
        expect(sum?.object.value).toBe(createHash('sha256').update(bytes).digest('hex'));
      }
    expect(existsSync(join(out, 'catalog.jsonld'))).toBe(true);
    for (const list of editions) {
      const nquads = new Parser({ format: 'N-Quads' }).parse(
        readFileSync(join(out, editionFile(list, 'nq')), 'utf8'),
      );
      const edition = `${base}${list.division.code}/${encodeURIComponent(list.id)}`;
      expect(nquads.length).toBe(list.duties.length);
      expect(nquads.every((q) => q.graph.value === edition)).toBe(true);
    }
  });

  it('replaces nothing when a list is invalid, and reports the issues of every invalid list', async () => {
    const out = freshOut();
    previousPublication(out);
    const [a, b, c] = lists(3);
    const draft = { ...a!, status: 'draft' } as DutyList;
    const report = await publishLists(
      [
        ok(b!),
        ok(draft, 'draft.yaml'),
        ok(c!),
        {
          ok: false,
          file: 'broken.yaml',
          issues: [{ code: 'invalid-format', severity: 'error', path: [], params: {} }],
        },
      ],
      { out, base, renderer },
    );
    expect(report.committed).toBe(false);
    expect(report.rejected.map((r) => r.file)).toEqual(['draft.yaml', 'broken.yaml']);
    expect(report.rejected[0]!.issues[0]!.code).toBe('not-publishable');
    expect(readdirSync(out).sort()).toEqual([outputMarkerFile, 'marker.txt']);
    expect(readdirSync(join(out, '..'))).toEqual(['public']);
  });

  it('with keepGoing publishes the valid lists and lists the rest', async () => {
    const out = freshOut();
    previousPublication(out);
    const [a, b] = lists(2);
    const report = await publishLists(
      [ok({ ...a!, status: 'draft' } as DutyList, 'draft.yaml'), ok(b!)],
      {
        out,
        base,
        renderer,
        keepGoing: true,
      },
    );
    expect(report.committed).toBe(true);
    expect(report.rejected.map((r) => r.file)).toEqual(['draft.yaml']);
    expect(existsSync(join(out, editionFile(b!, 'ttl')))).toBe(true);
    expect(existsSync(join(out, editionFile(a!, 'ttl')))).toBe(false);
    expect(existsSync(join(out, 'marker.txt'))).toBe(false);
  });

  it('refuses the same edition twice, and text RDF cannot carry, with paths', async () => {
    const out = freshOut();
    const [a] = lists(1);
    const broken = { ...a!, id: `${a!.id}-x`, title: 'bad \ud800 title' } as DutyList;
    const report = await publishLists(
      [ok(a!, 'one.yaml'), ok(a!, 'two.yaml'), ok(broken, 'three.yaml')],
      {
        out,
        base,
        renderer,
      },
    );
    expect(report.committed).toBe(false);
    expect(report.rejected[0]!.issues.map((i) => i.code)).toEqual(['duplicate-edition']);
    expect(report.rejected[0]!.issues[0]!.params).toMatchObject({ first: 'one.yaml' });
    expect(report.rejected[1]!.issues).toContainEqual(
      expect.objectContaining({ code: 'unwritable-text', path: ['title'] }),
    );
  });

  it('puts back a publication a killed run had moved aside, and clears its staging folder', async () => {
    const out = freshOut();
    const dead = spawnSync(process.execPath, ['-e', '0']).pid;
    const parent = join(out, '..');
    previousPublication(join(parent, `.public.previous-${dead}`));
    mkdirSync(join(parent, `.public.staging-${dead}`));
    const [a] = lists(1);
    const report = await publishLists(
      [ok(a!, 'draft.yaml')].map((s) => ({ ...s, list: { ...a!, status: 'draft' } as DutyList })),
      { out, base, renderer },
    );
    expect(report.committed).toBe(false);
    expect(readFileSync(join(out, 'marker.txt'), 'utf8')).toBe('previous');
    expect(readdirSync(parent)).toEqual(['public']);
  });

  it('refuses a folder it did not write, and an input, writing nothing', async () => {
    const out = freshOut();
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, 'README.md'), 'precious');
    const [a] = lists(1);
    await expect(publishLists([ok(a!)], { out, base, renderer })).rejects.toMatchObject({
      reason: 'not-ours',
    });
    writeFileSync(join(out, 'list.yaml'), 'precious');
    await expect(
      publishLists([ok(a!)], { out, base, renderer, inputs: [join(out, 'list.yaml')] }),
    ).rejects.toMatchObject({ reason: 'holds-input' });
    expect(readdirSync(out).sort()).toEqual(['README.md', 'list.yaml']);
    expect(readdirSync(join(out, '..'))).toEqual(['public']);
  });
});
