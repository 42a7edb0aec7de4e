import type { Dirent } from 'node:fs';
import { escapeHtml } from '../html/html.js';

/**
 * The page `qingdan serve` shows for a folder without an `index.html`: a published folder has
 * none, and "not found" at its root would hide the editions and the catalog it holds. Folders
 * first, then files, each in code-point order; names escaped for the HTML and the links.
 */
export function directoryListing(urlPath: string, entries: readonly Dirent[]): string {
  const visible = entries
    .filter((e) => !e.name.startsWith('.') && (e.isDirectory() || e.isFile()))
    .sort((a, b) =>
      a.isDirectory() !== b.isDirectory()
        ? a.isDirectory()
          ? -1
          : 1
        : a.name < b.name
          ? -1
          : a.name > b.name
            ? 1
            : 0,
    );
  const item = (e: Dirent) => {
    const name = e.isDirectory() ? `${e.name}/` : e.name;
    return `<li><a href="${escapeHtml(encodeURIComponent(e.name))}${e.isDirectory() ? '/' : ''}">${escapeHtml(name)}</a></li>`;
  };
  const up = urlPath === '/' ? '' : '<li><a href="../">../</a></li>';
  const title = escapeHtml(urlPath);
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head><meta charset="utf-8"><title>${title}</title></head>
<body>
<h1>${title}</h1>
<p>文件夹内容 / contents of the folder</p>
<ul>
${up}${visible.map(item).join('\n')}
</ul>
</body>
</html>
`;
}
