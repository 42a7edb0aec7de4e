import { normaliseText } from '../text/normalise.js';
import { type FieldName, fieldColumns } from './fields.js';

const stripBrackets = (s: string): string => s.replace(/\([^)]*\)/g, '').replace(/[*※:：]/g, '');

/** Normalised header text → field, from the export headers and every synonym. */
const exact = new Map<string, FieldName>();
for (const c of fieldColumns)
  for (const h of [c.header, ...c.synonyms]) {
    const n = normaliseText(h).toLowerCase();
    if (!exact.has(n)) exact.set(n, c.field);
  }
// Longest first, so that 收回后承接部门 wins over anything shorter inside it.
const byLength = [...exact.entries()]
  .filter(([h]) => h.length >= 4)
  .sort((a, b) => b[0].length - a[0].length);

/**
 * Role words at the end of a header, where Chinese puts the head of a compound: `抽查事项`,
 * `检查依据`, `执法主体` name what the column holds whatever stands before them. Longest first.
 */
const suffixes: readonly (readonly [string, FieldName])[] = [
  ['事项名称', 'name'],
  ['违法行为', 'name'],
  ['名称', 'name'],
  ['事项', 'name'],
  ['依据', 'legalBases'],
  ['主体', 'offices'],
  ['机关', 'offices'],
  ['科室', 'offices'],
  ['处室', 'offices'],
  ['承办机构', 'offices'],
  ['领域', 'domain'],
  ['类别', 'domain'],
  ['编码', 'code'],
  ['内容', 'description'],
  ['部门', 'leadDepartments'],
];
/**
 * A column headed `…部门` names departments: those who take back a reclaimed duty (`承接的县级部门`),
 * those who delegated a power (`原实施部门`), those who ask for assistance (`提出部门`), else the
 * lead (`对应上级部门`, `责任部门`). Those who only join in (`联合部门`, `协同部门`) claim nothing, as
 * `配合部门` does, and so does a department under a header of duties (`职责边界划分 / 县级部门`). A
 * field that does not fit a row's section is kept as an extra column.
 */
function departmentsOf(modifier: string): FieldName | undefined {
  if (/配合|联合|协同|协助|参与/.test(modifier)) return undefined;
  // 职责边界划分 / 县级部门: under a header of duties, the column holds the department's duties.
  if (/职责|边界|分工/.test(modifier)) return undefined;
  if (/承接|收回/.test(modifier)) return 'receivingDepartments';
  if (/赋权|委托|下放|原实施|原行使/.test(modifier)) return 'delegatingDepartments';
  if (/提出|申请/.test(modifier)) return 'requestingDepartments';
  return 'leadDepartments';
}
/** A name column is never one of a body: 部门名称, 单位名称 name who, not what. */
const bodyWords = /(部门|单位|机构|主体|科室|处室)$/;
/** Words of another role inside a header's modifier make the header a weaker claim. */
const otherRoleWords: Partial<Record<FieldName, RegExp>> = {
  legalBases: /事项|责任|违法|处罚/,
  name: /责任|联合|配合/,
};

/**
 * Why a header was taken for its field: the profile named it, it is a header of the model, such
 * a header with a remark, one containing a known header, or a role word at its end.
 *
 * @example
 * ```ts
 * const reason: HeaderReason = 'role-suffix';
 * ```
 */
export type HeaderReason =
  | 'profile'
  | 'known'
  | 'known-with-remark'
  | 'contains-known'
  | 'role-suffix';

/**
 * A header's claim to a field, with its strength: when two columns claim one field, the higher
 * score takes it.
 *
 * @example
 * ```ts
 * const match: HeaderMatch = { field: 'name', score: 60, reason: 'role-suffix' };
 * ```
 */
export interface HeaderMatch {
  readonly field: FieldName;
  readonly score: number;
  readonly reason: HeaderReason;
}

/**
 * Those who only cooperate (`配合部门`, `配合单位`, `配合科室`, the 配合 level under 县级部门 or
 * 承办机构): the model has no field for them, so the column claims none and never takes a field
 * from the lead's column beside it.
 */
const cooperatingParty = /(^|\/)配合(部门|单位|科室|处室|机构)?$/;
/** The lead level under a header of bodies: 县级部门 / 牵头, 承办机构 / 牵头, 责任单位 / 主责. */
const leadLevel = /^(.*)\/(牵头|主责)(部门|单位|科室|机构)?$/;

function leadOf(n: string): HeaderMatch | undefined {
  const top = leadLevel.exec(n)?.[1];
  if (top === undefined) return undefined;
  const field: FieldName | undefined = /部门|单位/.test(top)
    ? 'leadDepartments'
    : /机构|科室|处室/.test(top)
      ? 'offices'
      : undefined;
  return field && { field, score: scores['contains-known'], reason: 'contains-known' };
}

/** Longer than this, without its bracketed remark, a text is not a header but a body cell. */
const maxHeaderLength = 20;

const scores: Record<HeaderReason, number> = {
  profile: 200,
  known: 100,
  'known-with-remark': 90,
  'contains-known': 70,
  'role-suffix': 60,
};

function bySuffix(n: string): HeaderMatch | undefined {
  for (const [suffix, field] of suffixes) {
    if (!n.endsWith(suffix) || n.length <= suffix.length) continue;
    const modifier = n.slice(0, -suffix.length);
    if (suffix === '名称' && bodyWords.test(modifier)) return undefined;
    if (suffix === '部门') {
      const departments = departmentsOf(modifier);
      return (
        departments && { field: departments, score: scores['role-suffix'], reason: 'role-suffix' }
      );
    }
    const weaker = otherRoleWords[field]?.test(modifier) ? 10 : 0;
    return { field, score: scores['role-suffix'] - weaker, reason: 'role-suffix' };
  }
  return undefined;
}

/**
 * What a header names and how surely, by rule: a header of the profile; one of the known headers
 * (after normalising: line breaks, spaces, full-width forms and traditional characters do not
 * count); one with a bracketed remark such as `实施依据（法律法规）`; one containing a known header
 * of four characters or more; or one ending in a role word (`…事项`, `…依据`, `…主体`, `…领域` …).
 * A text of more than twenty characters, or with a full stop or semicolon, is a body cell, not a
 * header, whatever words it contains. Those who only cooperate (`配合部门`) claim no field; the
 * lead level under a header of bodies (`县级部门 / 牵头`) names the lead departments, or under
 * one of offices (`承办机构 / 牵头`) the offices.
 *
 * @example
 * ```ts
 * scoreHeader('抽查事项'); // { field: 'name', score: 60, reason: 'role-suffix' }
 * scoreHeader('事項\n名稱')?.field; // 'name'
 * ```
 */
export function scoreHeader(
  header: string,
  extra?: ReadonlyMap<string, FieldName>,
): HeaderMatch | undefined {
  const n = normaliseText(header).toLowerCase();
  if (n === '') return undefined;
  const fromProfile = extra?.get(n);
  if (fromProfile) return { field: fromProfile, score: scores.profile, reason: 'profile' };
  const known = exact.get(n);
  if (known) return { field: known, score: scores.known, reason: 'known' };
  const stripped = stripBrackets(n);
  // A header is a few words; a sentence that happens to contain one (…违法行为,…) is a body cell.
  if (stripped.length > maxHeaderLength || /[。；;]/.test(stripped)) return undefined;
  if (cooperatingParty.test(stripped)) return undefined;
  const lead = leadOf(stripped);
  if (lead) return lead;
  const remarked = exact.get(stripped);
  if (remarked)
    return { field: remarked, score: scores['known-with-remark'], reason: 'known-with-remark' };
  const suffix = bySuffix(stripped);
  const contained = byLength.find(([h]) => stripped.includes(h))?.[1];
  // A role word at the end says what the column holds; a known header inside it only hints.
  if (suffix && (!contained || contained === suffix.field || !stripped.endsWith(contained)))
    return suffix;
  if (contained)
    return { field: contained, score: scores['contains-known'], reason: 'contains-known' };
  return suffix;
}

/**
 * The field a header names, by {@link scoreHeader}'s rules; undefined for a header kept as an
 * extra column.
 *
 * @example
 * ```ts
 * fieldOfHeader('事項\n名稱'); // 'name'
 * fieldOfHeader('检查依据'); // 'legalBases'
 * fieldOfHeader('备注'); // undefined: kept as an extra column
 * ```
 */
export function fieldOfHeader(
  header: string,
  extra?: ReadonlyMap<string, FieldName>,
): FieldName | undefined {
  return scoreHeader(header, extra)?.field;
}
