import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Provision } from '../model/legal-basis.js';
import { parseCitations } from './parse-citations.js';

/** One hand-written case: a cell as published and what it must give. */
interface CorpusCase {
  readonly style: string;
  readonly text: string;
  readonly citations: readonly {
    readonly title: string;
    readonly rank?: string;
    /** `12 4.2.5 19..3`: article, paragraph, item. */
    readonly provisions: string;
    readonly edition?: string;
    readonly documentNumber?: string;
    readonly issuer?: string;
    readonly quote?: string;
  }[];
  readonly unparsed?: readonly string[];
  readonly warnings: readonly string[];
}

const corpus = JSON.parse(
  readFileSync(new URL('../../test/fixtures/citations/corpus.json', import.meta.url), 'utf8'),
) as CorpusCase[];

function provisions(text: string): Provision[] {
  return text
    .split(' ')
    .filter((x) => x !== '')
    .map((p) => {
      const [a, b, c] = p.split('.');
      return {
        article: Number(a),
        ...(b ? { paragraph: Number(b) } : {}),
        ...(c ? { item: Number(c) } : {}),
      };
    });
}

describe('the citation corpus', () => {
  it('has at least 150 hand-written cells in every style the issue names', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(150);
    expect(new Set(corpus.map((c) => c.style))).toEqual(
      new Set([
        'title',
        'provisions',
        'notes',
        'several',
        'quote',
        'script',
        'bare',
        'related',
        'policy',
        'unparsed',
      ]),
    );
  });

  it.each(corpus.map((c) => [c.text, c] as const))('%s', (_, c) => {
    const parsed = parseCitations(c.text);
    const got = parsed.citations.map((p) => {
      const i = p.basis.instrument;
      return {
        title: i.title,
        ...(i.rank ? { rank: i.rank } : {}),
        provisions: p.basis.provisions,
        ...(i.edition ? { edition: i.edition } : {}),
        ...(i.documentNumber ? { documentNumber: i.documentNumber } : {}),
        ...(i.issuer ? { issuer: i.issuer } : {}),
        ...(p.basis.quote ? { quote: p.basis.quote } : {}),
      };
    });
    const want = c.citations.map((w) => {
      const { provisions: p, ...rest } = w;
      const out: Record<string, unknown> = { ...rest, provisions: provisions(p) };
      for (const k of Object.keys(out)) if (out[k] === null) delete out[k];
      return out;
    });
    expect(got).toEqual(want);
    const unparsed = parsed.pieces.flatMap((p) => (p.kind === 'unparsed' ? [p.text.trim()] : []));
    expect(unparsed).toEqual(c.unparsed ?? []);
    expect(parsed.issues.map((i) => i.code)).toEqual(c.warnings);
    // nothing dropped: the pieces cover the text, in order, without gaps
    expect(parsed.pieces.map((p) => c.text.slice(p.span[0], p.span[1])).join('')).toBe(c.text);
  });
});
