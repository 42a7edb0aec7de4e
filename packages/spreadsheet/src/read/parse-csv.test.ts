import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCsv } from './parse-csv.js';

const quote = (cell: string) => (/[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);

describe('parseCsv', () => {
  it('reads back any table written with RFC 4180 quoting', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', '乡', ',', '"', '\n', '\r\n', ' ', '\t') });
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 2, maxLength: 5 }), { minLength: 1, maxLength: 6 }),
        (rows) => {
          const width = rows[0]?.length ?? 0;
          const table = rows.map((r) => [
            ...r.slice(0, width),
            ...Array(Math.max(0, width - r.length)).fill(''),
          ]);
          const text = `${table.map((r) => r.map(quote).join(',')).join('\r\n')}\r\n`;
          expect(parseCsv(text).map((r) => r.cells)).toEqual(table);
        },
      ),
    );
  });

  it('keeps the line each row starts on, quoted line breaks included', () => {
    expect(parseCsv('a,b\n"x\ny",z\nc,d\n').map((r) => r.line)).toEqual([1, 2, 4]);
  });

  it('reads tab-separated text', () => {
    expect(parseCsv('序号\t事项名称\n1\t森林防火\n')[1]?.cells).toEqual(['1', '森林防火']);
  });
});
