import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { queryForm } from './query-form.js';

describe('queryForm', () => {
  it('reads the form after comments, BASE and PREFIX declarations', () => {
    expect(queryForm('# a comment\nPREFIX qd: <https://w3id.org/qingdan/ns#>\nselect * {}')).toBe(
      'select',
    );
    expect(queryForm('BASE <http://e.org/#x> PREFIX : <http://e.org/#> ASK {}')).toBe('ask');
    expect(queryForm('CONSTRUCT WHERE { ?s ?p ?o }')).toBe('construct');
    expect(queryForm('DESCRIBE <http://e.org/x>')).toBe('describe');
  });

  it('is undefined for an update or text that is no query', () => {
    expect(queryForm('INSERT DATA { <a> <b> <c> }')).toBeUndefined();
    expect(queryForm('SELECTION')).toBeUndefined();
    expect(queryForm('')).toBeUndefined();
  });

  it('is not fooled by any prologue of comments and prefixes', () => {
    const prologue = fc.array(
      fc.oneof(
        fc.constant('# SELECT in a comment\n'),
        fc.constantFrom('PREFIX qd: <https://w3id.org/qingdan/ns#> ', 'prefix : <urn:x> '),
        fc.constant('BASE <http://e.org/ASK> '),
        fc.constantFrom(' ', '\n', '\t'),
      ),
    );
    const form = fc.constantFrom('select', 'ask', 'construct', 'describe');
    fc.assert(
      fc.property(prologue, form, (parts, f) => {
        expect(queryForm(`${parts.join('')}${f.toUpperCase()} WHERE {}`)).toBe(f);
      }),
    );
  });
});
