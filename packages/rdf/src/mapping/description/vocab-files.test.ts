import { readFileSync } from 'node:fs';
import { qd } from '@qingdan/vocab';
import { DataFactory, Parser } from 'n3';
import { describe, expect, it } from 'vitest';
import { contextProblems } from './check-context.test-support.js';
import { shapesProblems } from './check-shapes.test-support.js';
import { listMapping } from './list.js';

const vocab = new URL('../../../../../vocab/', import.meta.url);
const context = () =>
  JSON.parse(readFileSync(new URL('context.jsonld', vocab), 'utf8'))['@context'] as Record<
    string,
    never
  >;
const shapes = () => new Parser().parse(readFileSync(new URL('shapes.ttl', vocab), 'utf8'));

describe('vocab/context.jsonld, against the description of the mapping', () => {
  it('gives every field its predicate, coercion, language and container, every class and section its term, and nothing else', () => {
    expect(contextProblems(context(), listMapping)).toEqual([]);
  });

  it('is told apart when a term is missing, wrong or left over', () => {
    const changed = context() as Record<string, unknown>;
    delete changed.townshipDuty;
    changed.leadDepartments = { '@id': 'qd:leadDepartments', '@container': '@list' };
    changed.nameEn = { '@id': 'skos:prefLabel', '@language': 'zh' };
    changed.reclaimNote = 'qd:reclaimReason';
    changed.extra = 'qd:extra';
    const problems = contextProblems(changed as never, listMapping);
    for (const term of ['townshipDuty', 'leadDepartments', 'nameEn', 'reclaimNote', 'extra'])
      expect(problems.some((p) => p.includes(term))).toBe(true);
  });

  it('is told apart when a scoped context goes: staff.kind would mean the list kind', () => {
    const changed = context() as Record<string, unknown>;
    changed.staff = 'qd:staff';
    expect(contextProblems(changed as never, listMapping).join('\n')).toMatch(/staff.*kind/);
  });
});

describe('vocab/shapes.ttl, against the description of the mapping', () => {
  it('targets described classes, follows described fields, and constrains each as its term kind allows', () => {
    expect(shapesProblems(shapes(), listMapping)).toEqual([]);
  });

  it('is told apart when a path, a code list, a datatype or a class does not fit', () => {
    const { namedNode, blankNode, literal, quad } = DataFactory;
    const sh = (l: string) => namedNode(`http://www.w3.org/ns/shacl#${l}`);
    const shape = namedNode('https://w3id.org/qingdan/shapes#Broken');
    const property = (p: string, constraint: string, value: ReturnType<typeof namedNode>) => {
      const b = blankNode();
      return [
        quad(shape, sh('property'), b),
        quad(b, sh('path'), namedNode(p)),
        quad(b, sh(constraint), value),
      ];
    };
    const broken = [
      ...shapes(),
      quad(shape, namedNode('http://www.w3.org/1999/02/22-rdf-syntax-ns#type'), sh('NodeShape')),
      quad(shape, sh('targetClass'), namedNode(qd.CooperatingDuty)),
      ...property(qd.receivingDepartments, 'minCount', literal('1') as never),
      ...property(
        qd.powerCategory,
        'hasValue',
        namedNode('https://w3id.org/qingdan/scheme/legal-rank/law'),
      ),
      ...property(
        qd.departmentDuty,
        'datatype',
        namedNode('http://www.w3.org/2001/XMLSchema#date'),
      ),
      ...property(qd.position, 'class', namedNode(qd.Office)),
    ];
    const problems = shapesProblems(broken, listMapping).join('\n');
    expect(problems).toMatch(/no field <.*receivingDepartments>/);
    expect(problems).toMatch(/not of the code list power-category/);
    expect(problems).toMatch(/datatype .*date/);
    expect(problems).toMatch(/sh:class/);
  });
});
