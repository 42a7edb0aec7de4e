import { minimalList } from '@qingdan/testing';
import { describe, expect, it } from 'vitest';
import type { DutyList } from '../model/duty-list.js';
import type { Amendment } from './amendment.js';
import { applyAmendments } from './apply-amendments.js';
import { parseAmendments } from './parse-amendments.js';

const record = {
  reason: 'law-amended',
  approvedBy: '黄梅县委编办',
  approvedOn: '2025-03-01',
} as const;
const basis = {
  instrument: { title: '中华人民共和国消防法', rank: 'law' as const },
  provisions: [{ article: 31 }],
};

const edition: DutyList = minimalList({
  status: 'published',
  offices: [{ key: 'pajs', name: '平安建设办公室' }],
  departments: [{ key: 'zjj', name: '黄梅县住房和城乡建设局' }],
  duties: [
    {
      section: 'basic',
      key: 'JB-01',
      name: '消防安全宣传',
      legalBases: [basis],
      offices: ['pajs'],
    },
    {
      section: 'basic',
      key: 'JB-02',
      name: '农村危房排查',
      legalBases: [basis],
      offices: ['pajs'],
    },
  ],
});

function apply(...amendments: Amendment[]) {
  return applyAmendments(edition, amendments);
}

describe('applyAmendments', () => {
  it('moves a basic duty to the reclaimed section, keeping its key', () => {
    const result = apply({
      change: 'moved',
      ...record,
      key: 'JB-02',
      duty: {
        section: 'reclaimed',
        key: 'JB-02',
        name: '农村危房排查',
        legalBases: [basis],
        offices: [],
        receivingDepartments: ['zjj'],
        reclaimReasons: ['highly-specialised'],
      },
    });
    expect(result.ok && result.value.duties.map((d) => [d.key, d.section])).toEqual([
      ['JB-01', 'basic'],
      ['JB-02', 'reclaimed'],
    ]);
  });

  it('reports a duty that is not in the edition at the amendment', () => {
    const result = apply({ change: 'removed', ...record, key: 'JB-99' });
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.issues).toEqual([
        expect.objectContaining({ code: 'amendment-unknown-duty', path: ['amendments', 0, 'key'] }),
      ]);
  });

  it('refuses to add a duty whose key is taken', () => {
    const result = apply({ change: 'added', ...record, duty: edition.duties[0] as never });
    expect(!result.ok && result.issues[0]?.code).toBe('amendment-duplicate-duty');
  });

  it('refuses a move within the same section', () => {
    const result = apply({
      change: 'moved',
      ...record,
      key: 'JB-01',
      duty: edition.duties[0] as never,
    });
    expect(!result.ok && result.issues[0]?.path).toEqual(['amendments', 0, 'duty', 'section']);
  });

  it('refuses to reassign departments of a section that names none', () => {
    const result = apply({
      change: 'reassigned',
      ...record,
      key: 'JB-01',
      offices: ['pajs'],
      departments: ['zjj'],
    });
    expect(!result.ok && result.issues[0]?.code).toBe('amendment-no-departments');
  });

  it('refuses an order that does not list exactly the duties', () => {
    const result = apply({ change: 'reordered', ...record, order: ['JB-02'] });
    expect(!result.ok && result.issues[0]?.code).toBe('amendment-order-mismatch');
  });

  it('refuses an edition that breaks an invariant: a basic duty left without an office', () => {
    const result = apply({ change: 'reassigned', ...record, key: 'JB-01', offices: [] });
    expect(!result.ok && result.issues.map((i) => [i.code, i.invariant])).toEqual([
      ['basic-office-missing', 4],
    ]);
  });

  it('rewords and re-bases a duty', () => {
    const result = apply(
      { change: 'reworded', ...record, key: 'JB-01', name: '消防安全宣传教育' },
      {
        change: 'rebased',
        ...record,
        key: 'JB-01',
        legalBases: [{ ...basis, provisions: [{ article: 6, paragraph: 2 }] }],
      },
    );
    expect(result.ok && result.value.duties[0]).toMatchObject({
      key: 'JB-01',
      name: '消防安全宣传教育',
      legalBases: [{ provisions: [{ article: 6, paragraph: 2 }] }],
    });
  });
});

describe('parseAmendments', () => {
  it('locates a misspelt change kind', () => {
    const result = parseAmendments([{ change: 'renamed', ...record, key: 'JB-01' }]);
    expect(!result.ok && result.issues[0]).toMatchObject({
      code: 'invalid-value',
      path: [0, 'change'],
    });
  });

  it('structures a re-basing given as text', () => {
    const result = parseAmendments([
      {
        change: 'rebased',
        ...record,
        key: 'JB-01',
        legalBases: ['《中华人民共和国消防法》第三十二条'],
      },
    ]);
    expect(result.ok && result.value[0]).toMatchObject({
      legalBases: [
        { instrument: { title: '中华人民共和国消防法' }, provisions: [{ article: 32 }] },
      ],
    });
  });

  it('requires who approved an amendment', () => {
    const result = parseAmendments([{ change: 'removed', reason: 'policy-change', key: 'JB-01' }]);
    expect(!result.ok && result.issues[0]).toMatchObject({
      code: 'missing-field',
      path: [0, 'approvedBy'],
    });
  });
});
