import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { issueMessages } from '@qingdan/core';
import { publishLists, vocabularyRenderer } from '@qingdan/rdf';
import { describe, expect, it } from 'vitest';
import { base, exampleSources } from '../test/example-site.js';
import { isPublishedFolder, publishedSources } from './published-folder.js';

async function all<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

describe('publishedSources', () => {
  it('reads back every edition qingdan publish wrote, as the lists it was given', async () => {
    const sources = await exampleSources();
    const out = join(mkdtempSync(join(tmpdir(), 'qingdan-published-')), 'public');
    const report = await publishLists(sources, { out, base, renderer: vocabularyRenderer });
    expect(report.committed).toBe(true);
    expect(await isPublishedFolder(out)).toBe(true);
    const read = await all(publishedSources(out));
    expect(read.every((s) => s.ok)).toBe(true);
    const ids = (xs: typeof read) =>
      xs.flatMap((s) => (s.ok ? [`${s.list.division.code}/${s.list.id}`] : [])).sort();
    expect(ids(read)).toEqual(ids(sources));
    for (const s of read) {
      const original = sources.find((o) => o.ok && s.ok && o.list.id === s.list.id);
      if (s.ok && original?.ok)
        expect(s.list.duties.map((d) => d.key)).toEqual(original.list.duties.map((d) => d.key));
    }
  }, 60_000);

  it('reports a file that does not parse, in Chinese and English, and is no published folder', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'qingdan-published-'));
    mkdirSync(join(dir, '421127104'));
    writeFileSync(join(dir, '421127104', 'broken.nq'), '<a> <b> "unterminated .\n');
    expect(await isPublishedFolder(dir)).toBe(false);
    const [source] = await all(publishedSources(dir));
    expect(source?.ok).toBe(false);
    if (source && !source.ok) {
      expect(source.issues[0]?.code).toBe('rdf-syntax-invalid');
      const { zh, en } = issueMessages(source.issues[0] as never);
      expect(zh).toContain('无法解析');
      expect(en).toContain('cannot be parsed');
    }
  });
});
