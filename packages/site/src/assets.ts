import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/** The site's own files, beside this module in the sources and in the build. */
function own(name: string): string {
  for (const path of [`./assets/${name}`, `../src/assets/${name}`])
    try {
      return readFileSync(new URL(path, import.meta.url), 'utf8');
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
