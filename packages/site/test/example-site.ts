import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findListFiles, readListFile } from '@qingdan/listfile';
import type { PublishSource } from '@qingdan/rdf';
import { buildSite, type SiteReport } from '../src/index.js';

/** The repository's folder of a path. */
export const repo = (path: string) => fileURLToPath(new URL(`../../../${path}`, import.meta.url));

export const base = 'https://data.example.org/qingdan/';

/** The example lists and editions, read as `qingdan site` reads them. */
export async function exampleSources(): Promise<PublishSource[]> {
  const files = await findListFiles([repo('examples/lists'), repo('examples/editions')]);
  const sources: PublishSource[] = [];
  for (const file of files) {
    const r = await readListFile(file);
    sources.push(r.ok ? { ok: true, file, list: r.value } : { ok: false, file, issues: r.issues });
  }
  return sources;
}

/** Builds the site of the examples into a fresh folder. */
export async function buildExampleSite(
  out = join(mkdtempSync(join(tmpdir(), 'qingdan-site-')), 'site'),
): Promise<{ out: string; report: SiteReport; sources: PublishSource[] }> {
  const sources = await exampleSources();
  const report = await buildSite(sources, { out, base, modified: '2025-01-01' });
  return { out, report, sources };
}
