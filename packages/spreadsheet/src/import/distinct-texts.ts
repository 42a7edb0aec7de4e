/** The non-empty texts of some cells, each once, in order: what a row says, without repeats. */
export const distinctTexts = (values: readonly string[]): string[] => [
  ...new Set(values.filter((v) => v !== '')),
];
