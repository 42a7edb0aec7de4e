import { qd } from '@qingdan/vocab';
import { describe, it } from 'vitest';
import { list, optional, text } from './fields.js';
import type { FieldsOf } from './types.js';

interface Model {
  readonly name: string;
  readonly note?: string;
  readonly aliases?: readonly string[];
}

describe('FieldsOf, which every node of the description satisfies', () => {
  it('takes a description of every field, optional exactly where the model is', () => {
    const fields = {
      name: text(qd.code),
      note: optional(text(qd.note)),
      aliases: optional(list(text(qd.aliases))),
    } satisfies FieldsOf<Model>;
    void fields;
  });

  it('refuses a field of the model left undescribed', () => {
    // @ts-expect-error `aliases` is not described
    const fields = { name: text(qd.code), note: optional(text(qd.note)) } satisfies FieldsOf<Model>;
    void fields;
  });

  it('refuses a field described as required that the model may leave out', () => {
    const fields = {
      name: text(qd.code),
      // @ts-expect-error `note` is optional in the model
      note: text(qd.note),
      aliases: optional(list(text(qd.aliases))),
    } satisfies FieldsOf<Model>;
    void fields;
  });

  it('refuses one value for an array', () => {
    const fields = {
      name: text(qd.code),
      note: optional(text(qd.note)),
      // @ts-expect-error `aliases` is an array: a list or a set
      aliases: optional(text(qd.aliases)),
    } satisfies FieldsOf<Model>;
    void fields;
  });
});
