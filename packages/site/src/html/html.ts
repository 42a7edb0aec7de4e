/**
 * Markup already escaped: what {@link html} returns and what it inserts as it is.
 *
 * @example
 * ```ts
 * const b = new Html('<b>已转义</b>');
 * html`<p>${b}</p>`.value; // '<p><b>已转义</b></p>'
 * ```
 */
export class Html {
  constructor(readonly value: string) {}
  /** The markup itself, so that an `Html` joins a template as what it holds. */
  toString(): string {
    return this.value;
  }
}

const entities: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Escapes text for an HTML element or a quoted attribute.
 *
 * @example
 * ```ts
 * escapeHtml('<b> & "x"'); // '&lt;b&gt; &amp; &quot;x&quot;'
 * ```
 */
export function escapeHtml(text: string): string {
  // Most text (names, paths, numbers) has nothing to escape: tested before it is rebuilt.
  return special.test(text) ? text.replace(specials, (c) => entities[c] ?? c) : text;
}

const special = /[&<>"']/;
const specials = /[&<>"']/g;

type Slot = Html | string | number | undefined | null | false | readonly Slot[];

function render(slot: Slot): string {
  // Text and markup first: what nearly every slot holds.
  if (typeof slot === 'string') return escapeHtml(slot);
  if (slot instanceof Html) return slot.value;
  if (slot === undefined || slot === null || slot === false) return '';
  if (typeof slot === 'number') return String(slot);
  let out = '';
  for (const s of slot) out += render(s);
  return out;
}

/**
 * A template of markup: every inserted text is escaped, every {@link Html} kept, arrays joined,
 * `undefined`, `null` and `false` left out. Pages are built from it, so no list text can break out
 * of its element.
 *
 * @example
 * ```ts
 * html`<td>${'<script>'}</td>`.value; // '<td>&lt;script&gt;</td>'
 * ```
 */
export function html(strings: TemplateStringsArray, ...slots: Slot[]): Html {
  let out = strings[0] ?? '';
  for (let i = 0; i < slots.length; i++) out += render(slots[i]) + (strings[i + 1] ?? '');
  return new Html(out);
}

/**
 * JSON for a `<script type="application/ld+json">`: `<` written as `\u003c`, so no text in
 * the data can close the element.
 *
 * @example
 * ```ts
 * scriptJson({ name: '</script>' }); // '{"name":"\\u003c/script>"}'
 * ```
 */
export function scriptJson(value: unknown): Html {
  return new Html(scriptSafe(JSON.stringify(value)));
}

/**
 * JSON text made safe for a `<script>` element: `<` written as `\u003c` (the same JSON).
 *
 * @example
 * ```ts
 * scriptSafe('{"name":"</script>"}'); // '{"name":"\\u003c/script>"}'
 * ```
 */
export function scriptSafe(json: string): string {
  return json.includes('<') ? json.replace(/</g, '\\u003c') : json;
}
