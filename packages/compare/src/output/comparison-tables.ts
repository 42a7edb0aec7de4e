import type { Duty } from '@qingdan/core';
import type { Comparison } from '../compare-lists.js';
import { csvText } from './csv.js';

function listIds(c: Comparison): string[] {
  return c.alignment.lists.map((l) => l.id);
}

/**
 * One row per concept × list, present or not: the tidy table of the alignment. A present row
 * gives the duty (key, name, section, domain, power category), the match score and its
 * evidence; an absent row has `present` false and empty duty fields.
 *
 * @example
 * ```ts
 * await writeFile('concepts.csv', conceptsCsv(compareLists(lists)));
 * ```
 */
export function conceptsCsv(c: Comparison): string {
  const { alignment } = c;
  const ids = listIds(c);
  function* rows() {
    for (const concept of alignment.concepts) {
      const byList = new Map(concept.members.map((m) => [m.list, m]));
      for (let l = 0; l < alignment.lists.length; l++) {
        const list = alignment.lists[l];
        const m = byList.get(l);
        const d: Duty | undefined = m ? list?.duties[m.duty] : undefined;
        const e = m?.evidence;
        yield [
          concept.id,
          concept.label,
          ids[l],
          list?.division.code,
          list?.division.name,
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
        ];
      }
    }
  }
  return csvText(
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
    rows(),
  );
}

/**
 * One row per pair of lists: concepts shared, only in one, Jaccard similarity and the number of
 * shared concepts placed in different sections.
 *
 * @example
 * ```ts
 * await writeFile('pairs.csv', pairsCsv(comparison));
 * ```
 */
export function pairsCsv(c: Comparison): string {
  const ids = listIds(c);
  return csvText(
    ['list_a', 'list_b', 'shared', 'only_a', 'only_b', 'jaccard', 'section_disagreements'],
    c.pairs.map((p) => [
      ids[p.a],
      ids[p.b],
      p.shared,
      p.onlyA,
      p.onlyB,
      p.jaccard,
      p.sectionDisagreements.length,
    ]),
  );
}

/**
 * One row per pair of lists and section or domain: Jaccard similarity within the group.
 *
 * @example
 * ```ts
 * await writeFile('pair-groups.csv', pairGroupsCsv(comparison));
 * ```
 */
export function pairGroupsCsv(c: Comparison): string {
  const ids = listIds(c);
  return csvText(
    ['list_a', 'list_b', 'by', 'group', 'shared', 'union', 'jaccard'],
    c.pairs.flatMap((p) =>
      p.groups.map((g) => [ids[p.a], ids[p.b], g.by, g.group, g.shared, g.union, g.jaccard]),
    ),
  );
}

/**
 * One row per section disagreement: a concept both lists have, in different sections.
 *
 * @example
 * ```ts
 * await writeFile('section-disagreements.csv', sectionDisagreementsCsv(comparison));
 * ```
 */
export function sectionDisagreementsCsv(c: Comparison): string {
  const ids = listIds(c);
  return csvText(
    ['list_a', 'list_b', 'concept', 'concept_label', 'section_a', 'section_b'],
    c.pairs.flatMap((p) =>
      p.sectionDisagreements.map((s) => {
        const concept = c.alignment.concepts[s.concept];
        return [ids[p.a], ids[p.b], concept?.id, concept?.label, s.sectionA, s.sectionB];
      }),
    ),
  );
}

/**
 * One row per list, grouping and value: counts by section, domain, office and power category,
 * and how many duties no other list has (`by` = `unique`).
 *
 * @example
 * ```ts
 * await writeFile('list-counts.csv', listCountsCsv(comparison));
 * ```
 */
export function listCountsCsv(c: Comparison): string {
  return csvText(
    ['list', 'by', 'group', 'count'],
    c.profiles.flatMap((p) => {
      const s = p.summary;
      const groups: [string, Readonly<Record<string, number>>][] = [
        ['section', s.bySection],
        ['domain', s.byDomain],
        ['office', s.byOffice],
        ['power_category', s.byPowerCategory],
      ];
      return [
        [s.id, 'total', '', s.total],
        [s.id, 'unique', '', p.unique],
        ...groups.flatMap(([by, counts]) =>
          Object.entries(counts).map(([group, n]) => [s.id, by, group, n]),
        ),
      ];
    }),
  );
}

/**
 * One row per reference item × other list: whether the list has it, in which section and
 * wording. Empty when no reference was given.
 *
 * @example
 * ```ts
 * await writeFile('reference.csv', referenceCsv(comparison));
 * ```
 */
export function referenceCsv(c: Comparison): string {
  const ids = listIds(c);
  const header = [
    'reference_key',
    'reference_name',
    'reference_section',
    'concept',
    'list',
    'present',
    'section',
    'duty_key',
    'duty_name',
    'score',
  ];
  const r = c.reference;
  if (!r) return csvText(header, []);
  return csvText(
    header,
    r.items.flatMap((item) => {
      const by = new Map(item.coveredBy.map((x) => [x.list, x]));
      return c.alignment.lists.flatMap((_, l) => {
        if (l === r.reference) return [];
        const x = by.get(l);
        return [
          [
            item.key,
            item.name,
            item.section,
            c.alignment.concepts[item.concept]?.id,
            ids[l],
            x !== undefined,
            x?.section,
            x?.key,
            x?.name,
            x?.score,
          ],
        ];
      });
    }),
  );
}

/**
 * Every table of a comparison, by file name, ready to write into a folder.
 *
 * @example
 * ```ts
 * for (const [name, text] of Object.entries(comparisonCsvFiles(c))) await writeFile(join(dir, name), text);
 * ```
 */
export function comparisonCsvFiles(c: Comparison): Record<string, string> {
  return {
    'concepts.csv': conceptsCsv(c),
    'pairs.csv': pairsCsv(c),
    'pair-groups.csv': pairGroupsCsv(c),
    'section-disagreements.csv': sectionDisagreementsCsv(c),
    'list-counts.csv': listCountsCsv(c),
    ...(c.reference ? { 'reference.csv': referenceCsv(c) } : {}),
  };
}
