import { makeIssue, type Result } from '@qingdan/core';
import { aliasExpansionLimit, expansionPastLimit, mayHoldAliases } from './alias-expansion.js';
import { type DataFileKind, dataFileKind } from './data-file-kind.js';
import type { ListFileFormat } from './file-format.js';
import { locatePaths } from './locate.js';
import type { LocatedIssue } from './located-issue.js';
import { readYamlData } from './yaml-data.js';

/**
 * A value read from a data file (a request, a configuration): the core's `Result`, its issues
 * located in the file, with the file it was read from.
 *
 * @example
 * ```ts
 * const result: ReadDataResult<CountyConfig> = await readDataFile('county.yaml', parseCountyConfig);
 * ```
 */
export type ReadDataResult<T> = Result<T, LocatedIssue> & { readonly file: string };

function syntaxIssue(file: string, message: string, line?: number, column?: number): LocatedIssue {
  const issue = makeIssue('invalid-format', 'error', [], {
    format: 'json-or-yaml',
    detail: message,
  });
  return { ...issue, file, ...(line ? { line } : {}), ...(column ? { column } : {}) };
}

function parseJson(text: string, file: string): { data: unknown } | LocatedIssue {
  try {
    return { data: JSON.parse(text) };
  } catch (error) {
    const message = (error as Error).message;
    const at = /position (\d+)/.exec(message);
    if (!at) return syntaxIssue(file, message);
    const before = text.slice(0, Number(at[1]));
    return syntaxIssue(
      file,
      message,
      before.split('\n').length,
      before.length - before.lastIndexOf('\n'),
    );
  }
}

// A YAML text is read into data, then its aliases are measured as if written out in full: a
// text whose aliases expand past the limit (an alias bomb) is an issue at the alias where it
// passes it, and is never handed on to be walked.
function parseYaml(text: string, file: string): { data: unknown } | LocatedIssue {
  const read = readYamlData(text);
  if ('error' in read) return syntaxIssue(file, read.error, read.line, read.column);
  if (!mayHoldAliases(text)) return read;
  const limit = aliasExpansionLimit(text.length);
  const path = expansionPastLimit(read.data, limit);
  if (!path) return read;
  const at = locatePaths(text, 'yaml', [path])(path);
  const issue = makeIssue('alias-expansion-too-large', 'error', path.slice(0, at?.depth ?? 0), {
    limit,
  });
  return { ...issue, file, ...(at ? { line: at.line, column: at.column } : {}) };
}

// Lines that hold no data: blank, a comment, or a YAML document marker.
const noData = /^\s*(?:#.*|---\s*|\.\.\.\s*)?$/;

function isEmpty(text: string): boolean {
  return text.split('\n').every((line) => noData.test(line));
}

// A file with nothing in it is not an object with every field missing: it is said so, once.
function empty(file: string): LocatedIssue {
  return { ...makeIssue('file-empty', 'error', []), file };
}

function parseText(
  text: string,
  format: ListFileFormat,
  file: string,
): { data: unknown } | LocatedIssue {
  if (format === 'json') return /\S/.test(text) ? parseJson(text, file) : empty(file);
  const parsed = parseYaml(text, file);
  // Only a document that reads as nothing is scanned for whether it holds nothing.
  return 'data' in parsed && parsed.data == null && isEmpty(text) ? empty(file) : parsed;
}

/**
 * Reads any value of the library from the text of a JSON or YAML file with the parser given
 * (an admission request, a county configuration, amendments), and locates every issue by line
 * and column, as list files are read. The text is read into plain data (`JSON.parse`, or js-yaml
 * for YAML) and checked; only when there are issues is it scanned again, along their paths
 * alone, to locate them. Broken JSON or YAML, and YAML aliases that expand past
 * `aliasExpansionLimit`, are issues, not exceptions. Given the kind of file `expected`, a file
 * that fails to parse and is plainly another kind (a list where a request was meant) gives one
 * `file-is-other-kind` issue rather than an issue for every field it lacks.
 *
 * @example
 * ```ts
 * const result = readDataText(text, 'yaml', 'request.yaml', parseAdmissionRequest, 'admission-request');
 * if (!result.ok) for (const i of result.issues) console.log(`${i.file}:${i.line}`, i.code);
 * ```
 */
export function readDataText<T>(
  text: string,
  format: ListFileFormat,
  file: string,
  parse: (input: unknown) => Result<T>,
  expected?: DataFileKind,
): ReadDataResult<T> {
  const body = text.replace(/^\uFEFF/, '');
  const result = checked(body, format, file, parse, expected);
  if ('file' in result) return { ok: false, file, issues: [result] };
  const found = result.ok ? result.warnings : result.issues;
  const locate =
    found.length > 0
      ? locatePaths(
          body,
          format,
          found.map((i) => i.path),
        )
      : undefined;
  const located = found.map((issue): LocatedIssue => {
    const at = locate?.(issue.path);
    return at ? { ...issue, file, line: at.line, column: at.column } : { ...issue, file };
  });
  return result.ok
    ? { ok: true, file, value: result.value, warnings: located }
    : { ok: false, file, issues: located };
}

// Kept apart so that the data read goes out of reach before the text is scanned again.
function checked<T>(
  text: string,
  format: ListFileFormat,
  file: string,
  parse: (input: unknown) => Result<T>,
  expected: DataFileKind | undefined,
): Result<T> | LocatedIssue {
  const parsed = parseText(text, format, file);
  if (!('data' in parsed)) return parsed;
  // A published edition's JSON-LD reads as an object with every field unknown: one issue that
  // says what the file is, rather than one for each of its thousands of nodes.
  const data = parsed.data;
  if (typeof data === 'object' && data !== null && !Array.isArray(data) && '@context' in data)
    return { ...makeIssue('file-is-linked-data', 'error', []), file };
  const result = parse(data);
  if (result.ok || expected === undefined) return result;
  const found = dataFileKind(data);
  if (found === undefined || found === expected) return result;
  return { ...makeIssue('file-is-other-kind', 'error', [], { found, expected }), file };
}
