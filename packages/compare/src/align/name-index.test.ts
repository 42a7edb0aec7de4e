import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dice, nameBigrams } from '../normalise/bigrams.js';
import { NameIndex } from './name-index.js';

const names = fc.array(
  fc.string({ unit: fc.constantFrom(...'农村危房改造森林防火'), minLength: 1, maxLength: 8 }),
  { maxLength: 30 },
);

describe('NameIndex', () => {
  it('finds exactly the names a comparison of every pair would find', () => {
    fc.assert(
      fc.property(names, fc.constantFrom(0.2, 0.5, 0.8), (list, threshold) => {
        const index = new NameIndex(threshold);
        const ids = list.map((n) => index.intern(n));
        const distinct = [...new Set(list)];
        for (const name of distinct) {
          const id = ids[list.indexOf(name)] ?? -1;
          const expected = distinct
            .filter((o) => o !== name && dice(nameBigrams(name), nameBigrams(o)) >= threshold)
            .sort();
          const found = index
            .neighbours(id)
            .map((n) => index.names[n.name] ?? '')
            .sort();
          expect(found).toEqual(expected);
        }
      }),
    );
  });

  it('gives a known name its first id', () => {
    const index = new NameIndex(0.5);
    expect(index.intern('森林防火')).toBe(0);
    expect(index.intern('农村危房改造')).toBe(1);
    expect(index.intern('森林防火')).toBe(0);
  });
});
