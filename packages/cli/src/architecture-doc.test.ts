import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const repo = fileURLToPath(new URL('../../../', import.meta.url));

/** Each package's name and the workspace packages it depends on, from its package.json. */
function arrows(): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const dir of readdirSync(join(repo, 'packages'))) {
    const json = JSON.parse(readFileSync(join(repo, 'packages', dir, 'package.json'), 'utf8'));
    const uses = Object.keys(json.dependencies ?? {}).filter((d) => d.startsWith('@qingdan/'));
    found.set(json.name, uses.sort());
  }
  return found;
}

/** The table of docs/architecture.md's "The packages and their arrows". */
function documented(): Map<string, string[]> {
  const text = readFileSync(join(repo, 'docs/architecture.md'), 'utf8');
  const rows = [...text.matchAll(/^\| `(@qingdan\/[a-z-]+)` \| (.*) \|$/gm)];
  return new Map(
    rows.map(([, name, uses]) => [
      name as string,
      [...(uses as string).matchAll(/`(@qingdan\/[a-z-]+)`/g)].map((m) => m[1] as string).sort(),
    ]),
  );
}

describe('docs/architecture.md', () => {
  it('names every package and exactly the packages each one uses', () => {
    expect(documented()).toEqual(arrows());
  });
});
