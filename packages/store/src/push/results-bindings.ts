import { makeIssue } from '@qingdan/core';
import { PushError } from './push-error.js';

/** A binding's value, or nothing when the answer is not shaped as SPARQL results JSON says. */
function bindingValues(binding: unknown): Record<string, string> | undefined {
  if (typeof binding !== 'object' || binding === null || Array.isArray(binding)) return undefined;
  const out: Record<string, string> = {};
  for (const [name, term] of Object.entries(binding)) {
    const value: unknown =
      typeof term === 'object' && term !== null ? Reflect.get(term, 'value') : undefined;
    if (typeof value !== 'string') return undefined;
    out[name] = value;
  }
  return out;
}

/**
 * The rows of a SELECT's answer in SPARQL 1.1 results JSON, each variable to its value's text.
 * Anything else — a login page, an error page answered with 200, JSON of another shape — is a
 * {@link PushError} (`sparql-endpoint-refused`, reason `not-results`) quoting the start of what
 * came back, since the address is most likely not the store's query endpoint.
 *
 * @example
 * ```ts
 * resultsBindings('{"head":{"vars":["n"]},"results":{"bindings":[{"n":{"type":"literal","value":"3"}}]}}', meta);
 * // [{ n: '3' }]
 * ```
 */
export function resultsBindings(
  text: string,
  answered: { readonly url: string; readonly status: number; readonly contentType: string },
): Record<string, string>[] {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  const results: unknown =
    typeof json === 'object' && json !== null ? Reflect.get(json, 'results') : undefined;
  const bindings: unknown =
    typeof results === 'object' && results !== null ? Reflect.get(results, 'bindings') : undefined;
  const rows = Array.isArray(bindings) ? bindings.map(bindingValues) : undefined;
  if (rows?.every((r): r is Record<string, string> => r !== undefined)) return rows;
  throw new PushError(
    makeIssue('sparql-endpoint-refused', 'error', [], {
      url: answered.url,
      status: answered.status,
      reason: 'not-results',
      answer: `${answered.contentType || '(no content-type)'} ${text.slice(0, 200)}`,
    }),
  );
}
