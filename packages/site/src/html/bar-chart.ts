import { escapeHtml, Html } from './html.js';

/**
 * One bar: its label and its count.
 *
 * @example
 * ```ts
 * const bar: Bar = { label: '基本履职事项', value: 120 };
 * ```
 */
export interface Bar {
  readonly label: string;
  readonly value: number;
}

const rowHeight = 22;
const labelWidth = 210;
const barWidth = 240;

/** Labels longer than the column are cut, with the whole label in the bar's `<title>`. */
function shorten(label: string): string {
  let width = 0;
  let out = '';
  for (const c of label) {
    width += c.charCodeAt(0) > 0x2e7f ? 13 : 7;
    if (width > labelWidth - 16) return `${out}…`;
    out += c;
  }
  return out;
}

/**
 * A horizontal bar chart as inline SVG, drawn when the site is built: readable without
 * JavaScript, with a `<title>` naming the chart and a table-like text per bar for screen readers.
 *
 * @example
 * ```ts
 * barChart('按类别 / by section', [{ label: '基本履职事项', value: 3 }]).value.startsWith('<svg'); // true
 * ```
 */
export function barChart(title: string, bars: readonly Bar[]): Html {
  const max = Math.max(1, ...bars.map((b) => b.value));
  const height = bars.length * rowHeight + 4;
  const width = labelWidth + barWidth + 50;
  let body = '';
  bars.forEach((bar, i) => {
    const y = i * rowHeight + 2;
    const w = Math.max(1, Math.round((bar.value / max) * barWidth));
    const label = escapeHtml(bar.label);
    body +=
      `<g><title>${label}: ${bar.value}</title>` +
      `<text x="${labelWidth - 6}" y="${y + 15}" text-anchor="end">${escapeHtml(shorten(bar.label))}</text>` +
      `<rect x="${labelWidth}" y="${y + 3}" width="${w}" height="${rowHeight - 6}" rx="2"></rect>` +
      `<text x="${labelWidth + w + 5}" y="${y + 15}">${bar.value}</text></g>`;
  });
  return new Html(
    `<svg class="chart" role="img" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" xmlns="http://www.w3.org/2000/svg"><title>${escapeHtml(title)}</title>${body}</svg>`,
  );
}

/**
 * Counts of a map, most first, as bars.
 *
 * @example
 * ```ts
 * barsOf(new Map([['a', 1], ['b', 3]]), (k) => k); // [{ label: 'b', value: 3 }, { label: 'a', value: 1 }]
 * ```
 */
export function barsOf(counts: ReadonlyMap<string, number>, label: (key: string) => string): Bar[] {
  return [...counts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([key, value]) => ({ label: label(key), value }));
}
