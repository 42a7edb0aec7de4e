import type { LocatedIssue } from '@qingdan/listfile';
import type { EditionStore } from '@qingdan/store';
import type { Io } from '../io.js';
import { load } from '../load.js';
import { progressBar } from '../output/progress-bar.js';

/** What loading the inputs of `query` gave. */
export interface LoadedInputs {
  readonly editions: number;
  readonly triples: number;
  /**
   * Lists that could not be read or are invalid, and published files that no longer parse:
   * reported, and left out of the store.
   */
  readonly rejected: readonly { readonly file: string; readonly issues: readonly LocatedIssue[] }[];
  /** Whether any path named a list file or a published folder. */
  readonly found: boolean;
}

/**
 * Fills a store with the vocabulary, the code lists, and what the paths name: list files and
 * folders of them (each edition in its own graph under `base`) or folders `qingdan publish`
 * wrote (their N-Quads and catalog as they are).
 *
 * @example
 * ```ts
 * const loaded = await loadQueryInputs(store, ['examples/lists'], base, io);
 * ```
 */
export async function loadQueryInputs(
  store: EditionStore,
  paths: readonly string[],
  base: string,
  io: Io,
  quiet: boolean,
): Promise<LoadedInputs> {
  const { isPublishedFolder, loadPublishedFolder } = await load.store();
  const { findListFiles, readListFile } = await load.listfile();
  store.loadVocabulary();
  let editions = 0;
  let triples = 0;
  const rejected: { file: string; issues: readonly LocatedIssue[] }[] = [];
  const published = paths.filter((p) => isPublishedFolder(p));
  for (const folder of published)
    for (const g of loadPublishedFolder(store, folder, (file, issue, at) =>
      rejected.push({ file, issues: [{ ...issue, file, ...at }] }),
    ).slice(1)) {
      editions++;
      triples += g.triples;
    }
  const files = await findListFiles(paths.filter((p) => !published.includes(p)));
  const bar = quiet ? undefined : progressBar(io, '载入 loading', files.length);
  for (const [i, file] of files.entries()) {
    const result = await readListFile(file);
    if (result.ok) {
      triples += store.loadEdition(result.value, base).triples;
      editions++;
    } else rejected.push({ file, issues: result.issues });
    bar?.draw(i + 1, file);
  }
  bar?.done();
  return { editions, triples, rejected, found: published.length + files.length > 0 };
}
