import { type DutyList, isStructured, type PathSegment } from '@qingdan/core';
import { editionIris } from '../iri/index.js';

/**
 * Where each node of an edition's graph comes from in the list value: the edition is `[]`, a
 * duty `['duties', 3]`, its legal basis `['duties', 3, 'legalBases', 0]`, and so on, so that a
 * SHACL result on a node is reported where the user can mend it.
 *
 * @example
 * ```ts
 * nodePaths(list, base).get(editionIris(base, '421127104', 'wuzu-2024').duty('JB-01')); // ['duties', 0]
 * ```
 */
export function nodePaths(list: DutyList, base: string): Map<string, readonly PathSegment[]> {
  const iris = editionIris(base, list.division.code, list.id);
  const paths = new Map<string, readonly PathSegment[]>();
  paths.set(iris.edition, []);
  paths.set(iris.issuer, ['issuer']);
  const division: PathSegment[] = ['division'];
  for (let d = list.division, depth = 0; d; d = d.parent as typeof d, depth++) {
    paths.set(iris.division(depth), [...division]);
    division.push('parent');
    if (!d.parent) break;
  }
  for (const [i, o] of list.offices.entries()) paths.set(iris.office(o.key), ['offices', i]);
  for (const [i, d] of list.departments.entries())
    paths.set(iris.department(d.key), ['departments', i]);
  for (const [i, d] of (list.domains ?? []).entries())
    paths.set(iris.domain(d.code), ['domains', i]);
  list.duties.forEach((duty, i) => {
    const iri = iris.duty(duty.key);
    // With a repeated key the first row keeps the node, as the graph cannot tell them apart.
    if (!paths.has(iri)) paths.set(iri, ['duties', i]);
    duty.legalBases.forEach((b, j) => {
      const path = ['duties', i, 'legalBases', j];
      paths.set(`${iri}/basis/${j}`, isStructured(b) ? path : [...path, 'text']);
    });
    if (duty.resources) paths.set(`${iri}/resources`, ['duties', i, 'resources']);
  });
  return paths;
}
