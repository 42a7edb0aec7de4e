import type { Duty, DutyList } from '@qingdan/core';
import { normaliseName } from '../normalise/normalise-name.js';
import { NameIndex } from './name-index.js';
import { ProvisionIds } from './provision-ids.js';
import {
  type Alignment,
  type AlignOptions,
  type ConceptMember,
  type DutyConcept,
  defaultAlignOptions,
  type MatchEvidence,
} from './types.js';

/** A concept a duty may join; its evidence is written out only when the duty joins it. */
interface Candidate {
  readonly duty: number;
  readonly concept: number;
  readonly score: number;
  /** The name, among the concept's, that the duty's name was compared with. */
  readonly other: number;
  readonly similarity: number;
  readonly code: string | undefined;
}

/** What the alignment keeps about each concept while lists are added. */
interface ConceptState {
  readonly label: string;
  readonly members: ConceptMember[];
  /** The provisions its duties cite, by number (see `ProvisionIds`). */
  readonly provisions: Set<number>;
}

function conceptId(index: number): string {
  return `C${String(index + 1).padStart(6, '0')}`;
}

function sharesAny(mine: readonly number[], theirs: ReadonlySet<number>): boolean {
  for (const p of mine) if (theirs.has(p)) return true;
  return false;
}

/** An Int32Array of at least `size` elements: `array` itself, or a larger zeroed copy. */
function atLeast(array: Int32Array<ArrayBuffer>, size: number): Int32Array<ArrayBuffer> {
  if (array.length >= size) return array;
  const larger = new Int32Array(Math.max(size, array.length * 2));
  larger.set(array);
  return larger;
}

/**
 * Builds the index of concepts and finds, for each duty of a list, the concepts it may join.
 * Names and provisions are numbers here, and the concepts a duty is offered and the concepts a
 * list has taken are marked in typed arrays: this runs for every duty of thousands of lists.
 */
class Aligner {
  readonly concepts: ConceptState[] = [];
  private readonly names: NameIndex;
  private readonly conceptsOfName: number[][] = [];
  private readonly conceptsOfCode = new Map<string, number[]>();
  private readonly nameIds = new Map<string, number>();
  private readonly provisionIds = new ProvisionIds();
  // offered[concept] === offer when the duty looked at has a candidate for the concept, at
  // offeredAt[concept] in the candidates; taken[concept] === list + 1 once a duty of the list
  // being added has joined it.
  private offered = new Int32Array(1024);
  private offeredAt = new Int32Array(1024);
  private offer = 0;
  private taken = new Int32Array(1024);

  constructor(private readonly options: AlignOptions) {
    this.names = new NameIndex(Math.min(options.basisThreshold, options.nameThreshold));
  }

  add(list: number, duties: readonly Duty[]): Int32Array {
    const size = this.concepts.length;
    this.offered = atLeast(this.offered, size);
    this.offeredAt = atLeast(this.offeredAt, size);
    this.taken = atLeast(this.taken, size);
    const taken = this.taken;
    const mark = list + 1;
    const nameIds = duties.map((d) => this.nameId(d.name));
    const provisions = duties.map((d) => this.provisionIds.of(d));
    const codes = duties.map((d) =>
      this.options.byCode && d.code !== undefined ? d.code.normalize('NFKC').trim() : undefined,
    );
    const conceptOf = new Int32Array(duties.length).fill(-1);
    // Sure matches first (the same item code, the same normalised name), then, for the duties
    // still without a concept, similar names: most duties of real lists are worded as in some
    // other list, and they never need their similar names looked at.
    for (const similar of [false, true]) {
      const candidates: Candidate[] = [];
      for (let i = 0; i < duties.length; i++) {
        if (conceptOf[i] !== -1) continue;
        const duty = duties[i] as Duty;
        const name = nameIds[i] as number;
        const cited = provisions[i] as number[];
        if (similar) this.similarCandidates(i, name, cited, candidates);
        else this.sureCandidates(i, duty, codes[i], name, candidates);
      }
      // Greedy one-to-one assignment, best evidence first: a concept takes at most one duty of
      // a list, so two distinct duties of one list never merge.
      candidates.sort((a, b) => b.score - a.score || a.duty - b.duty || a.concept - b.concept);
      for (const c of candidates) {
        if (conceptOf[c.duty] !== -1 || taken[c.concept] === mark) continue;
        conceptOf[c.duty] = c.concept;
        taken[c.concept] = mark;
        const theirs = this.concepts[c.concept]?.provisions;
        const evidence: MatchEvidence = {
          ...(c.code !== undefined ? { code: c.code } : {}),
          provisions: this.sharedProvisions(provisions[c.duty] ?? [], theirs),
          nameSimilarity: c.similarity,
          matchedName: this.names.names[c.other] ?? '',
        };
        this.join(c.concept, { list, duty: c.duty, score: c.score, evidence });
      }
    }
    for (let i = 0; i < duties.length; i++) {
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
      this.register(concept, codes[i], nameIds[i] ?? 0, provisions[i] ?? []);
    }
    return conceptOf;
  }

  /** Names repeat from list to list: each distinct published name is normalised once. */
  private nameId(name: string): number {
    let id = this.nameIds.get(name);
    if (id === undefined) {
      id = this.names.intern(normaliseName(name));
      this.nameIds.set(name, id);
    }
    return id;
  }

  /** The provisions of `mine` that `theirs` holds too, as text, in the order of `mine`. */
  private sharedProvisions(mine: readonly number[], theirs: ReadonlySet<number> | undefined) {
    const shared: string[] = [];
    const keys = this.provisionIds.keys;
    if (theirs) for (const p of mine) if (theirs.has(p)) shared.push(keys[p] ?? '');
    return shared;
  }

  private join(concept: number, member: ConceptMember): void {
    this.concepts[concept]?.members.push(member);
  }

  private register(
    concept: number,
    code: string | undefined,
    name: number,
    provisions: readonly number[],
  ) {
    const ofName = this.conceptsOfName[name] ?? [];
    this.conceptsOfName[name] = ofName;
    if (!ofName.includes(concept)) ofName.push(concept);
    if (code !== undefined) {
      const ofCode = this.conceptsOfCode.get(code);
      if (!ofCode) this.conceptsOfCode.set(code, [concept]);
      else if (!ofCode.includes(concept)) ofCode.push(concept);
    }
    const state = this.concepts[concept];
    if (state) for (const p of provisions) state.provisions.add(p);
  }

  /**
   * Offers a concept to duty `duty`: a new candidate, or a better score for one it was already
   * offered (the first offer stays on an equal score).
   */
  private offerTo(
    out: Candidate[],
    duty: number,
    concept: number,
    score: number,
    other: number,
    similarity: number,
    code: string | undefined,
  ): void {
    if (this.offered[concept] !== this.offer) {
      this.offered[concept] = this.offer;
      this.offeredAt[concept] = out.length;
      out.push({ duty, concept, score, other, similarity, code });
      return;
    }
    const at = this.offeredAt[concept] as number;
    if ((out[at] as Candidate).score < score)
      out[at] = { duty, concept, score, other, similarity, code };
  }

  /** The concepts with the duty's item code or its normalised name. */
  private sureCandidates(
    i: number,
    duty: Duty,
    code: string | undefined,
    name: number,
    out: Candidate[],
  ): void {
    this.offer++;
    if (code !== undefined)
      for (const concept of this.conceptsOfCode.get(code) ?? [])
        this.offerTo(out, i, concept, 1, name, 1, duty.code);
    for (const concept of this.conceptsOfName[name] ?? [])
      this.offerTo(out, i, concept, 1, name, 1, undefined);
  }

  /** The concepts of similar names, the shared citation of an article lowering the bar. */
  private similarCandidates(
    i: number,
    name: number,
    provisions: readonly number[],
    out: Candidate[],
  ): void {
    const o = this.options;
    this.offer++;
    for (const { name: other, similarity } of this.names.neighbours(name)) {
      if (similarity < o.nameThreshold && provisions.length === 0) continue;
      for (const concept of this.conceptsOfName[other] ?? []) {
        const sharesArticle =
          provisions.length > 0 &&
          sharesAny(provisions, (this.concepts[concept] as ConceptState).provisions);
        if (similarity < (sharesArticle ? o.basisThreshold : o.nameThreshold)) continue;
        const score = Math.min(1, similarity + (sharesArticle ? o.basisBonus : 0));
        this.offerTo(out, i, concept, score, other, similarity, undefined);
      }
    }
  }
}

/**
 * Aligns the duties of many lists into duty concepts: by item code where lists share a code, by
 * name (Dice similarity of character bigrams after {@link normaliseName}), and by legal basis
 * (the same instrument and article lowers the name similarity needed). Lists are taken in order,
 * each duty joining the concept it matches best (a shared code or the same normalised name before
 * a merely similar name) or founding a new one; a concept holds at most
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
