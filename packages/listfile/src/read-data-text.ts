import { makeIssue, type Result } from '@qingdan/core';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import type { ListFileFormat } from './file-format.js';
import { makeLocator } from './locate.js';
import type { LocatedIssue } from './located-issue.js';

/**
 * A value read from a data file (a request, a configuration): the value and its warnings, or every issue, located.
 *
 * @example
 * ```ts
 * const result: ReadDataResult<CountyConfig> = await readDataFile('county.yaml', parseCountyConfig);
 * ```
 */
export type ReadDataResult<T> =
  | {
      readonly ok: true;
      readonly file: string;
      readonly value: T;
      readonly warnings: readonly LocatedIssue[];
    }
  | { readonly ok: false; readonly file: string; readonly issues: readonly LocatedIssue[] };

function syntaxIssue(file: string, message: string, line?: number, column?: number): LocatedIssue {
  const issue = makeIssue('invalid-format', 'error', [], {
    format: `not valid JSON or YAML: ${message}`,
    formatZh: `不是有效的 JSON 或 YAML：${message}`,
  });
  return { ...issue, file, ...(line ? { line } : {}), ...(column ? { column } : {}) };
}

function parseText(
  text: string,
  format: ListFileFormat,
  file: string,
): { data: unknown } | LocatedIssue {
  if (format === 'json') {
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
  try {
    return { data: parseYaml(text, { uniqueKeys: true, maxAliasCount: 1000 }) };
  } catch (error) {
    if (error instanceof YAMLParseError) {
      const pos = error.linePos?.[0];
      return syntaxIssue(file, error.message.split('\n')[0] ?? error.code, pos?.line, pos?.col);
    }
    // The yaml package throws a ReferenceError for an alias with no anchor (`*a`) or too many
    // aliases: the file's fault, so an issue, not an exception out of the reader.
    return syntaxIssue(file, error instanceof Error ? error.message : String(error));
  }
}

/**
 * Reads any value of the library from the text of a JSON or YAML file with the parser given
 * (an admission request, a county configuration, amendments), and locates every issue by line
 * and column, as list files are read.
 *
 * @example
 * ```ts
 * const result = readDataText(text, 'yaml', 'request.yaml', parseAdmissionRequest);
 * if (!result.ok) for (const i of result.issues) console.log(`${i.file}:${i.line}`, i.code);
 * ```
 */
export function readDataText<T>(
  text: string,
  format: ListFileFormat,
  file: string,
  parse: (input: unknown) => Result<T>,
): ReadDataResult<T> {
  const parsed = parseText(text.replace(/^\uFEFF/, ''), format, file);
  if (!('data' in parsed)) return { ok: false, file, issues: [parsed] };
  const result = parse(parsed.data);
  const found = result.ok ? result.warnings : result.issues;
  const locate = found.length > 0 ? makeLocator(text) : undefined;
  const located = found.map((issue): LocatedIssue => {
    const at = locate?.(issue.path);
    return at ? { ...issue, file, line: at.line, column: at.column } : { ...issue, file };
  });
  return result.ok
    ? { ok: true, file, value: result.value, warnings: located }
    : { ok: false, file, issues: located };
}
