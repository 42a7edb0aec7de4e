export * from './counts.js';
export * from './lookups.js';
export * from './summary.js';
