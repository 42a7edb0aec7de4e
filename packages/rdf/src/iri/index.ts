export { type BaseIriProblem, baseIriProblem, checkBaseIri } from './base-iri.js';
export {
  type EditionIris,
  editionIris,
  instrumentIri,
  provisionIri,
  provisionParentIri,
} from './scheme.js';
export { iriSegment, segmentText } from './segment.js';
