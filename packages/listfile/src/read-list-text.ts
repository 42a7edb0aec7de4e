import { type DutyList, makeIssue, parseDutyList } from '@qingdan/core';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import type { ListFileFormat } from './file-format.js';
import { makeLocator } from './locate.js';
import type { LocatedIssue } from './located-issue.js';

/**
 * A list read from a file: the list and its warnings, or every issue, located.
 *
 * @example
 * ```ts
 * const result: ReadListResult = await readListFile('wuzu.yaml');
 * ```
 */
export type ReadListResult =
  | {
      readonly ok: true;
      readonly file: string;
      readonly list: DutyList;
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
      const line = before.split('\n').length;
      return syntaxIssue(file, message, line, before.length - before.lastIndexOf('\n'));
    }
  }
  try {
    return { data: parseYaml(text, { uniqueKeys: true, maxAliasCount: 1000 }) };
  } catch (error) {
    if (error instanceof YAMLParseError) {
      const pos = error.linePos?.[0];
      return syntaxIssue(file, error.message.split('\n')[0] ?? error.code, pos?.line, pos?.col);
    }
    throw error;
  }
}

/**
 * Reads a list from the text of a list file, and locates every issue by line and column.
 *
 * @example
 * ```ts
 * const result = readListText(text, 'yaml', 'wuzu.yaml');
 * if (!result.ok) for (const i of result.issues) console.log(`${i.file}:${i.line}`, i.code);
 * ```
 */
export function readListText(text: string, format: ListFileFormat, file: string): ReadListResult {
  const parsed = parseText(text.replace(/^\uFEFF/, ''), format, file);
  if (!('data' in parsed)) return { ok: false, file, issues: [parsed] };
  const result = parseDutyList(parsed.data);
  const found = result.ok ? result.warnings : result.issues;
  const locate = found.length > 0 ? makeLocator(text) : undefined;
  const located = found.map((issue): LocatedIssue => {
    const at = locate?.(issue.path);
    return at ? { ...issue, file, line: at.line, column: at.column } : { ...issue, file };
  });
  return result.ok
    ? { ok: true, file, list: result.value, warnings: located }
    : { ok: false, file, issues: located };
}
