export { comparisonJson, comparisonToJson } from './comparison-json.js';
export {
  type ComparisonTable,
  comparisonCsvFiles,
  comparisonTables,
  conceptsCsv,
  listCountsCsv,
  pairGroupsCsv,
  pairsCsv,
  referenceCsv,
  sectionDisagreementsCsv,
} from './comparison-tables.js';
export { conceptsTable } from './concepts-table.js';
export { type CsvValue, csvField, csvLine, csvText, fieldCache } from './csv.js';
export { listCountsTable, referenceTable } from './list-tables.js';
export { pairGroupsTable, pairsTable, sectionDisagreementsTable } from './pair-tables.js';
export { similarityFile, similarityTable, similarityValue } from './similarity-table.js';
export { ByteChunks, type TextPiece, textOf } from './text-pieces.js';
