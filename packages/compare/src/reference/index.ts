export {
  compareToReference,
  type ReferenceComparison,
  type ReferenceCoverage,
  type ReferenceItem,
} from './compare-to-reference.js';
