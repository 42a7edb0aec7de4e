import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { checkDutyList, type Duty, type DutyList } from '@qingdan/core';
import { dutyListArbitrary } from '@qingdan/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dutyListToQuads } from '../mapping/to-quads.js';
import { NoShapesError, ShaclChecker } from './validate.js';

// The source of truth, read as is, so the test checks the shapes the repository holds.
const shapes = readFileSync(
  fileURLToPath(new URL('../../../../vocab/shapes.ttl', import.meta.url)),
  'utf8',
);
const checker = new ShaclChecker(shapes);
const base = 'https://data.example.org/qingdan/';

type Mutation = readonly [string, (d: Duty) => Duty | undefined];

/** Each breaks one of invariants 1-5 in one duty of the section it applies to. */
const mutations: readonly Mutation[] = [
  [
    'no lead department',
    (d) => (d.section === 'cooperating' ? { ...d, leadDepartments: [] } : undefined),
  ],
  ['no office', (d) => (d.section === 'basic' ? { ...d, offices: [] } : undefined)],
  ['no basis', (d) => (d.section === 'basic' ? { ...d, legalBases: [] } : undefined)],
  [
    'no receiving unit',
    (d) => (d.section === 'reclaimed' ? { ...d, receivingDepartments: [] } : undefined),
  ],
  [
    'no resources',
    (d) => {
      if (d.section !== 'delegated' && d.section !== 'assisting') return undefined;
      const { resources: _resources, ...rest } = d;
      return rest as Duty;
    },
  ],
  ['text basis', (d) => ({ ...d, legalBases: [{ text: '《某条例》第三条' }] }) as Duty],
];

function mutate(list: DutyList, which: number): DutyList | undefined {
  const [, change] = mutations[which % mutations.length]!;
  for (let i = 0; i < list.duties.length; i++) {
    const changed = change(list.duties[i]!);
    if (changed) return { ...list, duties: list.duties.map((d, j) => (j === i ? changed : d)) };
  }
  return undefined;
}

async function verdicts(list: DutyList) {
  const core = checkDutyList(list);
  const shacl = await checker.checkEdition(list, dutyListToQuads(list, { base }), base);
  return {
    core: core.some((i) => i.severity === 'error'),
    shacl: shacl.some((i) => i.severity === 'error'),
    shaclIssues: shacl,
  };
}

describe('ShaclChecker', () => {
  it('agrees with the core on generated lists: valid ones conform', async () => {
    await fc.assert(
      fc.asyncProperty(dutyListArbitrary({ maxDuties: 8 }), async (list) => {
        const v = await verdicts(list);
        expect(v.core).toBe(false);
        expect(v.shaclIssues.filter((i) => i.severity === 'error')).toEqual([]);
      }),
      { numRuns: 40 },
    );
  });

  it('agrees with the core on mutated lists: same verdict, published or draft', async () => {
    await fc.assert(
      fc.asyncProperty(
        dutyListArbitrary({ maxDuties: 8, minDuties: 1 }),
        fc.nat(mutations.length - 1),
        async (list, which) => {
          const mutated = mutate(list, which);
          fc.pre(mutated !== undefined);
          const v = await verdicts(mutated!);
          expect(v.shacl).toBe(v.core);
          expect(v.core).toBe(mutated!.status !== 'draft');
        },
      ),
      { numRuns: 60 },
    );
  });

  it('reports where in the list, which invariant, with zh and en messages', async () => {
    const [list] = fc.sample(
      dutyListArbitrary({ kind: 'township', status: 'published', minDuties: 3 }).filter((l) =>
        l.duties.some((d) => d.section === 'basic'),
      ),
      { numRuns: 1, seed: 3 },
    );
    const index = list!.duties.findIndex((d) => d.section === 'basic');
    const broken = mutate(list!, 1)!;
    const issues = await checker.checkEdition(broken, dutyListToQuads(broken, { base }), base);
    const issue = issues.find((i) => i.invariant === 4);
    expect(issue).toMatchObject({
      code: 'shacl-violation',
      severity: 'error',
      path: ['duties', index],
    });
    expect(issue?.code === 'shacl-violation' && issue.params['sh:message@en']).toContain(
      'invariant 4',
    );
    expect(issue?.code === 'shacl-violation' && issue.params['sh:message@zh']).toContain(
      '不变式 4',
    );
  });

  it('refuses to check against no shapes at all', () => {
    expect(() => new ShaclChecker('')).toThrow(NoShapesError);
  });
});
