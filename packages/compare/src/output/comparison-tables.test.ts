import type { Duty } from '@qingdan/core';
import { dutyListArbitrary } from '@qingdan/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareLists } from '../compare-lists.js';
import { comparisonJson } from './comparison-json.js';
import { comparisonCsvFiles } from './comparison-tables.js';
import { type CsvValue, csvText } from './csv.js';

/** Counts the records of a CSV text, line breaks inside quoted fields included. */
function records(text: string): number {
  let n = 0;
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (ch === '\n' && !quoted) n++;
  }
  return n - 1;
}

/** The tables as `csvText` makes them from rows of values: the oracle of the faster writers. */
function tablesByRows(c: ReturnType<typeof compareLists>): Record<string, string> {
  const { alignment } = c;
  const ids = alignment.lists.map((l) => l.id);
  const concepts: CsvValue[][] = [];
  for (const concept of alignment.concepts) {
    const byList = new Map(concept.members.map((m) => [m.list, m]));
    alignment.lists.forEach((list, l) => {
      const m = byList.get(l);
      const d: Duty | undefined = m ? list.duties[m.duty] : undefined;
      const e = m?.evidence;
      concepts.push([
        concept.id,
        concept.label,
        ids[l],
        list.division.code,
        list.division.name,
        d !== undefined,
        d?.section,
        d?.key,
        d?.name,
        d?.domain,
        d?.powerCategory,
        m?.score,
        e?.nameSimilarity,
        e?.code,
        e?.provisions.join(';'),
      ]);
    });
  }
  const pairs = [...c.pairs];
  return {
    'concepts.csv': csvText(
      [
        'concept',
        'concept_label',
        'list',
        'division_code',
        'division_name',
        'present',
        'section',
        'duty_key',
        'duty_name',
        'domain',
        'power_category',
        'score',
        'name_similarity',
        'same_code',
        'same_provisions',
      ],
      concepts,
    ),
    'pair-groups.csv': csvText(
      ['list_a', 'list_b', 'by', 'group', 'shared', 'union', 'jaccard'],
      pairs.flatMap((p) =>
        p.groups.map((g) => [ids[p.a], ids[p.b], g.by, g.group, g.shared, g.union, g.jaccard]),
      ),
    ),
    'section-disagreements.csv': csvText(
      ['list_a', 'list_b', 'concept', 'concept_label', 'section_a', 'section_b'],
      pairs.flatMap((p) =>
        p.sectionDisagreements.map((s) => {
          const k = alignment.concepts[s.concept];
          return [ids[p.a], ids[p.b], k?.id, k?.label, s.sectionA, s.sectionB];
        }),
      ),
    ),
  };
}

describe('comparison tables', () => {
  it('write what csvText writes of their rows, quoting and all', () => {
    fc.assert(
      fc.property(
        fc.array(dutyListArbitrary({ maxDuties: 5, flavour: 'realistic' }), { maxLength: 4 }),
        (lists) => {
          const c = compareLists(lists.map((l, i) => ({ ...l, id: `list ,"${i}` })));
          const files = comparisonCsvFiles(c);
          for (const [name, text] of Object.entries(tablesByRows(c)))
            expect(files[name], name).toBe(text);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('have one row per concept × list, one per pair, one per reference item × other list', () => {
    fc.assert(
      fc.property(
        fc.array(dutyListArbitrary({ maxDuties: 5 }), { minLength: 1, maxLength: 4 }),
        fc.boolean(),
        (lists, withReference) => {
          const unique = lists.map((l, i) => ({ ...l, id: `list-${i}` }));
          const [first, ...rest] = unique;
          const c =
            withReference && first
              ? compareLists(rest, { reference: first })
              : compareLists(unique);
          const n = unique.length;
          const files = comparisonCsvFiles(c);
          expect(records(files['concepts.csv'] ?? '')).toBe(c.alignment.concepts.length * n);
          expect(records(files['pairs.csv'] ?? '')).toBe((n * (n - 1)) / 2);
          expect(records(files['similarity.csv'] ?? '')).toBe(n);
          if (withReference && first)
            expect(records(files['reference.csv'] ?? '')).toBe(first.duties.length * (n - 1));
          else expect(files['reference.csv']).toBeUndefined();
        },
      ),
    );
  });

  it('beyond all pairs, have one row per list and nearest list, and the JSON says the same', () => {
    fc.assert(
      fc.property(
        fc.array(dutyListArbitrary({ maxDuties: 4 }), { minLength: 2, maxLength: 6 }),
        fc.integer({ min: 1, max: 3 }),
        (lists, k) => {
          const unique = lists.map((l, i) => ({ ...l, id: `list-${i}` }));
          const c = compareLists(unique, { allPairsUpTo: 1, nearest: k });
          const n = unique.length;
          const files = comparisonCsvFiles(c);
          expect(files['similarity.csv']).toBeUndefined();
          expect(records(files['nearest.csv'] ?? '')).toBe(n * Math.min(k, n - 1));
          const json = JSON.parse([...comparisonJson(c, { compared: n })].join(''));
          expect(json.compared).toBe(n);
          expect(json.selection).toEqual({ kind: 'nearest', k });
          expect(json.nearest).toHaveLength(n);
          expect(records(files['pairs.csv'] ?? '')).toBe(json.pairs.length);
          expect(json.pairs.length).toBeLessThanOrEqual(n * k);
        },
      ),
      { numRuns: 40 },
    );
  });
});
