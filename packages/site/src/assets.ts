import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// The folder of this module, in the ESM build and sources (import.meta) and in the CJS build
// (__dirname), where import.meta is empty.
const here = typeof __dirname === 'string' ? __dirname : dirname(fileURLToPath(import.meta.url));
const require = createRequire(join(here, 'index.js'));

/** The site's own files: in `src/assets`, which the package ships beside `dist`. */
function own(name: string): string {
  for (const path of [join(here, 'assets', name), join(here, '..', 'src', 'assets', name)])
    try {
      return readFileSync(path, 'utf8');
    } catch {}
  throw new Error(`@qingdan/site: missing asset ${name}`);
}

/**
 * The files every page loads, by name: the style sheet, the one small script, and flexsearch's
 * compact build (with its CJK encoder) for the pages with a search box.
 *
 * @example
 * ```ts
 * Object.keys(siteAssets()); // ['site.css', 'site.js', 'flexsearch.compact.min.js']
 * ```
 */
export function siteAssets(): Record<string, string> {
  return {
    'site.css': own('site.css'),
    'site.js': own('site.js'),
    // The package exports only its bundle; the compact build lies beside it.
    'flexsearch.compact.min.js': readFileSync(
      join(dirname(require.resolve('flexsearch')), 'flexsearch.compact.min.js'),
      'utf8',
    ),
  };
}
