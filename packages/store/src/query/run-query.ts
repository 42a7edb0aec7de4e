import { makeIssue } from '@qingdan/core';
import { commonPrefixes, quadsToNTriples, quadsToTurtle } from '@qingdan/rdf';
import { namespaces, qingdanNamespace } from '@qingdan/vocab';
import type { Quad } from '@rdfjs/types';
import type { EditionStore } from '../embedded/edition-store.js';
import { answerInMemory } from './answer-in-memory.js';
import { QueryError } from './query-error.js';
import { type QueryForm, queryForm } from './query-form.js';

/**
 * A term of SPARQL 1.1 Query Results JSON.
 *
 * @example
 * ```ts
 * const term: ResultTerm = { type: 'literal', value: '五祖镇', 'xml:lang': 'zh' };
 * ```
 */
export type ResultTerm =
  | { readonly type: 'uri'; readonly value: string }
  | { readonly type: 'bnode'; readonly value: string }
  | {
      readonly type: 'literal';
      readonly value: string;
      readonly 'xml:lang'?: string;
      readonly datatype?: string;
    };

/**
 * SPARQL 1.1 Query Results JSON: the bindings of a SELECT, or the answer of an ASK.
 *
 * @example
 * ```ts
 * const json: SparqlResultsJson = { head: {}, boolean: true };
 * ```
 */
export interface SparqlResultsJson {
  readonly head: { readonly vars?: readonly string[] };
  readonly results?: { readonly bindings: readonly Readonly<Record<string, ResultTerm>>[] };
  readonly boolean?: boolean;
}

/**
 * What a query gave: results JSON for SELECT and ASK, quads for CONSTRUCT and DESCRIBE.
 *
 * @example
 * ```ts
 * const result: QueryResult = runQuery(store, 'ASK {}');
 * ```
 */
export type QueryResult =
  | { readonly form: 'select' | 'ask'; readonly json: SparqlResultsJson }
  | { readonly form: 'construct' | 'describe'; readonly quads: readonly Quad[] };

/**
 * Formats results can be written in, by query form.
 *
 * @example
 * ```ts
 * resultFormats.construct; // ['ttl', 'nt']
 * ```
 */
export const resultFormats: Readonly<Record<QueryForm, readonly string[]>> = {
  select: ['table', 'csv', 'tsv', 'json', 'xml'],
  ask: ['table', 'json', 'xml'],
  construct: ['ttl', 'nt'],
  describe: ['ttl', 'nt'],
};

/**
 * Prefixes Turtle output of CONSTRUCT declares, and tables shorten IRIs with.
 *
 * @example
 * ```ts
 * queryPrefixes.qd; // 'https://w3id.org/qingdan/ns#'
 * ```
 */
export const queryPrefixes: Readonly<Record<string, string>> = {
  ...commonPrefixes,
  qd: qingdanNamespace,
  eli: namespaces.eli,
};

function invalid(reason: string): QueryError {
  return new QueryError(makeIssue('sparql-query-invalid', 'error', [], { reason }));
}

/** oxigraph's message, without its Rust-side prefix, as the reason a query was refused. */
function reasonOf(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).replace(/\s+/gu, ' ').trim();
}

/**
 * Runs a query on the store and returns its results; throws {@link QueryError} for a text
 * that is not a query or that oxigraph refuses.
 *
 * @example
 * ```ts
 * const result = runQuery(store, 'ASK { ?s ?p ?o }');
 * result.form === 'ask' && result.json.boolean; // true
 * ```
 */
export function runQuery(store: EditionStore, sparql: string): QueryResult {
  const form = queryForm(sparql);
  if (form === undefined) throw invalid('not a SELECT, ASK, CONSTRUCT or DESCRIBE query');
  try {
    return answerInMemory((): QueryResult => {
      if (form === 'select' || form === 'ask')
        return {
          form,
          json: JSON.parse(store.query(sparql, 'json') as string) as SparqlResultsJson,
        };
      return { form, quads: store.query(sparql) as unknown as Quad[] };
    });
  } catch (error) {
    if (error instanceof QueryError) throw error;
    throw invalid(reasonOf(error));
  }
}

/**
 * Runs a query and writes its results in a format of {@link resultFormats} other than
 * `table`: CSV, TSV and results JSON as oxigraph writes them (SPARQL 1.1 Query Results
 * formats), Turtle (with the common prefixes) and N-Triples by qingdan's writers.
 *
 * @example
 * ```ts
 * serializeQuery(store, 'SELECT ?s WHERE { ?s a <https://w3id.org/qingdan/ns#DutyList> }', 'csv');
 * ```
 */
export function serializeQuery(store: EditionStore, sparql: string, format: string): string {
  const form = queryForm(sparql);
  if (form === undefined) throw invalid('not a SELECT, ASK, CONSTRUCT or DESCRIBE query');
  const allowed = resultFormats[form].filter((f) => f !== 'table');
  if (!allowed.includes(format))
    throw new QueryError(
      makeIssue('query-format-unsupported', 'error', [], {
        form: form.toUpperCase(),
        format,
        allowed: allowed.join(', '),
      }),
    );
  try {
    return answerInMemory(() => {
      if (form === 'select' || form === 'ask') return store.query(sparql, format) as string;
      const quads = store.query(sparql) as unknown as Quad[];
      return format === 'ttl'
        ? quadsToTurtle(quads, { prefixes: queryPrefixes })
        : quadsToNTriples(quads);
    });
  } catch (error) {
    if (error instanceof QueryError) throw error;
    throw invalid(reasonOf(error));
  }
}
