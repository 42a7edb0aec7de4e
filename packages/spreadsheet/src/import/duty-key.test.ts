import { describe, expect, it } from 'vitest';
import { wantedKey } from './duty-key.js';

describe('wantedKey', () => {
  it('prefers the stored key, then the key cell, then the code', () => {
    const all = {
      unchanged: 'K-1',
      keyCell: 'cell-key',
      code: 'CODE-9',
      section: 'basic',
      row: 7,
    } as const;
    expect(wantedKey(all)).toBe('K-1');
    const { unchanged: _u, ...noStored } = all;
    expect(wantedKey(noStored)).toBe('cell-key');
    const { keyCell: _k, ...noCell } = noStored;
    expect(wantedKey(noCell)).toBe('CODE-9');
  });

  it('builds the key from section and number, else from section and source row', () => {
    expect(wantedKey({ number: '12', section: 'basic', row: 7 })).toMatch(/^basic-\S+$/);
    expect(wantedKey({ number: '12', section: 'basic', row: 7 })).not.toBe('basic-r7');
    expect(wantedKey({ section: 'assisting', row: 7 })).toBe('assisting-r7');
  });
});
