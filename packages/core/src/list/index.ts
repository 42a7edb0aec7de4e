export { formatDutyList, type JsonObject, type JsonValue } from './format-duty-list.js';
export { dutyListJsonSchema, dutyListSchemaId } from './json-schema.js';
export { legalBasesFromText, resolveLegalBasisText } from './legal-basis-text.js';
export { parseDutyList, parseDutyListOrThrow } from './parse-duty-list.js';
export { asPublished, type PublishedDutyList, publish } from './publish.js';
