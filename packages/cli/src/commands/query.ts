import { type Issue, escapeForTerminal as t } from '@qingdan/core';
import type { ResultTerm, SavedQuery, SparqlResultsJson } from '@qingdan/store';
import type { CommandRegistration } from '../command.js';
import { exitCodes } from '../exit-codes.js';
import type { Io } from '../io.js';
import { load } from '../load.js';
import { formatIssueForTerminal, type PrintedIssue } from '../output/issues.js';
import { formatTable } from '../output/table.js';
import { readTextFile } from '../read-text-file.js';
import { loadQueryInputs } from './query-inputs.js';

interface QueryCommandOptions {
  readonly file?: string;
  readonly saved?: string;
  readonly list?: boolean;
  readonly format: string;
  readonly base: string;
}

/**
 * The base edition IRIs are made under when lists (not a published folder) are queried.
 *
 * @example
 * ```ts
 * defaultQueryBase; // 'https://data.example.org/qingdan/'
 * ```
 */
export const defaultQueryBase = 'https://data.example.org/qingdan/';

function savedList(queries: readonly SavedQuery[]): string {
  return formatTable(
    ['名称 name', '说明 description'],
    queries.flatMap((q) => [
      [q.name, q.description.zh],
      ['', q.description.en],
    ]),
  );
}

function cell(term: ResultTerm | undefined, shorten: (iri: string) => string | undefined): string {
  if (term === undefined) return '';
  if (term.type === 'uri') return shorten(term.value) ?? `<${term.value}>`;
  if (term.type === 'bnode') return `_:${term.value}`;
  return term.value;
}

function resultsTable(json: SparqlResultsJson, shorten: (iri: string) => string | undefined) {
  if (json.boolean !== undefined) return `${json.boolean}\n`;
  const vars = json.head.vars ?? [];
  const rows = (json.results?.bindings ?? []).map((b) => vars.map((v) => cell(b[v], shorten)));
  return `${formatTable(vars, rows)}（${rows.length} 行 / ${rows.length} row(s)）\n`;
}

interface QuerySource {
  readonly label: string;
  readonly sparql: string;
  readonly inputs: readonly string[];
}

/**
 * Which positional arguments are the query and which the inputs; or, for a saved query that
 * does not exist or a query file that cannot be read as text, the issue that says why.
 */
async function querySource(
  args: readonly string[],
  options: QueryCommandOptions,
): Promise<QuerySource | { readonly issue: PrintedIssue } | undefined> {
  const { QueryError, savedQuery } = await load.store();
  if (options.saved !== undefined) {
    try {
      const { sparql } = savedQuery(options.saved);
      return { label: `--saved ${options.saved}`, sparql, inputs: args };
    } catch (error) {
      if (!(error instanceof QueryError)) throw error;
      return { issue: { ...error.issue, file: '--saved' } };
    }
  }
  if (options.file !== undefined) {
    const read = await readTextFile(options.file);
    if (!read.ok) return { issue: read.issue };
    return { label: options.file, sparql: read.text, inputs: args };
  }
  const [sparql, ...inputs] = args;
  return sparql === undefined ? undefined : { label: 'query', sparql, inputs };
}

async function listSaved(io: Io): Promise<void> {
  const { savedQueries } = await load.store();
  io.stdout(savedList(savedQueries));
}

/**
 * `qingdan query <sparql | --file q.rq | --saved NAME> <lists... | published folder>`: loads the
 * lists into an embedded SPARQL store and runs the query.
 *
 * @example
 * ```ts
 * await run(['query', '--saved', 'editions', 'examples/lists'], nodeIo());
 * ```
 */
export const queryCommand: CommandRegistration = (program, { io, exit }) => {
  program
    .command('query')
    .description(
      '用 SPARQL 查询清单（内置存储，每个版本一个命名图，含词表与代码表） / ' +
        'query lists with SPARQL in an embedded store (a named graph per edition, with the vocabulary and code lists)',
    )
    .argument(
      '[args...]',
      'SPARQL 查询文本（用 --file 或 --saved 时省略），然后是清单文件、文件夹或发布目录 / ' +
        'the SPARQL text (left out with --file or --saved), then list files, folders or published folders',
    )
    .option('--file <q.rq>', '从文件读取查询 / read the query from a file')
    .option('--saved <name>', '运行预存查询（见 --list） / run a saved query (see --list)')
    .option('--list', '列出预存查询 / list the saved queries')
    .option(
      '--format <format>',
      '输出格式：table、csv、tsv、json（SPARQL 结果 JSON）；CONSTRUCT 用 ttl、nt / ' +
        'output: table, csv, tsv, json (SPARQL results JSON); ttl or nt for CONSTRUCT',
    )
    .option(
      '--base <iri>',
      '清单的 IRI 基础地址（查询发布目录时不用） / base IRI of the lists (unused for a published folder)',
      defaultQueryBase,
    )
    .action(async (args: string[], options: QueryCommandOptions) => {
      const store = await load.store();
      if (options.list) {
        await listSaved(io);
        return;
      }
      const report = (file: string, issue: Issue) =>
        io.stderr(formatIssueForTerminal({ ...issue, file }));
      const source = await querySource(args, options);
      if (source !== undefined && 'issue' in source) {
        io.stderr(formatIssueForTerminal(source.issue));
        // An unknown saved query is a usage error; a query file that cannot be read is input
        // that could not be read, as a list file would be.
        exit(source.issue.code === 'saved-query-unknown' ? exitCodes.usage : exitCodes.invalidData);
        return;
      }
      if (source === undefined || source.inputs.length === 0) {
        io.stderr(
          '需要一个查询和至少一份清单 / a query and at least one list are needed (see --help)\n',
        );
        exit(exitCodes.usage);
        return;
      }
      const form = store.queryForm(source.sparql);
      const format =
        options.format ?? (form === 'construct' || form === 'describe' ? 'ttl' : 'table');
      const { rdf } = { rdf: await load.rdf() };
      const baseIssue = rdf.checkBaseIri(options.base);
      if (baseIssue) {
        report('--base', baseIssue);
        exit(exitCodes.usage);
        return;
      }
      const edition = new store.EditionStore();
      let loaded: Awaited<ReturnType<typeof loadQueryInputs>>;
      try {
        loaded = await loadQueryInputs(edition, source.inputs, options.base, io, false);
      } catch (error) {
        if (!(error instanceof store.QueryError)) throw error;
        report(source.inputs.join(', '), error.issue);
        exit(exitCodes.invalidData);
        return;
      }
      if (!loaded.found) {
        io.stderr(`没有找到清单文件 / no list files found in: ${t(source.inputs.join(', '))}\n`);
        exit(exitCodes.usage);
        return;
      }
      for (const r of loaded.rejected) {
        io.stderr(`✗ ${t(r.file)}：无效，未载入 / invalid, not loaded\n`);
        for (const issue of r.issues) io.stderr(formatIssueForTerminal(issue));
      }
      try {
        if (format === 'table') {
          const result = store.runQuery(edition, source.sparql);
          if (result.form === 'select' || result.form === 'ask')
            io.stdout(resultsTable(result.json, rdf.prefixShortener(store.queryPrefixes)));
          else io.stdout(store.serializeQuery(edition, source.sparql, 'table'));
        } else {
          const text = store.serializeQuery(edition, source.sparql, format);
          io.stdout(text.endsWith('\n') || text === '' ? text : `${text}\n`);
        }
      } catch (error) {
        if (!(error instanceof store.QueryError)) throw error;
        report(source.label, error.issue);
        exit(exitCodes.usage);
        return;
      }
      exit(loaded.rejected.length === 0 ? exitCodes.ok : exitCodes.invalidData);
    });
};
