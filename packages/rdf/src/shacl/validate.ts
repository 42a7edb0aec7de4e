import type { DutyList, Issue, PathSegment } from '@qingdan/core';
import { makeIssue } from '@qingdan/core';
import { namespaces, rdf, shapesTurtle } from '@qingdan/vocab';
import type { Quad, Term } from '@rdfjs/types';
import { Parser, Store } from 'n3';
import type SHACLValidator from 'rdf-validate-shacl';
import { nodePaths } from './node-paths.js';

const sh = namespaces.sh;

/**
 * Thrown when the shapes given hold no SHACL shape: validating against nothing would call every
 * graph valid.
 *
 * @example
 * ```ts
 * try { new ShaclChecker(''); } catch (e) { e instanceof NoShapesError; }
 * ```
 */
export class NoShapesError extends Error {
  override readonly name = 'NoShapesError';
  constructor() {
    super('the SHACL shapes hold no sh:NodeShape: nothing would be checked');
  }
}

function localName(term: Term | undefined): string {
  if (!term) return '';
  const value = term.value;
  return value.slice(Math.max(value.lastIndexOf('#'), value.lastIndexOf('/')) + 1);
}

function pathText(term: Term | undefined): string {
  return term && term.termType === 'NamedNode' ? localName(term) : '';
}

/**
 * Checks published graphs against SHACL shapes (`vocab/shapes.ttl` by default) with
 * rdf-validate-shacl on an N3 store, one edition at a time, and reports in the same issue format
 * as the core: code `shacl-violation`, severity from `sh:severity`, the invariant when the shape
 * is one of `qds:InvariantN…`, and the path into the list where the focus node comes from.
 *
 * @example
 * ```ts
 * const checker = new ShaclChecker();
 * const issues = await checker.checkEdition(list, dutyListToQuads(list, { base }), base);
 * ```
 */
export class ShaclChecker {
  readonly #shapes: Store;
  // The SHACL engine takes a fifth of a second to load: loaded on the first check, so that a
  // command that makes a checker but checks nothing, and every command that never makes one,
  // does not wait for it.
  #validator: Promise<SHACLValidator> | undefined;

  constructor(shapes: string = shapesTurtle) {
    const store = new Store(new Parser().parse(shapes));
    if (store.countQuads(null, rdf.type, `${sh}NodeShape`, null) === 0) throw new NoShapesError();
    this.#shapes = store;
  }

  /** The issues of one edition's graph; the list tells where in it each node comes from. */
  async checkEdition(list: DutyList, quads: Iterable<Quad>, base: string): Promise<Issue[]> {
    const data = new Store([...quads]);
    this.#validator ??= import('rdf-validate-shacl').then((m) => new m.default(this.#shapes));
    const report = await (await this.#validator).validate(data);
    if (report.conforms) return [];
    const paths = nodePaths(list, base);
    return report.results.map((r) => {
      const focus = r.focusNode;
      const shape = localName(r.sourceShape);
      const invariant = /^Invariant(\d)/.exec(shape)?.[1];
      const en = r.message.find((m) => m.termType === 'Literal' && m.language === 'en');
      const zh = r.message.find((m) => m.termType === 'Literal' && m.language === 'zh');
      const path: readonly PathSegment[] = paths.get(focus?.value ?? '') ?? [];
      const severity = r.severity?.value === `${sh}Violation` ? 'error' : 'warning';
      const params = {
        shape: `qds:${shape}`,
        focus: focus?.value ?? '',
        property: pathText(r.path),
        constraint: localName(r.sourceConstraintComponent),
        // The shape's own sh:message, quoted in each language it gives (see docs/architecture.md).
        ...(en ? { 'sh:message@en': en.value } : {}),
        ...(zh ? { 'sh:message@zh': zh.value } : {}),
      };
      return makeIssue(
        'shacl-violation',
        severity,
        path,
        params,
        invariant ? (Number(invariant) as Issue['invariant'] & number) : undefined,
      );
    });
  }
}
