import { defineConfig } from 'tsup';
import { packageBuild } from '../../tsup.package.js';

// `./profiles` is its own entry so the command line can name the bundled profiles in its help
// without loading ExcelJS.
export default defineConfig({
  ...packageBuild,
  entry: { index: 'src/index.ts', profiles: 'src/profile/bundled.ts' },
});
