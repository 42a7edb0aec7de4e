import type { Alignment } from '../align/types.js';

/**
 * One list's duty concepts as sorted arrays, made once per list so that measuring a pair is one
 * merge of two short sorted arrays, with no set or map built per pair: the concepts, and for each
 * (same index) the code of its duty's section and of its domain, with how many concepts the list
 * has in each section and domain. Codes index the names of a {@link ConceptLists}.
 *
 * @example
 * ```ts
 * const { lists, sectionNames } = conceptLists(alignment);
 * sectionNames[lists[0]!.sections[0]!]; // the section of list 0's first concept, e.g. 'basic'
 * ```
 */
export interface ListConcepts {
  readonly concepts: Int32Array;
  readonly sections: Int32Array;
  readonly domains: Int32Array;
  readonly sectionSizes: Int32Array;
  readonly domainSizes: Int32Array;
}

/**
 * The {@link ListConcepts} of aligned lists, with the section and domain names their codes stand
 * for, in order of the names (so codes in order are names in order). A duty without a domain is
 * in the domain `''`.
 *
 * @example
 * ```ts
 * const all = conceptLists(alignLists([a, b]));
 * all.lists[1]?.concepts; // Int32Array of list 1's concept indices, ascending
 * ```
 */
export interface ConceptLists {
  readonly sectionNames: readonly string[];
  readonly domainNames: readonly string[];
  readonly lists: readonly ListConcepts[];
}

function codes(names: Iterable<string>): Map<string, number> {
  return new Map([...new Set(names)].sort().map((name, i) => [name, i]));
}

/**
 * Makes the {@link ConceptLists} of the lists of an alignment (all of them, or those given by
 * index, in that order). A concept holds at most one duty of a list, so each appears once.
 *
 * @example
 * ```ts
 * conceptLists(alignment, [0, 1]).lists.length; // 2
 * ```
 */
export function conceptLists(alignment: Alignment, which?: readonly number[]): ConceptLists {
  const indices = which ?? alignment.lists.map((_, i) => i);
  const duties = indices.map((l) => alignment.lists[l]?.duties ?? []);
  const sectionCodes = codes(duties.flatMap((ds) => ds.map((d) => d.section)));
  const domainCodes = codes(duties.flatMap((ds) => ds.map((d) => d.domain ?? '')));
  const lists = indices.map((l, k): ListConcepts => {
    const ds = duties[k] ?? [];
    const conceptOf = alignment.conceptOf[l];
    const concept = (i: number) => conceptOf?.[i] ?? -1;
    const order = ds.map((_, i) => i).sort((x, y) => concept(x) - concept(y));
    const concepts: number[] = [];
    const sections: number[] = [];
    const domains: number[] = [];
    const sectionSizes = new Int32Array(sectionCodes.size);
    const domainSizes = new Int32Array(domainCodes.size);
    for (const i of order) {
      const duty = ds[i];
      if (duty === undefined || concept(i) === concepts.at(-1)) continue;
      const section = sectionCodes.get(duty.section) ?? 0;
      const domain = domainCodes.get(duty.domain ?? '') ?? 0;
      concepts.push(concept(i));
      sections.push(section);
      domains.push(domain);
      sectionSizes[section] = (sectionSizes[section] ?? 0) + 1;
      domainSizes[domain] = (domainSizes[domain] ?? 0) + 1;
    }
    return {
      concepts: Int32Array.from(concepts),
      sections: Int32Array.from(sections),
      domains: Int32Array.from(domains),
      sectionSizes,
      domainSizes,
    };
  });
  return { sectionNames: [...sectionCodes.keys()], domainNames: [...domainCodes.keys()], lists };
}
