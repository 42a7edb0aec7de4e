import type { ReadListResult } from '@qingdan/listfile';
import { load } from './load.js';

// IRIs do not change a verdict; a base that can never resolve makes that plain.
const base = 'https://qingdan.invalid/';

/**
 * A checker that adds to one list read the issues of its published graph against the
 * vocabulary's SHACL shapes, as {@link withShaclIssues} does for many: for commands that take
 * the lists one at a time.
 *
 * @example
 * ```ts
 * const check = await shaclChecker();
 * const checked = await check(await readListFile('wuzu.yaml'));
 * ```
 */
export async function shaclChecker(): Promise<(result: ReadListResult) => Promise<ReadListResult>> {
  const { dutyListToQuads, ShaclChecker } = await load.rdf();
  const checker = new ShaclChecker();
  return async (r) => {
    if (!r.ok) return r;
    const found = await checker.checkEdition(r.value, dutyListToQuads(r.value, { base }), base);
    const located = found.map((issue) => ({ ...issue, file: r.file }));
    const issues = [...r.warnings, ...located];
    return located.some((i) => i.severity === 'error')
      ? { ok: false, file: r.file, issues }
      : { ...r, warnings: issues };
  };
}
