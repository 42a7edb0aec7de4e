/**
 * A piece of the text of a table or a document: a string, or its UTF-8 bytes where a table
 * repeats the same bytes so often (the absent rows of `concepts.csv`) that copying them is much
 * cheaper than making strings.
 *
 * @example
 * ```ts
 * const pieces: TextPiece[] = ['list,count\n', new TextEncoder().encode('wuzu,3\n')];
 * ```
 */
export type TextPiece = string | Uint8Array;

/**
 * Joins pieces into one text, decoding bytes: for a few lists, and for tests.
 *
 * @example
 * ```ts
 * textOf(['a,', new TextEncoder().encode('b\n')]); // 'a,b\n'
 * ```
 */
export function textOf(pieces: Iterable<TextPiece>): string {
  const decoder = new TextDecoder();
  let text = '';
  for (const piece of pieces) text += typeof piece === 'string' ? piece : decoder.decode(piece);
  return text;
}

const none: readonly Uint8Array[] = [];

/**
 * Gathers bytes into chunks of about `size` bytes, each a fresh array handed out whole, so that
 * a table of millions of short rows is yielded a few thousand times, not millions.
 *
 * @example
 * ```ts
 * const chunks = new ByteChunks();
 * for (const row of rows) yield* chunks.add(new TextEncoder().encode(row));
 * yield* chunks.flush();
 * ```
 */
export class ByteChunks {
  private chunk: Uint8Array;
  private used = 0;
  constructor(private readonly size = 1 << 16) {
    this.chunk = new Uint8Array(size);
  }

  /** Adds bytes; returns the chunks they filled (most often none). */
  add(bytes: Uint8Array): readonly Uint8Array[] {
    if (this.used + bytes.length <= this.size) {
      this.chunk.set(bytes, this.used);
      this.used += bytes.length;
      return none;
    }
    const full = this.flush();
    if (bytes.length > this.size) return [...full, bytes.slice()];
    this.chunk.set(bytes);
    this.used = bytes.length;
    return full;
  }

  /**
   * Adds a text as its UTF-8 bytes, encoded straight into the chunk: a row made as a string is
   * not first encoded into an array of its own, which costs more than the copy it saves.
   */
  addText(encoder: InstanceType<typeof TextEncoder>, text: string): readonly Uint8Array[] {
    // A text too long for what is left of the chunk is encoded only partly; the rest of the
    // chunk is then handed out and the text encoded afresh at the start of the next.
    const { read, written } = encoder.encodeInto(text, this.chunk.subarray(this.used));
    if (read === text.length) {
      this.used += written;
      return none;
    }
    return this.add(encoder.encode(text));
  }

  /** Adds two runs of bytes, as {@link ByteChunks.add} each: a row's two parts. */
  add2(first: Uint8Array, second: Uint8Array): readonly Uint8Array[] {
    if (this.used + first.length + second.length <= this.size) {
      this.chunk.set(first, this.used);
      this.chunk.set(second, this.used + first.length);
      this.used += first.length + second.length;
      return none;
    }
    return [...this.add(first), ...this.add(second)];
  }

  /** The bytes gathered so far as one chunk (none if there are none); gathering starts afresh. */
  flush(): readonly Uint8Array[] {
    if (this.used === 0) return none;
    const full = this.chunk.subarray(0, this.used);
    this.chunk = new Uint8Array(this.size);
    this.used = 0;
    return [full];
  }
}
