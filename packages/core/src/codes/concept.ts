/**
 * A text in Chinese and in English.
 *
 * @example
 * ```ts
 * const label: Bilingual = { zh: '行政处罚', en: 'Administrative penalty' };
 * ```
 */
export interface Bilingual {
  readonly zh: string;
  readonly en: string;
}

/**
 * One concept of a code list: a stable `code` (never shown to readers, never changed), an
 * optional official `notation`, and labels in Chinese and English. A `historic` concept is one
 * that older lists use and newer ones replace; `closeMatch` names the current concept nearest it.
 *
 * @example
 * ```ts
 * const penalty: Concept = { code: 'administrative-penalty', label: { zh: '行政处罚', en: 'Administrative penalty' } };
 * ```
 */
export interface Concept<C extends string = string> {
  readonly code: C;
  readonly notation?: string;
  readonly label: Bilingual;
  readonly altLabels?: readonly string[];
  readonly historic?: boolean;
  readonly closeMatch?: C;
}

/**
 * A code list: an identifier (which the vocabulary turns into a SKOS concept scheme IRI), a
 * bilingual title and its concepts in their published order.
 *
 * @example
 * ```ts
 * listStatusScheme.concepts.map((c) => c.code); // ['draft', 'published', 'superseded']
 * ```
 */
export interface ConceptScheme<C extends string = string> {
  readonly id: string;
  readonly label: Bilingual;
  readonly concepts: readonly Concept<C>[];
}

/**
 * Defines a code list whose codes become a literal type.
 *
 * @example
 * ```ts
 * const colours = defineScheme('colour', { zh: '颜色', en: 'Colour' }, [
 *   { code: 'red', label: { zh: '红', en: 'Red' } },
 * ] as const);
 * type Colour = SchemeCode<typeof colours>; // 'red'
 * ```
 */
export function defineScheme<const C extends string>(
  id: string,
  label: Bilingual,
  concepts: readonly Concept<C>[],
): ConceptScheme<C> {
  return { id, label, concepts };
}

/**
 * The codes of a scheme, as a union of literals.
 *
 * @example
 * ```ts
 * type Status = SchemeCode<typeof listStatusScheme>; // 'draft' | 'published' | 'superseded'
 * ```
 */
export type SchemeCode<S> = S extends ConceptScheme<infer C> ? C : never;

/**
 * The codes of a scheme, in order, as a non-empty tuple (what `z.enum` needs).
 *
 * @example
 * ```ts
 * schemeCodes(listStatusScheme); // ['draft', 'published', 'superseded']
 * ```
 */
export function schemeCodes<C extends string>(scheme: ConceptScheme<C>): [C, ...C[]] {
  const codes = scheme.concepts.map((c) => c.code);
  if (codes.length === 0) throw new RangeError(`scheme ${scheme.id} has no concepts`);
  return codes as [C, ...C[]];
}

/**
 * Finds a concept by code, or by any of its labels (Chinese, English or alternative), so that
 * the words a published list uses lead to the stable code.
 *
 * @example
 * ```ts
 * findConcept(powerCategoryScheme, '行政处罚')?.code; // 'administrative-penalty'
 * ```
 */
export function findConcept<C extends string>(
  scheme: ConceptScheme<C>,
  codeOrLabel: string,
): Concept<C> | undefined {
  const needle = codeOrLabel.trim();
  return scheme.concepts.find(
    (c) =>
      c.code === needle ||
      c.label.zh === needle ||
      c.label.en.toLowerCase() === needle.toLowerCase() ||
      c.notation === needle ||
      (c.altLabels?.includes(needle) ?? false),
  );
}
