export {
  type CatalogDescription,
  type CatalogDistribution,
  type CatalogEdition,
  type CatalogOptions,
  catalogQuads,
  defaultCatalogDescription,
  vocabularyIri,
} from './catalog.js';
export { dcatTerms } from './terms.js';
