export { conceptsBy, intersectionSize, jaccard } from './concept-sets.js';
export { type ConceptLists, conceptLists, type ListConcepts } from './list-concepts.js';
export { type ListProfile, listProfiles } from './list-profile.js';
export { mostSimilarPairs, type NearestLists, nearestLists } from './nearest-lists.js';
export {
  compareAllPairs,
  comparePair,
  type GroupMeasure,
  measurePair,
  type PairMeasures,
  pairMeasurer,
  type SectionDisagreement,
} from './pair-measures.js';
export {
  allPairsUpTo,
  defaultNearest,
  type PairSelection,
  selectedPairs,
  selectPairs,
} from './pair-selection.js';
export { pairIndex, type SimilarityMatrix, similarityMatrix } from './similarity-matrix.js';
