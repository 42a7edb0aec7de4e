import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvField, csvText } from './csv.js';

/** A reader of RFC 4180 CSV, as R's read.csv and pandas read it, to check what is written. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  return rows;
}

describe('csv', () => {
  it('reads back every field as written, whatever it holds', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.array(
            fc.string({ unit: fc.constantFrom('a', '农', ',', '"', '\n', '\r', ' ', '，') }),
            { minLength: 2, maxLength: 2 },
          ),
        ),
        (rows) => {
          expect(readCsv(csvText(['x', 'y'], rows))).toEqual([['x', 'y'], ...rows]);
        },
      ),
    );
  });

  it('writes numbers, booleans and missing values as R and pandas expect', () => {
    expect(csvText(['a', 'b', 'c'], [[0.5, true, undefined]])).toBe('a,b,c\n0.5,true,\n');
    expect(csvField('对违反第五条，"擅自"的处罚')).toBe('"对违反第五条，""擅自""的处罚"');
  });
});
