export { compareEditions, type EditionChange, type EditionComparison } from './compare-editions.js';
