import { defineConfig } from 'tsup';
import { packageBuild } from '../../tsup.package.js';

export default defineConfig([
  packageBuild,
  {
    entry: ['src/bin.ts'],
    format: ['esm'],
    sourcemap: true,
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
    define: { QINGDAN_VERSION: JSON.stringify(process.env.npm_package_version ?? '0.1.0') },
  },
]);
