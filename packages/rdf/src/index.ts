export * from './iri/index.js';
