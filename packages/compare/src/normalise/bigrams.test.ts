import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dice, nameBigrams } from './bigrams.js';
import { nameSimilarity } from './name-similarity.js';

const names = fc.string({
  unit: fc.constantFrom(...'农村危房改造森林防火安全生产检查'),
  maxLength: 12,
});

describe('dice of name bigrams', () => {
  it('is symmetric, between 0 and 1, and 1 for the same name', () => {
    fc.assert(
      fc.property(names, names, (a, b) => {
        const x = nameBigrams(a);
        const y = nameBigrams(b);
        expect(dice(x, y)).toBe(dice(y, x));
        expect(dice(x, y)).toBeGreaterThanOrEqual(0);
        expect(dice(x, y)).toBeLessThanOrEqual(1);
        expect(dice(x, x)).toBe(1);
      }),
    );
  });

  it('gives the expected value for a reworded name', () => {
    expect(dice(nameBigrams('农村危房改造'), nameBigrams('农村危房改造审核'))).toBeCloseTo(10 / 12);
    expect(nameSimilarity('農村危房改造', '协助开展农村危房改造工作')).toBe(1);
    expect(nameSimilarity('森林防火', '森林病虫害防治')).toBeLessThan(0.3);
  });
});
