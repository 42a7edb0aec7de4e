import type { Comparison } from '../compare-lists.js';

/**
 * A comparison as plain JSON: lists by id, concepts with their members (list id, duty key,
 * score, evidence), pairs, profiles and the reference comparison.
 *
 * @example
 * ```ts
 * JSON.stringify(comparisonToJson(compareLists(lists)), null, 2);
 * ```
 */
export function comparisonToJson(c: Comparison): Record<string, unknown> {
  const { alignment } = c;
  const id = (l: number) => alignment.lists[l]?.id;
  const key = (l: number, d: number) => alignment.lists[l]?.duties[d]?.key;
  return {
    lists: alignment.lists.map((l) => ({ id: l.id, title: l.title, division: l.division })),
    options: {
      nameThreshold: alignment.options.nameThreshold,
      basisThreshold: alignment.options.basisThreshold,
      basisBonus: alignment.options.basisBonus,
      byCode: alignment.options.byCode,
    },
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
    pairs: c.pairs.map((p) => ({
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
