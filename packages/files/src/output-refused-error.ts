/**
 * Why an output path is refused: it is an input, holds one or lies inside one; it is a file
 * where a folder goes or the other way round; a folder that holds what the command did not
 * write; a file name the command does not know how to write; two outputs that are one file; or
 * a file already there that the user did not say may be replaced.
 *
 * @example
 * ```ts
 * const reason: OutputRefusal = 'holds-input';
 * ```
 */
export type OutputRefusal =
  | 'is-input'
  | 'holds-input'
  | 'inside-input'
  | 'not-a-folder'
  | 'link'
  | 'not-ours'
  | 'other-command'
  | 'is-a-folder'
  | 'extension'
  | 'same-output'
  | 'exists';

/**
 * A command refused to write an output path, before writing anything. `details` are the values
 * the message names (the input it would replace, the extensions allowed, …).
 *
 * @example
 * ```ts
 * throw new OutputRefusedError('lists', 'is-input', { input: 'lists' });
 * ```
 */
export class OutputRefusedError extends Error {
  readonly _tag = 'OutputRefused' as const;
  readonly path: string;
  readonly reason: OutputRefusal;
  readonly details: Readonly<Record<string, string>>;

  constructor(path: string, reason: OutputRefusal, details: Readonly<Record<string, string>> = {}) {
    super(`refusing to write ${path}: ${reason}`);
    this.name = 'OutputRefusedError';
    this.path = path;
    this.reason = reason;
    this.details = details;
  }
}
