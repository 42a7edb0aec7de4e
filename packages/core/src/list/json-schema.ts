import { z } from 'zod';
import { dutyListSchema } from '../model/duty-list.js';

/**
 * Where the JSON Schema of the list file format is published.
 *
 * @example
 * ```ts
 * dutyListJsonSchema().$id === dutyListSchemaId; // true
 * ```
 */
export const dutyListSchemaId = 'https://w3id.org/qingdan/schema/duty-list.schema.json';

/**
 * The JSON Schema (2020-12) of the list file format, made from the zod schema so the two never
 * disagree. Editors use it to complete and check list files as they are written; it checks the
 * shape only — the invariants need `qingdan validate`.
 *
 * @example
 * ```ts
 * const schema = dutyListJsonSchema();
 * schema.title; // '乡镇(街道)履行职责事项清单 / Duty list'
 * ```
 */
export function dutyListJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(dutyListSchema, {
    io: 'input',
    unrepresentable: 'any',
    target: 'draft-2020-12',
  });
  return {
    ...schema,
    $id: dutyListSchemaId,
    title: '乡镇(街道)履行职责事项清单 / Duty list',
    description:
      '一个版本的乡镇(街道)履行职责事项清单或村(社区)工作事项清单。One edition of a township duty list or a village work list.',
  };
}
