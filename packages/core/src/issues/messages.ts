import type { Bilingual } from '../codes/concept.js';
import type { Issue } from './issue.js';
import type { IssueCode } from './issue-code.js';

type Params = Readonly<Record<string, string | number>>;

const s = (params: Params, name: string): string => String(params[name] ?? '');
const duty = (p: Params): Bilingual => ({
  zh: p.duty ? `「${s(p, 'duty')}」` : '',
  en: p.duty ? ` "${s(p, 'duty')}"` : '',
});

/** The one place where issue texts live: each code to its Chinese and English message. */
const messages: { readonly [C in IssueCode]: (p: Params) => Bilingual } = {
  'invalid-type': (p) => ({
    zh: `类型不对：应为${s(p, 'expectedZh') || s(p, 'expected')}，实为${s(p, 'received')}`,
    en: `wrong type: expected ${s(p, 'expected')}, got ${s(p, 'received')}`,
  }),
  'missing-field': (p) => ({
    zh: `缺少必填字段 ${s(p, 'field')}`,
    en: `required field ${s(p, 'field')} is missing`,
  }),
  'unknown-field': (p) => ({
    zh: `不认识的字段 ${s(p, 'field')}（检查拼写，或该字段不属于此类事项）`,
    en: `unknown field ${s(p, 'field')} (check the spelling, or the field does not belong to this kind of item)`,
  }),
  'invalid-value': (p) => ({
    zh: `取值 ${s(p, 'received')} 无效，可选：${s(p, 'allowed')}`,
    en: `invalid value ${s(p, 'received')}; allowed: ${s(p, 'allowed')}`,
  }),
  'invalid-format': (p) => ({
    zh: `格式不对：${s(p, 'formatZh') || s(p, 'format')}`,
    en: `wrong format: ${s(p, 'format')}`,
  }),
  'too-small': (p) => ({
    zh: `不能少于 ${s(p, 'minimum')}${p.unit === 'characters' ? ' 个字符' : p.unit === 'items' ? ' 项' : ''}`,
    en: `must be at least ${s(p, 'minimum')}${p.unit ? ` ${s(p, 'unit')}` : ''}`,
  }),
  'too-big': (p) => ({
    zh: `不能多于 ${s(p, 'maximum')}${p.unit === 'characters' ? ' 个字符' : p.unit === 'items' ? ' 项' : ''}`,
    en: `must be at most ${s(p, 'maximum')}${p.unit ? ` ${s(p, 'unit')}` : ''}`,
  }),
  'invalid-section': (p) => ({
    zh: `事项类别 ${s(p, 'received')} 无效，可选：${s(p, 'allowed')}`,
    en: `invalid section ${s(p, 'received')}; allowed: ${s(p, 'allowed')}`,
  }),
  'section-not-in-list-kind': (p) => ({
    zh: `${s(p, 'kindZh')}不能包含「${s(p, 'sectionZh')}」类事项${duty(p).zh}`,
    en: `a ${s(p, 'kind')} list cannot hold a ${s(p, 'section')} item${duty(p).en}`,
  }),
  'invalid-credit-code': (p) => ({
    zh: `统一社会信用代码 ${s(p, 'code')} 无效（应为 18 位，末位为校验码）`,
    en: `unified social credit code ${s(p, 'code')} is not valid (18 characters, the last a check character)`,
  }),
  'invalid-division-code': (p) => ({
    zh: `区划代码 ${s(p, 'code')} 与层级「${s(p, 'levelZh')}」不符${p.parent ? `，或不在上级区划 ${s(p, 'parent')} 之内` : ''}`,
    en: `division code ${s(p, 'code')} does not fit level ${s(p, 'level')}${p.parent ? ` or lie within its parent ${s(p, 'parent')}` : ''}`,
  }),
  'cooperating-lead-department-missing': (p) => ({
    zh: `配合履职事项${duty(p).zh}未指明牵头县直部门`,
    en: `cooperating duty${duty(p).en} names no lead county department`,
  }),
  'delegated-resources-missing': (p) => ({
    zh: `赋权(委托)事项${duty(p).zh}未配套人财物保障（权随事转、人随事转、钱随事转）`,
    en: `delegated power${duty(p).en} carries no resources (staff, funding, equipment, platforms or training)`,
  }),
  'assisting-resources-missing': (p) => ({
    zh: `村(社区)协助事项${duty(p).zh}未配套相应资源（费随事转）`,
    en: `assisting duty${duty(p).en} admitted to the village carries no resources`,
  }),
  'reclaimed-receiving-unit-missing': (p) => ({
    zh: `收回事项${duty(p).zh}未明确承接的县直单位（事有人管、责不落空）`,
    en: `reclaimed duty${duty(p).en} names no county unit that takes it over`,
  }),
  'basic-office-missing': (p) => ({
    zh: `基本履职事项${duty(p).zh}未落实到乡镇承办机构`,
    en: `basic duty${duty(p).en} is carried by no undertaking office of the township`,
  }),
  'legal-basis-unstructured': (p) => ({
    zh: `依据「${s(p, 'text')}」未能结构化（需指明法规名称，可含条款）`,
    en: `legal basis "${s(p, 'text')}" is not structured (name the instrument, and the provision where there is one)`,
  }),
  'basic-legal-basis-missing': (p) => ({
    zh: `基本履职事项${duty(p).zh}没有法律法规或“三定”规定依据`,
    en: `basic duty${duty(p).en} has no legal basis`,
  }),
  'duplicate-key': (p) => ({
    zh: `事项键 ${s(p, 'key')} 重复（已见于 ${s(p, 'first')}）：同一版本内每个事项只能出现一次`,
    en: `duty key ${s(p, 'key')} is used twice (first at ${s(p, 'first')}): within an edition each duty appears once`,
  }),
  'duplicate-code': (p) => ({
    zh: `事项编码 ${s(p, 'code')} 重复（已见于 ${s(p, 'first')}）：同一事项只能属于一个类别`,
    en: `item code ${s(p, 'code')} is used twice (first at ${s(p, 'first')}): a duty is in exactly one section`,
  }),
  'unknown-office': (p) => ({
    zh: `承办机构 ${s(p, 'key')} 未在清单的 offices 中定义`,
    en: `office ${s(p, 'key')} is not defined in the list's offices`,
  }),
  'unknown-department': (p) => ({
    zh: `县直部门 ${s(p, 'key')} 未在清单的 departments 中定义`,
    en: `department ${s(p, 'key')} is not defined in the list's departments`,
  }),
  'unknown-domain': (p) => ({
    zh: `领域 ${s(p, 'code')} 不在${p.scheme === 'default' ? '默认领域表' : '清单自带的领域表'}中`,
    en: `domain ${s(p, 'code')} is not in the ${p.scheme === 'default' ? 'default domain scheme' : "list's own domain scheme"}`,
  }),
  'duplicate-office-key': (p) => ({
    zh: `承办机构键 ${s(p, 'key')} 重复`,
    en: `office key ${s(p, 'key')} is used twice`,
  }),
  'duplicate-department-key': (p) => ({
    zh: `部门键 ${s(p, 'key')} 重复`,
    en: `department key ${s(p, 'key')} is used twice`,
  }),
  'duplicate-domain-code': (p) => ({
    zh: `领域代码 ${s(p, 'code')} 重复`,
    en: `domain code ${s(p, 'code')} is used twice`,
  }),
  'not-publishable': (p) =>
    p.count === 0
      ? { zh: '清单仍为草案，须经 publish 发布', en: 'the list is still a draft; publish it first' }
      : {
          zh: `清单尚有 ${s(p, 'count')} 处缺口，不能标记为已发布`,
          en: `the list still has ${s(p, 'count')} gaps and cannot be marked published`,
        },
  'citation-unparsed': (p) => ({
    zh: `「${s(p, 'text')}」不是可识别的法规引用（第 ${s(p, 'start')}–${s(p, 'end')} 字），已原样保留为文本`,
    en: `"${s(p, 'text')}" is not a citation the parser recognises (characters ${s(p, 'start')}–${s(p, 'end')}); kept as text`,
  }),
  'citation-title-unclosed': (p) => ({
    zh: `书名号未闭合：「${s(p, 'text')}」缺少“》”（第 ${s(p, 'start')} 字起），已原样保留为文本`,
    en: `unclosed title mark: "${s(p, 'text')}" has no closing 》 (from character ${s(p, 'start')}); kept as text`,
  }),
  'citation-instrument-missing': (p) => ({
    zh: `条款「${s(p, 'text')}」没有指明所属法规名称，已原样保留为文本`,
    en: `provision "${s(p, 'text')}" names no instrument; kept as text`,
  }),
  'citation-provision-invalid': (p) => ({
    zh: `「${s(p, 'text')}」无法解析为条、款、项（如章、节、“之一”条或颠倒的范围），原文保留在引用中`,
    en: `"${s(p, 'text')}" cannot be read as article, paragraph and item (a chapter, a section, an inserted 之一 article or a reversed range); the citation keeps the text`,
  }),
  'citation-rank-unknown': (p) => ({
    zh: `无法从名称或文号判断《${s(p, 'title')}》的效力层级`,
    en: `the rank of 《${s(p, 'title')}》 cannot be told from its title or document number`,
  }),
  'citation-open-ended': (p) => ({
    zh: `「${s(p, 'text')}」表示依据不止所列法规，未列出的无法结构化`,
    en: `"${s(p, 'text')}" says the bases are more than those named; the unnamed ones cannot be structured`,
  }),
  'amendment-unknown-duty': (p) => ({
    zh: `调整所指事项 ${s(p, 'key')} 不在该版本清单中`,
    en: `the amendment names duty ${s(p, 'key')}, which is not in the edition`,
  }),
  'amendment-duplicate-duty': (p) => ({
    zh: `新增事项${duty(p).zh}的键 ${s(p, 'key')} 已在清单中：同一事项在各版本间保持同一个键，应使用调整而非新增`,
    en: `added duty${duty(p).en} has key ${s(p, 'key')}, already on the list: a duty keeps its key across editions, so amend it instead`,
  }),
  'amendment-key-changed': (p) => ({
    zh: `调整不能改变事项的键（${s(p, 'key')} → ${s(p, 'received')}）`,
    en: `an amendment cannot change a duty's key (${s(p, 'key')} → ${s(p, 'received')})`,
  }),
  'amendment-not-moved': (p) => ({
    zh: `事项 ${s(p, 'key')} 已在「${s(p, 'section')}」类别中，移动须换到另一类别`,
    en: `duty ${s(p, 'key')} is already in section ${s(p, 'section')}; a move goes to another section`,
  }),
  'amendment-section-changed': (p) => ({
    zh: `修订不能改变事项 ${s(p, 'key')} 的类别（${s(p, 'section')} → ${s(p, 'received')}），请用 moved`,
    en: `a revision cannot change the section of duty ${s(p, 'key')} (${s(p, 'section')} → ${s(p, 'received')}); use moved`,
  }),
  'amendment-no-departments': (p) => ({
    zh: `「${s(p, 'section')}」类事项 ${s(p, 'key')} 不指明县直部门，不能调整其部门`,
    en: `a ${s(p, 'section')} duty (${s(p, 'key')}) names no county departments to reassign`,
  }),
  'amendment-unknown-position': (p) => ({
    zh: `插入位置所指事项 ${s(p, 'key')} 不在清单中`,
    en: `the position names duty ${s(p, 'key')}, which is not on the list`,
  }),
  'amendment-order-mismatch': (p) => ({
    zh: `新顺序须恰好列出清单现有的 ${s(p, 'expected')} 个事项键，实为 ${s(p, 'received')} 个或有出入`,
    en: `the new order must list exactly the ${s(p, 'expected')} duty keys on the list; it lists ${s(p, 'received')} or others`,
  }),
  'admission-procedure-start': (p) => ({
    zh: `准入程序须以“申请”开始，实为「${s(p, 'stepZh') || s(p, 'step')}」`,
    en: `the admission procedure starts with an application, not with ${s(p, 'step') || 'nothing'}`,
  }),
  'admission-transition-illegal': (p) => ({
    zh: `在「${s(p, 'stageZh')}」阶段不能进行「${s(p, 'stepZh')}」；可进行：${s(p, 'allowedZh') || '无（程序已结束）'}`,
    en: `step ${s(p, 'step')} cannot follow stage ${s(p, 'stage')}; allowed: ${s(p, 'allowed') || 'none (the procedure has ended)'}`,
  }),
  'admission-step-date-backwards': (p) => ({
    zh: `步骤日期 ${s(p, 'date')} 早于上一步的 ${s(p, 'previous')}`,
    en: `the step is dated ${s(p, 'date')}, before the previous step (${s(p, 'previous')})`,
  }),
  'admission-not-admitted': (p) => ({
    zh: `准入申请 ${s(p, 'id')} 未获准入（${s(p, 'outcomeZh')}），不产生清单调整`,
    en: `admission request ${s(p, 'id')} was not admitted (${s(p, 'outcome')}); it yields no amendment`,
  }),
  'admission-rule-duplicate': (p) => ({
    zh: `准入规则编号 ${s(p, 'id')} 重复${p.builtIn ? '（与内置规则相同）' : ''}`,
    en: `admission rule id ${s(p, 'id')} is used twice${p.builtIn ? ' (a built-in rule has it)' : ''}`,
  }),
  'admission-rule-operator-mismatch': (p) => ({
    zh: `字段 ${s(p, 'field')} 是${s(p, 'fieldTypeZh')}，不能用 ${s(p, 'operator')} 比较`,
    en: `field ${s(p, 'field')} is ${s(p, 'fieldType')}; ${s(p, 'operator')} does not apply to it`,
  }),
  'spreadsheet-unreadable': (p) => ({
    zh: `无法读取表格文件：${s(p, 'reasonZh') || s(p, 'reason')}`,
    en: `cannot read the spreadsheet: ${s(p, 'reason')}`,
  }),
  'spreadsheet-limit-exceeded': (p) => ({
    zh: `表格超出限制：${s(p, 'whatZh') || s(p, 'what')} 为 ${s(p, 'actual')}，上限 ${s(p, 'limit')}（可能是压缩炸弹或过大的文件）`,
    en: `the spreadsheet exceeds a limit: ${s(p, 'what')} is ${s(p, 'actual')}, the limit is ${s(p, 'limit')} (a zip bomb or an oversized file)`,
  }),
  'spreadsheet-external-link': (p) => ({
    zh: `工作簿含外部链接 ${s(p, 'target')}，已忽略，从不访问`,
    en: `the workbook has an external link ${s(p, 'target')}; it is ignored and never followed`,
  }),
  'spreadsheet-formula-without-value': (p) => ({
    zh: `单元格是公式 ${s(p, 'formula')} 且没有缓存值，按空单元格处理（公式从不计算）`,
    en: `the cell is a formula ${s(p, 'formula')} with no cached value; read as empty (formulas are never evaluated)`,
  }),
  'spreadsheet-header-not-found': (p) => ({
    zh: `工作表「${s(p, 'sheet')}」找不到表头行（需有“事项名称”等列）`,
    en: `sheet "${s(p, 'sheet')}" has no recognisable header row (a column such as 事项名称 is needed)`,
  }),
  'spreadsheet-section-unknown': (p) => ({
    zh: `无法确定事项类别${p.value ? `「${s(p, 'value')}」` : ''}：请用类别列、按类别命名的工作表、配置文件或 --section 指明`,
    en: `cannot tell the section${p.value ? ` "${s(p, 'value')}"` : ''}: give a section column, sheets named by section, a profile or --section`,
  }),
  'spreadsheet-cell-required': (p) => ({
    zh: `「${s(p, 'column')}」不能为空`,
    en: `"${s(p, 'column')}" must not be empty`,
  }),
  'spreadsheet-value-unknown': (p) => ({
    zh: `「${s(p, 'column')}」的取值「${s(p, 'value')}」不在代码表中，原文保留为附加列`,
    en: `"${s(p, 'value')}" in "${s(p, 'column')}" is not in the code list; kept as published in an extra column`,
  }),
  'spreadsheet-encoding-invalid': (p) => ({
    zh: `无法按 ${s(p, 'encoding')} 编码解读文件`,
    en: `the file cannot be decoded as ${s(p, 'encoding')}`,
  }),
  'spreadsheet-profile-invalid': (p) => ({
    zh: `配置文件有误：${s(p, 'reason')}`,
    en: `the profile is invalid: ${s(p, 'reason')}`,
  }),
  'spreadsheet-key-disambiguated': (p) => ({
    zh: `键 ${s(p, 'original')} 已被前面的事项使用，本事项改用 ${s(p, 'key')}`,
    en: `key ${s(p, 'original')} is taken by an earlier item; this one gets ${s(p, 'key')}`,
  }),
  'spreadsheet-list-field-assumed': (p) => ({
    zh: `表格未给出清单的 ${s(p, 'field')}，暂填「${s(p, 'value')}」，请补全`,
    en: `the spreadsheet does not give the list's ${s(p, 'field')}; "${s(p, 'value')}" is filled in for now, please complete it`,
  }),
  'duplicate-edition': (p) => ({
    zh: `区划 ${s(p, 'division')} 的清单 ${s(p, 'id')} 已在 ${s(p, 'first')} 中出现，同一版本只能发布一次`,
    en: `list ${s(p, 'id')} of division ${s(p, 'division')} already appears in ${s(p, 'first')}; an edition is published once`,
  }),
  'unwritable-text': (p) => ({
    zh: `文本含有孤立的 UTF-16 代理项（U+D800–U+DFFF），不是合法的 Unicode，RDF 无法表示：${s(p, 'text')}`,
    en: `the text holds a lone UTF-16 surrogate (U+D800–U+DFFF), which is not Unicode and RDF cannot carry: ${s(p, 'text')}`,
  }),
  'shacl-violation': (p) => ({
    zh: `不符合 SHACL 形状 ${s(p, 'shape')}：${s(p, 'focus')} 的 ${s(p, 'property') || '本身'}（${s(p, 'constraint')}）${s(p, 'messageZh') || s(p, 'message')}`,
    en: `does not conform to SHACL shape ${s(p, 'shape')}: ${s(p, 'property') || 'the node'} of ${s(p, 'focus')} (${s(p, 'constraint')}) ${s(p, 'message')}`,
  }),
  'rdf-edition-missing': () => ({
    zh: '数据中没有清单版本(qd:DutyList)',
    en: 'the data holds no list edition (qd:DutyList)',
  }),
  'rdf-editions-several': (p) => ({
    zh: `数据中有 ${s(p, 'count')} 个清单版本，请指明要读哪一个`,
    en: `the data holds ${s(p, 'count')} list editions; say which one to read`,
  }),
  'rdf-value-unreadable': (p) => ({
    zh: `无法读取 <${s(p, 'subject')}> 的 <${s(p, 'property')}>：${s(p, 'reasonZh')}`,
    en: `cannot read <${s(p, 'property')}> of <${s(p, 'subject')}>: ${s(p, 'reason')}`,
  }),
  'duplicate-list-id': (p) => ({
    zh: `清单编号 ${s(p, 'id')} 与 ${s(p, 'other')} 重复，同一份清单不能比较两次`,
    en: `list id ${s(p, 'id')} repeats that of ${s(p, 'other')}; a list cannot be compared twice`,
  }),
  'alias-expansion-too-large': (p) => ({
    zh: `YAML 别名（*名称）展开后的数据超过 ${s(p, 'limit')} 个字符，疑为“别名炸弹”，不予读取`,
    en: `the YAML aliases (*name) expand to more than ${s(p, 'limit')} characters of data, as an alias bomb does; not read`,
  }),
};

/**
 * The message of an issue in Chinese or English.
 *
 * @example
 * ```ts
 * issueMessage(issue, 'zh'); // '配合履职事项「生产安全事故应急」未指明牵头县直部门'
 * ```
 */
export function issueMessage(issue: Issue, language: 'zh' | 'en'): string {
  return messages[issue.code](issue.params)[language];
}

/**
 * Both messages of an issue.
 *
 * @example
 * ```ts
 * issueMessages(issue).en; // 'cooperating duty "生产安全事故应急" names no lead county department'
 * ```
 */
export function issueMessages(issue: Issue): Bilingual {
  return messages[issue.code](issue.params);
}
