// Writes schema/duty-list.schema.json from the zod schema; the test in json-schema.test.ts fails
// when the committed file is stale.
import { writeFileSync } from 'node:fs';
import { dutyListJsonSchema } from '../src/list/json-schema.js';

writeFileSync(
  new URL('../schema/duty-list.schema.json', import.meta.url),
  `${JSON.stringify(dutyListJsonSchema(), null, 2)}\n`,
);
