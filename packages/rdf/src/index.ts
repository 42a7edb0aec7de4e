export * from './dcat/index.js';
export * from './iri/index.js';
export * from './jsonld/index.js';
export * from './mapping/index.js';
export * from './publish/index.js';
export * from './serialize/index.js';
export * from './shacl/index.js';
