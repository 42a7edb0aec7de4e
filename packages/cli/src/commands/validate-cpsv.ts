import { escapeForTerminal as t } from '@qingdan/core';
import { fileIssue, fileSystemError } from '@qingdan/files';
import type { LocatedIssue } from '@qingdan/listfile';
import type { Io } from '../io.js';
import { load } from '../load.js';
import { formatIssueForTerminal, issueToJson } from '../output/issues.js';
import { progressBar } from '../output/progress-bar.js';

/** What checking one graph file gave: its triples and its issues, located in the file. */
interface GraphResult {
  readonly file: string;
  readonly triples: number;
  readonly issues: readonly LocatedIssue[];
}

/**
 * `qingdan validate --profile cpsv-ap <files...>`: reads each graph (Turtle, N-Triples,
 * N-Quads or JSON-LD, by extension; the official JSON-LD context is served from the local
 * copy) and checks it against the official CPSV-AP 3.2.0 shapes with both engines, printing
 * each result once as a located zh/en issue in the shape's own words. Gives whether every
 * graph conforms.
 *
 * @example
 * ```ts
 * const ok = await validateCpsvGraphs(['public/421127104/huangmei-wuzu-2024.ttl'], io, false);
 * ```
 */
export async function validateCpsvGraphs(
  files: readonly string[],
  io: Io,
  json: boolean,
): Promise<boolean> {
  const { CpsvChecker, findingsToIssues, readCpsvGraph } = await load.cpsvAp();
  const checker = new CpsvChecker();
  const results: GraphResult[] = [];
  const bar = json ? undefined : progressBar(io, '校验 validating', files.length);
  for (const file of files) {
    bar?.draw(results.length, file);
    let read: Awaited<ReturnType<typeof readCpsvGraph>>;
    try {
      read = await readCpsvGraph(file);
    } catch (error) {
      results.push({
        file,
        triples: 0,
        issues: [{ file, ...fileIssue(fileSystemError('read', file, error)) }],
      });
      continue;
    }
    if (!read.ok) {
      results.push({ file, triples: 0, issues: [{ file, ...read.issue }] });
      continue;
    }
    const issues = findingsToIssues(await checker.check(read.quads));
    results.push({ file, triples: read.quads.length, issues: issues.map((i) => ({ file, ...i })) });
  }
  bar?.done();
  const valid = (r: GraphResult) => !r.issues.some((i) => i.severity === 'error');
  if (json) {
    const out = results.map((r) => ({
      file: r.file,
      valid: valid(r),
      triples: r.triples,
      issues: r.issues.map(issueToJson),
    }));
    io.stdout(`${JSON.stringify({ valid: results.every(valid), files: out }, null, 2)}\n`);
  } else {
    for (const r of results) {
      io.stdout(
        valid(r)
          ? `✓ ${t(r.file)}  CPSV-AP 3.2（${r.triples} 个三元组 / triples）\n`
          : `✗ ${t(r.file)}\n`,
      );
      for (const issue of r.issues) io.stdout(formatIssueForTerminal(issue));
    }
    const bad = results.filter((r) => !valid(r)).length;
    const count = results.reduce((n, r) => n + r.issues.length, 0);
    io.stdout(
      `${results.length} 个图：${results.length - bad} 个符合 CPSV-AP 3.2，${bad} 个不符合；${count} 个问题\n` +
        `${results.length} graph(s): ${results.length - bad} conform to CPSV-AP 3.2, ${bad} do not; ${count} issue(s)\n`,
    );
  }
  return results.every(valid);
}
