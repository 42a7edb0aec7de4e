import { parseDutyList } from '@qingdan/core';
import { describe, expect, it } from 'vitest';
import { minimalList } from './minimal-list.js';

describe('minimalList', () => {
  it('is a valid list as a file would give it, with no issue', () => {
    expect(parseDutyList(minimalList())).toEqual({ ok: true, value: minimalList(), warnings: [] });
  });

  it('takes whole fields from the overrides', () => {
    const list = minimalList({ id: 'other', status: 'published' });
    expect(list.id).toBe('other');
    expect(list.status).toBe('published');
    expect(list.title).toBe('五祖镇履行职责事项清单');
  });
});
