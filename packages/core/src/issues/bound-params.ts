/**
 * The most characters of user text an issue quotes. Enough to recognise a name, a title or a
 * citation; a longer text is cut here, so that one huge value (megabytes in a cell) makes a
 * short issue and a short message, not a copy of itself.
 *
 * @example
 * ```ts
 * quotedTextLimit; // 200
 * ```
 */
export const quotedTextLimit = 200;

/**
 * The parameter that holds the full length of a parameter cut by {@link boundParams}.
 *
 * @example
 * ```ts
 * fullLengthParam('text'); // 'textLength'
 * ```
 */
export function fullLengthParam(name: string): string {
  return `${name}Length`;
}

/**
 * An issue's parameters with every text longer than {@link quotedTextLimit} cut to that many
 * characters and an ellipsis (never between the halves of a surrogate pair), and its full
 * length, in characters, kept beside it under {@link fullLengthParam}. Short parameters, and
 * numbers, are kept as they are; bounding twice changes nothing.
 *
 * @example
 * ```ts
 * boundParams({ text: 'x'.repeat(3_600_000) }); // { text: 'xxx…x…', textLength: 3600000 } (200 x)
 * ```
 */
export function boundParams<T extends Readonly<Record<string, string | number | undefined>>>(
  params: T,
): T {
  let bounded: T | undefined;
  for (const [name, value] of Object.entries(params)) {
    if (typeof value !== 'string' || value.length <= quotedTextLimit + 1) continue;
    bounded ??= { ...params };
    const last = value.charCodeAt(quotedTextLimit - 1);
    const cut = last >= 0xd800 && last <= 0xdbff ? quotedTextLimit - 1 : quotedTextLimit;
    let characters = 0;
    for (const _ of value) characters++;
    // Still a text where there was one, and a length the params allow by name.
    Object.assign(bounded, {
      [name]: `${value.slice(0, cut)}…`,
      [fullLengthParam(name)]: characters,
    });
  }
  return bounded ?? params;
}
