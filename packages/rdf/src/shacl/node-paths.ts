import type { DutyList, PathSegment } from '@qingdan/core';
import { editionIris } from '../iri/index.js';
import { absoluteIris } from '../mapping/absolute-iris.js';
import {
  type Field,
  type IriMaker,
  type IriTemplate,
  listMapping,
  type NodeMapping,
} from '../mapping/description/index.js';
import { type NodePlan, planner, variantOf } from '../mapping/description/plan.js';

/** What the walk needs of a field: where its nodes are and how their IRIs are made. */
interface PathField {
  readonly name: string;
  readonly container: 'one' | 'list' | 'set';
  readonly derived: boolean;
  readonly node: NodePlan<PathField> | undefined;
  readonly iri: IriTemplate | undefined;
  readonly derive: ((...a: unknown[]) => unknown) | undefined;
  /** The fields of an object whose fields go on the same node. */
  readonly nest: readonly PathField[] | undefined;
}

const pathField = (
  name: string,
  f: Field,
  plan: (mapping: NodeMapping) => NodePlan<PathField>,
): PathField =>
  f.kind === 'nest'
    ? {
        name,
        container: 'one',
        derived: false,
        node: undefined,
        iri: undefined,
        derive: undefined,
        nest: Object.entries(f.fields).map(([n, g]) => pathField(n, g, plan)),
      }
    : {
        name,
        container: f.container,
        derived: f.derive !== undefined,
        node: f.term.is === 'node' ? plan(f.term.node()) : undefined,
        iri: f.term.is === 'node' ? f.term.iri : undefined,
        derive: f.derive as PathField['derive'],
        nest: undefined,
      };

const root = planner(pathField)(listMapping);

type Value = Readonly<Record<string, unknown>>;

function walk(
  paths: Map<string, readonly PathSegment[]>,
  iris: IriMaker,
  plan: NodePlan<PathField>,
  value: Value,
  iri: string,
  path: readonly PathSegment[],
  index: number,
  owner: unknown,
): void {
  // With a repeated key the first row keeps the node, as the graph cannot tell them apart.
  if (!paths.has(iri)) paths.set(iri, path);
  const fields = plan.by === undefined ? plan.fields : (variantOf(plan, value)?.fields ?? []);
  const each = (fs: readonly PathField[], v: Value) => {
    for (const f of fs) {
      if (f.nest !== undefined) {
        const nested = v[f.name];
        if (nested !== undefined) each(f.nest, nested as Value);
        continue;
      }
      const plan = f.node;
      // Nodes shared by lists (instruments, provisions) belong to no one place in this list.
      if (plan === undefined || plan.shared) continue;
      const held = f.derive ? f.derive(v, iri, iris, index, owner) : v[f.name];
      if (held === undefined) continue;
      const items = f.container === 'one' ? [held] : (held as readonly unknown[]);
      items.forEach((item, i) => {
        const child = (f.iri as (...a: unknown[]) => string)(iri, item, i, iris, v);
        // A derived node (a participation) is mended where what it is derived from is.
        const childPath = f.derived
          ? path
          : f.container === 'one'
            ? [...path, f.name]
            : [...path, f.name, i];
        walk(paths, iris, plan, item as Value, child, childPath, i, v);
      });
    }
  };
  each(fields, value);
}

/**
 * Where each node of an edition's graph comes from in the list value, as the mapping's
 * description lays the nodes out: the edition is `[]`, a duty `['duties', 3]`, its legal basis
 * `['duties', 3, 'legalBases', 0]`, its staffing `['duties', 3, 'resources', 'staff']`, a
 * participation the duty it is derived from, and so on, so that a SHACL result on a node is
 * reported where the user can mend it. Instruments and provisions, shared by every list citing
 * them, have no place of their own.
 *
 * @example
 * ```ts
 * nodePaths(list, base).get(editionIris(base, '421127104', 'wuzu-2024').duty('JB-01')); // ['duties', 0]
 * ```
 */
export function nodePaths(list: DutyList, base: string): Map<string, readonly PathSegment[]> {
  const iris = editionIris(base, list.division.code, list.id);
  const paths = new Map<string, readonly PathSegment[]>();
  walk(
    paths,
    absoluteIris(iris, list),
    root,
    list as unknown as Value,
    iris.edition,
    [],
    0,
    undefined,
  );
  return paths;
}
