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

  it('ends a record at CRLF, LF or CR alike, and counts lines the same way', () => {
    expect(parseCsv('a,b\r\nc,d\ne,f\rg,h').map((r) => [r.line, r.cells])).toEqual([
      [1, ['a', 'b']],
      [2, ['c', 'd']],
      [3, ['e', 'f']],
      [4, ['g', 'h']],
    ]);
    expect(parseCsv('a,"x\r\ny"\r\nc,d\r\n').map((r) => r.line)).toEqual([1, 3]);
  });

  it('gives an unclosed quote back as one broken line, and reads the lines after it', () => {
    expect(parseCsv('a,b\n"x,y\nc,d\ne,f\n')).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: [], problem: 'quote-not-closed', text: '"x,y' },
      { line: 3, cells: ['c', 'd'] },
      { line: 4, cells: ['e', 'f'] },
    ]);
  });

  it('says which quote is out of place, line by line', () => {
    const records = parseCsv('序号,名称\n1,"森林"防火\n2,防"汛\n3,抗旱\n');
    expect(records.map((r) => [r.line, r.problem])).toEqual([
      [1, undefined],
      [2, 'invalid-closing-quote'],
      [3, 'invalid-opening-quote'],
      [4, undefined],
    ]);
    expect(records[1]).toMatchObject({ text: '1,"森林"防火' });
  });

  it('keeps its work bounded when every line opens a quote that never closes', () => {
    const text = Array.from({ length: 3000 }, (_, i) => `${i},"x`).join('\n');
    const records = parseCsv(text);
    expect(records).toHaveLength(3000);
    expect(records.every((r) => r.problem !== undefined)).toBe(true);
    expect(records.map((r) => r.line)).toEqual(Array.from({ length: 3000 }, (_, i) => i + 1));
  });
});
