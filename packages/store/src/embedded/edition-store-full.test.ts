import { issueMessages } from '@qingdan/core';
import { describe, expect, it } from 'vitest';
import { QueryError } from '../query/query-error.js';
import { EditionStore } from './edition-store.js';

const nt = (n: number) =>
  Array.from({ length: n }, (_, i) => `<https://e.org/s${i}> <https://e.org/p> "${i}" .\n`).join(
    '',
  );

describe('EditionStore when its memory runs out', () => {
  it('turns the WebAssembly trap into embedded-store-full, with the triples loaded so far', () => {
    const edition = new EditionStore();
    edition.loadNTriples(nt(3), 'https://e.org/g1');
    edition.loadNQuads('<https://e.org/a> <https://e.org/p> "x" <https://e.org/g2> .\n');
    const load = edition.store.load.bind(edition.store);
    // What oxigraph throws when its memory cannot grow (seen by filling it with literals): a
    // WebAssembly.RuntimeError, made here by name since Node's types have no constructor for it.
    edition.store.load = () => {
      throw Object.assign(new Error('unreachable'), { name: 'RuntimeError' });
    };
    const error = (() => {
      try {
        edition.loadNTriples(nt(2), 'https://e.org/g3');
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(QueryError);
    const issue = (error as QueryError).issue;
    expect(issue).toMatchObject({ code: 'embedded-store-full', params: { triples: 4 } });
    expect(issueMessages(issue).en).toContain('push them to a triple store');
    expect(issueMessages(issue).zh).toContain('内置 SPARQL 存储已满');
    // The store keeps what it holds and still answers.
    edition.store.load = load;
    expect(edition.graphSize('https://e.org/g1')).toBe(3);
  });

  it('passes any other error on as it is', () => {
    const edition = new EditionStore();
    edition.store.load = () => {
      throw new SyntaxError('bad N-Triples');
    };
    expect(() => edition.loadNTriples(nt(1), 'https://e.org/g')).toThrow(SyntaxError);
  });
});
