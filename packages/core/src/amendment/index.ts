export {
  type Amendment,
  type AmendmentChange,
  type AmendmentRecord,
  amendmentSchema,
  type EditionHeader,
  editionHeaderSchema,
} from './amendment.js';
export { applyAmendments } from './apply-amendments.js';
export { type DepartmentField, departmentField, dutyDepartments } from './department-field.js';
export { diffEditions } from './diff-editions.js';
export { editionPairWarnings } from './edition-pair.js';
export { parseAmendments } from './parse-amendments.js';
