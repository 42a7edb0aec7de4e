export * from './codes/index.js';
export * from './invariants/index.js';
export * from './issues/index.js';
export * from './legal/index.js';
export * from './list/index.js';
export * from './model/index.js';
export * from './queries/index.js';
