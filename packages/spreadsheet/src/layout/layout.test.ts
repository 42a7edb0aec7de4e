import { describe, expect, it } from 'vitest';
import { fieldColumns } from './fields.js';
import { fieldOfHeader } from './match-header.js';
import { sectionOf } from './section-of.js';

describe('fieldOfHeader', () => {
  it.each([
    ['事项名称', 'name'],
    ['职权名称', 'name'],
    ['项目名称', 'name'],
    ['实施依据', 'legalBases'],
    ['设定依据', 'legalBases'],
    ['法定依据', 'legalBases'],
    ['执法依据', 'legalBases'],
    ['法律法规依据', 'legalBases'],
    ['承办机构', 'offices'],
    ['实施主体', 'offices'],
    ['执法主体', 'offices'],
    ['责任科室', 'offices'],
    ['牵头部门', 'leadDepartments'],
    ['主责部门', 'leadDepartments'],
    ['县直部门', 'leadDepartments'],
    ['收回后承接部门', 'receivingDepartments'],
    ['领域', 'domain'],
    ['类别', 'domain'],
    ['权力类型', 'powerCategory'],
    ['事项类型', 'powerCategory'],
    ['职权类型', 'powerCategory'],
    ['编码', 'code'],
    ['事项编码', 'code'],
    ['序号', 'number'],
    ['序號', 'number'],
    ['事項\n名稱', 'name'],
    ['实施依据（法律法规）', 'legalBases'],
    ['实施机构', 'offices'],
    ['类型', 'powerCategory'],
    ['原实施主体', 'delegatingDepartments'],
    ['原行使部门', 'delegatingDepartments'],
  ])('%s is %s', (header, field) => expect(fieldOfHeader(header)).toBe(field));

  it('leaves headers it does not know to extra columns', () => {
    expect(fieldOfHeader('备注')).toBeUndefined();
    expect(fieldOfHeader('')).toBeUndefined();
  });

  it('reads back every header export writes', () => {
    for (const c of fieldColumns) expect(fieldOfHeader(c.header)).toBe(c.field);
  });
});

describe('sectionOf', () => {
  it.each([
    ['一、基本履职事项', 'basic'],
    ['二、配合履职事项清单（39项）', 'cooperating'],
    ['上级部门收回事项', 'reclaimed'],
    ['委托事项', 'delegated'],
    ['基本履職事項', 'basic'],
    ['禁入事项', 'prohibited'],
    ['协助政府工作事项', 'assisting'],
    ['应取消证明事项', 'certificateToAbolish'],
    ['cooperating', 'cooperating'],
    ['法定行政执法事项清单', 'basic'],
    ['赋权事项', 'delegated'],
    ['三、上级部门收回事项（36项）', 'reclaimed'],
    ['不應由基層群眾性自治組織出具證明事項清單', 'certificateToAbolish'],
    ['村级组织不再出具的证明事项', 'certificateToAbolish'],
    ['不应由村(社区)承担的工作事项', 'prohibited'],
  ])('%s is %s', (text, section) => expect(sectionOf(text)).toBe(section));

  it('is undefined for a sheet not named by section', () => {
    expect(sectionOf('Sheet1')).toBeUndefined();
  });
});
