import { checkDutyList } from '../invariants/check-duty-list.js';
import { fromZodIssues } from '../issues/from-zod.js';
import type { Issue, PathSegment } from '../issues/issue.js';
import { QingdanError, type Result, toResult } from '../issues/result.js';
import type { Duty } from '../model/duty.js';
import { type DutyList, dutyListSchema } from '../model/duty-list.js';
import { isStructured, type LegalBasis } from '../model/legal-basis.js';
import { withTextChecks } from '../text/with-text-checks.js';
import { resolveLegalBasisText } from './legal-basis-text.js';

/** For each duty, the index in the input of each legal basis of the value. */
type BasisOrigins = number[][];

function resolveLegalBases(list: DutyList): {
  list: DutyList;
  origins: BasisOrigins;
  issues: Issue[];
} {
  const origins: BasisOrigins = [];
  const issues: Issue[] = [];
  const duties = list.duties.map((duty, i): Duty => {
    const bases: LegalBasis[] = [];
    const from: number[] = [];
    duty.legalBases.forEach((basis, j) => {
      let resolved: LegalBasis[] = [basis];
      if (!isStructured(basis)) {
        const text = resolveLegalBasisText(basis.text);
        resolved = text.bases;
        for (const issue of text.issues)
          issues.push({ ...issue, path: ['duties', i, 'legalBases', j, ...issue.path] });
      }
      for (const b of resolved) {
        bases.push(b);
        from.push(j);
      }
    });
    origins[i] = from;
    return { ...duty, legalBases: bases };
  });
  return { list: { ...list, duties }, origins, issues };
}

/** Points issues about resolved legal bases back at the input they came from. */
function toInputPaths(issues: Issue[], origins: BasisOrigins): Issue[] {
  return issues.map((issue) => {
    const [duties, i, field, j, ...rest] = issue.path;
    if (
      duties !== 'duties' ||
      field !== 'legalBases' ||
      typeof i !== 'number' ||
      typeof j !== 'number'
    )
      return issue;
    const origin = origins[i]?.[j] ?? j;
    const path: PathSegment[] = [duties, i, field, origin, ...rest];
    return { ...issue, path };
  });
}

function parseShape(input: unknown): Result<DutyList> {
  const parsed = dutyListSchema.safeParse(input, { reportInput: true });
  if (!parsed.success) return { ok: false, issues: fromZodIssues(parsed.error.issues) };
  const { list, origins, issues } = resolveLegalBases(parsed.data as DutyList);
  return toResult(list, [...issues, ...toInputPaths(checkDutyList(list), origins)]);
}

/**
 * Parses a list file's content (already read from JSON or YAML) into a list edition, checking
 * its text (no control characters, no bidirectional controls, no lone surrogates; invisible
 * characters and U+FFFD are warned of), its schema, its references and the invariants. Legal bases given as text are structured where
 * they can be and kept as text where they cannot. A draft's gaps come back as warnings; a
 * published edition with gaps is an error. Every issue has a path into the input.
 *
 * @example
 * ```ts
 * const result = parseDutyList(JSON.parse(text));
 * if (!result.ok) for (const issue of result.issues) console.log(formatPath(issue.path), issueMessage(issue, 'zh'));
 * ```
 */
export function parseDutyList(input: unknown): Result<DutyList> {
  return withTextChecks(input, parseShape);
}

/**
 * Like {@link parseDutyList}, but returns the list itself and throws a {@link QingdanError}
 * holding every issue when it is invalid.
 *
 * @example
 * ```ts
 * const list = parseDutyListOrThrow(yaml.parse(text));
 * ```
 */
export function parseDutyListOrThrow(input: unknown): DutyList {
  const result = parseDutyList(input);
  if (result.ok) return result.value;
  throw new QingdanError(result.issues as [Issue, ...Issue[]]);
}
