export { alignLists } from './align-lists.js';
export { NameIndex, type NameNeighbour } from './name-index.js';
export { provisionKeys } from './provision-keys.js';
export {
  type Alignment,
  type AlignOptions,
  type ConceptMember,
  type DutyConcept,
  defaultAlignOptions,
  type MatchEvidence,
} from './types.js';
