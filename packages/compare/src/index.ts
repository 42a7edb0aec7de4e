export * from './align/index.js';
export { type CompareOptions, type Comparison, compareLists } from './compare-lists.js';
export * from './editions/index.js';
export * from './measures/index.js';
export * from './normalise/index.js';
export * from './output/index.js';
export * from './reference/index.js';
export { type SourcedList, uniqueLists } from './unique-lists.js';
