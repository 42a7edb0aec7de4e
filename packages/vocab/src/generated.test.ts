import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generatedSources } from '../scripts/generate.js';

describe('generated sources', () => {
  it.each(Object.entries(generatedSources()))(
    'src/%s is what vocab/ generates (run `pnpm --filter @qingdan/vocab run generate`)',
    (name, text) => {
      expect(readFileSync(new URL(`./${name}`, import.meta.url), 'utf8')).toBe(text);
    },
  );
});
