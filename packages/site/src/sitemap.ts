import { renameSync } from 'node:fs';
import { join } from 'node:path';
import { appendingFile } from './appending-file.js';
import { langs } from './i18n.js';
import { type PagePath, pageFile } from './paths.js';

const head = `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">
`;
const tail = '\n</urlset>\n';
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** A page's entries in the sitemap: one per language, each naming the other. */
function entry(base: string, path: PagePath): string {
  const links = langs
    .map(
      (l) =>
        `<xhtml:link rel="alternate" hreflang="${l === 'zh' ? 'zh-CN' : 'en'}" href="${esc(base + pageFile(path, l))}"/>`,
    )
    .join('');
  return langs
    .map((l) => `<url><loc>${esc(base + pageFile(path, l))}</loc>${links}</url>`)
    .join('\n');
}

/**
 * The sitemap of a site, written as its pages are: `sitemap.xml`, or, past the 50,000 URLs the
 * sitemaps protocol allows in one file, `sitemap-1.xml`, `sitemap-2.xml`… of 50,000 URLs each
 * (25,000 pages in two languages) with `sitemap.xml` as their index. Gives the bytes it wrote.
 *
 * @example
 * ```ts
 * const sitemap = sitemapWriter(staging, 'https://data.example.org/qingdan/');
 * sitemap.add('421127104/wuzu-2024/');
 * sitemap.close(); // bytes written
 * ```
 */
export function sitemapWriter(folder: string, base: string, pagesPerFile = 25_000) {
  const part = (n: number) => join(folder, `sitemap-${n}.xml`);
  let file: ReturnType<typeof appendingFile> | undefined;
  let parts = 0;
  let inPart = 0;
  let bytes = 0;
  const closePart = () => {
    if (!file) return;
    file.write(tail);
    bytes += file.close();
    file = undefined;
  };
  return {
    add: (path: PagePath): void => {
      if (!file || inPart === pagesPerFile) {
        closePart();
        parts += 1;
        file = appendingFile(part(parts));
        file.write(head);
        inPart = 0;
      }
      file.write(`${inPart++ > 0 ? '\n' : ''}${entry(base, path)}`);
    },
    close: (): number => {
      closePart();
      if (parts === 1) renameSync(part(1), join(folder, 'sitemap.xml'));
      else {
        const index = appendingFile(join(folder, 'sitemap.xml'));
        index.write(
          `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n`,
        );
        for (let n = 1; n <= parts; n++)
          index.write(`<sitemap><loc>${esc(`${base}sitemap-${n}.xml`)}</loc></sitemap>\n`);
        index.write('</sitemapindex>\n');
        bytes += index.close();
      }
      return bytes;
    },
  };
}
