import { stat } from 'node:fs/promises';
import { OutputRefusedError } from './output-refused-error.js';
import { canonicalPath, isSameOrInside } from './real-path.js';

/** An input as the guard compares it: where it really is, and whether it is a folder. */
interface PlacedInput {
  readonly given: string;
  readonly canonical: string;
  readonly folder: boolean;
}

async function place(input: string): Promise<PlacedInput> {
  const info = await stat(input).catch(() => undefined);
  return {
    given: input,
    canonical: await canonicalPath(input),
    folder: Boolean(info?.isDirectory()),
  };
}

/**
 * Refuses an output path that is an input, holds one (a folder the input lies in), or lies
 * inside an input folder (where the next run would read the output back as input). Inputs are
 * the files and folders the user named.
 *
 * @example
 * ```ts
 * await refuseInputs('lists', ['lists']); // throws OutputRefusedError 'is-input'
 * ```
 */
export async function refuseInputs(out: string, inputs: readonly string[]): Promise<void> {
  const output = await canonicalPath(out);
  for (const input of await Promise.all(inputs.map(place))) {
    if (input.canonical === output)
      throw new OutputRefusedError(out, 'is-input', { input: input.given });
    if (isSameOrInside(input.canonical, output))
      throw new OutputRefusedError(out, 'holds-input', { input: input.given });
    if (input.folder && isSameOrInside(output, input.canonical))
      throw new OutputRefusedError(out, 'inside-input', { input: input.given });
  }
}
