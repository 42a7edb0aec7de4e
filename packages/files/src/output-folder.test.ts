import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkOutputFolder, openOutputFolder } from './output-folder.js';
import { outputMarkerFile } from './output-marker.js';
import { OutputRefusedError } from './output-refused-error.js';

function scratch(): string {
  return mkdtempSync(join(tmpdir(), 'qingdan-files-'));
}

async function refusal(run: () => Promise<unknown>): Promise<string | undefined> {
  try {
    await run();
    return undefined;
  } catch (error) {
    if (error instanceof OutputRefusedError) return error.reason;
    throw error;
  }
}

describe('checkOutputFolder', () => {
  it('accepts an absent or empty folder', async () => {
    const dir = scratch();
    await checkOutputFolder(join(dir, 'new'), { command: 'publish' });
    mkdirSync(join(dir, 'empty'));
    await checkOutputFolder(join(dir, 'empty'), { command: 'publish' });
  });

  it('refuses an input folder, a folder holding an input, and one inside an input folder', async () => {
    const dir = scratch();
    mkdirSync(join(dir, 'lists'));
    writeFileSync(join(dir, 'lists', 'a.yaml'), 'id: a\n');
    const inputs = [join(dir, 'lists')];
    expect(
      await refusal(() => checkOutputFolder(join(dir, 'lists'), { command: 'publish', inputs })),
    ).toBe('is-input');
    expect(await refusal(() => checkOutputFolder(dir, { command: 'publish', inputs }))).toBe(
      'holds-input',
    );
    expect(
      await refusal(() =>
        checkOutputFolder(join(dir, 'lists', 'out'), { command: 'publish', inputs }),
      ),
    ).toBe('inside-input');
    // The same place spelt otherwise is the same place.
    expect(
      await refusal(() =>
        checkOutputFolder(join(dir, 'lists', '..', 'lists', '.'), { command: 'publish', inputs }),
      ),
    ).toBe('is-input');
    symlinkSync(join(dir, 'lists'), join(dir, 'link'));
    expect(
      await refusal(() =>
        checkOutputFolder(dir, { command: 'publish', inputs: [join(dir, 'link', 'a.yaml')] }),
      ),
    ).toBe('holds-input');
  });

  it('refuses a file, a folder it did not write, and an output of another command', async () => {
    const dir = scratch();
    writeFileSync(join(dir, 'notes.txt'), 'mine');
    expect(
      await refusal(() => checkOutputFolder(join(dir, 'notes.txt'), { command: 'publish' })),
    ).toBe('not-a-folder');
    mkdirSync(join(dir, 'theirs'));
    writeFileSync(join(dir, 'theirs', 'README.md'), 'mine');
    expect(
      await refusal(() => checkOutputFolder(join(dir, 'theirs'), { command: 'publish' })),
    ).toBe('not-ours');
    const folder = await openOutputFolder(join(dir, 'compared'), { command: 'compare' });
    await folder.commit();
    expect(
      await refusal(() => checkOutputFolder(join(dir, 'compared'), { command: 'publish' })),
    ).toBe('other-command');
    await checkOutputFolder(join(dir, 'compared'), { command: 'compare' });
  });
});

describe('openOutputFolder', () => {
  it('replaces an earlier output whole and leaves nothing aside', async () => {
    const dir = scratch();
    const out = join(dir, 'out');
    for (const text of ['first', 'second']) {
      const folder = await openOutputFolder(out, { command: 'publish' });
      writeFileSync(join(folder.path, 'a.txt'), text);
      await folder.commit();
      await folder.discard();
    }
    expect(readFileSync(join(out, 'a.txt'), 'utf8')).toBe('second');
    expect(existsSync(join(out, outputMarkerFile))).toBe(true);
    expect(readdirSync(dir)).toEqual(['out']);
  });

  it('leaves the previous output as it was when discarded', async () => {
    const dir = scratch();
    const out = join(dir, 'out');
    const first = await openOutputFolder(out, { command: 'publish' });
    writeFileSync(join(first.path, 'a.txt'), 'kept');
    await first.commit();
    const second = await openOutputFolder(out, { command: 'publish' });
    writeFileSync(join(second.path, 'a.txt'), 'dropped');
    await second.discard();
    expect(readFileSync(join(out, 'a.txt'), 'utf8')).toBe('kept');
    expect(readdirSync(dir)).toEqual(['out']);
  });

  it('never touches a file it did not write, whatever the layout (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('same', 'parent', 'child', 'sibling'),
        fc.boolean(),
        async (where, marked) => {
          const dir = scratch();
          const input = join(dir, 'in', 'lists');
          mkdirSync(input, { recursive: true });
          writeFileSync(join(input, 'a.yaml'), 'precious');
          writeFileSync(join(dir, 'in', 'README.md'), 'precious');
          const out = {
            same: input,
            parent: join(dir, 'in'),
            child: join(input, 'sub'),
            sibling: join(dir, 'out'),
          }[where];
          if (marked && where === 'sibling') mkdirSync(out);
          const outcome = await refusal(async () => {
            const folder = await openOutputFolder(out, { command: 'publish', inputs: [input] });
            writeFileSync(join(folder.path, 'x.nt'), '');
            await folder.commit();
          });
          expect(readFileSync(join(input, 'a.yaml'), 'utf8')).toBe('precious');
          expect(readFileSync(join(dir, 'in', 'README.md'), 'utf8')).toBe('precious');
          expect(outcome === undefined).toBe(where === 'sibling');
        },
      ),
      { numRuns: 30 },
    );
  });
});

describe('checkOutputFolder on a link', () => {
  it('refuses a symbolic link to a folder rather than replace the link', async () => {
    const dir = scratch();
    mkdirSync(join(dir, 'real'));
    symlinkSync(join(dir, 'real'), join(dir, 'link'));
    expect(await refusal(() => checkOutputFolder(join(dir, 'link'), { command: 'publish' }))).toBe(
      'link',
    );
  });
});
