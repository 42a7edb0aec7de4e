import { defineConfig } from 'tsup';
import { packageBuild } from '../../tsup.package.js';

// The query worker is an entry of its own, `dist/query-worker.js` beside the modules that start
// it; `import.meta.url`, which finds it, is shimmed in the CommonJS build.
export default defineConfig({
  ...packageBuild,
  entry: { index: 'src/index.ts', 'query-worker': 'src/protocol/query-worker.ts' },
  shims: true,
});
