import { describe, expect, it } from 'vitest';
import type { ColumnRole } from '../layout/find-header.js';
import type { GridRow } from '../read/grid.js';
import { headingDomain, headingOf, type TableHeading, underHeading } from './heading-row.js';

const columns: ColumnRole[] = [
  { index: 0, header: '序号', field: 'number', reason: 'known', score: 1 },
  { index: 1, header: '事项名称', field: 'name', reason: 'known', score: 1 },
];
const row = (cells: string[], merges: (string | undefined)[] = []): GridRow => ({
  row: 5,
  cells,
  merges,
});

describe('headingOf', () => {
  it('takes one text outside the name column as a heading', () => {
    expect(headingOf(row(['一、安全生产', '']), columns)).toBe('一、安全生产');
  });

  it('takes one text spanning the row in one merged cell as a heading', () => {
    expect(headingOf(row(['二、农业', '二、农业'], ['A5', 'A5']), columns)).toBe('二、农业');
  });

  it('does not take a lone name, or a row of several texts', () => {
    expect(headingOf(row(['', '森林防火']), columns)).toBeUndefined();
    expect(headingOf(row(['1', '森林防火']), columns)).toBeUndefined();
  });
});

describe('headingDomain', () => {
  it('drops the numbering and the count', () => {
    expect(headingDomain('一、安全生产（共12项）')).toBe('安全生产');
    expect(headingDomain('(3) 农业农村 5项')).toBe('农业农村');
  });
});

describe('underHeading', () => {
  it('places rows by a heading that names a section, else gives them its domain', () => {
    const heading: TableHeading = { text: '' };
    underHeading(heading, '一、安全生产（共3项）');
    expect(heading).toEqual({ domain: '安全生产', text: '一、安全生产（共3项）' });
    underHeading(heading, '二、配合事项清单');
    expect(heading.section).toBe('cooperating');
    expect(heading.domain).toBe('安全生产');
    expect(heading.text).toBe('二、配合事项清单');
  });
});
