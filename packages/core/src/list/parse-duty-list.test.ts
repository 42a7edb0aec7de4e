import { minimalList } from '@qingdan/testing';
import { describe, expect, it } from 'vitest';
import { parseDutyList } from './parse-duty-list.js';

const list = (legalBases: unknown[]) => ({
  ...minimalList(),
  duties: [{ section: 'basic', key: 'a', name: '事项', offices: ['shsw'], legalBases }],
});

describe('legal bases given as text', () => {
  it('are structured, one basis per citation in the cell', () => {
    const result = parseDutyList(
      list(['1、《传染病防治法》第十二条；2、《公共场所卫生管理条例》第三条']),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const bases = result.value.duties[0]?.legalBases ?? [];
    expect(bases.map((b) => ('instrument' in b ? b.instrument.title : b.text))).toEqual([
      '中华人民共和国传染病防治法',
      '公共场所卫生管理条例',
    ]);
  });

  it("pass on the parser's warnings, located at the cell they came from", () => {
    const result = parseDutyList(
      list(['《公共场所卫生管理条例》第三条', '《中华人民共和国消防法》等法律法规']),
    );
    expect(result.ok).toBe(true);
    if (result.ok)
      expect(result.warnings).toContainEqual(
        expect.objectContaining({
          code: 'citation-open-ended',
          severity: 'warning',
          path: ['duties', 0, 'legalBases', 1],
        }),
      );
  });

  it('keep text that is no citation, reported once under invariant 5', () => {
    const result = parseDutyList(list(['按上级要求执行']));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.duties[0]?.legalBases).toEqual([{ text: '按上级要求执行' }]);
    expect(result.warnings.map((w) => w.code)).toEqual(['legal-basis-unstructured']);
  });
});
