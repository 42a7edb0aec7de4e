import { type Issue, makeIssue } from '@qingdan/core';
import type { CpsvFinding } from './validate.js';

const keyOf = (f: CpsvFinding) =>
  [f.shape, f.focus, f.path ?? '', f.constraint, f.value ?? ''].join('\u0000');

/**
 * The findings of both engines as our issues (`cpsv-violation`), one per result that either
 * engine reports, saying which engines did; each with the shape's own words (`sh:name`,
 * `sh:description`, the path), as the official shapes carry no messages. A violation is an
 * error, anything milder a warning.
 *
 * @example
 * ```ts
 * findingsToIssues(await checker.check(quads)).length; // 0 for a graph the shapes accept
 * ```
 */
export function findingsToIssues(findings: readonly CpsvFinding[]): Issue[] {
  const merged = new Map<string, { finding: CpsvFinding; engines: string[] }>();
  for (const f of findings) {
    const key = keyOf(f);
    const known = merged.get(key);
    if (known) {
      if (!known.engines.includes(f.engine)) known.engines.push(f.engine);
    } else merged.set(key, { finding: f, engines: [f.engine] });
  }
  return [...merged.values()].map(({ finding: f, engines }) =>
    makeIssue('cpsv-violation', f.severity === 'Violation' ? 'error' : 'warning', [], {
      shape: f.shape.slice(f.shape.lastIndexOf('#') + 1),
      focus: f.focus,
      property: f.path ?? '',
      constraint: f.constraint,
      name: f.name ?? '',
      description: f.description ?? '',
      engines: engines.join(', '),
      ...(f.value !== undefined ? { value: f.value } : {}),
    }),
  );
}
