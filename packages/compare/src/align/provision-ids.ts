import { type Duty, instrumentKey, isStructured } from '@qingdan/core';
import { toSimplified } from '../normalise/t2s.js';

/**
 * The provisions duties cite, each given a number the first time it is seen, so that the
 * alignment compares and collects numbers rather than strings: a provision is
 * `instrumentKey#article`, as `provisionKeys` writes it, and `keys[id]` is that text. A
 * published title is made an instrument key once (in simplified characters, so that a short and
 * a full title, in simplified or traditional characters, give the same key).
 *
 * @example
 * ```ts
 * const ids = new ProvisionIds();
 * const cited = ids.of(duty); // e.g. [0, 1]
 * ids.keys[cited[0]!]; // '安全生产法#79'
 * ```
 */
export class ProvisionIds {
  /** The text of each provision, by its number. */
  readonly keys: string[] = [];
  // Published title to the instrument's number; instrument key to its number; for each
  // instrument, article to the provision's number.
  private readonly instrumentOfTitle = new Map<string, number>();
  private readonly instrumentOfKey = new Map<string, number>();
  private readonly instrumentKeys: string[] = [];
  private readonly articles: Map<number, number>[] = [];
  // Which provisions the duty being read has cited already: `seen[id] === stamp`.
  private seen = new Int32Array(64);
  private stamp = 0;

  /** The provisions a duty cites, each once, in the order it first cites them. */
  of(duty: Duty): number[] {
    const ids: number[] = [];
    const stamp = ++this.stamp;
    for (const basis of duty.legalBases) {
      if (!isStructured(basis)) continue;
      const instrument = this.instrument(basis.instrument);
      for (const p of basis.provisions) {
        const id = this.provision(instrument, p.article);
        if (this.seen[id] === stamp) continue;
        this.seen[id] = stamp;
        ids.push(id);
      }
    }
    return ids;
  }

  private instrument(cited: Parameters<typeof instrumentKey>[0]): number {
    let id = this.instrumentOfTitle.get(cited.title);
    if (id === undefined) {
      // A title in traditional characters names the same instrument as its simplified form.
      const key = instrumentKey({ ...cited, title: toSimplified(cited.title) });
      id = this.instrumentOfKey.get(key);
      if (id === undefined) {
        id = this.instrumentKeys.length;
        this.instrumentKeys.push(key);
        this.articles.push(new Map());
        this.instrumentOfKey.set(key, id);
      }
      this.instrumentOfTitle.set(cited.title, id);
    }
    return id;
  }

  private provision(instrument: number, article: number): number {
    const articles = this.articles[instrument] as Map<number, number>;
    let id = articles.get(article);
    if (id === undefined) {
      id = this.keys.length;
      this.keys.push(`${this.instrumentKeys[instrument]}#${article}`);
      articles.set(article, id);
      if (id >= this.seen.length) {
        const seen = new Int32Array(this.seen.length * 2);
        seen.set(this.seen);
        this.seen = seen;
      }
    }
    return id;
  }
}
