import {
  linkSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FileSystemError } from './file-system-error.js';
import { checkOutputFile, writeFilesAtomic } from './output-file.js';
import { OutputRefusedError } from './output-refused-error.js';

const scratch = () => mkdtempSync(join(tmpdir(), 'qingdan-files-'));

async function refusal(run: () => Promise<unknown>): Promise<string | undefined> {
  try {
    await run();
    return undefined;
  } catch (error) {
    if (error instanceof OutputRefusedError) return error.reason;
    throw error;
  }
}

describe('checkOutputFile', () => {
  it('refuses the input itself, however it is spelt or linked', async () => {
    const dir = scratch();
    const input = join(dir, 'list.yaml');
    writeFileSync(input, 'id: a\n');
    linkSync(input, join(dir, 'hard.yaml'));
    const extensions = ['.yaml'];
    expect(await refusal(() => checkOutputFile(input, { extensions, inputs: [input] }))).toBe(
      'is-input',
    );
    expect(
      await refusal(() =>
        checkOutputFile(join(dir, '.', 'list.yaml'), { extensions, inputs: [input] }),
      ),
    ).toBe('is-input');
    expect(
      await refusal(() => checkOutputFile(join(dir, 'hard.yaml'), { extensions, inputs: [input] })),
    ).toBe('is-input');
    await checkOutputFile(join(dir, 'other.yaml'), { extensions, inputs: [input] });
  });

  it('refuses an unknown extension, a folder and a second output of the same name', async () => {
    const dir = scratch();
    expect(
      await refusal(() =>
        checkOutputFile(join(dir, 'list.txt'), { extensions: ['.xlsx', '.csv'] }),
      ),
    ).toBe('extension');
    mkdirSync(join(dir, 'x.csv'));
    expect(await refusal(() => checkOutputFile(join(dir, 'x.csv'), { extensions: ['.csv'] }))).toBe(
      'is-a-folder',
    );
    expect(
      await refusal(() =>
        checkOutputFile(join(dir, 'r.json'), {
          extensions: ['.json'],
          others: [join(dir, 'r.json')],
        }),
      ),
    ).toBe('same-output');
    await checkOutputFile(join(dir, 'LIST.CSV'), { extensions: ['.csv'] });
  });

  it('refuses a file already there, a dangling link too, unless told it may be replaced', async () => {
    const dir = scratch();
    writeFileSync(join(dir, 'kept.yaml'), 'theirs');
    symlinkSync(join(dir, 'nowhere.yaml'), join(dir, 'dangling.yaml'));
    for (const name of ['kept.yaml', 'dangling.yaml'])
      expect(await refusal(() => checkOutputFile(join(dir, name), { extensions: ['.yaml'] }))).toBe(
        'exists',
      );
    await checkOutputFile(join(dir, 'kept.yaml'), { extensions: ['.yaml'], replace: true });
    await checkOutputFile(join(dir, 'new.yaml'), { extensions: ['.yaml'] });
  });
});

describe('writeFilesAtomic', () => {
  it('writes every file whole and leaves no temporary file', async () => {
    const dir = scratch();
    await writeFilesAtomic([
      { path: join(dir, 'a.csv'), data: 'a' },
      { path: join(dir, 'a.csv-metadata.json'), data: '{}' },
    ]);
    expect(readdirSync(dir).sort()).toEqual(['a.csv', 'a.csv-metadata.json']);
    await writeFilesAtomic([{ path: join(dir, 'new', 'folder', 'b.csv'), data: 'b' }]);
    expect(readFileSync(join(dir, 'new', 'folder', 'b.csv'), 'utf8')).toBe('b');
    expect(readFileSync(join(dir, 'a.csv'), 'utf8')).toBe('a');
  });

  it('changes nothing when one file cannot be written, and says which', async () => {
    const dir = scratch();
    writeFileSync(join(dir, 'a.csv'), 'old');
    const error = await writeFilesAtomic([
      { path: join(dir, 'a.csv'), data: 'new' },
      { path: join(dir, 'a.csv', 'b.json'), data: '{}' },
    ]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FileSystemError);
    expect((error as FileSystemError).operation).toBe('create-folder');
    expect((error as FileSystemError).path).toBe(join(dir, 'a.csv'));
    expect(readFileSync(join(dir, 'a.csv'), 'utf8')).toBe('old');
    expect(readdirSync(dir)).toEqual(['a.csv']);
  });

  it('leaves a file that appeared after the check, and takes back the others of the set', async () => {
    const dir = scratch();
    // b.json appears between the check and the write, as a user's file saved meanwhile would.
    writeFileSync(join(dir, 'b.json'), 'theirs');
    const error = await writeFilesAtomic([
      { path: join(dir, 'a.csv'), data: 'ours' },
      { path: join(dir, 'b.json'), data: '{}' },
    ]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OutputRefusedError);
    expect((error as OutputRefusedError).reason).toBe('exists');
    expect((error as OutputRefusedError).path).toBe(join(dir, 'b.json'));
    expect(readFileSync(join(dir, 'b.json'), 'utf8')).toBe('theirs');
    expect(readdirSync(dir)).toEqual(['b.json']);
  });

  it('replaces a file when told it may', async () => {
    const dir = scratch();
    writeFileSync(join(dir, 'a.csv'), 'old');
    await writeFilesAtomic([{ path: join(dir, 'a.csv'), data: 'new' }], { replace: true });
    expect(readFileSync(join(dir, 'a.csv'), 'utf8')).toBe('new');
    expect(readdirSync(dir)).toEqual(['a.csv']);
  });
});
