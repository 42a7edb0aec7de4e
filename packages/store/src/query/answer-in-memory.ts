import { makeIssue } from '@qingdan/core';
import { QueryError } from './query-error.js';

/**
 * Runs a store call whose answer may not fit: oxigraph (WASM) aborts with a Rust panic when an
 * answer outgrows its memory (a query that pairs every triple with every other, say), printing
 * the panic and a stack on the console and throwing `unreachable`. The panic text is kept from
 * the console and the failure becomes `sparql-answer-too-large`, which says what to do, instead
 * of a stack and "the query is not valid". A JavaScript string or array that outgrows V8's
 * limits (a `RangeError`) is the same failure. Any other error is passed on as it is.
 */
export function answerInMemory<T>(call: () => T): T {
  const panics: string[] = [];
  const print = console.error;
  console.error = (...args: unknown[]) => {
    panics.push(args.map(String).join(' '));
  };
  try {
    return call();
  } catch (error) {
    // WebAssembly.RuntimeError, by name: Node's types declare WebAssembly as a namespace only.
    const trapped =
      error instanceof RangeError || (error instanceof Error && error.name === 'RuntimeError');
    if (!trapped) {
      for (const p of panics) print(p);
      throw error;
    }
    // "panicked at …/raw_vec/mod.rs:28:5:\ncapacity overflow\n\nStack: …": the line that says why.
    const reason =
      panics
        .join('\n')
        .split('\n')
        .find((_line, i, all) => i > 0 && all[i - 1]?.startsWith('panicked at'))
        ?.trim() ?? (error instanceof Error ? error.message : String(error));
    throw new QueryError(makeIssue('sparql-answer-too-large', 'error', [], { reason }));
  } finally {
    console.error = print;
  }
}
