export {
  type CatalogDistribution,
  type CatalogEdition,
  type CatalogOptions,
  catalogQuads,
  vocabularyIri,
} from './catalog.js';
export { dcatTerms } from './terms.js';
