import { defineConfig } from 'tsup';
import { packageBuild } from '../../tsup.package.js';

// The official shapes and context are read from `standards/` beside the build, found from
// `import.meta.url`, which the CommonJS build needs a shim for.
export default defineConfig({ ...packageBuild, shims: true });
