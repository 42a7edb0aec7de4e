/**
 * The four forms of a SPARQL query.
 *
 * @example
 * ```ts
 * const form: QueryForm | undefined = queryForm('ASK {}'); // 'ask'
 * ```
 */
export type QueryForm = 'select' | 'ask' | 'construct' | 'describe';

/**
 * The form of a SPARQL query, read from its first keyword after the prologue (comments, `BASE`
 * and `PREFIX` declarations), or `undefined` when the text does not start like a query (an
 * update, say). The output a command offers depends on it: a table for SELECT, Turtle for
 * CONSTRUCT.
 *
 * @example
 * ```ts
 * queryForm('PREFIX qd: <https://w3id.org/qingdan/ns#> # duties\nSELECT * {}'); // 'select'
 * ```
 */
export function queryForm(sparql: string): QueryForm | undefined {
  let rest = sparql;
  for (;;) {
    const before = rest;
    rest = rest.replace(/^(?:\s+|#[^\n\r]*)+/u, '');
    rest = rest.replace(/^BASE\s*<[^>]*>/iu, '');
    rest = rest.replace(/^PREFIX\s*[^\s:]*:\s*<[^>]*>/iu, '');
    if (rest === before) break;
  }
  const keyword = /^(SELECT|ASK|CONSTRUCT|DESCRIBE)\b/iu.exec(rest)?.[1];
  return keyword ? (keyword.toLowerCase() as QueryForm) : undefined;
}
