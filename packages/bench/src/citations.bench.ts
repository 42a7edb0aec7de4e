import { parseCitations } from '@qingdan/core';
// The scorer of the real-cell corpus lives beside the corpus in core; it is not public API.
import { readRealCells, scoreRealCells } from '../../core/src/legal/corpus/real-cells.js';
import { citationCells } from './citation-cells.js';
import { measure } from './measure.js';

const count = Number(process.env.CELLS ?? 100_000);
const cells = citationCells(count, 2024);
const characters = cells.reduce((n, c) => n + c.length, 0);

/**
 * The floor: what a plain regular-expression split of the same cells costs. It splits on
 * separators and picks out titles and article numbers, and structures nothing else.
 */
const titlePattern = /《([^》]+)》/g;
const articlePattern = /第([一二三四五六七八九十百千零〇两\d]+)[条條]/g;
function regexSplit(cell: string): number {
  let found = 0;
  for (const part of cell.split(/[；;\n]/)) {
    found += part.match(titlePattern)?.length ?? 0;
    found += part.match(articlePattern)?.length ?? 0;
  }
  return found;
}

const parser = measure('parseCitations', cells, (c) => parseCitations(c).citations.length);
const floor = measure('regex split (floor)', cells, regexSplit);

let citations = 0;
let unparsed = 0;
for (const c of cells) {
  const parsed = parseCitations(c);
  citations += parsed.citations.length;
  unparsed += parsed.pieces.filter((p) => p.kind === 'unparsed').length;
}

const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
console.log(
  `cells ${fmt(count)}, ${fmt(characters)} characters (mean ${(characters / count).toFixed(1)} per cell), node ${process.version}`,
);
console.log(`citations found ${fmt(citations)}; unparsed pieces ${fmt(unparsed)}`);
for (const m of [parser, floor])
  console.log(
    `${m.name.padEnd(22)} ${fmt(m.perSecond).padStart(10)} cells/s wall (${m.seconds.toFixed(3)} s)  ${fmt(m.perCpuSecond).padStart(10)} cells per CPU second (${m.cpuSeconds.toFixed(3)} s), best of 5`,
  );
console.log(
  `parseCitations / floor: ${(parser.perCpuSecond / floor.perCpuSecond).toFixed(3)} by CPU time, ${(parser.perSecond / floor.perSecond).toFixed(3)} by wall clock`,
);
console.log(
  `aim 200,000 cells/s on one core: ${parser.perCpuSecond >= 200_000 ? 'met' : 'not met'} (${fmt(parser.perCpuSecond)} per CPU second)`,
);

// Accuracy on real cells from published lists: the speed above is only worth having at this.
const realCells = readRealCells();
const real = scoreRealCells(realCells);
// the held-out cells were never used to tune the parser: the figure for text it has not seen
const heldOut = scoreRealCells(realCells.filter((c) => c.heldOut));
const share = (row: readonly [number, number]) =>
  `${row[0]}/${row[1]} (${(row[0] / row[1]).toFixed(3)})`;
console.log(
  `real cells structured exactly: ${share([real.exact, real.total])}; held out: ${share([heldOut.exact, heldOut.total])}; by form: ${Object.entries(
    real.byForm,
  )
    .map(([form, row]) => `${form} ${share(row)}`)
    .join(', ')}`,
);
