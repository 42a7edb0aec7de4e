import { dutyListArbitrary } from '@qingdan/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Comparison, compareLists } from '../compare-lists.js';
import { comparisonJson } from './comparison-json.js';
import { similarityValue } from './similarity-table.js';

/** The comparison as plain objects, made the obvious way: the oracle of the streamed text. */
function asObject(c: Comparison, head: Record<string, unknown>) {
  const { alignment } = c;
  const id = (l: number) => alignment.lists[l]?.id;
  const key = (l: number, d: number) => alignment.lists[l]?.duties[d]?.key;
  const n = alignment.lists.length;
  return {
    ...head,
    lists: alignment.lists.map((l) => ({ id: l.id, title: l.title, division: l.division })),
    options: {
      nameThreshold: alignment.options.nameThreshold,
      basisThreshold: alignment.options.basisThreshold,
      basisBonus: alignment.options.basisBonus,
      byCode: alignment.options.byCode,
    },
    selection: { kind: 'all' },
    concepts: alignment.concepts.map((k) => ({
      id: k.id,
      label: k.label,
      members: k.members.map((m) => ({
        list: id(m.list),
        duty: key(m.list, m.duty),
        score: m.score,
        ...(m.evidence ? { evidence: m.evidence } : {}),
      })),
    })),
    profiles: c.profiles.map((p) => ({ ...p.summary, unique: p.unique })),
    pairs: [...c.pairs].map((p) => ({
      a: id(p.a),
      b: id(p.b),
      shared: p.shared,
      onlyA: p.onlyA,
      onlyB: p.onlyB,
      jaccard: p.jaccard,
      groups: p.groups,
      sectionDisagreements: p.sectionDisagreements.map((s) => ({
        concept: alignment.concepts[s.concept]?.id,
        sectionA: s.sectionA,
        sectionB: s.sectionB,
      })),
    })),
    similarity: Array.from({ length: n }, (_, i) =>
      Array.from({ length: n }, (_, j) => similarityValue(c.similarity.at(i, j))),
    ),
    ...(c.reference
      ? {
          reference: {
            list: id(c.reference.reference),
            items: c.reference.items.map((i) => ({
              key: i.key,
              name: i.name,
              section: i.section,
              concept: alignment.concepts[i.concept]?.id,
              coveredBy: i.coveredBy.map((x) => ({ ...x, list: id(x.list) })),
            })),
            additions: Object.fromEntries(
              [...c.reference.additions].map(([l, ds]) => [id(l), ds.map((d) => key(l, d))]),
            ),
          },
        }
      : {}),
  };
}

describe('comparisonJson', () => {
  it('streams the JSON the comparison is as plain objects, piece by piece', () => {
    fc.assert(
      fc.property(
        fc.array(dutyListArbitrary({ maxDuties: 5, flavour: 'realistic' }), { maxLength: 4 }),
        fc.boolean(),
        (lists, withReference) => {
          const unique = lists.map((l, i) => ({ ...l, id: `list-${i}` }));
          const [first, ...rest] = unique;
          const c =
            withReference && first
              ? compareLists(rest, { reference: first })
              : compareLists(unique);
          const head = { compared: unique.length, leftOut: [{ file: 'x.yaml', issues: [] }] };
          const pieces = [...comparisonJson(c, head)];
          expect(JSON.parse(pieces.join(''))).toEqual(asObject(c, head));
        },
      ),
      { numRuns: 40 },
    );
  });
});
