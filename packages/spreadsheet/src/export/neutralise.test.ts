import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { neutraliseCell, unneutraliseCell } from './neutralise.js';

const risky = fc
  .tuple(fc.constantFrom('', "'", "''", '=', '+', '-', '@', '\t', '\r'), fc.string())
  .map(([head, tail]) => head + tail);

describe('formula injection', () => {
  it('never leaves a cell that a spreadsheet program would run', () => {
    fc.assert(
      fc.property(fc.oneof(risky, fc.string()), (cell) => {
        expect(neutraliseCell(cell)).not.toMatch(/^[=+\-@\t\r]/);
      }),
    );
  });

  it('gives every cell back unchanged on import', () => {
    fc.assert(
      fc.property(
        fc.oneof(risky, fc.string()),
        (cell) => unneutraliseCell(neutraliseCell(cell)) === cell,
      ),
    );
  });

  it('neutralises the classic payloads', () => {
    expect(neutraliseCell('=HYPERLINK("http://x","点我")')).toBe(`'=HYPERLINK("http://x","点我")`);
    expect(neutraliseCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(neutraliseCell('事项')).toBe('事项');
  });
});
