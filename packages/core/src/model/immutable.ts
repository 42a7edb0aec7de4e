/**
 * A value that cannot be changed through its type: every object and array in it is readonly.
 * Editions are immutable values; amending one makes a new one.
 */
export type Immutable<T> = T extends (...args: never[]) => unknown
  ? T
  : T extends readonly (infer U)[]
    ? readonly Immutable<U>[]
    : T extends object
      ? { readonly [K in keyof T]: Immutable<T[K]> }
      : T;
