import { describe, expect, it } from 'vitest';
import { type ColumnReport, columnsForSection } from './table-report.js';

const columns: ColumnReport[] = [
  { column: 'B', header: '事项名称', field: 'name', reason: 'known', score: 100 },
  { column: 'C', header: '发起部门', field: 'leadDepartments', reason: 'role-suffix', score: 60 },
  { column: 'D', header: '备注', reason: 'unknown', score: 0 },
];

describe('columnsForSection', () => {
  it("keeps a column of another section's field as an extra column, saying why", () => {
    expect(columnsForSection(columns, 'basic')).toEqual([
      columns[0],
      { column: 'C', header: '发起部门', reason: 'other-section', score: 60 },
      columns[2],
    ]);
  });

  it('leaves the columns of a section that has the field as they are', () => {
    expect(columnsForSection(columns, 'cooperating')).toEqual(columns);
  });
});
