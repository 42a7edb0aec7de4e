import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generatedSources } from '../scripts/generate.js';

describe('generated sources', () => {
  it.each(Object.entries(generatedSources()))(
    'src/generated/%s is what vocab/ and queries/ generate (run `pnpm --filter @qingdan/store run generate`)',
    (name, text) => {
      expect(readFileSync(new URL(`./generated/${name}`, import.meta.url), 'utf8')).toBe(text);
    },
  );
});
