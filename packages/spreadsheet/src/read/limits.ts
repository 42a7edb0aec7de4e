/**
 * How much a file may hold before import refuses it, so a hostile or broken file cannot exhaust
 * memory: checked on the zip's directory before anything is expanded, and again while expanding.
 *
 * @example
 * ```ts
 * await importSpreadsheet(bytes, { file: 'a.xlsx', limits: { ...defaultLimits, rows: 50_000 } });
 * ```
 */
export interface SpreadsheetLimits {
  /** Bytes of the file as given. */
  readonly fileBytes: number;
  /** Entries in the zip container of an XLSX file. */
  readonly zipEntries: number;
  /** Bytes of all zip entries once expanded. */
  readonly uncompressedBytes: number;
  /** Expanded size over compressed size of one entry: far above what XML reaches is a bomb. */
  readonly compressionRatio: number;
  /** Rows over all sheets. */
  readonly rows: number;
  /** Non-empty cells over all sheets. */
  readonly cells: number;
}

/**
 * The limits used unless others are given: room for a county's largest lists many times over.
 *
 * @example
 * ```ts
 * const limits: SpreadsheetLimits = { ...defaultLimits, rows: 10_000 };
 * ```
 */
export const defaultLimits: SpreadsheetLimits = {
  fileBytes: 200 * 1024 * 1024,
  zipEntries: 10_000,
  uncompressedBytes: 1024 * 1024 * 1024,
  compressionRatio: 1000,
  rows: 1_000_000,
  cells: 30_000_000,
};
