export {
  type CatalogDescription,
  type CatalogDistribution,
  type CatalogEdition,
  type CatalogOptions,
  catalogQuads,
  defaultCatalogDescription,
  vocabularyIri,
} from './catalog.js';
export { checkCatalogDescription } from './check-catalog-description.js';
export { dcatTerms } from './terms.js';
