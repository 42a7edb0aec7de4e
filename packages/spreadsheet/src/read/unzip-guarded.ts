import { type Issue, makeIssue, type Result } from '@qingdan/core';
import { Inflate } from 'fflate';
import type { SpreadsheetLimits } from './limits.js';

/**
 * The entries of a zip, expanded, or the issue that says why they were not:
 * `spreadsheet-unreadable` (a damaged or truncated zip) or `spreadsheet-limit-exceeded` (a zip
 * past a limit, as a zip bomb is). The issue is not yet located in a file; the reader adds it.
 *
 * @example
 * ```ts
 * const unzipped: UnzipResult = unzipGuarded(bytes, defaultLimits);
 * if (unzipped.ok) unzipped.value.get('xl/workbook.xml');
 * ```
 */
export type UnzipResult = Result<
  Map<string, Uint8Array>,
  Issue<'spreadsheet-unreadable' | 'spreadsheet-limit-exceeded'>
>;

type Unreadable =
  | 'no-zip-signature'
  | 'no-zip-directory'
  | 'damaged-zip-directory'
  | 'truncated-entry'
  | 'unsupported-compression'
  | 'damaged-entry';
type Limit = 'zip-entries' | 'declared-bytes' | 'compression-ratio' | 'uncompressed-bytes';

const unreadable = (reason: Unreadable, entry?: string): UnzipResult => ({
  ok: false,
  issues: [
    makeIssue('spreadsheet-unreadable', 'error', [], {
      reason,
      ...(entry === undefined ? {} : { entry }),
    }),
  ],
});
const limit = (what: Limit, max: number, actual: number, entry?: string): UnzipResult => ({
  ok: false,
  issues: [
    makeIssue('spreadsheet-limit-exceeded', 'error', [], {
      what,
      limit: max,
      actual,
      ...(entry === undefined ? {} : { entry }),
    }),
  ],
});

interface DirectoryEntry {
  readonly name: string;
  readonly method: number;
  readonly compressedSize: number;
  readonly declaredSize: number;
  readonly localOffset: number;
}

function findEndOfDirectory(view: DataView): number {
  const last = view.byteLength - 22;
  for (let i = last; i >= Math.max(0, last - 65_535); i--)
    if (view.getUint32(i, true) === 0x06054b50) return i;
  return -1;
}

function readDirectory(
  bytes: Uint8Array,
  view: DataView,
): DirectoryEntry[] | Extract<Unreadable, 'no-zip-directory' | 'damaged-zip-directory'> {
  const end = findEndOfDirectory(view);
  if (end < 0) return 'no-zip-directory';
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const entries: DirectoryEntry[] = [];
  const decoder = new TextDecoder();
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50)
      return 'damaged-zip-directory';
    const nameLength = view.getUint16(at + 28, true);
    entries.push({
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      declaredSize: view.getUint32(at + 24, true),
      localOffset: view.getUint32(at + 42, true),
      name: decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
    });
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return entries;
}

/** Expands one entry, stopping as soon as the output passes `budget` bytes. */
function inflateWithin(data: Uint8Array, budget: number): Uint8Array | 'over' | 'corrupt' {
  const chunks: Uint8Array[] = [];
  let size = 0;
  const inflater = new Inflate((chunk) => {
    chunks.push(chunk);
    size += chunk.length;
  });
  const step = 64 * 1024;
  try {
    for (let i = 0; i < data.length || i === 0; i += step) {
      inflater.push(data.subarray(i, i + step), i + step >= data.length);
      if (size > budget) return 'over';
    }
  } catch {
    return 'corrupt';
  }
  const out = new Uint8Array(size);
  let offset = 0;
  for (const c of chunks) {
    out.set(c, offset);
    offset += c.length;
  }
  return out;
}

/**
 * Opens a zip (the container of an XLSX file) under limits, before any library sees it: the
 * number of entries and their declared sizes are checked from the directory, and each entry is
 * expanded with a byte budget, so a zip bomb stops at the first megabytes past the limit rather
 * than after filling memory. Declared sizes are not trusted: the budget counts real output.
 *
 * @example
 * ```ts
 * const result = unzipGuarded(bytes, defaultLimits);
 * if (result.ok) result.value.get('xl/workbook.xml');
 * ```
 */
export function unzipGuarded(bytes: Uint8Array, limits: SpreadsheetLimits): UnzipResult {
  if (bytes.length < 22 || bytes[0] !== 0x50 || bytes[1] !== 0x4b)
    return unreadable('no-zip-signature');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const directory = readDirectory(bytes, view);
  if (typeof directory === 'string') return unreadable(directory);
  if (directory.length > limits.zipEntries)
    return limit('zip-entries', limits.zipEntries, directory.length);
  const declared = directory.reduce((sum, e) => sum + e.declaredSize, 0);
  if (declared > limits.uncompressedBytes)
    return limit('declared-bytes', limits.uncompressedBytes, declared);
  for (const e of directory)
    if (e.compressedSize > 0 && e.declaredSize / e.compressedSize > limits.compressionRatio)
      return limit(
        'compression-ratio',
        limits.compressionRatio,
        Math.round(e.declaredSize / e.compressedSize),
        e.name,
      );
  const entries = new Map<string, Uint8Array>();
  let total = 0;
  for (const e of directory) {
    const at = e.localOffset;
    if (at + 30 > bytes.length || view.getUint32(at, true) !== 0x04034b50)
      return unreadable('truncated-entry', e.name);
    const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
    if (start + e.compressedSize > bytes.length) return unreadable('truncated-entry', e.name);
    const data = bytes.subarray(start, start + e.compressedSize);
    const budget = Math.min(
      limits.uncompressedBytes - total,
      Math.max(e.compressedSize, 1) * limits.compressionRatio,
    );
    let content: Uint8Array | 'over' | 'corrupt';
    if (e.method === 0) content = data.length > budget ? 'over' : data;
    else if (e.method === 8) content = inflateWithin(data, budget);
    else return unreadable('unsupported-compression', e.name);
    if (content === 'corrupt') return unreadable('damaged-entry', e.name);
    if (content === 'over')
      return limit('uncompressed-bytes', limits.uncompressedBytes, total + budget + 1);
    total += content.length;
    if (!e.name.endsWith('/')) entries.set(e.name, content);
  }
  return { ok: true, value: entries, warnings: [] };
}
