import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { qingdan } from '../test/qingdan.js';

const repo = (path: string) => fileURLToPath(new URL(`../../../${path}`, import.meta.url));

/** Every file below a folder with its bytes, to tell whether a run changed any. */
function snapshot(dir: string): Map<string, string> {
  return new Map(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => {
        const path = join(e.parentPath, e.name);
        return [path, readFileSync(path, 'base64')];
      }),
  );
}

describe('the command line under hostile use (fuzz)', () => {
  it('any mix of commands, options and paths: exit 0, 1 or 2, no stack trace, no input changed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'qingdan-fuzz-cli-'));
    const inputs = join(dir, 'inputs');
    cpSync(repo('examples'), inputs, { recursive: true });
    writeFileSync(join(inputs, 'notes.txt'), 'not a list');
    writeFileSync(join(inputs, 'garbage.yaml'), '\u0000\u0001: [\n');
    writeFileSync(
      join(inputs, 'gbk.yaml'),
      Buffer.from([0x69, 0x64, 0x3a, 0x20, 0xc7, 0xe5, 0xb5, 0xa5, 0x0a]),
    );
    mkdirSync(join(inputs, 'empty'));
    const before = snapshot(inputs);
    const paths = [
      join(inputs, 'lists'),
      join(inputs, 'lists', 'huangmei-wuzu-2024.yaml'),
      join(inputs, 'editions', 'huangmei-tingqian-2025.yaml'),
      join(inputs, 'admission', 'forestry-responsibility-letter.yaml'),
      join(inputs, 'spreadsheets', 'huangmei-basic.csv'),
      join(inputs, 'notes.txt'),
      join(inputs, 'garbage.yaml'),
      join(inputs, 'gbk.yaml'),
      join(inputs, 'empty'),
      join(inputs, 'missing.yaml'),
      join(inputs, 'notes.txt', 'below-a-file.yaml'),
      inputs,
      '.',
      '',
      '-',
    ];
    const outputs = [
      ...paths,
      join(dir, 'out'),
      join(dir, 'out.xlsx'),
      join(dir, 'out.csv'),
      join(dir, 'out.yaml'),
      join(dir, 'out.json'),
    ];
    const path = fc.constantFrom(...paths);
    const output = fc.constantFrom(...outputs);
    const value = (flag: string, values: fc.Arbitrary<string>) => values.map((v) => `${flag}=${v}`);
    const bases = fc.constantFrom(
      'https://data.example.org/q/',
      'https://data.example.org/q/../#x',
      'x',
    );
    // Each subcommand with the options it knows, given values real and hostile.
    const options: Record<string, fc.Arbitrary<string>[]> = {
      validate: [fc.constant('--json'), fc.constant('--shacl')],
      stats: [fc.constant('--json')],
      publish: [
        value('--out', output),
        value('--base', bases),
        value('--format', fc.constantFrom('nt,ttl', 'jsonld', 'rdfxml', '')),
        fc.constant('--keep-going'),
        fc.constant('--json'),
      ],
      import: [
        value('-o', output),
        value('--report', output),
        value('--profile', fc.oneof(path, fc.constant('nonesuch'))),
        value('--section', fc.constantFrom('basic', 'x')),
        value('--encoding', fc.constantFrom('gbk', 'utf-8', 'nonesuch')),
        fc.constant('--strict'),
        fc.constant('--json'),
      ],
      export: [
        value('-o', output),
        value('--format', fc.constantFrom('csv', 'xlsx', 'pdf')),
        fc.constant('--json'),
      ],
      cite: [
        fc.constant('--json'),
        fc.constant('--lines'),
        fc.constantFrom('《消防法》第三条', '\u001b]0;x\u0007', ''),
      ],
      admit: [value('--list', path), value('--rules', path), fc.constant('--json')],
      diff: [fc.constant('--json')],
      compare: [
        value('--out', output),
        value('--reference', path),
        value('--threshold', fc.constantFrom('0.5', '1.5', 'x')),
        fc.constant('--no-code'),
        fc.constant('--json'),
      ],
    };
    const invocation = fc.oneof(
      {
        weight: 19,
        arbitrary: fc.constantFrom(...Object.keys(options)).chain((name) =>
          fc
            .array(fc.oneof({ weight: 2, arbitrary: path }, ...(options[name] ?? [])), {
              maxLength: 5,
            })
            .map((args) => [name, ...args]),
        ),
      },
      {
        weight: 1,
        arbitrary: fc.array(fc.oneof(path, fc.constantFrom('--json', '-x', 'help')), {
          maxLength: 3,
        }),
      },
    );
    const codes: number[] = [];
    await fc.assert(
      fc.asyncProperty(invocation, async (args) => {
        const run = await qingdan(...args);
        codes.push(run.code);
        expect([0, 1, 2]).toContain(run.code);
        expect(run.stdout + run.stderr).not.toMatch(/internal error|\n\s+at \S+ \(/);
      }),
      { numRuns: 80, interruptAfterTimeLimit: 30_000 },
    );
    const after = snapshot(inputs);
    // An output folder may be absent or empty (and not an input): missing.yaml and empty are
    // both, when the run did not also name them as inputs. Nothing new appears anywhere else.
    const writable = ['missing.yaml', 'empty'].map((name) => `${join(inputs, name)}${sep}`);
    expect(
      [...after.keys()].filter((k) => !before.has(k) && !writable.some((w) => k.startsWith(w))),
    ).toEqual([]);
    expect(new Map([...after].filter(([k]) => before.has(k)))).toEqual(before);
    // The runs reached the commands, not only the argument parser.
    expect(codes.filter((c) => c !== 2).length).toBeGreaterThan(codes.length / 10);
  }, 180_000);
});
