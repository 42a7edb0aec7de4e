export { type BaseIriProblem, baseIriProblem, checkBaseIri } from './base-iri.js';
export {
  basisIri,
  divisionIri,
  domainIri,
  domainPrefix,
  type EditionIris,
  editionIris,
  extraColumnIri,
  fundingIri,
  instrumentIri,
  issuerIri,
  type KeyedKind,
  keyedPrefix,
  parentDivisionIri,
  participationIri,
  provisionIri,
  provisionParentIri,
  resourcesIri,
  staffIri,
} from './scheme.js';
export { iriSegment, segmentText } from './segment.js';
