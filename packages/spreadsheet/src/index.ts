export { csvwMetadata, listDataProperty } from './export/csvw.js';
export { neutraliseCell, unneutraliseCell } from './export/neutralise.js';
export { renderLegalBases, renderLegalBasis } from './export/render-legal-basis.js';
export { csvTable, listToCsv } from './export/to-csv.js';
export { listToXlsx } from './export/to-xlsx.js';
export { xlsxCellLimit, xlsxCellsTooLong } from './export/xlsx-cell-limit.js';
export { type ImportOptions, importGrids } from './import/import-grids.js';
export {
  type ImportSpreadsheetOptions,
  importSpreadsheet,
  importSpreadsheetFile,
} from './import/import-spreadsheet.js';
export { type ImportResult, type RowReport, type RowStatus, rowCounts } from './import/report.js';
export {
  type ColumnReport,
  columnReasonText,
  type SectionSource,
  sectionSourceText,
  type TableReport,
} from './import/table-report.js';
export { type FieldColumn, type FieldName, fieldColumns, fieldNames } from './layout/fields.js';
export type { ColumnReason } from './layout/find-header.js';
export {
  fieldOfHeader,
  type HeaderMatch,
  type HeaderReason,
  scoreHeader,
} from './layout/match-header.js';
export { sectionLabel, sectionOf } from './layout/section-of.js';
export { bundledProfiles } from './profile/bundled.js';
export { parseProfile } from './profile/parse-profile.js';
export { type Profile, profileSchema } from './profile/profile.js';
export { csvEncodings } from './read/decode-text.js';
export {
  columnLetter,
  type Grid,
  type GridRow,
  type SheetIssue,
  type SourceLocation,
  type UnreadRow,
} from './read/grid.js';
export { defaultLimits, type SpreadsheetLimits } from './read/limits.js';
export { normaliseText } from './text/normalise.js';
export { numberForKey } from './text/numbering.js';
export { splitBodies } from './text/split-bodies.js';
