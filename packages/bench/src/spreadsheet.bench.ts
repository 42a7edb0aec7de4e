import { importSpreadsheet } from '@qingdan/spreadsheet';
import ExcelJS from 'exceljs';
import { spreadsheetWorkbook } from './spreadsheet-workbook.js';

const rows = Number(process.env.ROWS ?? 100_000);
const rounds = Number(process.env.ROUNDS ?? 3);

/** The best of some rounds of an async job, by wall clock and by CPU time. */
async function best(
  job: () => Promise<number>,
): Promise<{ seconds: number; cpuSeconds: number; result: number }> {
  let seconds = Number.POSITIVE_INFINITY;
  let cpuSeconds = Number.POSITIVE_INFINITY;
  let result = 0;
  for (let r = 0; r < rounds; r++) {
    const cpu = process.cpuUsage();
    const start = process.hrtime.bigint();
    result = await job();
    seconds = Math.min(seconds, Number(process.hrtime.bigint() - start) / 1e9);
    const used = process.cpuUsage(cpu);
    cpuSeconds = Math.min(cpuSeconds, (used.user + used.system) / 1e6);
  }
  return { seconds, cpuSeconds, result };
}

/** The floor: ExcelJS reading the same file alone and touching every cell's value. */
async function readAlone(bytes: Uint8Array): Promise<number> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ArrayBuffer);
  let cells = 0;
  for (const sheet of book.worksheets)
    sheet.eachRow((row) =>
      row.eachCell(() => {
        cells++;
      }),
    );
  return cells;
}

async function importAll(bytes: Uint8Array): Promise<number> {
  const result = await importSpreadsheet(bytes, { file: 'bench.xlsx' });
  if (!result.ok)
    throw new Error(`the generated workbook did not import: ${result.issues[0]?.code}`);
  return result.value.duties.length;
}

const bytes = await spreadsheetWorkbook(rows, 2024);
const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
console.log(
  `rows ${fmt(rows)}, workbook ${(bytes.length / 1024 / 1024).toFixed(1)} MiB, node ${process.version}, best of ${rounds}`,
);
const floor = await best(() => readAlone(bytes));
const imported = await best(() => importAll(bytes));
if (imported.result !== rows) throw new Error(`imported ${imported.result} duties of ${rows} rows`);
for (const [name, m] of [
  ['ExcelJS read alone (floor)', floor],
  ['importSpreadsheet', imported],
] as const)
  console.log(
    `${name.padEnd(28)} ${fmt(rows / m.seconds).padStart(8)} rows/s wall (${m.seconds.toFixed(2)} s)  ${fmt(rows / m.cpuSeconds).padStart(8)} rows per CPU second (${m.cpuSeconds.toFixed(2)} s)`,
  );
const ratio = imported.cpuSeconds / floor.cpuSeconds;
console.log(
  `import / floor: ${ratio.toFixed(2)}x the CPU time, ${(imported.seconds / floor.seconds).toFixed(2)}x the wall clock`,
);
console.log(`aim: no more than 2x the floor: ${ratio <= 2 ? 'met' : 'not met'}`);
