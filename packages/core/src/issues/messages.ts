import { type Bilingual, findConcept } from '../codes/concept.js';
import {
  admissionStageScheme,
  admissionStepScheme,
  divisionLevelScheme,
  listKindScheme,
  townshipSectionScheme,
  villageItemKindScheme,
} from '../codes/index.js';
import { boundParams, fullLengthParam, quotedTextLimit } from './bound-params.js';
import type { Issue } from './issue.js';
import type { IssueCode } from './issue-code.js';

type Params = Readonly<Record<string, string | number>>;

/**
 * The parameters of one code's message, by name: each entry of the table below declares the
 * names it reads, so a message reading a name it did not declare, or an issue made with a name
 * its code does not take, fails to compile.
 */
type P<Name extends string> = { readonly [N in Name]?: string | number };

const s = <Name extends string>(params: P<Name>, name: Name): string => String(params[name] ?? '');
const duty = (p: Params): Bilingual => ({
  zh: p.duty ? `「${s(p, 'duty')}」` : '',
  en: p.duty ? ` "${s(p, 'duty')}"` : '',
});

/** Why the file system refused, by the error code the system gave (`errno`). */
const fileReasons: Readonly<Record<string, Bilingual>> = {
  ENOENT: { zh: '文件或文件夹不存在', en: 'no such file or folder' },
  EACCES: { zh: '没有权限', en: 'permission denied' },
  EPERM: { zh: '不允许此操作', en: 'operation not permitted' },
  EISDIR: { zh: '这是一个文件夹，不是文件', en: 'it is a folder, not a file' },
  ENOTDIR: {
    zh: '路径中的某一级是文件而不是文件夹',
    en: 'a part of the path is a file, not a folder',
  },
  EEXIST: { zh: '已存在同名文件', en: 'a file of that name exists' },
  ENOSPC: { zh: '磁盘已满', en: 'no space left on the device' },
  EROFS: { zh: '文件系统只读', en: 'the file system is read-only' },
  ELOOP: { zh: '符号链接循环', en: 'too many levels of symbolic links' },
  ENAMETOOLONG: { zh: '文件名过长', en: 'the file name is too long' },
  EMFILE: { zh: '打开的文件过多', en: 'too many open files' },
  EBUSY: { zh: '文件或文件夹正被占用', en: 'the file or folder is busy' },
  EXDEV: {
    zh: '不能跨文件系统原子替换',
    en: 'cannot be replaced atomically across file systems',
  },
  ENOTEMPTY: { zh: '文件夹不为空', en: 'the folder is not empty' },
};

const fileReason = (p: Params): Bilingual => {
  const errno = s(p, 'errno');
  return fileReasons[errno] ?? { zh: `系统错误 ${errno}`, en: `system error ${errno}` };
};

/** What could not be done to an output, by the `operation` of `file-unwritable`. */
const writeVerbs: Readonly<Record<string, Bilingual>> = {
  write: { zh: '无法写入', en: 'cannot write' },
  'create-folder': { zh: '无法创建文件夹', en: 'cannot create the folder' },
  rename: { zh: '无法放置到位', en: 'cannot put in place' },
  remove: { zh: '无法删除', en: 'cannot remove' },
};

/** Why an output path is refused, by the `reason` sub-code of `output-refused`. */
const outputRefusals: Readonly<Record<string, (p: Params) => Bilingual>> = {
  'is-input': (p) => ({
    zh: `它就是输入 ${s(p, 'input')}`,
    en: `it is the input ${s(p, 'input')}`,
  }),
  'holds-input': (p) => ({
    zh: `它包含输入 ${s(p, 'input')}`,
    en: `it holds the input ${s(p, 'input')}`,
  }),
  'inside-input': (p) => ({
    zh: `它位于输入文件夹 ${s(p, 'input')} 之内，下次运行会把输出当作输入读入`,
    en: `it lies inside the input folder ${s(p, 'input')}, where the next run would read the output as input`,
  }),
  'not-a-folder': () => ({
    zh: '已存在同名文件，而输出应为文件夹',
    en: 'a file of that name exists where the output folder would go',
  }),
  'not-ours': (p) => ({
    zh: `文件夹不为空，且不是 qingdan ${s(p, 'command')} 以前的输出（其中有 ${s(p, 'entry')}）。请指定一个不存在的或空的文件夹`,
    en: `the folder is not empty and is not an earlier output of qingdan ${s(p, 'command')} (it holds ${s(p, 'entry')}). Name a folder that does not exist or is empty`,
  }),
  'other-command': (p) => ({
    zh: `这是 qingdan ${s(p, 'other')} 的输出，不是 qingdan ${s(p, 'command')} 的`,
    en: `it is an output of qingdan ${s(p, 'other')}, not of qingdan ${s(p, 'command')}`,
  }),
  link: () => ({
    zh: '它是符号链接，替换时会换掉链接而不是其目标；请直接指定目标文件夹',
    en: 'it is a symbolic link, which replacing would swap for a folder rather than follow; name the folder it points to',
  }),
  'is-a-folder': () => ({
    zh: '已存在同名文件夹，而输出应为文件',
    en: 'a folder of that name exists where the output file would go',
  }),
  extension: (p) => ({
    zh: `扩展名应为 ${s(p, 'allowed')}`,
    en: `the file name must end in ${s(p, 'allowed')}`,
  }),
  'same-output': (p) => ({
    zh: `它与另一个输出 ${s(p, 'other')} 是同一个文件`,
    en: `it is the same file as the other output ${s(p, 'other')}`,
  }),
  exists: () => ({
    zh: '该文件已存在，qingdan 无从知道它是否由自己写出，故不替换；确要替换，请加 --force',
    en: 'the file already exists, and qingdan cannot tell whether it wrote it, so it is not replaced; add --force to replace it',
  }),
};

const outputRefusal = (p: Params): Bilingual =>
  (outputRefusals[s(p, 'reason')] ?? (() => ({ zh: s(p, 'reason'), en: s(p, 'reason') })))(p);

/** Why a base IRI is refused, by the `reason` sub-code of `base-iri-invalid`. */
const baseIriReasons: Readonly<Record<string, Bilingual>> = {
  'not-absolute': { zh: '不是绝对 IRI', en: 'it is not an absolute IRI' },
  scheme: { zh: '协议应为 http 或 https', en: 'the scheme must be http or https' },
  authority: { zh: '缺少主机名', en: 'it has no host' },
  query: { zh: '不能带查询串（?…）', en: 'it must not have a query (?…)' },
  fragment: { zh: '不能带片段（#…）', en: 'it must not have a fragment (#…)' },
  'dot-segment': {
    zh: '不能含 . 或 .. 路径段',
    en: 'it must not hold . or .. path segments',
  },
  'trailing-slash': { zh: '应以 / 结尾', en: 'it must end in /' },
  characters: {
    zh: '含有 IRI 中不允许的字符（空白、<>"{}|^`\\ 或控制字符）',
    en: 'it holds characters an IRI cannot (white space, <>"{}|^`\\ or controls)',
  },
  'not-normal': {
    zh: '不是规范形式（主机名应为小写，不带默认端口）',
    en: 'it is not in normal form (a lower-case host, no default port)',
  },
};

const baseIriReason = (p: Params): Bilingual =>
  baseIriReasons[s(p, 'reason')] ?? { zh: s(p, 'reason'), en: s(p, 'reason') };
/** The text of a sub-code param, or the param itself when it is not one of the table's. */
const bilingualOf = (
  table: Readonly<Record<string, Bilingual>>,
  value: string | number | undefined,
): Bilingual => table[String(value)] ?? { zh: String(value ?? ''), en: String(value ?? '') };

/** Why a value of the catalog's description cannot be used (`reason` of `catalog-description-invalid`). */
const catalogDescriptionReasons: Readonly<Record<string, Bilingual>> = {
  'not-absolute': {
    zh: '不是绝对 IRI（应以 https: 等协议开头）',
    en: 'it is not an absolute IRI (it must start with a scheme such as https:)',
  },
  'iri-character': {
    zh: '含有 IRI 中不允许的字符（空格、<>"{}|^`\\ 或控制字符），请先百分号编码',
    en: 'it holds characters an IRI cannot (a space, <>"{}|^`\\ or a control character); percent-encode them first',
  },
  'not-email': {
    zh: '不是电子邮箱地址（应形如 name@example.org）',
    en: 'it is not an e-mail address (name@example.org, say)',
  },
  'text-hazard': {
    zh: '含有控制字符、双向控制字符或孤立代理项：此类字符可改写读者看到的内容，目录中不应出现',
    en: 'it holds a control character, a bidirectional control or a lone surrogate: such characters can change what a reader sees and have no place in a catalog',
  },
};
/** The option of a catalog description value, as the commands name it. */
const catalogDescriptionFields: Readonly<Record<string, string>> = {
  licence: '--licence',
  contact: '--contact',
  publisher: '--publisher',
};

/** What was wrong with a CSV record (`problem` of `spreadsheet-csv-malformed`). */
const csvProblems: Readonly<Record<string, Bilingual>> = {
  'quote-not-closed': {
    zh: '引号未闭合（此后各行会被并入同一格）',
    en: 'a quote is never closed (every line after it would merge into one cell)',
  },
  'invalid-closing-quote': {
    zh: '闭合引号后紧跟其他字符（应为分隔符或换行）',
    en: 'a closing quote is followed by other characters instead of a delimiter or line end',
  },
  'invalid-opening-quote': {
    zh: '未加引号的单元格中出现引号（含引号的单元格应整格加引号，引号写两次）',
    en: 'a quote inside a cell that is not quoted (quote the whole cell and double the quote)',
  },
  'not-read': {
    zh: '前面的格式错误过多，本行未再尝试解析',
    en: 'too many malformed lines before it: the line was not parsed',
  },
};

/** What a file that is not a spreadsheet appears to be (`kind` of `spreadsheet-not-a-spreadsheet`). */
const fileKinds: Readonly<Record<string, Bilingual>> = {
  xls: {
    zh: '旧版 Excel 97–2003 .xls 文件（或其他旧版 Office/WPS 二进制文件）：请用 Excel 或 WPS 打开并另存为 .xlsx',
    en: 'a legacy .xls (Excel 97–2003) or another old Office/WPS binary file: save it as .xlsx',
  },
  ods: {
    zh: 'OpenDocument 电子表格（.ods）：请另存为 .xlsx',
    en: 'an OpenDocument spreadsheet (.ods): save it as .xlsx',
  },
  docx: {
    zh: 'Word 文档：请把表格复制到 Excel 中并另存为 .xlsx',
    en: 'a Word document: copy the table into Excel and save it as .xlsx',
  },
  pptx: {
    zh: 'PowerPoint 演示文稿：请把表格复制到 Excel 中并另存为 .xlsx',
    en: 'a PowerPoint presentation: copy the table into Excel and save it as .xlsx',
  },
  pdf: {
    zh: 'PDF 文件：请先把其中的表格转换为 .xlsx 或 .csv',
    en: 'a PDF: convert its table to .xlsx or .csv first',
  },
  image: {
    zh: '图片：请先把其中的表格录入或识别为 .xlsx',
    en: 'an image: type or recognise its table into .xlsx first',
  },
  archive: {
    zh: '压缩包（gzip、7z 或 rar）：请先解压',
    en: 'a compressed archive (gzip, 7z or rar): extract it first',
  },
  html: {
    zh: '网页（HTML；有些网站下载的 .xls 其实是网页）：请用 Excel 打开并另存为 .xlsx',
    en: 'a web page (HTML; some sites serve these as .xls): open it in Excel and save it as .xlsx',
  },
  'xml-spreadsheet': {
    zh: 'Excel 2003 XML 表格：请用 Excel 打开并另存为 .xlsx',
    en: 'an Excel 2003 XML spreadsheet: open it in Excel and save it as .xlsx',
  },
  xml: { zh: 'XML 文件，不是表格', en: 'an XML file, not a table' },
  'list-file': {
    zh: '清单文件（YAML 或 JSON），已无需导入：请用 qingdan validate 检查',
    en: 'a list file (YAML or JSON), which needs no import: check it with qingdan validate',
  },
  yaml: {
    zh: 'YAML 或 JSON 文件（也许是配置文件），不是表格',
    en: 'a YAML or JSON file (a profile, perhaps), not a table',
  },
};

/** What is empty (`format` of `spreadsheet-empty`). */
const emptyFiles: Readonly<Record<string, Bilingual>> = {
  file: { zh: '文件是空的（0 字节）', en: 'the file is empty (0 bytes)' },
  csv: { zh: 'CSV 文件没有任何内容', en: 'the CSV file holds nothing but blank lines' },
  xlsx: {
    zh: '工作簿是空的：没有任何工作表含有数据',
    en: 'the workbook is empty: no sheet holds any data',
  },
};

/** Why a profile's regular expression was refused (`problem` of `spreadsheet-profile-pattern-rejected`). */
const patternProblems: Readonly<Record<string, Bilingual>> = {
  invalid: { zh: '不是合法的正则表达式', en: 'it is not a valid regular expression' },
  unsupported: {
    zh: '使用了回溯引用、前后查找等只能靠回溯匹配的写法，可能使导入停滞，不予支持',
    en: 'it uses a feature such as a backreference or lookaround, which only backtracking can match and which can stall an import',
  },
  'too-complex': {
    zh: '过于复杂（展开后的重复次数过多）',
    en: 'it is too complex (too many repetitions once expanded)',
  },
};
/** Why a spreadsheet file cannot be read (`reason` of `spreadsheet-unreadable`). */
const unreadableSpreadsheets: Readonly<Record<string, (p: P<'detail' | 'entry'>) => Bilingual>> = {
  'no-zip-signature': () => ({
    zh: '不是 XLSX 文件（没有 zip 文件头）',
    en: 'not an XLSX file (no zip signature)',
  }),
  'no-zip-directory': () => ({
    zh: '文件不完整或已损坏（找不到 zip 目录）',
    en: 'truncated or damaged file (no zip directory)',
  }),
  'damaged-zip-directory': () => ({
    zh: '文件不完整或已损坏（zip 目录已损坏）',
    en: 'truncated or damaged file (damaged zip directory)',
  }),
  'truncated-entry': (p) => ({
    zh: `文件不完整（条目 ${s(p, 'entry')}）`,
    en: `truncated file (entry ${s(p, 'entry')})`,
  }),
  'unsupported-compression': (p) => ({
    zh: `${s(p, 'entry')} 使用了不支持的压缩方式`,
    en: `unsupported compression in ${s(p, 'entry')}`,
  }),
  'damaged-entry': (p) => ({
    zh: `条目 ${s(p, 'entry')} 已损坏`,
    en: `damaged entry ${s(p, 'entry')}`,
  }),
  'not-a-workbook': () => ({
    zh: '是 zip 文件，但不是 XLSX 工作簿（缺少 xl/workbook.xml）',
    en: 'a zip file, but not an XLSX workbook (no xl/workbook.xml)',
  }),
  'damaged-workbook': (p) => ({
    zh: `工作簿已损坏（${s(p, 'detail')}）`,
    en: `damaged workbook (${s(p, 'detail')})`,
  }),
  'binary-content': () => ({
    zh: '内容是二进制数据，不是 CSV 文本文件',
    en: 'binary content, not a CSV text file',
  }),
  'text-named-xlsx': () => ({
    zh: '文件名为 .xlsx，内容却是文本（像 CSV），不是 XLSX 工作簿：若是 CSV，请改名为 .csv 再导入',
    en: 'named .xlsx but it is text (like a CSV), not an XLSX workbook: if it is a CSV, name it .csv and import it again',
  }),
};

/** What passed a limit (`what` of `spreadsheet-limit-exceeded`), named as in `SpreadsheetLimits`. */
const spreadsheetLimits: Readonly<Record<string, (p: P<'entry'>) => Bilingual>> = {
  'file-bytes': () => ({ zh: '文件字节数', en: 'file bytes' }),
  rows: () => ({ zh: '行数', en: 'rows' }),
  cells: () => ({ zh: '单元格数', en: 'cells' }),
  'zip-entries': () => ({ zh: 'zip 条目数', en: 'zip entries' }),
  'declared-bytes': () => ({ zh: '声明的解压后字节数', en: 'uncompressed bytes (declared)' }),
  'uncompressed-bytes': () => ({ zh: '解压后字节数', en: 'uncompressed bytes' }),
  'compression-ratio': (p) => ({
    zh: `${s(p, 'entry')} 的压缩比`,
    en: `compression ratio of ${s(p, 'entry')}`,
  }),
};

/** Why a value of an RDF graph cannot be read as the mapping says (`reason` of `rdf-value-unreadable`). */
const unreadableValues: Readonly<
  Record<string, (p: P<'member' | 'prefix' | 'scheme'>) => Bilingual>
> = {
  'several-values': () => ({ zh: '有多个值', en: 'more than one value' }),
  'no-value': () => ({ zh: '缺少取值', en: 'no value' }),
  'list-loops': () => ({ zh: '列表成环', en: 'the list loops' }),
  'not-a-number': () => ({ zh: '不是数字', en: 'not a number' }),
  'not-a-boolean': () => ({ zh: '不是布尔值', en: 'not a boolean' }),
  'not-a-concept': (p) => ({
    zh: `不是 ${s(p, 'scheme')} 代码表中的概念`,
    en: `not a concept of ${s(p, 'scheme')}`,
  }),
  'not-under': (p) => ({ zh: `不在 ${s(p, 'prefix')} 之下`, en: `not under ${s(p, 'prefix')}` }),
  'not-one-section': () => ({ zh: '不是恰好属于一个类别', en: 'not in exactly one section' }),
  'not-listed': (p) => ({
    zh: `未列出 <${s(p, 'member')}>`,
    en: `does not list <${s(p, 'member')}>`,
  }),
};

/** Why a SPARQL service refused a request (`reason` of `sparql-endpoint-refused`). */
const endpointRefusals: Readonly<Record<string, (p: P<'answer'>) => Bilingual>> = {
  credentials: () => ({
    zh: '：用户名或密码不对，或该用户无写权限（见 QINGDAN_SPARQL_USER、QINGDAN_SPARQL_PASSWORD）',
    en: ': wrong user or password, or the user may not write (see QINGDAN_SPARQL_USER, QINGDAN_SPARQL_PASSWORD)',
  }),
  refused: (p) => ({
    zh: p.answer ? `：${s(p, 'answer')}` : '',
    en: p.answer ? `: ${s(p, 'answer')}` : '',
  }),
  'not-results': (p) => ({
    zh: `：回答的不是 SPARQL 查询结果 JSON，该地址可能不是 SPARQL 查询端点（见 --query）。回答开头：${s(p, 'answer')}`,
    en: `: what came back is not SPARQL results JSON, so the address is likely not the SPARQL query endpoint (see --query). It began: ${s(p, 'answer')}`,
  }),
};

/** The text of a sub-code whose wording takes params, or the sub-code itself when unknown. */
const subCodeText = <Name extends string>(
  table: Readonly<Record<string, (p: P<Name>) => Bilingual>>,
  code: string | number | undefined,
  p: P<Name>,
): Bilingual => table[String(code)]?.(p) ?? { zh: String(code ?? ''), en: String(code ?? '') };

/** Why a SPARQL service gave no usable answer (`cause` of `sparql-endpoint-unreachable`). */
const endpointFailures: Readonly<Record<string, Bilingual>> = {
  'bad-port': {
    zh: '该端口属于 fetch 标准禁止连接的端口，请让服务使用别的端口',
    en: "fetch will not connect to this port (one of the Fetch standard's blocked ports): run the service on another port",
  },
  'host-not-found': {
    zh: '找不到该主机名，请检查地址',
    en: 'the host name does not exist: check the address',
  },
  certificate: {
    zh: '服务器的 TLS 证书不受信任（已过期、自签名或不属于该主机名）；自建证书机构可用 NODE_EXTRA_CA_CERTS 加入信任',
    en: "the server's TLS certificate is not trusted (expired, self-signed, or for another host name); a private certificate authority can be trusted with NODE_EXTRA_CA_CERTS",
  },
  'connection-refused': {
    zh: '该地址上没有服务在监听，请确认服务已启动、端口无误',
    en: 'nothing listens at that address: check that the service is running and the port is right',
  },
  timeout: { zh: '请求超时', en: 'the request timed out' },
  'not-implemented': {
    zh: '服务器不支持该请求，该地址可能不是 SPARQL 图存储协议或更新端点（见 --endpoint、--update）',
    en: 'the server does not implement the request, so the address is likely not a SPARQL Graph Store Protocol or Update endpoint (see --endpoint, --update)',
  },
  'server-error': { zh: '服务器出错', en: 'the server failed' },
  network: { zh: '网络出错', en: 'a network error' },
};

/** The kinds of data file, as `file-is-other-kind` names them. */
const dataFileKinds: Readonly<Record<string, Bilingual>> = {
  list: { zh: '清单文件', en: 'a duty list' },
  'admission-request': { zh: '准入申请文件', en: 'an admission request' },
  'county-config': { zh: '县级准入规则配置文件', en: 'a county configuration of admission rules' },
  'import-profile': {
    zh: '表格导入配置文件（用于 qingdan import --profile）',
    en: 'a spreadsheet import profile (for qingdan import --profile)',
  },
};

/** The encodings an encoding issue may name, as people know them. */
const encodingNames: Readonly<Record<string, Bilingual>> = {
  'utf-8': { zh: 'UTF-8', en: 'UTF-8' },
  'utf-16le': { zh: 'UTF-16（小端）', en: 'UTF-16 (little-endian)' },
  'utf-16be': { zh: 'UTF-16（大端）', en: 'UTF-16 (big-endian)' },
  'utf-32le': { zh: 'UTF-32（小端）', en: 'UTF-32 (little-endian)' },
  'utf-32be': { zh: 'UTF-32（大端）', en: 'UTF-32 (big-endian)' },
  gb18030: { zh: 'GB18030/GBK 等中文编码', en: 'a Chinese encoding such as GB18030 or GBK' },
};
const encodingName = (p: Params, name: string): Bilingual =>
  encodingNames[s(p, name)] ?? { zh: s(p, name), en: s(p, name) };

/** What the bytes of a file that is not UTF-8 likely are, said as advice. */
function likelyEncoding(p: Params): Bilingual {
  if (p.likely === 'binary')
    return {
      zh: '文件含零字节，像是二进制文件而非文本',
      en: 'it holds zero bytes, like a binary file, not text',
    };
  if (p.likely === 'unknown' || p.likely === undefined)
    return { zh: '请另存为 UTF-8', en: 'save it as UTF-8' };
  const { zh, en } = encodingName(p, 'likely');
  return { zh: `看来是 ${zh}，请另存为 UTF-8`, en: `it looks like ${en}; save it as UTF-8` };
}

const character = (p: Params): Bilingual => ({
  zh: `${s(p, 'codePoint')}（第 ${s(p, 'position')} 个字符${Number(p.count) > 1 ? `；此类字符共 ${s(p, 'count')} 个` : ''}）`,
  en: `${s(p, 'codePoint')} (character ${s(p, 'position')}${Number(p.count) > 1 ? `; ${s(p, 'count')} such characters in all` : ''})`,
});

/**
 * What a value's format must be (`format` of `invalid-format`): the formats the schema names
 * (`key`, `date`, …) and those of a file as a whole.
 *
 * @example
 * ```ts
 * formatTexts.date.en; // 'a date is YYYY-MM-DD and exists'
 * ```
 */
export const formatTexts: Readonly<Record<string, Bilingual>> = {
  key: {
    zh: '键只能含字母、数字和 . _ -，并以字母或数字开头',
    en: 'a key holds letters, digits, . _ - and starts with a letter or digit',
  },
  date: { zh: '日期应为 YYYY-MM-DD 且真实存在', en: 'a date is YYYY-MM-DD and exists' },
  'division-code': { zh: '区划代码为 6 至 12 位数字', en: 'a division code is 6 to 12 digits' },
  url: { zh: '应为网址', en: 'a URL' },
  'json-or-yaml': { zh: '不是有效的 JSON 或 YAML', en: 'not valid JSON or YAML' },
  'list-file-extension': {
    zh: '文件扩展名应为 .json、.yaml 或 .yml',
    en: 'the file name ends in .json, .yaml or .yml',
  },
};

/** The JSON types a value was expected to have (`expected` of `invalid-type`), in Chinese. */
const typeNamesZh: Readonly<Record<string, string>> = {
  string: '文本',
  number: '数字',
  boolean: '布尔值',
  object: '对象',
  array: '列表',
  null: '空值',
  undefined: '无',
};

/** The types of an admission field (`fieldType` of `admission-rule-operator-mismatch`), in Chinese. */
const fieldTypesZh: Readonly<Record<string, string>> = {
  text: '文本',
  number: '数字',
  boolean: '是/否',
  texts: '文本列表',
};

/** The Chinese label of a code of the list kinds, sections and division levels. */
const labelZh = (
  schemes: readonly Parameters<typeof findConcept>[0][],
  code: string | number | undefined,
): string => {
  for (const scheme of schemes) {
    const concept = findConcept(scheme, String(code ?? ''));
    if (concept) return concept.label.zh;
  }
  return String(code ?? '');
};

/**
 * The one place where issue texts live: each code to its Chinese and English message, and the
 * parameters the message reads (`P<…>`), from which {@link IssueParams} is derived.
 */
/** How an admission request ended (`outcome` of `admission-not-admitted`). */
const admissionOutcomes: Readonly<Record<string, Bilingual>> = {
  admitted: { zh: '准予准入', en: 'admitted' },
  refused: { zh: '不予准入', en: 'refused' },
  returned: { zh: '退回补正', en: 'returned' },
  blocked: { zh: '未通过准入规则', en: 'blocked by an admission rule' },
  pending: { zh: '尚未决定', en: 'pending' },
};

// Admission stages and steps are named in zh by their code lists, so the issue carries codes only.
const admissionLabelZh = (code: string | number | undefined): string =>
  labelZh([admissionStageScheme, admissionStepScheme], code);

const messages = {
  'invalid-type': (p: P<'expected' | 'received'>) => ({
    zh: `类型不对：应为${typeNamesZh[s(p, 'expected')] ?? s(p, 'expected')}，实为${s(p, 'received')}`,
    en: `wrong type: expected ${s(p, 'expected')}, got ${s(p, 'received')}`,
  }),
  'missing-field': (p: P<'field'>) => ({
    zh: `缺少必填字段 ${s(p, 'field')}`,
    en: `required field ${s(p, 'field')} is missing`,
  }),
  'unknown-field': (p: P<'field'>) => ({
    zh: `不认识的字段 ${s(p, 'field')}（检查拼写，或该字段不属于此类事项）`,
    en: `unknown field ${s(p, 'field')} (check the spelling, or the field does not belong to this kind of item)`,
  }),
  'invalid-value': (p: P<'allowed' | 'received'>) => ({
    zh: `取值 ${s(p, 'received')} 无效，可选：${s(p, 'allowed')}`,
    en: `invalid value ${s(p, 'received')}; allowed: ${s(p, 'allowed')}`,
  }),
  'invalid-format': (p: P<'detail' | 'format'>) => {
    const format = bilingualOf(formatTexts, p.format);
    return {
      zh: `格式不对：${format.zh}${p.detail === undefined ? '' : `：${s(p, 'detail')}`}`,
      en: `wrong format: ${format.en}${p.detail === undefined ? '' : `: ${s(p, 'detail')}`}`,
    };
  },
  'too-small': (p: P<'minimum' | 'unit'>) => ({
    zh: `不能少于 ${s(p, 'minimum')}${p.unit === 'characters' ? ' 个字符' : p.unit === 'items' ? ' 项' : ''}`,
    en: `must be at least ${s(p, 'minimum')}${p.unit ? ` ${s(p, 'unit')}` : ''}`,
  }),
  'too-big': (p: P<'maximum' | 'unit'>) => ({
    zh: `不能多于 ${s(p, 'maximum')}${p.unit === 'characters' ? ' 个字符' : p.unit === 'items' ? ' 项' : ''}`,
    en: `must be at most ${s(p, 'maximum')}${p.unit ? ` ${s(p, 'unit')}` : ''}`,
  }),
  'invalid-section': (p: P<'allowed' | 'received'>) => ({
    zh: `事项类别 ${s(p, 'received')} 无效，可选：${s(p, 'allowed')}`,
    en: `invalid section ${s(p, 'received')}; allowed: ${s(p, 'allowed')}`,
  }),
  'section-not-in-list-kind': (p: P<'duty' | 'kind' | 'section'>) => ({
    zh: `${labelZh([listKindScheme], p.kind)}不能包含「${labelZh([townshipSectionScheme, villageItemKindScheme], p.section)}」类事项${duty(p).zh}`,
    en: `a ${s(p, 'kind')} list cannot hold a ${s(p, 'section')} item${duty(p).en}`,
  }),
  'invalid-credit-code': (p: P<'code'>) => ({
    zh: `统一社会信用代码 ${s(p, 'code')} 无效（应为 18 位，末位为校验码）`,
    en: `unified social credit code ${s(p, 'code')} is not valid (18 characters, the last a check character)`,
  }),
  'invalid-division-code': (p: P<'code' | 'level' | 'parent'>) => ({
    zh: `区划代码 ${s(p, 'code')} 与层级「${labelZh([divisionLevelScheme], p.level)}」不符${p.parent ? `，或不在上级区划 ${s(p, 'parent')} 之内` : ''}`,
    en: `division code ${s(p, 'code')} does not fit level ${s(p, 'level')}${p.parent ? ` or lie within its parent ${s(p, 'parent')}` : ''}`,
  }),
  'text-encoding-invalid': (p: P<'byte' | 'bytes' | 'encoding' | 'likely'>) =>
    p.encoding === 'utf-32le' || p.encoding === 'utf-32be'
      ? {
          zh: `文件以 ${encodingName(p, 'encoding').zh} 保存（有字节顺序标记），无法读取；请另存为 UTF-8`,
          en: `the file is ${encodingName(p, 'encoding').en} (it has a byte order mark), which is not read; save it as UTF-8`,
        }
      : {
          zh: `文件不是有效的 ${encodingName(p, 'encoding').zh} 文本：第 ${s(p, 'byte')} 字节起的 ${s(p, 'bytes')} 无法按此编码读取；${likelyEncoding(p).zh}`,
          en: `the file is not valid ${encodingName(p, 'encoding').en} text: the bytes ${s(p, 'bytes')} at byte ${s(p, 'byte')} do not fit it; ${likelyEncoding(p).en}`,
        },
  'text-encoding-converted': (p: P<'encoding'>) => ({
    zh: `文件以 ${encodingName(p, 'encoding').zh} 保存（有字节顺序标记），已按此读取；建议另存为 UTF-8`,
    en: `the file is ${encodingName(p, 'encoding').en} (it has a byte order mark) and was read as such; saving it as UTF-8 is better`,
  }),
  'text-control-character': (p: P<'codePoint' | 'count' | 'position'>) => ({
    zh: `文本含控制字符 ${character(p).zh}：控制字符可改写终端显示，清单文本中不应出现`,
    en: `the text holds a control character ${character(p).en}: control characters can rewrite a terminal and have no place in a list`,
  }),
  'text-bidi-control': (p: P<'codePoint' | 'count' | 'position'>) => ({
    zh: `文本含双向文本控制符 ${character(p).zh}：会使显示顺序与实际内容不同`,
    en: `the text holds a bidirectional control ${character(p).en}: it makes the text show in another order than it is`,
  }),
  'text-lone-surrogate': (p: P<'codePoint' | 'count' | 'position'>) => ({
    zh: `文本含孤立的 UTF-16 代理项 ${character(p).zh}，不是合法的 Unicode`,
    en: `the text holds a lone UTF-16 surrogate ${character(p).en}, which is not Unicode`,
  }),
  'text-invisible-character': (p: P<'codePoint' | 'count' | 'position'>) => ({
    zh: `文本含不可见字符 ${character(p).zh}（如零宽空格），看起来相同的文字会因此不同`,
    en: `the text holds an invisible character ${character(p).en} (such as a zero-width space): texts that look the same will differ`,
  }),
  'text-replacement-character': (p: P<'codePoint' | 'count' | 'position'>) => ({
    zh: `文本含替换字符 U+FFFD「�」${character(p).zh}，通常是之前按错误编码读取留下的乱码，请核对原文`,
    en: `the text holds the replacement character U+FFFD "�" ${character(p).en}, usually left by reading it in the wrong encoding before; check the source`,
  }),
  'text-blank': () => ({
    zh: '文本只有空白或不可见字符',
    en: 'the text is only blank or invisible characters',
  }),
  'cooperating-lead-department-missing': (p: P<'duty'>) => ({
    zh: `配合履职事项${duty(p).zh}未指明牵头县直部门`,
    en: `cooperating duty${duty(p).en} names no lead county department`,
  }),
  'delegated-resources-missing': (p: P<'duty'>) => ({
    zh: `赋权(委托)事项${duty(p).zh}未配套人财物保障（权随事转、人随事转、钱随事转）`,
    en: `delegated power${duty(p).en} carries no resources (staff, funding, equipment, platforms or training)`,
  }),
  'assisting-resources-missing': (p: P<'duty'>) => ({
    zh: `村(社区)协助事项${duty(p).zh}未配套相应资源（费随事转）`,
    en: `assisting duty${duty(p).en} admitted to the village carries no resources`,
  }),
  'reclaimed-receiving-unit-missing': (p: P<'duty'>) => ({
    zh: `收回事项${duty(p).zh}未明确承接的县直单位（事有人管、责不落空）`,
    en: `reclaimed duty${duty(p).en} names no county unit that takes it over`,
  }),
  'basic-office-missing': (p: P<'duty'>) => ({
    zh: `基本履职事项${duty(p).zh}未落实到乡镇承办机构`,
    en: `basic duty${duty(p).en} is carried by no undertaking office of the township`,
  }),
  'legal-basis-unstructured': (p: P<'duty' | 'text'>) => ({
    zh: `依据「${s(p, 'text')}」未能结构化（需指明法规名称，可含条款）`,
    en: `legal basis "${s(p, 'text')}" is not structured (name the instrument, and the provision where there is one)`,
  }),
  'basic-legal-basis-missing': (p: P<'duty'>) => ({
    zh: `基本履职事项${duty(p).zh}没有法律法规或“三定”规定依据`,
    en: `basic duty${duty(p).en} has no legal basis`,
  }),
  'duplicate-key': (p: P<'first' | 'key'>) => ({
    zh: `事项键 ${s(p, 'key')} 重复（已见于 ${s(p, 'first')}）：同一版本内每个事项只能出现一次`,
    en: `duty key ${s(p, 'key')} is used twice (first at ${s(p, 'first')}): within an edition each duty appears once`,
  }),
  'duplicate-code': (p: P<'code' | 'first'>) => ({
    zh: `事项编码 ${s(p, 'code')} 重复（已见于 ${s(p, 'first')}）：同一事项只能属于一个类别`,
    en: `item code ${s(p, 'code')} is used twice (first at ${s(p, 'first')}): a duty is in exactly one section`,
  }),
  'unknown-office': (p: P<'key'>) => ({
    zh: `承办机构 ${s(p, 'key')} 未在清单的 offices 中定义`,
    en: `office ${s(p, 'key')} is not defined in the list's offices`,
  }),
  'unknown-department': (p: P<'key'>) => ({
    zh: `县直部门 ${s(p, 'key')} 未在清单的 departments 中定义`,
    en: `department ${s(p, 'key')} is not defined in the list's departments`,
  }),
  'unknown-domain': (p: P<'code' | 'scheme'>) => ({
    zh: `领域 ${s(p, 'code')} 不在${p.scheme === 'default' ? '默认领域表' : '清单自带的领域表'}中`,
    en: `domain ${s(p, 'code')} is not in the ${p.scheme === 'default' ? 'default domain scheme' : "list's own domain scheme"}`,
  }),
  'duplicate-office-key': (p: P<'key'>) => ({
    zh: `承办机构键 ${s(p, 'key')} 重复`,
    en: `office key ${s(p, 'key')} is used twice`,
  }),
  'duplicate-department-key': (p: P<'key'>) => ({
    zh: `部门键 ${s(p, 'key')} 重复`,
    en: `department key ${s(p, 'key')} is used twice`,
  }),
  'duplicate-domain-code': (p: P<'code'>) => ({
    zh: `领域代码 ${s(p, 'code')} 重复`,
    en: `domain code ${s(p, 'code')} is used twice`,
  }),
  'not-publishable': (p: P<'count'>) =>
    p.count === 0
      ? { zh: '清单仍为草案，须经 publish 发布', en: 'the list is still a draft; publish it first' }
      : {
          zh: `清单尚有 ${s(p, 'count')} 处缺口，不能标记为已发布`,
          en: `the list still has ${s(p, 'count')} gaps and cannot be marked published`,
        },
  'citation-unparsed': (p: P<'end' | 'start' | 'text'>) => ({
    zh: `「${s(p, 'text')}」不是可识别的法规引用（第 ${s(p, 'start')}–${s(p, 'end')} 字），已原样保留为文本`,
    en: `"${s(p, 'text')}" is not a citation the parser recognises (characters ${s(p, 'start')}–${s(p, 'end')}); kept as text`,
  }),
  // A citation issue carries the span of its text (`start`, `end`) for tools, quoted or not.
  'citation-title-unclosed': (p: P<'end' | 'start' | 'text'>) => ({
    zh: `书名号未闭合：「${s(p, 'text')}」缺少“》”（第 ${s(p, 'start')} 字起），已原样保留为文本`,
    en: `unclosed title mark: "${s(p, 'text')}" has no closing 》 (from character ${s(p, 'start')}); kept as text`,
  }),
  'citation-instrument-missing': (p: P<'end' | 'start' | 'text'>) => ({
    zh: `条款「${s(p, 'text')}」没有指明所属法规名称，已原样保留为文本`,
    en: `provision "${s(p, 'text')}" names no instrument; kept as text`,
  }),
  'citation-provision-invalid': (p: P<'end' | 'start' | 'text'>) => ({
    zh: `「${s(p, 'text')}」无法解析为条、款、项（如章、节、“之一”条或颠倒的范围），原文保留在引用中`,
    en: `"${s(p, 'text')}" cannot be read as article, paragraph and item (a chapter, a section, an inserted 之一 article or a reversed range); the citation keeps the text`,
  }),
  'citation-rank-unknown': (p: P<'title'>) => ({
    zh: `无法从名称或文号判断《${s(p, 'title')}》的效力层级`,
    en: `the rank of 《${s(p, 'title')}》 cannot be told from its title or document number`,
  }),
  'citation-open-ended': (p: P<'end' | 'start' | 'text'>) => ({
    zh: `「${s(p, 'text')}」表示依据不止所列法规，未列出的无法结构化`,
    en: `"${s(p, 'text')}" says the bases are more than those named; the unnamed ones cannot be structured`,
  }),
  'amendment-unknown-duty': (p: P<'key'>) => ({
    zh: `调整所指事项 ${s(p, 'key')} 不在该版本清单中`,
    en: `the amendment names duty ${s(p, 'key')}, which is not in the edition`,
  }),
  'amendment-duplicate-duty': (p: P<'duty' | 'key'>) => ({
    zh: `新增事项${duty(p).zh}的键 ${s(p, 'key')} 已在清单中：同一事项在各版本间保持同一个键，应使用调整而非新增`,
    en: `added duty${duty(p).en} has key ${s(p, 'key')}, already on the list: a duty keeps its key across editions, so amend it instead`,
  }),
  'amendment-key-changed': (p: P<'key' | 'received'>) => ({
    zh: `调整不能改变事项的键（${s(p, 'key')} → ${s(p, 'received')}）`,
    en: `an amendment cannot change a duty's key (${s(p, 'key')} → ${s(p, 'received')})`,
  }),
  'amendment-not-moved': (p: P<'key' | 'section'>) => ({
    zh: `事项 ${s(p, 'key')} 已在「${s(p, 'section')}」类别中，移动须换到另一类别`,
    en: `duty ${s(p, 'key')} is already in section ${s(p, 'section')}; a move goes to another section`,
  }),
  'amendment-section-changed': (p: P<'key' | 'received' | 'section'>) => ({
    zh: `修订不能改变事项 ${s(p, 'key')} 的类别（${s(p, 'section')} → ${s(p, 'received')}），请用 moved`,
    en: `a revision cannot change the section of duty ${s(p, 'key')} (${s(p, 'section')} → ${s(p, 'received')}); use moved`,
  }),
  'amendment-no-departments': (p: P<'key' | 'section'>) => ({
    zh: `「${s(p, 'section')}」类事项 ${s(p, 'key')} 不指明县直部门，不能调整其部门`,
    en: `a ${s(p, 'section')} duty (${s(p, 'key')}) names no county departments to reassign`,
  }),
  'amendment-unknown-position': (p: P<'key'>) => ({
    zh: `插入位置所指事项 ${s(p, 'key')} 不在清单中`,
    en: `the position names duty ${s(p, 'key')}, which is not on the list`,
  }),
  'amendment-order-mismatch': (p: P<'expected' | 'received'>) => ({
    zh: `新顺序须恰好列出清单现有的 ${s(p, 'expected')} 个事项键，实为 ${s(p, 'received')} 个或有出入`,
    en: `the new order must list exactly the ${s(p, 'expected')} duty keys on the list; it lists ${s(p, 'received')} or others`,
  }),
  'admission-procedure-start': (p: P<'step'>) => ({
    zh: `准入程序须以“申请”开始，实为「${admissionLabelZh(p.step)}」`,
    en: `the admission procedure starts with an application, not with ${s(p, 'step') || 'nothing'}`,
  }),
  'admission-transition-illegal': (p: P<'allowed' | 'stage' | 'step'>) => ({
    zh: `在「${admissionLabelZh(p.stage)}」阶段不能进行「${admissionLabelZh(p.step)}」；可进行：${
      s(p, 'allowed')
        .split(', ')
        .filter((code) => code !== '')
        .map(admissionLabelZh)
        .join('、') || '无（程序已结束）'
    }`,
    en: `step ${s(p, 'step')} cannot follow stage ${s(p, 'stage')}; allowed: ${s(p, 'allowed') || 'none (the procedure has ended)'}`,
  }),
  'admission-step-date-backwards': (p: P<'date' | 'previous'>) => ({
    zh: `步骤日期 ${s(p, 'date')} 早于上一步的 ${s(p, 'previous')}`,
    en: `the step is dated ${s(p, 'date')}, before the previous step (${s(p, 'previous')})`,
  }),
  'admission-not-admitted': (p: P<'id' | 'outcome'>) => ({
    zh: `准入申请 ${s(p, 'id')} 未获准入（${bilingualOf(admissionOutcomes, p.outcome).zh}），不产生清单调整`,
    en: `admission request ${s(p, 'id')} was not admitted (${bilingualOf(admissionOutcomes, p.outcome).en}); it yields no amendment`,
  }),
  'admission-rule-duplicate': (p: P<'builtIn' | 'id'>) => ({
    zh: `准入规则编号 ${s(p, 'id')} 重复${p.builtIn ? '（与内置规则相同）' : ''}`,
    en: `admission rule id ${s(p, 'id')} is used twice${p.builtIn ? ' (a built-in rule has it)' : ''}`,
  }),
  'admission-rule-operator-mismatch': (p: P<'field' | 'fieldType' | 'operator'>) => ({
    zh: `字段 ${s(p, 'field')} 是${fieldTypesZh[s(p, 'fieldType')] ?? s(p, 'fieldType')}，不能用 ${s(p, 'operator')} 比较`,
    en: `field ${s(p, 'field')} is ${s(p, 'fieldType')}; ${s(p, 'operator')} does not apply to it`,
  }),
  'spreadsheet-unreadable': (p: P<'detail' | 'entry' | 'reason'>) => ({
    zh: `无法读取表格文件：${subCodeText(unreadableSpreadsheets, p.reason, p).zh}`,
    en: `cannot read the spreadsheet: ${subCodeText(unreadableSpreadsheets, p.reason, p).en}`,
  }),
  'spreadsheet-limit-exceeded': (p: P<'actual' | 'entry' | 'limit' | 'what'>) => ({
    zh: `表格超出限制：${subCodeText(spreadsheetLimits, p.what, p).zh} 为 ${s(p, 'actual')}，上限 ${s(p, 'limit')}（可能是压缩炸弹或过大的文件）`,
    en: `the spreadsheet exceeds a limit: ${subCodeText(spreadsheetLimits, p.what, p).en} is ${s(p, 'actual')}, the limit is ${s(p, 'limit')} (a zip bomb or an oversized file)`,
  }),
  'spreadsheet-external-link': (p: P<'target'>) => ({
    zh: `工作簿含外部链接 ${s(p, 'target')}，已忽略，从不访问`,
    en: `the workbook has an external link ${s(p, 'target')}; it is ignored and never followed`,
  }),
  'spreadsheet-formula-without-value': (p: P<'formula'>) => ({
    zh: `单元格是公式 ${s(p, 'formula')} 且没有缓存值，按空单元格处理（公式从不计算）`,
    en: `the cell is a formula ${s(p, 'formula')} with no cached value; read as empty (formulas are never evaluated)`,
  }),
  'spreadsheet-header-not-found': (p: P<'sheet'>) => ({
    zh: `工作表「${s(p, 'sheet')}」找不到表头行（需有“事项名称”等列）`,
    en: `sheet "${s(p, 'sheet')}" has no recognisable header row (a column such as 事项名称 is needed)`,
  }),
  'spreadsheet-section-unknown': (p: P<'value'>) => ({
    zh: `无法确定事项类别${p.value ? `「${s(p, 'value')}」` : ''}：请用类别列、按类别命名的工作表、配置文件或 --section 指明`,
    en: `cannot tell the section${p.value ? ` "${s(p, 'value')}"` : ''}: give a section column, sheets named by section, a profile or --section`,
  }),
  'spreadsheet-cell-required': (p: P<'column'>) => ({
    zh: `「${s(p, 'column')}」不能为空`,
    en: `"${s(p, 'column')}" must not be empty`,
  }),
  'spreadsheet-value-unknown': (p: P<'column' | 'value'>) => ({
    zh: `「${s(p, 'column')}」的取值「${s(p, 'value')}」不在代码表中，原文保留为附加列`,
    en: `"${s(p, 'value')}" in "${s(p, 'column')}" is not in the code list; kept as published in an extra column`,
  }),
  'spreadsheet-encoding-invalid': (p: P<'encoding' | 'readsAs'>) =>
    p.readsAs === undefined
      ? {
          zh: `无法按 ${s(p, 'encoding')} 编码解读文件`,
          en: `the file cannot be decoded as ${s(p, 'encoding')}`,
        }
      : {
          zh: `无法按 ${s(p, 'encoding')} 编码解读文件；按 ${s(p, 'readsAs')} 可以读通：请改用 --encoding ${s(p, 'readsAs')}，或不写 --encoding 由程序识别`,
          en: `the file cannot be decoded as ${s(p, 'encoding')}, but it reads as ${s(p, 'readsAs')}: use --encoding ${s(p, 'readsAs')}, or leave --encoding out to have it detected`,
        },
  'spreadsheet-profile-invalid': (p: P<'reason'>) => ({
    zh: `配置文件有误：${s(p, 'reason')}`,
    en: `the profile is invalid: ${s(p, 'reason')}`,
  }),
  'spreadsheet-key-disambiguated': (p: P<'key' | 'original'>) => ({
    zh: `键 ${s(p, 'original')} 已被前面的事项使用，本事项改用 ${s(p, 'key')}`,
    en: `key ${s(p, 'original')} is taken by an earlier item; this one gets ${s(p, 'key')}`,
  }),
  'spreadsheet-list-field-assumed': (p: P<'field' | 'value'>) => ({
    zh: `表格未给出清单的 ${s(p, 'field')}，暂填「${s(p, 'value')}」，请补全`,
    en: `the spreadsheet does not give the list's ${s(p, 'field')}; "${s(p, 'value')}" is filled in for now, please complete it`,
  }),
  'spreadsheet-csv-malformed': (p: P<'line' | 'problem'>) => ({
    zh: `CSV 第 ${s(p, 'line')} 行格式有误：${bilingualOf(csvProblems, p.problem).zh}；该行被拒绝，原文保留在报告中，从下一行继续读取`,
    en: `line ${s(p, 'line')} of the CSV is malformed: ${bilingualOf(csvProblems, p.problem).en}; the line is rejected, its text kept in the report, and reading goes on at the next line`,
  }),
  'spreadsheet-not-a-spreadsheet': (p: P<'kind'>) => ({
    zh: `文件不是表格：看起来是${bilingualOf(fileKinds, p.kind).zh}`,
    en: `the file is not a spreadsheet: it appears to be ${bilingualOf(fileKinds, p.kind).en}`,
  }),
  'spreadsheet-empty': (p: P<'format'>) => ({
    zh: `没有可导入的内容：${bilingualOf(emptyFiles, p.format).zh}`,
    en: `nothing to import: ${bilingualOf(emptyFiles, p.format).en}`,
  }),
  'spreadsheet-info-sheet-differs': (
    p: P<'cell' | 'field' | 'hidden' | 'kept' | 'label' | 'sheet' | 'visible'>,
  ) => ({
    zh: `「${s(p, 'sheet')}」表${p.cell ? ` ${s(p, 'cell')} ` : ''}的${s(p, 'label')}（${s(p, 'field')}）为「${s(p, 'visible')}」，隐藏副本为「${s(p, 'hidden')}」：${p.kept === 'hidden' ? '该项必填而表中为空，保留隐藏副本的值' : '采用表中的值'}`,
    en: `${s(p, 'label')} (${s(p, 'field')}) ${p.cell ? `in ${s(p, 'cell')} of` : 'on'} sheet "${s(p, 'sheet')}" reads "${s(p, 'visible')}" but the hidden copy has "${s(p, 'hidden')}": ${p.kept === 'hidden' ? 'the field is required and the cell is empty, so the hidden value is kept' : 'the value in the sheet is used'}`,
  }),
  'spreadsheet-merge-across-columns': (p: P<'first' | 'last' | 'range' | 'value'>) => {
    const to = p.first === p.last ? s(p, 'first') : `${s(p, 'first')}–${s(p, 'last')}`;
    return {
      zh: `合并单元格 ${s(p, 'range')} 跨列：「${s(p, 'value')}」同时填入了 ${to} 列，请确认这些列确应取同一值`,
      en: `merged range ${s(p, 'range')} spans columns: "${s(p, 'value')}" was carried to column(s) ${to} too; check that they should hold the same value`,
    };
  },
  'spreadsheet-profile-pattern-rejected': (p: P<'field' | 'pattern' | 'problem'>) => ({
    zh: `配置文件中 ${s(p, 'field')} 的正则表达式 ${s(p, 'pattern')} 不能使用：${bilingualOf(patternProblems, p.problem).zh}`,
    en: `the regular expression ${s(p, 'pattern')} of ${s(p, 'field')} in the profile cannot be used: ${bilingualOf(patternProblems, p.problem).en}`,
  }),
  'duplicate-edition': (p: P<'division' | 'first' | 'id'>) => ({
    zh: `区划 ${s(p, 'division')} 的清单 ${s(p, 'id')} 已在 ${s(p, 'first')} 中出现，同一版本只能发布一次`,
    en: `list ${s(p, 'id')} of division ${s(p, 'division')} already appears in ${s(p, 'first')}; an edition is published once`,
  }),
  'unwritable-text': (p: P<'text'>) => ({
    zh: `文本含有孤立的 UTF-16 代理项（U+D800–U+DFFF），不是合法的 Unicode，RDF 无法表示：${s(p, 'text')}`,
    en: `the text holds a lone UTF-16 surrogate (U+D800–U+DFFF), which is not Unicode and RDF cannot carry: ${s(p, 'text')}`,
  }),
  'shacl-violation': (
    p: P<'constraint' | 'focus' | 'property' | 'shape' | 'sh:message@en' | 'sh:message@zh'>,
  ) => ({
    zh: `不符合 SHACL 形状 ${s(p, 'shape')}：${s(p, 'focus')} 的 ${s(p, 'property') || '本身'}（${s(p, 'constraint')}）${s(p, 'sh:message@zh') || s(p, 'sh:message@en')}`,
    en: `does not conform to SHACL shape ${s(p, 'shape')}: ${s(p, 'property') || 'the node'} of ${s(p, 'focus')} (${s(p, 'constraint')}) ${s(p, 'sh:message@en') || s(p, 'sh:message@zh')}`,
  }),
  'rdf-edition-missing': () => ({
    zh: '数据中没有清单版本(qd:DutyList)',
    en: 'the data holds no list edition (qd:DutyList)',
  }),
  'rdf-editions-several': (p: P<'count'>) => ({
    zh: `数据中有 ${s(p, 'count')} 个清单版本，请指明要读哪一个`,
    en: `the data holds ${s(p, 'count')} list editions; say which one to read`,
  }),
  'rdf-value-unreadable': (
    p: P<'member' | 'prefix' | 'property' | 'reason' | 'scheme' | 'subject'>,
  ) => ({
    zh: `无法读取 <${s(p, 'subject')}> 的 <${s(p, 'property')}>：${subCodeText(unreadableValues, p.reason, p).zh}`,
    en: `cannot read <${s(p, 'property')}> of <${s(p, 'subject')}>: ${subCodeText(unreadableValues, p.reason, p).en}`,
  }),
  'duplicate-list-id': (p: P<'id' | 'other'>) => ({
    zh: `清单编号 ${s(p, 'id')} 与 ${s(p, 'other')} 重复，同一份清单不能比较两次`,
    en: `list id ${s(p, 'id')} repeats that of ${s(p, 'other')}; a list cannot be compared twice`,
  }),
  'file-not-found': (p: P<'path'>) => ({
    zh: `找不到 ${s(p, 'path')}`,
    en: `${s(p, 'path')} does not exist`,
  }),
  'file-unreadable': (p: P<'errno' | 'path'>) => ({
    zh: `无法读取 ${s(p, 'path')}：${fileReason(p).zh}`,
    en: `cannot read ${s(p, 'path')}: ${fileReason(p).en}`,
  }),
  'file-unwritable': (p: P<'errno' | 'operation' | 'path'>) => {
    const verb = writeVerbs[s(p, 'operation')] ?? { zh: '无法写入', en: 'cannot write' };
    return {
      zh: `${verb.zh} ${s(p, 'path')}：${fileReason(p).zh}`,
      en: `${verb.en} ${s(p, 'path')}: ${fileReason(p).en}`,
    };
  },
  'output-refused': (
    p: P<'allowed' | 'command' | 'entry' | 'input' | 'other' | 'path' | 'reason'>,
  ) => ({
    zh: `拒绝写入 ${s(p, 'path')}：${outputRefusal(p).zh}；未写入任何文件`,
    en: `refusing to write ${s(p, 'path')}: ${outputRefusal(p).en}; nothing was written`,
  }),
  'base-iri-invalid': (p: P<'iri' | 'reason'>) => ({
    zh: `基础 IRI ${s(p, 'iri')} 不可用：${baseIriReason(p).zh}。应为以 / 结尾的 http(s) 绝对 IRI，如 https://data.example.org/qingdan/`,
    en: `base IRI ${s(p, 'iri')} cannot be used: ${baseIriReason(p).en}. It must be an absolute http(s) IRI ending in /, such as https://data.example.org/qingdan/`,
  }),
  'alias-expansion-too-large': (p: P<'limit'>) => ({
    zh: `YAML 别名（*名称）展开后的数据超过 ${s(p, 'limit')} 个字符，疑为“别名炸弹”，不予读取`,
    en: `the YAML aliases (*name) expand to more than ${s(p, 'limit')} characters of data, as an alias bomb does; not read`,
  }),
  'cpsv-violation': (
    p: P<
      'constraint' | 'name' | 'property' | 'value' | 'shape' | 'focus' | 'description' | 'engines'
    >,
  ) => {
    const kind = cpsvConstraints[s(p, 'constraint')];
    const what = s(p, 'name') || s(p, 'property') || '';
    const value = s(p, 'value') ? `（值 / value: ${s(p, 'value')}）` : '';
    return {
      zh: `不符合 CPSV-AP 3.2 形状 ${s(p, 'shape')}：<${s(p, 'focus')}> 的 ${what || '本身'}（${s(p, 'property') || s(p, 'constraint')}）${kind?.zh ?? s(p, 'constraint')}${value}。形状原文：${s(p, 'description')}`,
      en: `does not conform to CPSV-AP 3.2 shape ${s(p, 'shape')}: ${what || 'the node'} (${s(p, 'property') || s(p, 'constraint')}) of <${s(p, 'focus')}> ${kind?.en ?? s(p, 'constraint')}${value ? ` (value: ${s(p, 'value')})` : ''}. The shape says: ${s(p, 'description')}`,
    };
  },
  'cpsv-graph-unreadable': (p: P<'format' | 'reason'>) => ({
    zh: `无法读取为 RDF 图（${s(p, 'format')}）：${s(p, 'reason')}`,
    en: `cannot be read as an RDF graph (${s(p, 'format')}): ${s(p, 'reason')}`,
  }),
  'rdf-syntax-invalid': (p: P<'message'>) => ({
    zh: `发布的数据文件无法解析：${s(p, 'message')}`,
    en: `the published data file cannot be parsed: ${s(p, 'message')}`,
  }),
  'sparql-query-invalid': (p: P<'reason'>) => ({
    zh: `SPARQL 查询有误：${s(p, 'reason')}`,
    en: `the SPARQL query is not valid: ${s(p, 'reason')}`,
  }),
  'saved-query-unknown': (p: P<'name' | 'known'>) => ({
    zh: `没有名为 ${s(p, 'name')} 的预存查询；可用：${s(p, 'known')}（qingdan query --list 列出全部）`,
    en: `there is no saved query named ${s(p, 'name')}; known: ${s(p, 'known')} (qingdan query --list lists them)`,
  }),
  'query-format-unsupported': (p: P<'form' | 'format' | 'allowed'>) => ({
    zh: `${s(p, 'form')} 查询的结果不能以 ${s(p, 'format')} 格式输出；可选：${s(p, 'allowed')}`,
    en: `the results of ${s(p, 'form') === 'ASK' ? 'an' : 'a'} ${s(p, 'form')} query cannot be written as ${s(p, 'format')}; allowed: ${s(p, 'allowed')}`,
  }),
  'published-folder-unreadable': (p: P<'path' | 'reason'>) => ({
    zh: `发布目录 ${s(p, 'path')} 无法读取：${s(p, 'reason')}`,
    en: `the published folder ${s(p, 'path')} cannot be read: ${s(p, 'reason')}`,
  }),
  'sparql-endpoint-refused': (p: P<'answer' | 'reason' | 'status' | 'url'>) => ({
    zh: `SPARQL 服务 ${s(p, 'url')} 拒绝了请求（HTTP ${s(p, 'status')}）${subCodeText(endpointRefusals, p.reason ?? 'refused', p).zh}；目标图未改动`,
    en: `the SPARQL service ${s(p, 'url')} refused the request (HTTP ${s(p, 'status')})${subCodeText(endpointRefusals, p.reason ?? 'refused', p).en}; the live graph is untouched`,
  }),
  'sparql-endpoint-unreachable': (p: P<'url' | 'attempts' | 'cause' | 'reason'>) => {
    const why = endpointFailures[String(p.cause)] ?? endpointFailures.network;
    const detail = p.reason ? s(p, 'reason') : '';
    return {
      zh: `SPARQL 服务 ${s(p, 'url')} 无法完成请求（尝试 ${s(p, 'attempts')} 次）：${why?.zh}${detail ? `（${detail}）` : ''}；目标图未改动`,
      en: `the SPARQL service ${s(p, 'url')} could not complete the request (${s(p, 'attempts')} attempt(s)): ${why?.en}${detail ? ` (${detail})` : ''}; the live graph is untouched`,
    };
  },
  'sparql-count-mismatch': (p: P<'graph' | 'found' | 'expected'>) => ({
    zh: `图 ${s(p, 'graph')} 上传后有 ${s(p, 'found')} 个三元组，应为 ${s(p, 'expected')} 个；目标图未改动`,
    en: `graph ${s(p, 'graph')} holds ${s(p, 'found')} triples after the upload where ${s(p, 'expected')} were sent; the live graph is untouched`,
  }),
  'spreadsheet-sheet-notes-only': (p: P<'sheet' | 'rows'>) => ({
    zh: `工作表「${s(p, 'sheet')}」只有说明文字（${s(p, 'rows')} 行），没有表格：未导入，各行作为说明保留在导入报告中`,
    en: `sheet "${s(p, 'sheet')}" holds only notes (${s(p, 'rows')} row(s)), no table: not imported; its rows are kept as notes in the import report`,
  }),
  'catalog-description-invalid': (p: P<'field' | 'value' | 'reason'>) => {
    const why = bilingualOf(catalogDescriptionReasons, p.reason);
    const field = catalogDescriptionFields[s(p, 'field')] ?? s(p, 'field');
    return {
      zh: `数据目录的 ${field}「${s(p, 'value')}」不可用：${why.zh}`,
      en: `the catalog's ${field} "${s(p, 'value')}" cannot be used: ${why.en}`,
    };
  },
  'sparql-answer-too-large': (p: P<'reason'>) => ({
    zh: `查询结果太大，内存容纳不下（${s(p, 'reason')}），查询已停止。请用 LIMIT 限制行数、加条件缩小范围，或用 COUNT 汇总；每个三元组模式都应与其他模式共用变量，否则结果是各模式结果的乘积`,
    en: `the query's answer is too large to hold in memory (${s(p, 'reason')}); the query was stopped. Limit the rows with LIMIT, narrow it with more patterns, or sum it up with COUNT; a triple pattern that shares no variable with the others multiplies the answer by its own`,
  }),
  'file-empty': () => ({
    zh: '文件中没有内容（为空、只有空白或注释）',
    en: 'the file holds nothing (it is empty, blank or only comments)',
  }),
  'spreadsheet-cell-too-long': (p: P<'column' | 'length' | 'limit'>) => ({
    zh: `${s(p, 'column')} 的内容有 ${s(p, 'length')} 个字符，超过 Excel 单元格上限 ${s(p, 'limit')}：Excel 打开时会截断或报文件损坏；请导出为 CSV`,
    en: `the ${s(p, 'column')} value is ${s(p, 'length')} characters long, more than the ${s(p, 'limit')} an Excel cell holds: Excel would cut it or call the file damaged; export as CSV`,
  }),
  'spreadsheet-stored-list-unreadable': () => ({
    zh: '导出时保存的完整清单（隐藏工作表 _qingdan 或 CSV 旁的 -metadata.json）已被改动或损坏，无法读取：只按可见单元格导入，事项标识及表中未显示的字段可能与原清单不同',
    en: 'the whole list kept at export (the hidden sheet _qingdan, or the -metadata.json beside a CSV) has been changed or damaged and cannot be read: only the visible cells are imported, so keys and fields the table does not show may differ from the original list',
  }),
  'file-is-linked-data': () => ({
    zh: '这是 JSON-LD 文档（已发布的关联数据，有 @context），不是清单或数据文件：要用已发布的数据，请给出 qingdan publish 写出的整个文件夹（其中有 .qingdan-output.json），或给出原来的清单文件',
    en: 'this is a JSON-LD document (published linked data, with an @context), not a list or data file: to use published data, give the whole folder qingdan publish wrote (it holds .qingdan-output.json), or the list files it was published from',
  }),
  'file-is-other-kind': (p: P<'found' | 'expected'>) => {
    const found = bilingualOf(dataFileKinds, p.found);
    const expected = bilingualOf(dataFileKinds, p.expected);
    // Where a request or a configuration is involved the command is admit, whose files are
    // easily swapped.
    const admit = [p.found, p.expected].some(
      (k) => k === 'admission-request' || k === 'county-config',
    );
    return {
      zh: `这是${found.zh}，不是此处需要的${expected.zh}${admit ? '：qingdan admit <准入申请> --list <清单> --rules <县级配置>' : ''}`,
      en: `this is ${found.en}, not ${expected.en} as needed here${admit ? ': qingdan admit <request> --list <list> --rules <county configuration>' : ''}`,
    };
  },
  'diff-lists-of-different-divisions': (p: P<'old' | 'new'>) => ({
    zh: `两份清单属于不同区划或类型（${s(p, 'old')}，${s(p, 'new')}）：diff 列出同一清单两个版本之间的调整；比较不同地方的清单请用 qingdan compare`,
    en: `the two lists are of different divisions or kinds (${s(p, 'old')}; ${s(p, 'new')}): diff lists the changes between two editions of one list; to compare the lists of different places, use qingdan compare`,
  }),
  'diff-editions-reversed': (p: P<'old' | 'new' | 'oldIssued' | 'newIssued'>) => {
    const dates =
      p.oldIssued !== undefined && p.newIssued !== undefined
        ? {
            zh: `（${s(p, 'oldIssued')}，${s(p, 'newIssued')}）`,
            en: ` (${s(p, 'oldIssued')}; ${s(p, 'newIssued')})`,
          }
        : { zh: '', en: '' };
    return {
      zh: `作为旧版本给出的 ${s(p, 'old')} 比作为新版本给出的 ${s(p, 'new')} 更新${dates.zh}，新增与删除会颠倒：顺序应为 qingdan diff <旧版本> <新版本>`,
      en: `${s(p, 'old')}, given as the old edition, is newer than ${s(p, 'new')}, given as the new one${dates.en}, so additions and removals come out reversed: the order is qingdan diff <old> <new>`,
    };
  },
  'embedded-store-full': (p: P<'triples'>) => ({
    zh: `内置 SPARQL 存储已满：载入约 ${s(p, 'triples')} 个三元组后，WebAssembly 的内存（最多 4 GiB）已用尽。请一次查询较少的清单，或用 qingdan push 推送到三元组存储（如 Virtuoso）再查询`,
    en: `the embedded SPARQL store is full: after about ${s(p, 'triples')} triples, WebAssembly's memory (4 GiB at most) ran out. Query fewer lists at a time, or push them to a triple store (such as Virtuoso) with qingdan push and query it there`,
  }),
  'sparql-query-timeout': (p: P<'seconds'>) => ({
    zh: `查询超过 ${s(p, 'seconds')} 秒仍未完成，已中止：请缩小查询范围（如加上 LIMIT 或更具体的条件）`,
    en: `the query did not finish within ${s(p, 'seconds')} s and was stopped: narrow it (a LIMIT, or more specific patterns)`,
  }),
  'sparql-query-failed': (p: P<'reason'>) => ({
    zh: `查询未能完成，回答查询的线程已停止：${s(p, 'reason')}`,
    en: `the query could not be answered: the thread answering queries stopped: ${s(p, 'reason')}`,
  }),
} as const satisfies { readonly [C in IssueCode]: (p: never) => Bilingual };

/**
 * The parameters an issue of code `C` may carry, by name, as its message reads them.
 *
 * @example
 * ```ts
 * const params: IssueParams<'duplicate-key'> = { key: 'A001' };
 * ```
 */
export type IssueParams<C extends IssueCode> = P<ParamNames[C]>;

/** The names of the parameters each code's message reads. */
type ParamNames = {
  readonly [C in IssueCode]: keyof Parameters<(typeof messages)[C]>[0] & string;
};

/** What each SHACL constraint a CPSV-AP finding names means, in our words. */
const cpsvConstraints: Readonly<Record<string, Bilingual>> = {
  MinCountConstraintComponent: { zh: '缺失（必填）', en: 'is missing (mandatory)' },
  MaxCountConstraintComponent: { zh: '取值过多', en: 'has too many values' },
  ClassConstraintComponent: {
    zh: '所指对象未声明所需的类',
    en: 'points at a node not typed with the class required',
  },
  DatatypeConstraintComponent: {
    zh: '数据类型不对（文本须带语言标签）',
    en: 'has the wrong datatype (texts need a language tag)',
  },
  NodeKindConstraintComponent: { zh: '节点种类不对', en: 'is the wrong kind of node' },
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
  return issueMessages(issue)[language];
}

/** Says, after a message, which quoted texts were cut and how long they are. */
function cutNotes(params: Params): Bilingual {
  const cut = Object.keys(params).filter(
    (name) => typeof params[fullLengthParam(name)] === 'number',
  );
  return {
    zh: cut
      .map(
        (n) =>
          `（所引文字过长，只引前 ${quotedTextLimit} 字，原文共 ${s(params, fullLengthParam(n))} 字）`,
      )
      .join(''),
    en: cut
      .map(
        (n) =>
          ` (a quoted text is cut to its first ${quotedTextLimit} of ${s(params, fullLengthParam(n))} characters)`,
      )
      .join(''),
  };
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
  // Issues not made by makeIssue are bounded here too: no message quotes a huge text whole.
  const params = boundParams(issue.params);
  // Any issue's params are read by name; a name its message does not take is not read.
  const message: (p: Params) => Bilingual = messages[issue.code];
  const { zh, en } = message(params);
  const notes = cutNotes(params);
  return { zh: zh + notes.zh, en: en + notes.en };
}
