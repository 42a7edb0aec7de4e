// What the SHACL shapes may say for them to be about the graphs the description makes: every
// target class is a class of it, every path follows fields it has from the shape's focus (lists
// through rdf:first and rdf:rest only), and each constraint fits the field it reaches: sh:in and
// sh:hasValue hold concepts of the field's code list (or the classes of the focus's variants,
// on rdf:type), sh:datatype, sh:languageIn and sh:class what the field's term kind makes, number
// bounds only numbers. Returns the problems.
import { conceptIri, namespaces, rdf, xsd } from '@qingdan/vocab';
import type { Quad, Term } from '@rdfjs/types';
import { Store } from 'n3';
import type { Fields, NodeMapping, ValueField } from './types.js';

const sh = (local: string) => `${namespaces.sh}${local}`;

/** Where a path can be: at a node of one kind (and variant), at a field's values or list, at the classes of a node. */
type Reached =
  | { readonly at: 'node'; readonly mapping: NodeMapping; readonly variant?: string }
  | { readonly at: 'value'; readonly field: ValueField }
  | { readonly at: 'list'; readonly field: ValueField }
  | { readonly at: 'types'; readonly classes: readonly string[] };

/** Every kind of node the description has, with the fields of each of its variants. */
function nodeKinds(root: NodeMapping): NodeMapping[] {
  const found: NodeMapping[] = [];
  const visit = (m: NodeMapping) => {
    if (found.includes(m)) return;
    found.push(m);
    for (const fields of allFields(m))
      for (const f of flat(fields)) if (f.term.is === 'node') visit(f.term.node());
  };
  visit(root);
  return found;
}

const allFields = (m: NodeMapping, variant?: string): Fields[] => [
  m.fields,
  ...Object.entries(m.variants?.table ?? {})
    .filter(([name]) => variant === undefined || name === variant)
    .map(([, v]) => v.fields),
  m.after ?? {},
];

/** The value fields of some fields, those of nested objects included. */
const flat = (fields: Fields): ValueField[] =>
  Object.values(fields).flatMap((f) => (f.kind === 'nest' ? flat(f.fields) : [f]));

export function shapesProblems(quads: readonly Quad[], root: NodeMapping): string[] {
  const store = new Store(quads as never);
  const problems: string[] = [];
  const kinds = nodeKinds(root);
  const one = (s: Term, p: string) => store.getObjects(s as never, p, null)[0] as Term | undefined;
  const all = (s: Term, p: string) => store.getObjects(s as never, p, null) as Term[];
  const items = (head: Term | undefined): Term[] => {
    const out: Term[] = [];
    for (let cell = head; cell && cell.value !== rdf.nil; cell = one(cell, rdf.rest)) {
      const first = one(cell, rdf.first);
      if (first) out.push(first);
    }
    return out;
  };
  const name = (t: Term) => (t.termType === 'BlankNode' ? `_:${t.value}` : `<${t.value}>`);

  const classKinds = (cls: string): Reached[] =>
    kinds.flatMap((m): Reached[] => {
      if (m.class === cls) return [{ at: 'node', mapping: m }];
      return Object.entries(m.variants?.table ?? {})
        .filter(([, v]) => v.class === cls)
        .map(([variant]) => ({ at: 'node', mapping: m, variant }));
    });

  const fieldsAt = (r: Reached): ValueField[] =>
    r.at === 'node' ? allFields(r.mapping, r.variant).flatMap(flat) : [];

  const step = (from: readonly Reached[], p: string, where: string): Reached[] => {
    if (p === rdf.type)
      return from.map((r) => ({
        at: 'types',
        classes:
          r.at !== 'node'
            ? []
            : r.variant !== undefined
              ? [r.mapping.variants?.table[r.variant]?.class ?? '']
              : [
                  ...(r.mapping.class ? [r.mapping.class] : []),
                  ...Object.values(r.mapping.variants?.table ?? {}).flatMap((v) => v.class ?? []),
                ],
      }));
    if (p === rdf.first || p === rdf.rest) {
      if (from.some((r) => r.at !== 'list')) problems.push(`${where}: <${p}> outside a list`);
      if (p === rdf.rest) return [...from];
      return from.flatMap((r): Reached[] =>
        r.at !== 'list'
          ? []
          : r.field.term.is === 'node'
            ? [{ at: 'node', mapping: r.field.term.node() }]
            : [{ at: 'value', field: r.field }],
      );
    }
    const out: Reached[] = [];
    for (const r of from) {
      const fields = fieldsAt(r).filter((f) => f.predicate === p);
      if (fields.length === 0) problems.push(`${where}: no field <${p}> on ${describe(r)}`);
      for (const f of fields)
        out.push(
          f.container === 'list'
            ? { at: 'list', field: f }
            : f.term.is === 'node'
              ? { at: 'node', mapping: f.term.node() }
              : { at: 'value', field: f },
        );
    }
    return out;
  };

  const inverse = (from: readonly Reached[], p: string, where: string): Reached[] => {
    const targets = new Set(from.flatMap((r) => (r.at === 'node' ? [r.mapping] : [])));
    const owners = kinds.filter((m) =>
      allFields(m)
        .flatMap(flat)
        .some((f) => f.predicate === p && f.term.is === 'node' && targets.has(f.term.node())),
    );
    if (owners.length === 0)
      problems.push(`${where}: nothing holds ${[...targets].map((m) => m.class)} by <${p}>`);
    return owners.map((m) => ({ at: 'node', mapping: m }));
  };

  const path = (from: readonly Reached[], p: Term, where: string): Reached[] => {
    if (p.termType === 'NamedNode') return step(from, p.value, where);
    const inv = one(p, sh('inversePath'));
    if (inv) return inverse(from, inv.value, where);
    const zeroOrMore = one(p, sh('zeroOrMorePath'));
    if (zeroOrMore) {
      if (zeroOrMore.value !== rdf.rest)
        problems.push(`${where}: a repeated path other than rdf:rest`);
      return step(from, rdf.rest, where);
    }
    if (one(p, rdf.first))
      return items(p).reduce<Reached[]>((r, q) => path(r, q, where), [...from]);
    problems.push(`${where}: a path the check does not know`);
    return [];
  };

  const checked = new Set<string>();
  const shape = (s: Term, focus: readonly Reached[], where: string) => {
    const key = `${name(s)} ${focus.map(describe).join()}`;
    if (checked.has(key)) return;
    checked.add(key);
    const p = one(s, sh('path'));
    const values = p ? path(focus, p, `${where} ${name(s)}`) : focus;
    constraints(s, values, `${where} ${name(s)}`);
    for (const q of all(s, sh('property'))) shape(q, values, where);
    for (const list of ['or', 'and', 'xone'])
      for (const head of all(s, sh(list))) for (const q of items(head)) shape(q, values, where);
    for (const q of [...all(s, sh('not')), ...all(s, sh('node'))]) shape(q, values, where);
    for (const q of all(s, sh('qualifiedValueShape'))) shape(q, values, where);
  };

  const constraints = (s: Term, values: readonly Reached[], where: string) => {
    const terms = (r: Reached) => (r.at === 'value' ? r.field.term : undefined);
    const allowed = [
      ...all(s, sh('hasValue')),
      ...all(s, sh('in')).flatMap((head) => items(head)),
    ].map((t) => t.value);
    if (allowed.length > 0)
      for (const r of values) {
        const t = terms(r);
        if (r.at === 'types') {
          const extra = allowed.filter((c) => !r.classes.includes(c));
          if (extra.length > 0 || r.classes.some((c) => !allowed.includes(c)))
            problems.push(`${where}: sh:in of classes ${allowed} is not ${r.classes}`);
        } else if (t?.is === 'concept') {
          const prefix = conceptIri(t.scheme.id, '');
          const stray = allowed.filter((c) => !c.startsWith(prefix));
          if (stray.length > 0)
            problems.push(`${where}: ${stray} not of the code list ${t.scheme.id}`);
        } else problems.push(`${where}: sh:in or sh:hasValue on ${describe(r)}`);
      }
    const datatype = one(s, sh('datatype'))?.value;
    if (datatype !== undefined)
      for (const r of values) {
        const t = terms(r);
        const made =
          t?.is === 'text' && t.language === undefined
            ? xsd.string
            : t?.is === 'typed'
              ? t.datatype
              : t?.is === 'number'
                ? xsd.integer
                : t?.is === 'boolean'
                  ? xsd.boolean
                  : undefined;
        if (made !== datatype)
          problems.push(`${where}: sh:datatype <${datatype}> on ${describe(r)}`);
      }
    const languages = all(s, sh('languageIn'))
      .flatMap((head) => items(head))
      .map((t) => t.value);
    if (languages.length > 0)
      for (const r of values) {
        const t = terms(r);
        if (t?.is !== 'text' || t.language === undefined || !languages.includes(t.language))
          problems.push(`${where}: sh:languageIn ${languages} on ${describe(r)}`);
      }
    const cls = one(s, sh('class'))?.value;
    if (cls !== undefined)
      for (const r of values)
        if (r.at !== 'node' || r.mapping.class !== cls)
          problems.push(`${where}: sh:class <${cls}> on ${describe(r)}`);
    for (const bound of ['minExclusive', 'minInclusive', 'maxExclusive', 'maxInclusive'])
      if (one(s, sh(bound)))
        for (const r of values)
          if (terms(r)?.is !== 'number') problems.push(`${where}: sh:${bound} on ${describe(r)}`);
  };

  const nodeShapes = store.getSubjects(rdf.type, sh('NodeShape'), null) as Term[];
  for (const s of nodeShapes) {
    const targets = [
      ...all(s, sh('targetClass')).flatMap((c) => {
        const found = classKinds(c.value);
        if (found.length === 0)
          problems.push(`${name(s)}: target class <${c.value}> is not described`);
        return found;
      }),
      ...all(s, sh('targetObjectsOf')).flatMap((p) =>
        kinds
          .flatMap((m) => allFields(m).flatMap(flat))
          .filter((f) => f.predicate === p.value && f.term.is === 'node')
          .map(
            (f): Reached => ({
              at: 'node',
              mapping: (f.term as { node: () => NodeMapping }).node(),
            }),
          ),
      ),
    ];
    if (targets.length > 0) shape(s, targets, name(s));
  }
  return problems;
}

function describe(r: Reached): string {
  switch (r.at) {
    case 'node':
      return `a node ${r.mapping.class ?? ''}${r.variant ? ` (${r.variant})` : ''}`;
    case 'value':
      return `the values of <${r.field.predicate}>`;
    case 'list':
      return `the list <${r.field.predicate}>`;
    case 'types':
      return 'the classes of a node';
  }
}
