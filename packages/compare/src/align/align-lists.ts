import type { Duty, DutyList } from '@qingdan/core';
import { normaliseName } from '../normalise/normalise-name.js';
import { NameIndex } from './name-index.js';
import { provisionKeys } from './provision-keys.js';
import {
  type Alignment,
  type AlignOptions,
  type ConceptMember,
  type DutyConcept,
  defaultAlignOptions,
  type MatchEvidence,
} from './types.js';

interface Candidate {
  readonly duty: number;
  readonly concept: number;
  readonly score: number;
  readonly evidence: MatchEvidence;
}

/** What the alignment keeps about each concept while lists are added. */
interface ConceptState {
  readonly label: string;
  readonly members: ConceptMember[];
  readonly provisions: Set<string>;
}

function conceptId(index: number): string {
  return `C${String(index + 1).padStart(6, '0')}`;
}

function sharedProvisions(mine: readonly string[], theirs: ReadonlySet<string>): string[] {
  return mine.filter((p) => theirs.has(p));
}

/** Builds the index of concepts and finds, for each duty of a list, the concepts it may join. */
class Aligner {
  readonly concepts: ConceptState[] = [];
  private readonly names: NameIndex;
  private readonly conceptsOfName: number[][] = [];
  private readonly conceptsOfCode = new Map<string, number[]>();

  constructor(private readonly options: AlignOptions) {
    this.names = new NameIndex(Math.min(options.basisThreshold, options.nameThreshold));
  }

  add(list: number, duties: readonly Duty[]): Int32Array {
    const nameIds = duties.map((d) => this.names.intern(normaliseName(d.name)));
    const provisions = duties.map(provisionKeys);
    const candidates: Candidate[] = [];
    duties.forEach((duty, i) => {
      this.candidatesOf(i, duty, nameIds[i] ?? 0, provisions[i] ?? [], candidates);
    });
    // Greedy one-to-one assignment, best evidence first: a concept takes at most one duty of a
    // list, so two distinct duties of one list never merge.
    candidates.sort((a, b) => b.score - a.score || a.duty - b.duty || a.concept - b.concept);
    const conceptOf = new Int32Array(duties.length).fill(-1);
    const taken = new Set<number>();
    for (const c of candidates) {
      if (conceptOf[c.duty] !== -1 || taken.has(c.concept)) continue;
      conceptOf[c.duty] = c.concept;
      taken.add(c.concept);
      this.join(c.concept, { list, duty: c.duty, score: c.score, evidence: c.evidence });
    }
    duties.forEach((duty, i) => {
      let concept = conceptOf[i] ?? -1;
      if (concept === -1) {
        concept = this.concepts.length;
        this.concepts.push({
          label: this.names.names[nameIds[i] ?? 0] ?? '',
          members: [],
          provisions: new Set(),
        });
        conceptOf[i] = concept;
        this.join(concept, { list, duty: i, score: 1 });
      }
      this.register(concept, duty, nameIds[i] ?? 0, provisions[i] ?? []);
    });
    return conceptOf;
  }

  private join(concept: number, member: ConceptMember): void {
    this.concepts[concept]?.members.push(member);
  }

  private register(concept: number, duty: Duty, name: number, provisions: readonly string[]) {
    const ofName = this.conceptsOfName[name] ?? [];
    this.conceptsOfName[name] = ofName;
    if (!ofName.includes(concept)) ofName.push(concept);
    if (this.options.byCode && duty.code !== undefined) {
      const code = duty.code.normalize('NFKC').trim();
      const ofCode = this.conceptsOfCode.get(code);
      if (!ofCode) this.conceptsOfCode.set(code, [concept]);
      else if (!ofCode.includes(concept)) ofCode.push(concept);
    }
    const state = this.concepts[concept];
    if (state) for (const p of provisions) state.provisions.add(p);
  }

  private candidatesOf(
    i: number,
    duty: Duty,
    name: number,
    provisions: readonly string[],
    out: Candidate[],
  ): void {
    const o = this.options;
    const best = new Map<number, Candidate>();
    const offer = (c: Candidate) => {
      const seen = best.get(c.concept);
      if (!seen || seen.score < c.score) best.set(c.concept, c);
    };
    const matchedName = this.names.names[name] ?? '';
    if (o.byCode && duty.code !== undefined)
      for (const concept of this.conceptsOfCode.get(duty.code.normalize('NFKC').trim()) ?? []) {
        const shared = sharedProvisions(
          provisions,
          this.concepts[concept]?.provisions ?? new Set(),
        );
        const evidence = { code: duty.code, provisions: shared, nameSimilarity: 1, matchedName };
        offer({ duty: i, concept, score: 1, evidence });
      }
    const similar = [{ name, similarity: 1 }, ...this.names.neighbours(name)];
    for (const { name: other, similarity } of similar)
      for (const concept of this.conceptsOfName[other] ?? []) {
        const shared = sharedProvisions(
          provisions,
          this.concepts[concept]?.provisions ?? new Set(),
        );
        const accepted =
          similarity >= o.nameThreshold || (shared.length > 0 && similarity >= o.basisThreshold);
        if (!accepted) continue;
        const score = Math.min(1, similarity + (shared.length > 0 ? o.basisBonus : 0));
        const evidence = {
          provisions: shared,
          nameSimilarity: similarity,
          matchedName: this.names.names[other] ?? '',
        };
        offer({ duty: i, concept, score, evidence });
      }
    for (const c of best.values()) out.push(c);
  }
}

/**
 * Aligns the duties of many lists into duty concepts: by item code where lists share a code, by
 * name (Dice similarity of character bigrams after {@link normaliseName}), and by legal basis
 * (the same instrument and article lowers the name similarity needed). Lists are taken in order,
 * each duty joining the concept it matches best or founding a new one; a concept holds at most
 * one duty per list. Candidates come from an inverted index of bigrams over distinct names, so
 * the work grows with the number of duties, not with its square.
 *
 * @example
 * ```ts
 * const alignment = alignLists([huangmei, yixing], { nameThreshold: 0.6 });
 * alignment.concepts.filter((c) => c.members.length === 2).length; // concepts both lists have
 * ```
 */
export function alignLists(
  lists: readonly DutyList[],
  options: Partial<AlignOptions> = {},
): Alignment {
  const merged: AlignOptions = { ...defaultAlignOptions, ...options };
  const aligner = new Aligner(merged);
  const conceptOf = lists.map((list, i) => {
    const result = aligner.add(i, list.duties);
    merged.onProgress?.(i + 1, lists.length);
    return result;
  });
  const concepts: DutyConcept[] = aligner.concepts.map((c, i) => ({
    id: conceptId(i),
    label: c.label,
    members: c.members,
  }));
  return { lists, concepts, conceptOf, options: merged };
}
