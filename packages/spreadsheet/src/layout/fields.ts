import type { Section } from '@qingdan/core';

/**
 * A column the importer understands: a field of a duty, or a part of one (resources).
 *
 * @example
 * ```ts
 * fieldNames.includes('legalBases'); // true
 * ```
 */
export const fieldNames = [
  'key',
  'section',
  'number',
  'code',
  'name',
  'nameEn',
  'description',
  'domain',
  'powerCategory',
  'legalBases',
  'offices',
  'leadDepartments',
  'departmentDuty',
  'townshipDuty',
  'receivingDepartments',
  'reclaimReasons',
  'reclaimNote',
  'formerDelegationMode',
  'delegationMode',
  'delegatingDepartments',
  'requestingDepartments',
  'admissionDecision',
  'prohibitionReason',
  'replacedBy',
  'localTo',
  'staffHeadcount',
  'staffKind',
  'fundingAmount',
  'fundingSource',
  'equipment',
  'platforms',
  'training',
  'resourcesNote',
] as const;

/**
 * The name of a column the importer understands.
 *
 * @example
 * ```ts
 * const field: FieldName = 'offices';
 * ```
 */
export type FieldName = (typeof fieldNames)[number];

/**
 * A column: the header export writes, the headers import accepts, and the sections it is for.
 *
 * @example
 * ```ts
 * const c: FieldColumn = { field: 'reclaimReasons', header: '收回原因', synonyms: ['收回理由'], sections: ['reclaimed'] };
 * ```
 */
export interface FieldColumn {
  readonly field: FieldName;
  readonly header: string;
  readonly synonyms: readonly string[];
  /** Absent: every section has it. */
  readonly sections?: readonly Section[];
}

const col = (
  field: FieldName,
  header: string,
  synonyms: readonly string[] = [],
  sections?: readonly Section[],
): FieldColumn => (sections ? { field, header, synonyms, sections } : { field, header, synonyms });

/**
 * Every column, in the order export writes them, with the headers found in published lists.
 *
 * @example
 * ```ts
 * fieldColumns.find((c) => c.field === 'legalBases')?.synonyms.includes('实施依据'); // true
 * ```
 */
export const fieldColumns: readonly FieldColumn[] = [
  col('number', '序号', ['序號', '编号', '序列号', '排序', 'No.', 'No']),
  col('code', '事项编码', ['编码', '职权编码', '权力编码', '事项代码', '基本编码', '实施编码']),
  col('key', '事项标识', ['标识', 'key']),
  col('section', '清单类别', ['清单类型', '所属清单', '事项清单类别', '履职类别']),
  col('domain', '领域', ['类别', '所属领域', '职责领域', '事项领域']),
  col('name', '事项名称', [
    '职权名称',
    '项目名称',
    '职责名称',
    '权力名称',
    '权力事项名称',
    '职责事项',
    '履职事项',
    '工作事项',
    '证明名称',
    '违法行为',
    '事项',
    '名称',
  ]),
  col('nameEn', '英文名称', ['事项名称(英文)']),
  // 类型 alone heads the power category in the one-record forms of 权责清单 systems.
  col('powerCategory', '权力类型', [
    '事项类型',
    '事项类别',
    '职权类型',
    '职权类别',
    '权力类别',
    '类型',
  ]),
  col('description', '事项说明', [
    '事项内容',
    '职责内容',
    '具体内容',
    '工作内容',
    '主要内容',
    '履职内容',
    '责任事项',
  ]),
  col('offices', '承办机构', [
    '实施主体',
    '执法主体',
    '责任科室',
    '承办科室',
    '承办单位',
    '内设机构',
    '法定主体',
    '乡镇承办机构',
    '实施机构',
  ]),
  col(
    'leadDepartments',
    '牵头部门',
    [
      '主责部门',
      '县直部门',
      '牵头单位',
      '县级牵头部门',
      '主管部门',
      '县直责任部门',
      '县级责任部门',
      '区级责任部门',
    ],
    ['cooperating'],
  ),
  col(
    'departmentDuty',
    '部门职责',
    ['县直部门职责', '牵头部门职责', '上级部门职责'],
    ['cooperating'],
  ),
  col(
    'townshipDuty',
    '乡镇配合职责',
    [
      '乡镇职责',
      '配合职责',
      '乡镇(街道)配合职责',
      '街道职责',
      '街道配合职责',
      '镇街职责',
      '镇街配合职责',
    ],
    ['cooperating'],
  ),
  col(
    'receivingDepartments',
    '收回后承接部门',
    ['承接部门', '承接单位', '收回后承接单位', '承接主体', '收回后承接主体'],
    ['reclaimed'],
  ),
  col('reclaimReasons', '收回原因', ['收回理由'], ['reclaimed']),
  col('reclaimNote', '收回说明', [], ['reclaimed']),
  col('formerDelegationMode', '原下放方式', [], ['reclaimed']),
  col('delegationMode', '下放方式', ['赋权方式', '赋权形式'], ['delegated']),
  col(
    'delegatingDepartments',
    '赋权部门',
    ['委托部门', '原实施部门', '下放部门', '原实施主体', '原行使部门'],
    ['delegated'],
  ),
  col('requestingDepartments', '提出部门', ['业务主管部门', '申请部门'], ['assisting']),
  col('admissionDecision', '准入决定', ['准入依据文件'], ['assisting']),
  col('prohibitionReason', '禁入理由', ['禁入原因'], ['prohibited']),
  col('replacedBy', '替代方式', ['取消后办理方式'], ['certificateToAbolish']),
  col('legalBases', '法律法规依据', [
    '实施依据',
    '设定依据',
    '法定依据',
    '执法依据',
    '法律依据',
    '政策依据',
    '依据',
  ]),
  col('localTo', '适用区划', ['适用区划代码']),
  col('staffHeadcount', '人员编制(名)', ['编制数', '人员编制']),
  col('staffKind', '编制类型'),
  col('fundingAmount', '经费(元/年)', ['经费']),
  col('fundingSource', '经费来源'),
  col('equipment', '装备', ['设备']),
  col('platforms', '平台', ['信息平台']),
  col('training', '培训'),
  col('resourcesNote', '保障说明'),
];
