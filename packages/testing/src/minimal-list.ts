import type { DutyList } from '@qingdan/core';

/**
 * The smallest valid list tests start from: a draft township list of 五祖镇 with one office
 * (`shsw`, 社会事务办公室), no department and no duty; `overrides` replace whole fields.
 *
 * @example
 * ```ts
 * const list = minimalList({ duties: [{ section: 'basic', key: 'JB-01', name: '事项', offices: ['shsw'], legalBases: [] }] });
 * ```
 */
export function minimalList(overrides: Partial<DutyList> = {}): DutyList {
  return {
    id: 'wuzu-2024',
    kind: 'township',
    title: '五祖镇履行职责事项清单',
    division: { code: '421127104', name: '五祖镇', level: 'township' },
    issuer: { name: '黄梅县人民政府' },
    status: 'draft',
    offices: [{ key: 'shsw', name: '社会事务办公室' }],
    departments: [],
    duties: [],
    ...overrides,
  };
}
