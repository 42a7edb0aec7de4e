import { CORE_SCHEMA, load, YAMLException } from 'js-yaml';

/**
 * What reading a YAML text gave: its data, or why it could not be read and where (1-based line
 * and column, when the parser tells).
 *
 * @example
 * ```ts
 * const read: YamlData = { error: 'duplicated mapping key', line: 3, column: 1 };
 * ```
 */
export type YamlData =
  | { readonly data: unknown }
  | { readonly error: string; readonly line?: number; readonly column?: number };

/**
 * Reads a YAML 1.2 text (core schema: no timestamps, no merge keys, so `2024-10-18` stays a
 * string) into plain data with js-yaml, which builds the values as it reads, with no syntax tree:
 * a 78 MB list takes about a tenth of the memory the `yaml` package's documents do. A key given
 * twice, a tab in indentation, more than one document or nesting deeper than 100 are errors. An
 * alias is the very object its anchor made, so aliases cost nothing here; how far they expand is
 * checked afterwards (see `expansionPastLimit`). Every exception the parser throws becomes an
 * error, as its documentation asks.
 *
 * @example
 * ```ts
 * readYamlData('id: wuzu\nissued: 2024-10-18\n'); // { data: { id: 'wuzu', issued: '2024-10-18' } }
 * ```
 */
export function readYamlData(text: string): YamlData {
  try {
    return { data: load(text, { schema: CORE_SCHEMA }) };
  } catch (error) {
    if (error instanceof YAMLException) {
      const mark = error.mark as { line?: number; column?: number } | undefined;
      return {
        error: error.reason || error.message.split('\n')[0] || 'unreadable',
        ...(mark?.line !== undefined ? { line: mark.line + 1 } : {}),
        ...(mark?.column !== undefined ? { column: mark.column + 1 } : {}),
      };
    }
    return { error: (error as Error)?.message ?? String(error) };
  }
}
