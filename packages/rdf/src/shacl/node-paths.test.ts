import { dutyListArbitrary } from '@qingdan/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editionIris } from '../iri/index.js';
import { dutyListToQuads } from '../mapping/to-quads.js';
import { nodePaths } from './node-paths.js';

const base = 'https://data.example.org/qingdan/';

describe('nodePaths', () => {
  it('locates every node of the edition the quads describe, and nothing else', () => {
    fc.assert(
      fc.property(dutyListArbitrary({ maxDuties: 6 }), (list) => {
        const edition = editionIris(base, list.division.code, list.id).edition;
        const subjects = new Set(
          dutyListToQuads(list, { base })
            .filter((q) => q.subject.termType === 'NamedNode')
            .map((q) => q.subject.value)
            // Instruments and provisions are shared by every list citing them.
            .filter((s) => s === edition || s.startsWith(`${edition}/`)),
        );
        const paths = nodePaths(list, base);
        expect(new Set(paths.keys())).toEqual(subjects);
      }),
      { numRuns: 60 },
    );
  });

  it('locates a node where its value is in the list', () => {
    fc.assert(
      fc.property(dutyListArbitrary({ minDuties: 1, maxDuties: 4 }), (list) => {
        const iris = editionIris(base, list.division.code, list.id);
        const paths = nodePaths(list, base);
        expect(paths.get(iris.edition)).toEqual([]);
        expect(paths.get(iris.division(0))).toEqual(['division']);
        // With a repeated key, the first row keeps the node.
        for (const duty of list.duties) {
          const first = list.duties.findIndex((d) => d.key === duty.key);
          expect(paths.get(iris.duty(duty.key))).toEqual(['duties', first]);
        }
        for (const office of list.offices) {
          const first = list.offices.findIndex((o) => o.key === office.key);
          expect(paths.get(iris.office(office.key))).toEqual(['offices', first]);
        }
      }),
      { numRuns: 40 },
    );
  });
});
