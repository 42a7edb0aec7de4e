/** Texts that are their own segment: unreserved characters, neither `_` alone nor dots alone. */
const plainSegment = /^(?!_$)(?!\.+$)[A-Za-z0-9._~-]+$/;

/**
 * Turns any text into one IRI path segment that cannot break the IRI it is put in: every
 * character outside the unreserved ASCII set is percent-encoded (UTF-8), and a segment made only
 * of dots, which IRI resolution would swallow, is encoded too. The empty text becomes `_`.
 *
 * @example
 * ```ts
 * iriSegment('JB-03.012'); // 'JB-03.012'
 * iriSegment('传染病防治法'); // '%E4%BC%A0%E6%9F%93%E7%97%85%E9%98%B2%E6%B2%BB%E6%B3%95'
 * iriSegment('a/b?c#d'); // 'a%2Fb%3Fc%23d'
 * ```
 */
export function iriSegment(text: string): string {
  // Most keys are plain ASCII and come out as they are: one test instead of encoding them.
  if (plainSegment.test(text)) return text;
  if (text === '') return '_';
  // `_` alone stands for the empty text, so the text `_` itself is escaped.
  if (text === '_') return '%5F';
  if (/^\.+$/.test(text)) return text.replaceAll('.', '%2E');
  // encodeURIComponent leaves !'()* alone; they are legal in IRIs but some tools mistreat them.
  // A lone surrogate cannot be encoded as UTF-8; it becomes U+FFFD, which only costs identity.
  const wellFormed = text.replace(/\p{Surrogate}/gu, '\uFFFD');
  return encodeURIComponent(wellFormed).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/**
 * Reads back a segment made by {@link iriSegment}.
 *
 * @example
 * ```ts
 * segmentText(iriSegment('五祖镇')); // '五祖镇'
 * ```
 */
export function segmentText(segment: string): string {
  return segment === '_' ? '' : decodeURIComponent(segment);
}
