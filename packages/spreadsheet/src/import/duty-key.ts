import type { Section } from '@qingdan/core';
import { keyFromText } from '../text/key.js';
import { numberForKey } from '../text/numbering.js';

/** What a row offers towards its duty's key, best first. */
export interface KeySources {
  /** The key of the stored duty a row left unchanged. */
  readonly unchanged?: string;
  /** The row's 事项标识 cell. */
  readonly keyCell?: string;
  /** The code as published (事项编码). */
  readonly code?: string;
  /** The row's number (序号). */
  readonly number?: string;
  readonly section: Section;
  /** The row in the source, the last resort. */
  readonly row: number;
}

/**
 * The key a row asks for: the stored duty's, else the key cell, else the published code, else
 * section and number, else section and source row, so that a key is stable across imports when
 * the source gives anything to build it from.
 */
export function wantedKey(sources: KeySources): string {
  const { unchanged, keyCell, code, number, section, row } = sources;
  return (
    unchanged ||
    (keyCell && keyFromText(keyCell)) ||
    (code && keyFromText(code)) ||
    (number && numberForKey(number) && `${section}-${numberForKey(number)}`) ||
    `${section}-r${row}`
  );
}
