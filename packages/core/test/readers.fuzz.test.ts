import { attackText, dutyListArbitrary } from '@qingdan/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { admittedRequest } from '../src/admission/fixtures.test-helper.js';
import {
  formatDutyList,
  type Issue,
  type PathSegment,
  parseAdmissionRequest,
  parseAmendments,
  parseCountyConfig,
  parseDutyList,
  type Result,
  textValueIssues,
} from '../src/index.js';

/** Each property runs for a few seconds at most: a fuzz test bounded in time, not in runs. */
const budget = { interruptAfterTimeLimit: 4_000, numRuns: 100_000 } as const;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every path to a value in a JSON-like value, the root included. */
function pathsIn(
  value: unknown,
  at: PathSegment[] = [],
  out: PathSegment[][] = [],
): PathSegment[][] {
  out.push(at);
  if (Array.isArray(value)) for (const [i, v] of value.entries()) pathsIn(v, [...at, i], out);
  else if (value !== null && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) pathsIn(v, [...at, k], out);
  return out;
}

/** A copy of the value with the value at the path replaced. */
function setAt(value: unknown, path: readonly PathSegment[], replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const [head, ...rest] = path as [PathSegment, ...PathSegment[]];
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<
    PathSegment,
    unknown
  >;
  copy[head] = setAt(copy[head], rest, replacement);
  return copy;
}

/** Anything, with hostile text in its strings and keys. */
const anything = fc.anything({
  maxDepth: 4,
  key: fc.oneof(fc.string(), attackText()),
  values: [attackText(), fc.string({ unit: 'binary' }), fc.double(), fc.integer(), fc.boolean()],
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withNullPrototype: true,
  withSet: true,
  withSparseArray: true,
  withTypedArray: true,
});

/** A file's content, broken at one place: a text made hostile, or any value put anywhere. */
function broken(base: unknown): fc.Arbitrary<unknown> {
  const paths = pathsIn(base);
  const strings = paths.filter((p) => typeof pathValue(base, p) === 'string');
  return fc.oneof(
    fc
      .tuple(fc.constantFrom(...strings), attackText())
      .map(([path, text]) => setAt(base, path, text)),
    fc.tuple(fc.constantFrom(...paths), anything).map(([path, v]) => setAt(base, path, v)),
  );
}

function pathValue(value: unknown, path: readonly PathSegment[]): unknown {
  let v = value;
  for (const s of path) v = (v as Record<PathSegment, unknown> | undefined)?.[s];
  return v;
}

/**
 * What every reader owes its input: no exception escapes; text that can attack a reader
 * (controls, bidi overrides, lone surrogates) is never accepted, and each such text is
 * reported at its path.
 */
function holdsItsGround<T>(parse: (input: unknown) => Result<T>, input: unknown): Result<T> {
  const result = parse(input);
  const attacks = textValueIssues(input).filter((i) => i.severity === 'error');
  if (attacks.length > 0) {
    expect(result.ok).toBe(false);
    const reported = (result.ok ? [] : result.issues).map((i: Issue) =>
      JSON.stringify([i.code, i.path]),
    );
    for (const a of attacks) expect(reported).toContain(JSON.stringify([a.code, a.path]));
  }
  return result;
}

const request = JSON.parse(JSON.stringify(admittedRequest)) as Json;
const config: Json = {
  county: { code: '421127', name: '黄梅县' },
  admissionRules: [
    {
      id: 'hm-village-funding-floor',
      severity: 'warns',
      text: { zh: '下派村（社区）的协助事项，每年匹配经费不低于 5000 元', en: 'funding floor' },
      when: { field: 'targets.level', contains: 'village' },
      require: { field: 'matched.funding', atLeast: 5000 },
    },
    {
      id: 'hm-no-ledger-work',
      severity: 'warns',
      text: { zh: '不以填报表、建台账代替实际工作', en: 'no ledger work' },
      require: { all: [{ not: { field: 'duty.name', contains: '台账' } }] },
    },
  ],
};
const record = { reason: 'law-amended', approvedBy: '黄梅县委编办', approvedOn: '2025-03-01' };
const amendments: Json = [
  { change: 'removed', ...record, key: 'JB-01' },
  { change: 'reworded', ...record, key: 'JB-02', name: '传染病防控' },
  {
    change: 'rebased',
    ...record,
    key: 'JB-03',
    legalBases: ['《中华人民共和国消防法》第三十一条'],
  },
];

describe('the readers of every kind of file, fuzzed', () => {
  it('never throw on any value at all', () => {
    fc.assert(
      fc.property(anything, (input) => {
        for (const parse of [
          parseDutyList,
          parseAdmissionRequest,
          parseCountyConfig,
          parseAmendments,
        ])
          holdsItsGround(parse as (input: unknown) => Result<unknown>, input);
      }),
      budget,
    );
  });

  it('keep every duty of a list that parses, and refuse one with attacking text', () => {
    const file = dutyListArbitrary({ minDuties: 1, maxDuties: 6 }).chain((list) =>
      broken(formatDutyList(list)),
    );
    fc.assert(
      fc.property(file, (input) => {
        const result = holdsItsGround(parseDutyList, input);
        if (!result.ok) return;
        const given = (input as { duties?: { key: string }[] }).duties ?? [];
        expect(result.value.duties.map((d) => d.key)).toEqual(given.map((d) => d.key));
      }),
      budget,
    );
  });

  it('keep every step of an admission request that parses', () => {
    fc.assert(
      fc.property(broken(request), (input) => {
        const result = holdsItsGround(parseAdmissionRequest, input);
        if (result.ok)
          expect(result.value.procedure).toHaveLength(
            (input as { procedure: unknown[] }).procedure.length,
          );
      }),
      budget,
    );
  });

  it('keep every rule of a county configuration that parses', () => {
    fc.assert(
      fc.property(broken(config), (input) => {
        const result = holdsItsGround(parseCountyConfig, input);
        // A rule list left out is none (the field has a default); one given is kept whole.
        if (result.ok)
          expect(result.value.admissionRules).toHaveLength(
            (input as { admissionRules?: unknown[] }).admissionRules?.length ?? 0,
          );
      }),
      budget,
    );
  });

  it('keep every amendment that parses', () => {
    fc.assert(
      fc.property(broken(amendments), (input) => {
        const result = holdsItsGround(parseAmendments, input);
        if (result.ok) expect(result.value).toHaveLength((input as unknown[]).length);
      }),
      budget,
    );
  });
});
