import { describe, expect, it } from 'vitest';
import { parseDutyList } from '../list/parse-duty-list.js';
import { countyOf, divisionChain, divisionPrefix, isDivisionCode } from './division.js';

const wuzu = {
  code: '421127104',
  name: '五祖镇',
  level: 'township',
  parent: { code: '421127', name: '黄梅县', level: 'county' },
} as const;

describe('division codes', () => {
  it.each([
    ['420000', 'province', true],
    ['421100', 'city', true],
    ['421127', 'county', true],
    ['421127000000', 'county', true],
    ['421127104', 'township', true],
    ['421127104000', 'township', true],
    ['421127104201', 'village', true],
    ['421127', 'township', false],
    ['421127104', 'village', false],
    ['421127', 'province', false],
  ] as const)('%s fits level %s: %s', (code, level, fits) => {
    expect(isDivisionCode(code, level)).toBe(fits);
  });

  it('finds the county above a township', () => {
    expect(countyOf(wuzu)?.code).toBe('421127');
    expect(divisionChain(wuzu).map((d) => d.name)).toEqual(['五祖镇', '黄梅县']);
    expect(divisionPrefix('421127104000', 'township')).toBe('421127104');
  });

  it('rejects a township whose code lies outside its county', () => {
    const result = parseDutyList({
      id: 'x',
      kind: 'township',
      title: '清单',
      division: { ...wuzu, code: '420111104' },
      issuer: { name: '县政府' },
      status: 'draft',
    });
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.issues).toContainEqual(
        expect.objectContaining({
          code: 'invalid-division-code',
          path: ['division', 'code'],
          params: expect.objectContaining({ parent: '421127' }),
        }),
      );
  });
});
