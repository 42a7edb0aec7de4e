/**
 * Where a writer puts its text: called with each statement (or part of one), in order. Writers
 * hold no text of their own, so a sink decides how to gather it: a file sink encodes straight
 * into a byte buffer, never building one long string.
 *
 * @example
 * ```ts
 * const parts: string[] = [];
 * const sink: TextSink = (text) => parts.push(text);
 * ```
 */
export type TextSink = (text: string) => void;
