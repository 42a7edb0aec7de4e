import {
  type CitationParse,
  explainRank,
  findConcept,
  formatCitation,
  formatProvision,
  type Issue,
  legalRankScheme,
  type ParsedCitation,
  parseCitations,
  escapeForTerminal as t,
} from '@qingdan/core';
import type { CommandRegistration } from '../command.js';
import { exitCodes } from '../exit-codes.js';
import { load } from '../load.js';
import { formatIssueForTerminal, issueToJson } from '../output/issues.js';

function citationJson(c: ParsedCitation): Record<string, unknown> {
  return {
    canonical: formatCitation(c.basis),
    key: c.key,
    basis: c.basis,
    span: c.span,
    citationSpan: c.citationSpan,
    ...(c.quoteSpan ? { quoteSpan: c.quoteSpan } : {}),
    ...(c.rank ? { rank: { ...c.rank, explanation: explainRank(c.rank) } } : {}),
    issues: c.issues.map(issueToJson),
  };
}

function parseJson(parsed: CitationParse): Record<string, unknown> {
  return {
    text: parsed.text,
    structured: parsed.pieces.every((p) => p.kind !== 'unparsed') && parsed.citations.length > 0,
    citations: parsed.citations.map(citationJson),
    unparsed: parsed.pieces.flatMap((p) =>
      p.kind === 'unparsed'
        ? [{ text: p.text, span: p.span, issues: p.issues.map(issueToJson) }]
        : [],
    ),
    issues: parsed.issues.map(issueToJson),
  };
}

function issueLines(issues: readonly Issue[]): string {
  return issues.map((i) => formatIssueForTerminal(i, '    ')).join('');
}

function citationText(c: ParsedCitation, n: number): string {
  const { instrument, provisions, quote } = c.basis;
  const rank = instrument.rank ? findConcept(legalRankScheme, instrument.rank)?.label : undefined;
  // Every value may come from the text parsed; a value of several lines is an array of them.
  const rows: [string, string | readonly string[] | undefined][] = [
    [
      '法规 instrument',
      instrument.title + (instrument.shortTitle ? `（简称 ${instrument.shortTitle}）` : ''),
    ],
    ['层级 rank', rank ? `${rank.zh} ${rank.en}` : '（未知）unknown'],
    ['依据 why', c.rank ? [explainRank(c.rank).zh, explainRank(c.rank).en] : undefined],
    ['制定机关 issuer', instrument.issuer],
    ['文号 document', instrument.documentNumber],
    ['版本 edition', instrument.edition],
    [
      '条款 provisions',
      provisions.length > 0 ? provisions.map(formatProvision).join('、') : undefined,
    ],
    ['引文 quote', quote],
    ['键 key', c.key],
    ['位置 span', `${c.span[0]}–${c.span[1]}`],
  ];
  const body = rows
    .filter((r): r is [string, string | readonly string[]] => r[1] !== undefined)
    .map(([k, v]) => {
      const lines = typeof v === 'string' ? [v] : v;
      return `  ${k.padEnd(16)}${lines.map(t).join(`\n  ${' '.repeat(16)}`)}\n`;
    })
    .join('');
  return `${n}. ${t(formatCitation(c.basis))}\n${body}${issueLines(c.issues)}`;
}

function parseText(parsed: CitationParse): string {
  let out = '';
  let n = 0;
  for (const piece of parsed.pieces) {
    if (piece.kind === 'citation') out += citationText(piece, ++n);
    else if (piece.kind === 'unparsed')
      out += `✗ 未识别 not a citation [${piece.span[0]}–${piece.span[1]}]：${t(piece.text.trim())}\n${issueLines(piece.issues)}`;
  }
  const unparsed = parsed.pieces.filter((p) => p.kind === 'unparsed').length;
  return (
    out +
    `共 ${parsed.citations.length} 条引用，${unparsed} 处未识别 / ${parsed.citations.length} citation(s), ${unparsed} unparsed\n`
  );
}

/**
 * `qingdan cite [text]`: parses legal citations as lists write them, from the argument or from
 * standard input, and prints the structured result.
 */
export const citeCommand: CommandRegistration = (program, { io, exit }) => {
  program
    .command('cite')
    .description(
      '解析法律法规依据文本：法规名称、层级、版本、文号、条款、引文 / parse legal citations: instrument, rank, edition, document number, provisions, quote',
    )
    .argument(
      '[text]',
      '依据文本；省略或为 - 时从标准输入读取 / citation text; standard input when omitted or -',
    )
    .option('--lines', '标准输入每行一格 / each line of the input is a cell of its own')
    .option('--json', '以 JSON 输出 / print JSON for machines')
    .action(async (text: string | undefined, options: { json?: boolean; lines?: boolean }) => {
      let input = text;
      if (input === undefined || input === '-') {
        // Standard input is bytes from anywhere (a GBK terminal, a UTF-16 export): decoded as
        // strictly as a list file, so no unreadable byte is parsed as U+FFFD.
        const { decodeDataBytes } = await load.listfile();
        const decoded = decodeDataBytes(await io.readStdin(), '(stdin)');
        if (!decoded.ok) {
          io.stderr(formatIssueForTerminal(decoded.issue));
          exit(exitCodes.invalidData);
          return;
        }
        for (const warning of decoded.warnings) io.stderr(formatIssueForTerminal(warning));
        input = decoded.text;
      }
      const cells = (options.lines ? input.split(/\r?\n/) : [input.replace(/\r?\n$/, '')]).filter(
        (c) => c.trim() !== '',
      );
      if (cells.length === 0) {
        io.stderr('没有要解析的文本 / no text to parse\n');
        exit(exitCodes.usage);
        return;
      }
      const parsed = cells.map(parseCitations);
      if (options.json) {
        const json = parsed.map(parseJson);
        io.stdout(`${JSON.stringify(options.lines ? json : json[0], null, 2)}\n`);
      } else io.stdout(parsed.map(parseText).join('\n'));
      const structured = parsed.every(
        (p) => p.citations.length > 0 && p.pieces.every((x) => x.kind !== 'unparsed'),
      );
      exit(structured ? exitCodes.ok : exitCodes.invalidData);
    });
};
