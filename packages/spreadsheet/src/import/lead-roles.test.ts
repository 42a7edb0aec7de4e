import { describe, expect, it } from 'vitest';
import { leadRoles } from './lead-roles.js';

describe('leadRoles', () => {
  it('reads a title, a unit line, a heading and a blank row above a header', () => {
    const rows = [
      ['附件1 不予处罚事项清单', ''],
      ['单位:(公章)', ''],
      ['一、下列违法行为轻微并及时改正的,不予行政处罚', ''],
      ['', ''],
      ['主责事项指导目录', ''],
    ].map((cells, i) => ({ row: i + 1, cells, merges: [] }));
    expect(leadRoles(rows).map((r) => r.role)).toEqual([
      'title',
      'unit',
      'heading',
      'blank',
      'heading',
    ]);
  });

  it('reads a numbered part of the list as a heading even as the first text above a header', () => {
    const rows = [['三、上级部门收回事项（36项）'], ['附件2']].map((cells, i) => ({
      row: i + 1,
      cells,
      merges: [],
    }));
    expect(leadRoles(rows).map((r) => r.role)).toEqual(['heading', 'title']);
  });

  it('keeps a second line of title a title', () => {
    const rows = [['附件5'], ['行政检查计划统计表']].map((cells, i) => ({
      row: i + 1,
      cells,
      merges: [],
    }));
    expect(leadRoles(rows).map((r) => r.role)).toEqual(['title', 'title']);
  });

  it('reads the record a page shows above a document as notes, its 标题 as the title', () => {
    const rows = [
      ['标题:', '2023年度沂源县市场监管领域抽查事项清单', '', ''],
      ['索引号:', '11370323004223252G/2023-5377475', '文号:', ''],
      ['发文日期:', '2023-07-25', '发布机构:', '沂源县市场监督管理局'],
    ].map((cells, i) => ({ row: i + 1, cells, merges: [] }));
    expect(leadRoles(rows).map((r) => [r.role, r.text])).toEqual([
      ['title', '2023年度沂源县市场监管领域抽查事项清单'],
      ['note', '索引号: | 11370323004223252G/2023-5377475 | 文号:'],
      ['note', '发文日期: | 2023-07-25 | 发布机构: | 沂源县市场监督管理局'],
    ]);
  });
});
