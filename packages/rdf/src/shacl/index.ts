export { nodePaths } from './node-paths.js';
export { NoShapesError, ShaclChecker } from './validate.js';
