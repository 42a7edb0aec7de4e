import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { DutyList } from '@qingdan/core';
import { findListFiles, readListFile } from '@qingdan/listfile';
import type { PublishSource } from '@qingdan/rdf';
import { buildSite } from '@qingdan/site';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { benchLists } from './rdf-data.js';

// Every file the site build wrote for the corpora below, as one SHA-256 over the sorted paths and
// their SHA-256s (of a workbook, of its cells). Taken before the build was made to hold one
// edition at a time, which changed no byte; since taken again for one deliberate change, links
// made relative to the folder two pages share (`../index.html` rather than from the root); and
// since for three more: an instrument titled with its 《》 named between one pair of them (on the
// pages, and in the CSV and XLSX downloads, which write legal bases by `formatCitation`), the
// comparison's similarity table written beside its page and linked, and the home page embedding
// the catalog's own node rather than the whole catalog.
// Changing how the build runs must not change a byte of what it writes; a deliberate change of
// the pages records new digests here (the test prints the digests it finds).
const golden = {
  examples: {
    files: 900,
    digest: '8283f1ebd9da659a590ad8be96ce9574545e5df621aeff659de4a6064feea2fe',
  },
  generated: {
    files: 2908,
    digest: '440fa43ddd54395caf2a1890f70c2ecfdc6e5c06e00b76ffeaf5b21e8f8e852e',
  },
};

const base = 'https://data.example.org/qingdan/';
const modified = '2024-12-01';

/** A workbook's cells, sheet by sheet: the zip it is stored in carries the time it was made. */
async function workbookCells(path: string): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return JSON.stringify(
    workbook.worksheets.map((sheet) => {
      const rows: unknown[] = [sheet.name];
      sheet.eachRow((row) => rows.push(row.values));
      return rows;
    }),
  );
}

/** Digest of a folder: sorted relative paths with each file's SHA-256. */
async function folderDigest(dir: string): Promise<{ files: number; digest: string }> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const lines: string[] = [];
  for (const e of entries) {
    if (!e.isFile()) continue;
    const path = join(e.parentPath, e.name);
    const sha = createHash('sha256')
      .update(path.endsWith('.xlsx') ? await workbookCells(path) : await readFile(path))
      .digest('hex');
    lines.push(`${relative(dir, path)} ${sha}`);
  }
  lines.sort();
  return {
    files: lines.length,
    digest: createHash('sha256').update(lines.join('\n')).digest('hex'),
  };
}

/**
 * Generated lists (200 duties each) with a second edition of some divisions, so that the site
 * also has amendments to show: duties dropped, renamed and moved between sections.
 */
function generated(): DutyList[] {
  const lists = [...benchLists(1_000)];
  const later = lists.slice(0, 2).map(
    (list, n): DutyList => ({
      ...list,
      id: `${list.id}-2025`,
      issued: '2025-06-01',
      departments: [{ key: 'yjj', name: '某县应急管理局', nameEn: 'County Emergency Bureau' }],
      duties: list.duties
        .filter((_, i) => i % 17 !== n)
        .map((d, i) =>
          i % 13 === 0
            ? { ...d, name: `${d.name}（修订）` }
            : i % 29 === 0
              ? ({ ...d, section: 'cooperating', leadDepartments: ['yjj'] } as typeof d)
              : d,
        ),
    }),
  );
  // The later edition first, so that the build cannot count on sources coming in order.
  return [later[0] as DutyList, ...lists, later[1] as DutyList];
}

let root: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'qingdan-site-output-'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('the site build writes the same bytes', () => {
  it('for the bundled examples', { timeout: 300_000 }, async () => {
    const out = join(root, 'examples');
    const repo = join(__dirname, '../../..');
    const files = await findListFiles(
      ['examples/lists', 'examples/editions'].map((p) => join(repo, p)),
    );
    async function* sources(): AsyncGenerator<PublishSource> {
      for (const file of files) {
        const result = await readListFile(file);
        yield result.ok
          ? { ok: true, file: relative(repo, file), list: result.value }
          : { ok: false, file, issues: result.issues };
      }
    }
    const report = await buildSite(sources(), { out, base, modified });
    expect(report.committed).toBe(true);
    const found = await folderDigest(out);
    console.log('examples', JSON.stringify(found));
    expect(found).toEqual(golden.examples);
  });

  it('for generated lists with later editions', { timeout: 300_000 }, async () => {
    const out = join(root, 'generated');
    const report = await buildSite(
      generated().map((list) => ({ ok: true as const, file: list.id, list })),
      { out, base, modified },
    );
    expect(report.committed).toBe(true);
    const found = await folderDigest(out);
    console.log('generated', JSON.stringify(found));
    expect(found).toEqual(golden.generated);
  });
});
