import { nameBigrams } from '../normalise/bigrams.js';

/**
 * A name similar to another, with their Dice similarity.
 *
 * @example
 * ```ts
 * const n: NameNeighbour = { name: 3, similarity: 0.83 };
 * ```
 */
export interface NameNeighbour {
  readonly name: number;
  readonly similarity: number;
}

/**
 * The distinct normalised names seen so far, each with its similar names. Similar names are found
 * once per distinct name, through an inverted index from bigrams to names, so that names are
 * never all compared with all: only names that share a bigram are counted, and only those whose
 * Dice similarity reaches `threshold` are kept.
 *
 * @example
 * ```ts
 * const index = new NameIndex(0.3);
 * const a = index.intern('农村危房改造');
 * const b = index.intern('农村危房改造审核');
 * index.neighbours(b); // [{ name: a, similarity: 0.83… }]
 * ```
 */
export class NameIndex {
  readonly names: string[] = [];
  private readonly ids = new Map<string, number>();
  private readonly sizes: number[] = [];
  private readonly postings = new Map<number, number[]>();
  private readonly similar: NameNeighbour[][] = [];
  private counts = new Int32Array(1024);

  constructor(private readonly threshold: number) {}

  /** The id of a normalised name, adding it (and finding its neighbours) when it is new. */
  intern(name: string): number {
    const known = this.ids.get(name);
    if (known !== undefined) return known;
    const id = this.names.length;
    const grams = nameBigrams(name);
    this.names.push(name);
    this.ids.set(name, id);
    this.sizes.push(grams.length);
    this.similar.push([]);
    this.link(id, grams);
    for (const g of grams) {
      const posting = this.postings.get(g);
      if (posting) posting.push(id);
      else this.postings.set(g, [id]);
    }
    return id;
  }

  /** The names similar to a name, with their similarity. */
  neighbours(id: number): readonly NameNeighbour[] {
    return this.similar[id] ?? [];
  }

  private link(id: number, grams: readonly number[]): void {
    if (this.counts.length < this.names.length) this.counts = new Int32Array(this.names.length * 2);
    const counts = this.counts;
    const touched: number[] = [];
    for (const g of grams)
      for (const other of this.postings.get(g) ?? []) {
        if (counts[other] === 0) touched.push(other);
        counts[other] = (counts[other] ?? 0) + 1;
      }
    const size = grams.length;
    for (const other of touched) {
      const similarity = (2 * (counts[other] ?? 0)) / (size + (this.sizes[other] ?? 0));
      counts[other] = 0;
      if (similarity < this.threshold) continue;
      this.similar[id]?.push({ name: other, similarity });
      this.similar[other]?.push({ name: id, similarity });
    }
  }
}
