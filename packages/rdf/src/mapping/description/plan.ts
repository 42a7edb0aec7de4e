import type { Field, Fields, NodeMapping } from './types.js';

/**
 * A node of the description as an interpreter runs it: its fields flattened once, in the order
 * they are written (the node's, its variant's, then those after), each turned by the
 * interpreter into what it needs at hand (terms made, functions looked up), so that writing a
 * list does no more than it did when the mapping was written out by hand.
 *
 * @example
 * ```ts
 * const plan = planner((name, field) => ({ name, field }))(listMapping);
 * plan.fields.map((f) => f.name); // ['id', '$schema', 'kind', …]
 * ```
 */
export interface NodePlan<F> {
  readonly class: string | undefined;
  readonly shared: boolean;
  /** The fields, when the node has no variants. */
  readonly fields: readonly F[];
  /** The field of the value naming its variant, or a test of the value; absent without variants. */
  readonly by: string | ((value: never) => string) | undefined;
  readonly variants: ReadonlyMap<string, VariantPlan<F>>;
}

/**
 * One variant of a node, with all its fields.
 *
 * @example
 * ```ts
 * plan.variants.get('cooperating')?.class; // qd.CooperatingDuty
 * ```
 */
export interface VariantPlan<F> {
  readonly name: string;
  readonly class: string | undefined;
  readonly fields: readonly F[];
}

/**
 * Makes an interpreter's plan of every node reachable from a mapping, once per node even when a
 * node holds one of its own kind (a division's parent). `field` turns one field into what the
 * interpreter keeps of it; it gets `plan` to reach the plan of a node the field holds.
 *
 * @example
 * ```ts
 * const planOf = planner<MyField>((name, field, plan) => ({ name, node: field.kind === 'value' && field.term.is === 'node' ? plan(field.term.node()) : undefined }));
 * const root = planOf(listMapping);
 * ```
 */
export function planner<F>(
  field: (name: string, field: Field, plan: (mapping: NodeMapping) => NodePlan<F>) => F,
): (mapping: NodeMapping) => NodePlan<F> {
  const plans = new Map<NodeMapping, NodePlan<F>>();
  const plan = (mapping: NodeMapping): NodePlan<F> => {
    const known = plans.get(mapping);
    if (known) return known;
    const fields: F[] = [];
    const variants = new Map<string, VariantPlan<F>>();
    const made: NodePlan<F> = {
      class: mapping.class,
      shared: mapping.shared ?? false,
      fields,
      by: mapping.variants?.by,
      variants,
    };
    // Known before its fields are planned, so that a field may hold a node of the same kind.
    plans.set(mapping, made);
    const each = (fs: Fields | undefined) =>
      Object.entries(fs ?? {}).map(([name, f]) => field(name, f, plan));
    if (mapping.variants === undefined)
      fields.push(...each(mapping.fields), ...each(mapping.after));
    else
      for (const [name, v] of Object.entries(mapping.variants.table))
        variants.set(name, {
          name,
          class: v.class ?? mapping.class,
          fields: [...each(mapping.fields), ...each(v.fields), ...each(mapping.after)],
        });
    return made;
  };
  return plan;
}

/**
 * The variant of a value, by the field naming it or the node's test.
 *
 * @example
 * ```ts
 * variantOf(plan, duty)?.class; // the class of the duty's section
 * ```
 */
export function variantOf<F>(plan: NodePlan<F>, value: unknown): VariantPlan<F> | undefined {
  const by = plan.by;
  const name =
    typeof by === 'string'
      ? ((value as Readonly<Record<string, unknown>>)[by] as string)
      : (by as ((v: unknown) => string) | undefined)?.(value);
  return name === undefined ? undefined : plan.variants.get(name);
}
