export { conceptsBy, intersectionSize, jaccard } from './concept-sets.js';
export { type ConceptLists, conceptLists, type ListConcepts } from './list-concepts.js';
export { type ListProfile, listProfiles } from './list-profile.js';
export {
  compareAllPairs,
  comparePair,
  type GroupMeasure,
  measurePair,
  type PairMeasures,
  pairMeasurer,
  type SectionDisagreement,
} from './pair-measures.js';
export { pairIndex, type SimilarityMatrix, similarityMatrix } from './similarity-matrix.js';
