// shacl-engine ships no type declarations; this is the part of its API the package uses.
declare module 'shacl-engine' {
  import type { DatasetCore, Quad, Term } from '@rdfjs/types';

  export class Validator {
    constructor(
      shapes: DatasetCore,
      options: { readonly factory: unknown; readonly [option: string]: unknown },
    );
    validate(data: { readonly dataset: DatasetCore; readonly terms?: Iterable<Term> }): Promise<{
      readonly conforms: boolean;
      readonly dataset: DatasetCore<Quad>;
    }>;
  }
}
