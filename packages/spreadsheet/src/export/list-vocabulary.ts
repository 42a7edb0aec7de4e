import type { DutyList } from '@qingdan/core';
import { ListVocabulary } from '../layout/bodies.js';

/**
 * The vocabulary of a list, for rendering its duties.
 *
 * @example
 * ```ts
 * vocabularyOf(list).offices.nameOf('shsw'); // '社会事务办公室'
 * ```
 */
export function vocabularyOf(list: DutyList): ListVocabulary {
  return new ListVocabulary(list.offices, list.departments, list.domains);
}
