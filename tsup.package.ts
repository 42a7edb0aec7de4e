import type { Options } from 'tsup';

/**
 * How every package is built: its `src/index.ts` to ESM and CJS with types, for Node 20. Type
 * declarations resolve sibling packages through their builds, not their sources, so they are
 * built without the `source` condition.
 */
export const packageBuild: Options = {
  entry: ['src/index.ts'],
  format: ['esm', 'cjs'],
  dts: { compilerOptions: { customConditions: [] } },
  sourcemap: true,
  clean: true,
  target: 'node20',
};
