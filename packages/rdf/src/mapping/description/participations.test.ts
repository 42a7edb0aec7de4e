import { type Duty, type ParticipationRole, participationRoleScheme } from '@qingdan/core';
import { dutyListArbitrary } from '@qingdan/testing';
import { conceptIri, cv, rdf } from '@qingdan/vocab';
import fc from 'fast-check';
import { DataFactory, Store } from 'n3';
import { describe, expect, it } from 'vitest';
import { editionIris } from '../../iri/index.js';
import { dutyListFromQuads } from '../from-quads.js';
import { dutyListToQuads } from '../to-quads.js';

const { namedNode } = DataFactory;
const base = 'https://data.example.org/qingdan/';

/** Every body a duty names, by the role the participation must give it. */
function references(duty: Duty): [ParticipationRole, 'office' | 'department', readonly string[]][] {
  const refs: [ParticipationRole, 'office' | 'department', readonly string[]][] = [
    ['undertaking', 'office', duty.offices],
  ];
  if (duty.section === 'cooperating') refs.push(['lead', 'department', duty.leadDepartments]);
  if (duty.section === 'reclaimed')
    refs.push(['receiving', 'department', duty.receivingDepartments]);
  if (duty.section === 'delegated')
    refs.push(['delegating', 'department', duty.delegatingDepartments]);
  if (duty.section === 'assisting')
    refs.push(['requesting', 'department', duty.requestingDepartments]);
  return refs;
}

describe('CPSV-AP participations of dutyListToQuads', () => {
  it('give every lead, receiving, undertaking, delegating and requesting reference exactly one participation with its role', () => {
    fc.assert(
      fc.property(dutyListArbitrary(), (list) => {
        const store = new Store(dutyListToQuads(list, { base }));
        const iris = editionIris(base, list.division.code, list.id);
        for (const duty of list.duties) {
          const node = namedNode(iris.duty(duty.key));
          const participations = store.getObjects(node, cv.hasParticipation, null);
          let expected = 0;
          for (const [role, kind, keys] of references(duty)) {
            const roleIri = conceptIri(participationRoleScheme.id, role);
            for (const key of new Set(keys)) {
              const body = kind === 'office' ? iris.office(key) : iris.department(key);
              const matching = participations.filter(
                (p) =>
                  store.has(DataFactory.quad(p as never, namedNode(cv.role), namedNode(roleIri))) &&
                  store.has(
                    DataFactory.quad(p as never, namedNode(cv.hasParticipant), namedNode(body)),
                  ),
              );
              expect(matching).toHaveLength(1);
              expect(matching[0]?.termType).toBe('NamedNode');
              expect(matching[0]?.value).toMatch(new RegExp(`/participation/${role}/`));
              expect(store.getObjects(matching[0]!, rdf.type, null).map((t) => t.value)).toEqual([
                cv.Participation,
              ]);
              expected++;
            }
          }
          expect(participations).toHaveLength(expected);
          for (const p of participations) {
            expect(store.getObjects(p, cv.role, null)).toHaveLength(1);
            expect(store.getObjects(p, cv.hasParticipant, null)).toHaveLength(1);
          }
        }
      }),
      { numRuns: 100 },
    );
  });

  it('name the lead departments of a cooperating duty and the receiving ones of a reclaimed duty as competent authority, and no one else', () => {
    fc.assert(
      fc.property(dutyListArbitrary({ kind: 'township' }), (list) => {
        const store = new Store(dutyListToQuads(list, { base }));
        const iris = editionIris(base, list.division.code, list.id);
        for (const duty of list.duties) {
          const found = store
            .getObjects(namedNode(iris.duty(duty.key)), cv.hasCompetentAuthority, null)
            .map((t) => t.value)
            .sort();
          const keys =
            duty.section === 'cooperating'
              ? duty.leadDepartments
              : duty.section === 'reclaimed'
                ? duty.receivingDepartments
                : [];
          expect(found).toEqual([...new Set(keys)].map((k) => iris.department(k)).sort());
        }
      }),
      { numRuns: 100 },
    );
  });

  it('are derived: reading back ignores them, and a graph without them reads the same', () => {
    fc.assert(
      fc.property(dutyListArbitrary({ maxDuties: 6 }), (list) => {
        const quads = dutyListToQuads(list, { base });
        const derived = new Set<string>(Object.values(cv));
        const without = quads.filter(
          (q) => !derived.has(q.predicate.value) && !derived.has(q.object.value),
        );
        expect(without.length).toBeLessThanOrEqual(quads.length);
        const full = dutyListFromQuads(quads);
        const bare = dutyListFromQuads(without);
        expect(full.ok && full.value).toEqual(list);
        expect(bare.ok && bare.value).toEqual(list);
      }),
      { numRuns: 60 },
    );
  });
});
