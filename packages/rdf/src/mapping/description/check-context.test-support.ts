// What the JSON-LD context must say for the documents dutyListToJsonLd writes to mean what the
// description says: every field's term, in the scope the document uses it, expands to the
// field's predicate with the coercion, language and container its term kind needs; every class
// and section has its term; the context has nothing else but prefixes. Returns the problems.
import { conceptIri, namespaces, qingdanNamespace } from '@qingdan/vocab';
import type { Field, Fields, NodeMapping, ValueField } from './types.js';

type Definition = string | { readonly [key: string]: unknown };
type Context = { readonly [term: string]: Definition | number };

/** A term definition with its IRIs expanded, in a form two definitions can be compared in. */
interface Normal {
  readonly id: string;
  readonly type?: string;
  readonly language?: string;
  readonly container?: string;
}

const localName = (iri: string) =>
  iri.slice(Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/')) + 1);

export function contextProblems(context: Context, root: NodeMapping): string[] {
  const problems: string[] = [];
  const used = new Set<string>(['@version']);
  const prefixes = new Map<string, string>();
  for (const [term, def] of Object.entries(context))
    if (typeof def === 'string' && /[#/]$/.test(def)) prefixes.set(term, def);

  const expand = (iri: string): string => {
    const colon = iri.indexOf(':');
    const ns = colon > 0 ? prefixes.get(iri.slice(0, colon)) : undefined;
    return ns === undefined ? iri : ns + iri.slice(colon + 1);
  };
  const normal = (def: Definition): Normal => {
    if (typeof def === 'string') return { id: expand(def) };
    const out: Record<string, string> = { id: expand(String(def['@id'])) };
    if (typeof def['@type'] === 'string')
      out.type = def['@type'].startsWith('@') ? def['@type'] : expand(def['@type']);
    if (typeof def['@language'] === 'string') out.language = def['@language'];
    if (typeof def['@container'] === 'string') out.container = def['@container'];
    return out as unknown as Normal;
  };
  const show = (n: Normal | undefined) => JSON.stringify(n && sorted(n));

  /** The definition a term has in a scope: the scoped contexts met on the way, then the context. */
  const definition = (term: string, scope: Context): Definition | undefined => {
    used.add(term);
    const def = scope[term] ?? context[term];
    return typeof def === 'number' ? undefined : def;
  };

  const expectTerm = (term: string, iri: string, where: string) => {
    const def = definition(term, {});
    if (def === undefined || normal(def).id !== iri)
      problems.push(`${where}: term ${term} should name <${iri}>, not ${JSON.stringify(def)}`);
  };

  const expected = (f: ValueField): Normal => {
    const t = f.term;
    const container = f.container === 'list' ? '@list' : f.container === 'set' ? '@set' : undefined;
    const base = { id: f.predicate, ...(container ? { container } : {}) };
    switch (t.is) {
      case 'text':
        return t.language === undefined ? base : { ...base, language: t.language };
      case 'typed':
        return { ...base, type: t.datatype };
      case 'boolean':
      case 'number':
        return base;
      case 'concept':
        return { ...base, type: '@vocab' };
      case 'ref':
      case 'iri':
        return { ...base, type: '@id' };
      case 'node':
        return t.plainRef ? { ...base, type: '@id' } : base;
    }
  };

  const seen = new Set<string>();
  const walkNode = (mapping: NodeMapping, scope: Context, where: string) => {
    const key = `${JSON.stringify(scope)} ${mapping.class ?? ''} ${Object.keys(mapping.fields).join()}`;
    if (seen.has(key)) return;
    seen.add(key);
    if (mapping.class !== undefined) expectTerm(localName(mapping.class), mapping.class, where);
    const variants = mapping.variants;
    if (variants !== undefined && typeof variants.by === 'string') {
      const alias = definition(variants.by, scope);
      if (alias !== '@type') problems.push(`${where}: ${variants.by} should be an alias of @type`);
      for (const [name, v] of Object.entries(variants.table))
        if (v.class !== undefined) expectTerm(name, v.class, `${where} ${name}`);
    }
    const all: Fields[] = [
      mapping.fields,
      ...Object.values(variants?.table ?? {}).map((v) => v.fields),
      mapping.after ?? {},
    ];
    for (const fields of all)
      for (const [name, f] of Object.entries(fields)) walkField(name, f, scope, `${where}.${name}`);
  };

  const walkField = (name: string, f: Field, scope: Context, where: string) => {
    const def = definition(name, scope);
    if (def === undefined) {
      problems.push(`${where}: no term ${name}`);
      return;
    }
    if (f.kind === 'nest') {
      if (f.as === '@nest') {
        if (def !== '@nest') problems.push(`${where}: ${name} should be @nest`);
        for (const [n, g] of Object.entries(f.fields)) walkField(n, g, scope, `${where}.${n}`);
        return;
      }
      const predicates = new Set(
        Object.values(f.fields).map((g) => (g.kind === 'value' ? g.predicate : '')),
      );
      const want = { id: [...predicates].join(' '), container: '@language' };
      if (show(normal(def)) !== show(want))
        problems.push(`${where}: ${name} is ${show(normal(def))}, should be ${show(want)}`);
      return;
    }
    const got = normal(def);
    const want = expected(f);
    // An embedded node is an object with an @id of its own: coercing its term to @id is harmless.
    const loose =
      f.term.is === 'node' && !f.term.plainRef && got.type === '@id'
        ? { ...want, type: '@id' }
        : want;
    if (show(got) !== show(loose))
      problems.push(`${where}: ${name} is ${show(got)}, should be ${show(loose)}`);
    const scoped = (typeof def === 'string' ? {} : (def['@context'] ?? {})) as Context;
    if (f.term.is === 'concept') {
      // Codes expand under the scheme; a code that is also a term must be mapped back to it.
      const scheme = f.term.scheme;
      const want: Record<string, string> = { '@vocab': conceptIri(scheme.id, '') };
      for (const c of scheme.concepts)
        if (c.code in context) want[c.code] = conceptIri(scheme.id, c.code);
      if (JSON.stringify(sorted(scoped)) !== JSON.stringify(sorted(want)))
        problems.push(`${where}: ${name} should scope ${JSON.stringify(want)}`);
    }
    if (f.term.is === 'node')
      walkNode(f.term.node(), { ...scope, ...scoped }, `${where}<${localName(f.predicate)}>`);
  };

  walkNode(root, {}, 'list');

  const known: Record<string, string> = { ...namespaces, qd: qingdanNamespace };
  for (const [prefix, ns] of prefixes) {
    used.add(prefix);
    if (known[prefix] !== ns)
      problems.push(`prefix ${prefix}: <${ns}> is not vocab's <${known[prefix]}>`);
  }
  for (const term of Object.keys(context))
    if (!used.has(term)) problems.push(`term ${term} maps no field, class or section`);
  return problems;
}

const sorted = (o: object) =>
  Object.fromEntries(Object.entries(o).sort(([a], [b]) => a.localeCompare(b)));
