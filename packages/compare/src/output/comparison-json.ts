import type { Comparison } from '../compare-lists.js';
import { similarityValue } from './similarity-table.js';

/** `"key": [` then one element a line, each given as JSON text, then `]`. */
function* jsonArray(key: string, texts: Iterable<string>, indent: string): Generator<string> {
  yield `${indent}${JSON.stringify(key)}: [`;
  let first = true;
  for (const text of texts) {
    yield `${first ? '' : ','}\n${indent}  ${text}`;
    first = false;
  }
  yield first ? ']' : `\n${indent}]`;
}

const json = (value: unknown): string => JSON.stringify(value);

/** `"key": {` then one member a line, then `}`. */
function* jsonObject(
  key: string,
  members: Iterable<[string, unknown]>,
  indent: string,
): Generator<string> {
  yield `${indent}${JSON.stringify(key)}: {`;
  let first = true;
  for (const [name, value] of members) {
    yield `${first ? '' : ','}\n${indent}  ${JSON.stringify(name)}: ${JSON.stringify(value)}`;
    first = false;
  }
  yield first ? '}' : `\n${indent}}`;
}

function* map<T, U>(items: Iterable<T>, f: (item: T, index: number) => U): Generator<U> {
  let i = 0;
  for (const item of items) yield f(item, i++);
}

/** A number as JSON: as `JSON.stringify` writes it, without calling it. */
const numberJson = (n: number): string => (Number.isFinite(n) ? String(n) : 'null');

/** A function giving a text's JSON, each made once: texts that recur (names, codes, provisions). */
function jsonCache(): (text: string) => string {
  const cache = new Map<string, string>();
  return (text) => {
    let made = cache.get(text);
    if (made === undefined) {
      made = JSON.stringify(text);
      cache.set(text, made);
    }
    return made;
  };
}

/**
 * `"concepts": [` then one concept a line, written member by member into pieces of bounded size: a
 * concept of thousands of lists is hundreds of kilobytes of JSON, which joined into one string
 * would be copied again and again. A member's evidence is written in the order of `MatchEvidence`, as the alignment
 * makes it.
 */
function* conceptsArray(
  alignment: Comparison['alignment'],
  ids: readonly string[],
  conceptIds: readonly string[],
): Generator<string> {
  const text = jsonCache();
  yield '  "concepts": [';
  // Members are gathered into pieces of some 16,000 characters: a piece per member would cost
  // a yield and a write each, a piece per concept hundreds of kilobytes of string to flatten.
  let piece = '';
  let i = 0;
  for (const k of alignment.concepts) {
    piece += `${i === 0 ? '' : ','}\n    {"id":${conceptIds[i]},"label":${json(k.label)},"members":[`;
    let first = true;
    for (const m of k.members) {
      const e = m.evidence;
      piece += `${first ? '' : ','}{"list":${ids[m.list]},"duty":${json(alignment.lists[m.list]?.duties[m.duty]?.key ?? null)},"score":${numberJson(m.score)}`;
      if (e) {
        piece += ',"evidence":{';
        if (e.code !== undefined) piece += `"code":${text(e.code)},`;
        piece += '"provisions":[';
        for (let p = 0; p < e.provisions.length; p++)
          piece += `${p === 0 ? '' : ','}${text(e.provisions[p] as string)}`;
        piece += `],"nameSimilarity":${numberJson(e.nameSimilarity)},"matchedName":${text(e.matchedName)}}`;
      }
      piece += '}';
      first = false;
      if (piece.length > 1 << 14) {
        yield piece;
        piece = '';
      }
    }
    piece += ']}';
    i++;
  }
  yield piece;
  yield i === 0 ? ']' : '\n  ]';
}

/** The members of a comparison's JSON object, in order, each as pieces of text. */
function* members(c: Comparison): Generator<Iterable<string>> {
  const { alignment } = c;
  const id = (l: number) => alignment.lists[l]?.id;
  const key = (l: number, d: number) => alignment.lists[l]?.duties[d]?.key;
  yield jsonArray(
    'lists',
    map(alignment.lists, (l) => json({ id: l.id, title: l.title, division: l.division })),
    '  ',
  );
  const o = alignment.options;
  yield [
    `  "options": ${json({
      nameThreshold: o.nameThreshold,
      basisThreshold: o.basisThreshold,
      basisBonus: o.basisBonus,
      byCode: o.byCode,
    })}`,
  ];
  const { selection } = c;
  yield [
    `  "selection": ${json(selection.kind === 'all' ? { kind: 'all' } : { kind: 'nearest', k: selection.k })}`,
  ];
  // Concepts and pairs are most of the document at thousands of lists: their JSON is put
  // together from the parts, without an object made for each member and disagreement.
  const ids = alignment.lists.map((l) => json(l.id));
  const conceptIds = alignment.concepts.map((k) => json(k.id));
  const sections = new Map<string, string>();
  const section = (name: string): string => {
    let text = sections.get(name);
    if (text === undefined) {
      text = json(name);
      sections.set(name, text);
    }
    return text;
  };
  yield conceptsArray(alignment, ids, conceptIds);
  yield jsonArray(
    'profiles',
    map(c.profiles, (p) => json({ ...p.summary, unique: p.unique })),
    '  ',
  );
  yield jsonArray(
    'pairs',
    map(c.pairs, (p) => {
      const disagreements = p.sectionDisagreements.map(
        (s) =>
          `{"concept":${conceptIds[s.concept]},"sectionA":${section(s.sectionA)},"sectionB":${section(s.sectionB)}}`,
      );
      return `{"a":${ids[p.a]},"b":${ids[p.b]},"shared":${p.shared},"onlyA":${p.onlyA},"onlyB":${p.onlyB},"jaccard":${json(p.jaccard)},"groups":${json(p.groups)},"sectionDisagreements":[${disagreements.join(',')}]}`;
    }),
    '  ',
  );
  const m = c.similarity;
  const rows = Array.from({ length: m.size }, (_, i) => i);
  if (selection.kind === 'all')
    yield jsonArray(
      'similarity',
      map(rows, (i) => json(rows.map((j) => similarityValue(m.at(i, j))))),
      '  ',
    );
  else
    yield jsonArray(
      'nearest',
      map(rows, (i) =>
        json({
          list: id(i),
          nearest: [...selection.nearest.of(i)]
            .filter((j) => j >= 0)
            .map((j) => ({ list: id(j), jaccard: similarityValue(m.at(i, j)) })),
        }),
      ),
      '  ',
    );
  const r = c.reference;
  if (r)
    yield (function* () {
      yield `  "reference": {\n    "list": ${JSON.stringify(id(r.reference))},\n`;
      yield* jsonArray(
        'items',
        map(r.items, (i) =>
          json({
            key: i.key,
            name: i.name,
            section: i.section,
            concept: alignment.concepts[i.concept]?.id,
            coveredBy: i.coveredBy.map((x) => ({ ...x, list: id(x.list) })),
          }),
        ),
        '    ',
      );
      yield ',\n';
      yield* jsonObject(
        'additions',
        map(r.additions, ([l, ds]): [string, unknown] => [id(l) ?? '', ds.map((d) => key(l, d))]),
        '    ',
      );
      yield '\n  }';
    })();
}

/**
 * A comparison as JSON text, piece by piece, never as one string: lists by id, the options, the
 * pair selection, concepts with their members (list id, duty key, score, evidence), profiles,
 * the pairs measured in detail, the similarity (a dense matrix in the order of `lists`, or each
 * list's `nearest`) and the reference comparison. `head` members come first (a command's
 * counts). Arrays have one element a line.
 *
 * @example
 * ```ts
 * for (const piece of comparisonJson(comparison, { compared: 3 })) out.write(piece);
 * ```
 */
export function* comparisonJson(
  c: Comparison,
  head: Readonly<Record<string, unknown>> = {},
): Generator<string> {
  yield '{\n';
  let first = true;
  const heads = Object.entries(head).map(([key, value]) =>
    Array.isArray(value)
      ? jsonArray(key, value.map(json), '  ')
      : [`  ${JSON.stringify(key)}: ${JSON.stringify(value)}`],
  );
  for (const pieces of [...heads, ...members(c)]) {
    if (!first) yield ',\n';
    first = false;
    yield* pieces;
  }
  yield '\n}\n';
}

/**
 * A comparison as one plain JSON value, for a few lists; for many, write {@link comparisonJson}
 * piece by piece.
 *
 * @example
 * ```ts
 * comparisonToJson(compareLists(lists)).pairs;
 * ```
 */
export function comparisonToJson(c: Comparison): Record<string, unknown> {
  return JSON.parse([...comparisonJson(c)].join('')) as Record<string, unknown>;
}
