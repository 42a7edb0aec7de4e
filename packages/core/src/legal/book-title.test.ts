import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bookTitle } from './book-title.js';
import { formatCitation } from './format-citation.js';
import { instrumentKey } from './instrument-key.js';

const name = fc.stringMatching(/^[\u4e00-\u9fa5]{1,12}$/);

describe('bookTitle', () => {
  it('puts a title between one pair of book-title marks, written with or without them', () => {
    fc.assert(
      fc.property(name, (title) => {
        expect(bookTitle(title)).toBe(`《${title}》`);
        expect(bookTitle(`《${title}》`)).toBe(`《${title}》`);
        expect(bookTitle(bookTitle(title))).toBe(bookTitle(title));
      }),
    );
  });

  it('names the instrument core takes the title to be', () => {
    fc.assert(
      fc.property(name, (title) => {
        expect(instrumentKey({ title: bookTitle(title) })).toBe(instrumentKey({ title }));
      }),
    );
  });

  it('is how a structured basis is written out, whichever way its title was given', () => {
    fc.assert(
      fc.property(name, fc.boolean(), (title, marked) => {
        const given = marked ? `《${title}》` : title;
        expect(
          formatCitation({ instrument: { title: given }, provisions: [{ article: 13 }] }),
        ).toBe(`《${title}》第十三条`);
      }),
    );
  });
});
