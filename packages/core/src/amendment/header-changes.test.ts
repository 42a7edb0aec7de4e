import { minimalList } from '@qingdan/testing';
import { describe, expect, it } from 'vitest';
import { replaceOrganisations, startEdition } from './header-changes.js';

const record = { reason: 'law-amended', approvedBy: '黄梅县委编办' } as const;
const list = minimalList({
  offices: [{ key: 'pajs', name: '平安建设办公室' }],
  domains: [{ code: 'fire', label: { zh: '消防' } }],
});

describe('replaceOrganisations', () => {
  it('replaces offices and departments, and drops a domain scheme the amendment leaves out', () => {
    const next = replaceOrganisations(list, {
      change: 'organisations',
      ...record,
      offices: [{ key: 'nyb', name: '农业服务中心' }],
      departments: [],
    });
    expect(next.offices.map((o) => o.key)).toEqual(['nyb']);
    expect(next.domains).toBeUndefined();
    expect(next.duties).toBe(list.duties);
  });
});

describe('startEdition', () => {
  it('takes the new header and keeps organisations and domains', () => {
    const { offices: _o, departments: _d, domains: _s, duties: _u, ...header } = list;
    const next = startEdition(list, {
      change: 'edition',
      ...record,
      header: { ...header, title: '新一版清单' },
    });
    expect(next).toMatchObject({ title: '新一版清单', offices: list.offices, duties: [] });
    expect(next.domains).toEqual(list.domains);
  });
});
