// Small helpers to write Turtle by hand-readable templates, with strings escaped so that no
// label or definition can break the file.

export function turtleString(text: string, language?: string): string {
  const escaped = text
    .replaceAll('\\', '\\\\')
    .replaceAll('"', '\\"')
    .replaceAll('\n', '\\n')
    .replaceAll('\r', '\\r')
    .replaceAll('\t', '\\t');
  return `"${escaped}"${language ? `@${language}` : ''}`;
}

export const iri = (value: string): string => `<${value}>`;
