import { namespaces, rdf } from '@qingdan/vocab';
import type { DatasetCore, Quad, Term } from '@rdfjs/types';
import { DataFactory, Parser, Store } from 'n3';
import SHACLValidator from 'rdf-validate-shacl';
import { Validator as ShaclEngine } from 'shacl-engine';
import { cpsvShapesTurtle } from './standards.js';

const sh = namespaces.sh;

/**
 * The SHACL engines the graph is checked with: rdf-validate-shacl and shacl-engine, two
 * implementations, so that a result one of them gets wrong shows as a disagreement.
 *
 * @example
 * ```ts
 * const engine: CpsvEngine = 'shacl-engine';
 * ```
 */
export type CpsvEngine = 'rdf-validate-shacl' | 'shacl-engine';

/**
 * One result of the official shapes, in their own words: the shape that failed, its `sh:name`
 * and `sh:description` (in English: the official shapes carry no messages), the node, the
 * property path, the constraint and the offending value.
 *
 * @example
 * ```ts
 * const f: CpsvFinding = { engine: 'shacl-engine', shape: '…#PublicServiceShape/…', name: 'name', description: '…', focus: 'https://…/duty/JB-01', path: 'http://purl.org/dc/terms/title', constraint: 'MinCountConstraintComponent', severity: 'Violation' };
 * ```
 */
export interface CpsvFinding {
  readonly engine: CpsvEngine;
  readonly shape: string;
  readonly name?: string;
  readonly description?: string;
  readonly focus: string;
  readonly path?: string;
  readonly constraint: string;
  readonly severity: 'Violation' | 'Warning' | 'Info';
  readonly value?: string;
}

const localName = (iri: string) =>
  iri.slice(Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/')) + 1);

const one = (store: Store, s: Term, p: string): Term | undefined => store.getObjects(s, p, null)[0];

const englishOr = (store: Store, s: Term, p: string): string | undefined => {
  const all = store.getObjects(s, p, null);
  return (all.find((t) => t.termType === 'Literal' && t.language === 'en') ?? all[0])?.value;
};

/** The findings of a SHACL validation report graph, with each shape's own words. */
function findings(engine: CpsvEngine, report: DatasetCore, shapes: Store): CpsvFinding[] {
  const graph = new Store([...report]);
  return graph.getSubjects(rdf.type, `${sh}ValidationResult`, null).map((r) => {
    const shape = one(graph, r, `${sh}sourceShape`);
    const path = one(graph, r, `${sh}resultPath`);
    const value = one(graph, r, `${sh}value`);
    const name = shape ? englishOr(shapes, shape, `${sh}name`) : undefined;
    const description = shape ? englishOr(shapes, shape, `${sh}description`) : undefined;
    const severity = localName(one(graph, r, `${sh}resultSeverity`)?.value ?? 'Violation');
    return {
      engine,
      shape: shape?.value ?? '',
      ...(name !== undefined ? { name } : {}),
      ...(description !== undefined ? { description } : {}),
      focus: one(graph, r, `${sh}focusNode`)?.value ?? '',
      ...(path?.termType === 'NamedNode' ? { path: path.value } : {}),
      constraint: localName(one(graph, r, `${sh}sourceConstraintComponent`)?.value ?? ''),
      severity: (['Violation', 'Warning', 'Info'].includes(severity)
        ? severity
        : 'Violation') as CpsvFinding['severity'],
      ...(value !== undefined ? { value: value.value } : {}),
    };
  });
}

const factory = { ...DataFactory, dataset: (quads?: Quad[]) => new Store(quads) };

/**
 * Checks graphs against the official CPSV-AP 3.2.0 shapes with both engines. The shapes are
 * parsed once per checker.
 *
 * @example
 * ```ts
 * const checker = new CpsvChecker();
 * const found = await checker.check(cpsvQuads(list, { base }));
 * found.length; // 0
 * ```
 */
export class CpsvChecker {
  readonly #shapes: Store;
  readonly #rdfValidateShacl: SHACLValidator;
  readonly #shaclEngine: ShaclEngine;

  constructor(shapes: string = cpsvShapesTurtle()) {
    this.#shapes = new Store(new Parser().parse(shapes));
    this.#rdfValidateShacl = new SHACLValidator(this.#shapes);
    this.#shaclEngine = new ShaclEngine(this.#shapes, { factory });
  }

  /** The findings of each engine, in one list: rdf-validate-shacl's first. */
  async check(quads: Iterable<Quad>): Promise<CpsvFinding[]> {
    const data = new Store([...quads]);
    const a = await this.#rdfValidateShacl.validate(data);
    const b = await this.#shaclEngine.validate({ dataset: data });
    return [
      ...findings('rdf-validate-shacl', a.dataset as DatasetCore, this.#shapes),
      ...findings('shacl-engine', b.dataset, this.#shapes),
    ];
  }
}
