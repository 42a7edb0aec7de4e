import type { PathSegment } from '@qingdan/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isNode, LineCounter, parseDocument, stringify } from 'yaml';
import { locatePaths } from './locate.js';
import { readYamlData } from './yaml-data.js';

/** Every path into a value, the root included. */
function allPaths(value: unknown, prefix: PathSegment[] = [], out: PathSegment[][] = []) {
  out.push(prefix);
  if (Array.isArray(value))
    value.forEach((v, i) => {
      allPaths(v, [...prefix, i], out);
    });
  else if (value !== null && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) allPaths(v, [...prefix, k], out);
  return out;
}

/** The locator this one replaced, on the `yaml` package's syntax tree: the oracle. */
function treeLocator(text: string) {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: false });
  const at = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  return (path: readonly PathSegment[]) => {
    for (let n = path.length; n >= 0; n--) {
      const node = doc.getIn(path.slice(0, n), true);
      if (isNode(node) && node.range) return at(node.range[0]);
      if (n === 0 && doc.contents?.range) return at(doc.contents.range[0]);
    }
    return undefined;
  };
}

function expectSameAsTree(text: string, format: 'json' | 'yaml', value: unknown): void {
  const paths = allPaths(value);
  const located = locatePaths(text, format, paths);
  const oracle = treeLocator(text);
  for (const path of paths) {
    const at = located(path);
    expect(at && { line: at.line, column: at.column }, JSON.stringify(path)).toEqual(oracle(path));
  }
}

const key = fc.oneof(
  fc.constantFrom('section', 'key', 'offices', '名称', 'a b', '1', 'x: y', '#c', '- d'),
  fc.string({ maxLength: 4 }),
);
const leaf = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom('基本履职', 'multi\nline\ntext', '  padded ', '- dash', '*star', '&amp', ''),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
);
const { value } = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    leaf,
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(key, tie('value'), { maxKeys: 4 }),
  ),
}));

describe('locatePaths', () => {
  it('finds every path in YAML where the yaml package’s syntax tree puts it, whatever the style', () => {
    fc.assert(
      fc.property(
        value,
        fc.record({
          collectionStyle: fc.constantFrom('any', 'block', 'flow'),
          defaultStringType: fc.constantFrom(
            'PLAIN',
            'QUOTE_DOUBLE',
            'QUOTE_SINGLE',
            'BLOCK_LITERAL',
          ),
          indentSeq: fc.boolean(),
          indent: fc.constantFrom(2, 4),
        }),
        (data, options) => {
          const text = stringify(data, { ...options, aliasDuplicateObjects: false });
          // The yaml package writes, and reads, a few texts YAML 1.2 does not allow (a flow
          // collection as a value at the indentation of its key): js-yaml refuses them.
          const read = readYamlData(text);
          fc.pre('data' in read);
          expectSameAsTree(text, 'yaml', read.data);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('finds every path in JSON, compact or indented', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom(0, 2, '\t'), (data, indent) => {
        const text = JSON.stringify(data, null, indent);
        expectSameAsTree(text, 'json', JSON.parse(text));
      }),
    );
  });

  it('copes with comments, anchors, empty values, explicit keys and CRLF line ends', () => {
    const text = [
      '# a list',
      '---',
      'id: &id wuzu   # the id',
      'empty:',
      'offices: &common',
      '  - shsw',
      '  -',
      '  - pajs',
      'duties:',
      '  - section: basic',
      '    offices: *common',
      '    name: "引号"',
      '    note: |',
      '      文本',
      '  - ? key',
      '    : PH-001',
      '    nested:',
      '    - - deep',
      '      - [a, {b: c}]',
      '',
    ].join('\r\n');
    const data = {
      id: 'wuzu',
      empty: null,
      offices: ['shsw', null, 'pajs'],
      duties: [
        { section: 'basic', offices: ['shsw', null, 'pajs'], name: '引号', note: '文本\r\n' },
        { key: 'PH-001', nested: [['deep', ['a', { b: 'c' }]]] },
      ],
    };
    const located = locatePaths(text, 'yaml', allPaths(data));
    const oracle = treeLocator(text);
    for (const path of allPaths(data)) {
      // Through an alias only the alias itself is found, as the tree finds it.
      const at = located(path);
      expect(at && { line: at.line, column: at.column }, JSON.stringify(path)).toEqual(
        oracle(path),
      );
    }
  });

  it('points a path that goes on past what the text holds at the deepest value found', () => {
    const at = locatePaths('a:\n  b: 1\n', 'yaml', [['a', 'c', 'd']])(['a', 'c', 'd']);
    expect(at).toEqual({ line: 2, column: 3, depth: 1 });
  });
});
