import type { Section } from '@qingdan/core';
import type { ColumnRole } from '../layout/find-header.js';
import { primaryNameColumn } from '../layout/name-levels.js';
import { sectionOf } from '../layout/section-of.js';
import type { GridRow } from '../read/grid.js';
import { distinctTexts } from './distinct-texts.js';

/**
 * The text of a row that is a heading inside a table (一、安全生产（共12项）): one text, either
 * outside the name column or spanning the row in one merged cell; `undefined` for any other row.
 */
export function headingOf(row: GridRow, columns: readonly ColumnRole[]): string | undefined {
  const values = distinctTexts(row.cells.map((c) => c.trim()));
  if (values.length !== 1) return undefined;
  const nameColumn = primaryNameColumn(columns);
  const nameCell = nameColumn ? (row.cells[nameColumn.index] ?? '') : '';
  const merged = new Set(row.cells.map((c, i) => (c === '' ? undefined : row.merges[i])));
  const spans = merged.size === 1 && !merged.has(undefined);
  return nameCell === '' ||
    spans ||
    (row.cells.filter((c) => c !== '').length === 1 && nameCell === '')
    ? values[0]
    : undefined;
}

/** The domain a heading names, without its numbering and its count (一、安全生产（共12项） → 安全生产). */
export const headingDomain = (text: string): string =>
  text
    .replace(/^[\s(（]*[一二三四五六七八九十\d]+[)）、.．\s]*/, '')
    .replace(/[(（]?(共)?\d+项[)）]?\s*$/, '')
    .trim();

/** What the last heading above a row said: a section, or else a domain, and its text. */
export interface TableHeading {
  section?: Section;
  domain?: string;
  text: string;
}

/**
 * Takes a heading into account for the rows below it: a heading that names a section places
 * them; any other names their domain. Its text also hints at a delegated duty's mode.
 */
export function underHeading(heading: TableHeading, text: string): void {
  const section = sectionOf(text);
  if (section) heading.section = section;
  else heading.domain = headingDomain(text);
  heading.text = text;
}
