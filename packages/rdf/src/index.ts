export * from './iri/index.js';
export * from './mapping/index.js';
