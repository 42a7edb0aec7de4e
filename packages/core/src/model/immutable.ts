/**
 * A value that cannot be changed through its type: every object and array in it is readonly.
 * Editions are immutable values; amending one makes a new one.
 *
 * @example
 * ```ts
 * const frozen: Immutable<{ items: string[] }> = { items: ['a'] }; // frozen.items.push is a type error
 * ```
 */
export type Immutable<T> = T extends (...args: never[]) => unknown
  ? T
  : T extends readonly (infer U)[]
    ? readonly Immutable<U>[]
    : T extends object
      ? { readonly [K in keyof T]: Immutable<T[K]> }
      : T;
