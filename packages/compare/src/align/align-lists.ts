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
  private readonly nameIds = new Map<string, number>();
  private readonly instrumentKeys = new Map<string, string>();

  constructor(private readonly options: AlignOptions) {
    this.names = new NameIndex(Math.min(options.basisThreshold, options.nameThreshold));
  }

  add(list: number, duties: readonly Duty[]): Int32Array {
    const nameIds = duties.map((d) => this.nameId(d.name));
    const provisions = duties.map((d) => provisionKeys(d, this.instrumentKeys));
    const conceptOf = new Int32Array(duties.length).fill(-1);
    const taken = new Set<number>();
    // Sure matches first (the same item code, the same normalised name), then, for the duties
    // still without a concept, similar names: most duties of real lists are worded as in some
    // other list, and they never need their similar names looked at.
    for (const similar of [false, true]) {
      const candidates: Candidate[] = [];
      duties.forEach((duty, i) => {
        if (conceptOf[i] !== -1) return;
        this.candidatesOf(i, duty, nameIds[i] ?? 0, provisions[i] ?? [], similar, candidates);
      });
      // Greedy one-to-one assignment, best evidence first: a concept takes at most one duty of
      // a list, so two distinct duties of one list never merge.
      candidates.sort((a, b) => b.score - a.score || a.duty - b.duty || a.concept - b.concept);
      for (const c of candidates) {
        if (conceptOf[c.duty] !== -1 || taken.has(c.concept)) continue;
        conceptOf[c.duty] = c.concept;
        taken.add(c.concept);
        const evidence: MatchEvidence = {
          ...(c.code !== undefined ? { code: c.code } : {}),
          provisions: sharedProvisions(
            provisions[c.duty] ?? [],
            this.concepts[c.concept]?.provisions ?? new Set(),
          ),
          nameSimilarity: c.similarity,
          matchedName: this.names.names[c.other] ?? '',
        };
        this.join(c.concept, { list, duty: c.duty, score: c.score, evidence });
      }
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

  /** Names repeat from list to list: each distinct published name is normalised once. */
  private nameId(name: string): number {
    let id = this.nameIds.get(name);
    if (id === undefined) {
      id = this.names.intern(normaliseName(name));
      this.nameIds.set(name, id);
    }
    return id;
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
    similar: boolean,
    out: Candidate[],
  ): void {
    const o = this.options;
    const best = new Map<number, Candidate>();
    const offer = (
      concept: number,
      score: number,
      other: number,
      similarity: number,
      code?: string,
    ) => {
      const seen = best.get(concept);
      if (!seen || seen.score < score)
        best.set(concept, { duty: i, concept, score, other, similarity, code });
    };
    if (!similar) {
      if (o.byCode && duty.code !== undefined)
        for (const concept of this.conceptsOfCode.get(duty.code.normalize('NFKC').trim()) ?? [])
          offer(concept, 1, name, 1, duty.code);
      for (const concept of this.conceptsOfName[name] ?? []) offer(concept, 1, name, 1);
    } else
      for (const { name: other, similarity } of this.names.neighbours(name)) {
        if (similarity < o.nameThreshold && provisions.length === 0) continue;
        for (const concept of this.conceptsOfName[other] ?? []) {
          const sharesArticle =
            provisions.length > 0 &&
            provisions.some((p) => this.concepts[concept]?.provisions.has(p));
          if (similarity < (sharesArticle ? o.basisThreshold : o.nameThreshold)) continue;
          offer(
            concept,
            Math.min(1, similarity + (sharesArticle ? o.basisBonus : 0)),
            other,
            similarity,
          );
        }
      }
    for (const c of best.values()) out.push(c);
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
