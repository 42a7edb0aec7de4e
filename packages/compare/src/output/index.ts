export { comparisonToJson } from './comparison-json.js';
export {
  comparisonCsvFiles,
  conceptsCsv,
  listCountsCsv,
  pairGroupsCsv,
  pairsCsv,
  referenceCsv,
  sectionDisagreementsCsv,
} from './comparison-tables.js';
export { type CsvValue, csvField, csvText } from './csv.js';
