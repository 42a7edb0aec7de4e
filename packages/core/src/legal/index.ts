export { instrumentKey } from './instrument-key.js';
