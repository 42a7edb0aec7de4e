import type { ReadListResult } from '@qingdan/listfile';
import { load } from './load.js';

// IRIs do not change a verdict; a base that can never resolve makes that plain.
const base = 'https://qingdan.invalid/';

/**
 * Adds to each list read the issues of its published graph checked against the vocabulary's
 * SHACL shapes, one edition at a time; a list with a SHACL violation becomes invalid.
 *
 * @example
 * ```ts
 * const results = await withShaclIssues(await readLists(['examples/lists']));
 * ```
 */
export async function withShaclIssues(
  results: readonly ReadListResult[],
): Promise<ReadListResult[]> {
  const { dutyListToQuads, ShaclChecker } = await load.rdf();
  const checker = new ShaclChecker();
  const out: ReadListResult[] = [];
  for (const r of results) {
    if (!r.ok) {
      out.push(r);
      continue;
    }
    const found = await checker.checkEdition(r.value, dutyListToQuads(r.value, { base }), base);
    const located = found.map((issue) => ({ ...issue, file: r.file }));
    const issues = [...r.warnings, ...located];
    out.push(
      located.some((i) => i.severity === 'error')
        ? { ok: false, file: r.file, issues }
        : { ...r, warnings: issues },
    );
  }
  return out;
}
