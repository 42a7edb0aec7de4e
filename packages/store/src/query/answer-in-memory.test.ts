import { issueMessages } from '@qingdan/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { answerInMemory } from './answer-in-memory.js';
import { QueryError } from './query-error.js';

/** What oxigraph does when an answer outgrows its memory: prints the panic, then traps. */
function panicking(): never {
  console.error(
    'panicked at /rustc/…/library/alloc/src/raw_vec/mod.rs:28:5:\ncapacity overflow\n\nStack:\n\nError\n    at wasm://wasm/00f74ea2',
  );
  throw Object.assign(new Error('unreachable'), { name: 'RuntimeError' });
}

const caught = (call: () => unknown): unknown => {
  try {
    call();
  } catch (error) {
    return error;
  }
  return undefined;
};

describe('answerInMemory', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('turns a WASM panic into sparql-answer-too-large, saying why, with no stack printed', () => {
    const printed = vi.spyOn(console, 'error').mockImplementation(() => {});
    const error = caught(() => answerInMemory(panicking));
    expect(error).toBeInstanceOf(QueryError);
    const { issue } = error as QueryError;
    expect(issue.code).toBe('sparql-answer-too-large');
    expect(issue.params).toEqual({ reason: 'capacity overflow' });
    expect(issueMessages(issue).en).toContain('LIMIT');
    expect(issueMessages(issue).zh).toContain('查询结果太大');
    expect(printed).not.toHaveBeenCalled();
  });

  it('takes a RangeError (a string or array past V8 limits) for the same failure', () => {
    const error = caught(() =>
      answerInMemory(() => {
        throw new RangeError('Invalid string length');
      }),
    );
    expect((error as QueryError).issue.params).toEqual({ reason: 'Invalid string length' });
  });

  it('passes any other error on, and what was printed with it, and returns answers as they are', () => {
    const printed = vi.spyOn(console, 'error').mockImplementation(() => {});
    const syntax = new SyntaxError('Parser error');
    const error = caught(() =>
      answerInMemory(() => {
        console.error('a warning');
        throw syntax;
      }),
    );
    expect(error).toBe(syntax);
    expect(printed).toHaveBeenCalledWith('a warning');
    expect(answerInMemory(() => 42)).toBe(42);
  });
});
