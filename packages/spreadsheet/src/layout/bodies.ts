import type { Department, ListDomain, Office } from '@qingdan/core';
import { findConcept, huangmeiDomainScheme } from '@qingdan/core';
import { KeyRegistry, keyFromText } from '../text/key.js';
import { normaliseText } from '../text/normalise.js';

type Body = { readonly key: string; readonly name: string; readonly aliases?: readonly string[] };

class BodyIndex<B extends Body> {
  readonly #byName = new Map<string, string>();
  readonly #byKey = new Map<string, B>();
  readonly #keys = new KeyRegistry();
  readonly added: B[] = [];

  constructor(
    bodies: readonly B[],
    private readonly make: (key: string, name: string) => B,
  ) {
    for (const b of bodies) this.#remember(b);
  }

  #remember(b: B): void {
    this.#keys.claim(b.key);
    this.#byKey.set(b.key, b);
    for (const n of [b.name, ...(b.aliases ?? [])]) {
      const norm = normaliseText(n);
      if (!this.#byName.has(norm)) this.#byName.set(norm, b.key);
    }
  }

  keyOf(name: string): string {
    const known =
      this.#byName.get(normaliseText(name)) ?? (this.#byKey.has(name) ? name : undefined);
    if (known) return known;
    const body = this.make(this.#keys.claim(keyFromText(name) ?? 'body'), name);
    this.added.push(body);
    this.#remember(body);
    return body.key;
  }

  nameOf(key: string): string {
    return this.#byKey.get(key)?.name ?? key;
  }
}

/**
 * The bodies and domains of one list, looked up both ways: export writes an office's name for
 * its key; import finds the key for a name as published (matched on its normalised form, so
 * traditional characters and full-width brackets find it too) and creates an office or
 * department, keyed by its name, for a name the list does not have yet.
 *
 * @example
 * ```ts
 * const vocab = new ListVocabulary([{ key: 'shsw', name: '社会事务办公室' }], [], undefined);
 * vocab.offices.keyOf('社會事務辦公室'); // 'shsw'
 * vocab.offices.keyOf('乡(镇)人民政府'); // '乡镇人民政府', a new office
 * ```
 */
export class ListVocabulary {
  readonly offices: BodyIndex<Office>;
  readonly departments: BodyIndex<Department>;

  constructor(
    offices: readonly Office[],
    departments: readonly Department[],
    private readonly domains: readonly ListDomain[] | undefined,
  ) {
    this.offices = new BodyIndex<Office>(offices, (key, name) => ({ key, name }));
    this.departments = new BodyIndex<Department>(departments, (key, name) => ({ key, name }));
  }

  /** The label a domain code is shown with, or the text itself when it is not a code. */
  domainLabel(code: string): string {
    const own = this.domains?.find((d) => d.code === code);
    if (own) return own.label.zh;
    if (this.domains) return code;
    return huangmeiDomainScheme.concepts.find((c) => c.code === code)?.label.zh ?? code;
  }

  /**
   * The domain codes for the domain texts of an import, and the list's own domains when it
   * needs them: a list with its own scheme gets a new concept for a text its scheme lacks; a
   * list without one keeps the default scheme when every text is in it, and otherwise gets its
   * own scheme made of the texts as published (so that no row is rejected for its domain).
   */
  resolveDomains(texts: readonly string[]): {
    domains?: ListDomain[];
    codeOf: (text: string) => string;
  } {
    const codes = new Map<string, string>();
    const keys = new KeyRegistry();
    const own: ListDomain[] | undefined = this.domains ? [...this.domains] : undefined;
    if (own) {
      for (const d of own) keys.claim(d.code);
      for (const text of texts) {
        const norm = normaliseText(text);
        const hit = own.find(
          (d) => d.code === text || normaliseText(d.label.zh) === norm || d.notation === text,
        );
        if (hit) codes.set(text, hit.code);
        else {
          const added = { code: keys.claim(keyFromText(text) ?? 'domain'), label: { zh: text } };
          own.push(added);
          codes.set(text, added.code);
        }
      }
      return { domains: own, codeOf: (t) => codes.get(t) ?? t };
    }
    const inDefault = (t: string) =>
      findConcept(huangmeiDomainScheme, t) ?? findConcept(huangmeiDomainScheme, normaliseText(t));
    if (texts.every((t) => inDefault(t))) return { codeOf: (t) => inDefault(t)?.code ?? t };
    const made: ListDomain[] = [];
    for (const text of texts) {
      const concept = inDefault(text);
      const code = keys.claim(concept?.code ?? keyFromText(text) ?? 'domain');
      made.push({ code, label: { zh: concept?.label.zh ?? text } });
      codes.set(text, code);
    }
    return { domains: made, codeOf: (t) => codes.get(t) ?? t };
  }
}
