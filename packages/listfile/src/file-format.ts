import { extname } from 'node:path';

/**
 * The formats a list file may be written in.
 *
 * @example
 * ```ts
 * const format: ListFileFormat = 'yaml';
 * ```
 */
export type ListFileFormat = 'json' | 'yaml';

/**
 * The format of a list file, by its extension: `.json`, `.yaml` or `.yml`.
 *
 * @example
 * ```ts
 * listFileFormat('wuzu.yaml'); // 'yaml'
 * listFileFormat('notes.txt'); // undefined
 * ```
 */
export function listFileFormat(path: string): ListFileFormat | undefined {
  const ext = extname(path).toLowerCase();
  if (ext === '.json' || ext === '.jsonld') return 'json';
  if (ext === '.yaml' || ext === '.yml') return 'yaml';
  return undefined;
}
