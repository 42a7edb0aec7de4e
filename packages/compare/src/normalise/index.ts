export { dice, nameBigrams } from './bigrams.js';
export { leadingBoilerplate, placeFiller, trailingBoilerplate } from './boilerplate.js';
export { nameSimilarity } from './name-similarity.js';
export { normaliseName } from './normalise-name.js';
export { toSimplified } from './t2s.js';
