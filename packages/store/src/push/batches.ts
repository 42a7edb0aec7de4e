/**
 * Cuts N-Triples lines into batches of about `size` lines, only where no blank node is used on
 * both sides of the cut: a server reads each request on its own, so `_:b1` in two requests
 * would be two nodes. An RDF list's nodes stay in one batch with the triple that names it.
 *
 * @example
 * ```ts
 * ntriplesBatches(['<a> <p> _:l .', '_:l <first> "x" .', '<b> <p> "y" .'], 1);
 * // ['<a> <p> _:l .\n_:l <first> "x" .\n', '<b> <p> "y" .\n']
 * ```
 */
export function ntriplesBatches(lines: readonly string[], size: number): string[] {
  // last[i]: the last line a blank node used on a line up to i is used on.
  const lastUse = new Map<string, number>();
  // Most lines have no blank node: a plain search skips the pattern for them.
  const labels = (line: string) => (line.includes('_:') ? (line.match(/_:[^\s]+/gu) ?? []) : []);
  lines.forEach((line, i) => {
    for (const label of labels(line)) lastUse.set(label, i);
  });
  const batches: string[] = [];
  let start = 0;
  let reach = -1;
  for (let i = 0; i < lines.length; i++) {
    for (const label of labels(lines[i] as string))
      reach = Math.max(reach, lastUse.get(label) ?? i);
    const end = i + 1;
    if (end - start >= size && reach < end) {
      batches.push(`${lines.slice(start, end).join('\n')}\n`);
      start = end;
    }
  }
  if (start < lines.length) batches.push(`${lines.slice(start).join('\n')}\n`);
  return batches;
}
