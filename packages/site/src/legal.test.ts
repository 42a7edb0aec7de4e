import { instrumentKey } from '@qingdan/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bookTitle } from './legal.js';

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
});
