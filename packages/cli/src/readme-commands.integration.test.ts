import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const repo = fileURLToPath(new URL('../../../', import.meta.url));

/** The README and the guides: every `sh` block in them is a promise to whoever reads it. */
const documents = [
  'README.md',
  'examples/README.md',
  ...readdirSync(join(repo, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
  ...readdirSync(join(repo, 'packages')).map((p) => `packages/${p}/README.md`),
].filter((file) => {
  try {
    readFileSync(join(repo, file));
    return true;
  } catch {
    return false;
  }
});

interface ShownCommand {
  readonly line: number;
  readonly command: string;
  /** From a `(exit N)` in the comments that follow it; 0 when none is given. */
  readonly exit: number;
}

/** The commands of a document's `sh` blocks: continued lines joined, comments kept for the exit. */
function shownCommands(text: string): ShownCommand[] {
  const commands: { line: number; command: string; notes: string }[] = [];
  const lines = text.split('\n');
  let inBlock = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (/^```/.test(line)) {
      inBlock = !inBlock && /^```(sh|bash|shell)\s*$/.test(line);
      continue;
    }
    if (!inBlock || line.trim() === '') continue;
    if (line.trim().startsWith('#')) {
      const last = commands.at(-1);
      if (last) last.notes += line;
      continue;
    }
    let command = line;
    const start = i + 1;
    while (command.endsWith('\\') && i + 1 < lines.length)
      command = `${command.slice(0, -1)} ${lines[++i]?.trim()}`;
    const comment = /\s#\s.*$/.exec(command);
    commands.push({
      line: start,
      command: comment ? command.slice(0, comment.index) : command,
      notes: comment?.[0] ?? '',
    });
  }
  return commands.map((c) => ({
    line: c.line,
    command: c.command.trim(),
    exit: Number(/\(exit (\d)\)/.exec(c.notes)?.[1] ?? 0),
  }));
}

/** Runs a command line in bash without blocking the test worker, as a user's shell would. */
function shell(command: string, cwd: string): Promise<{ status: number | null; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      'bash',
      ['-c', `set -o pipefail; ${command}`],
      {
        cwd,
        encoding: 'utf8',
        timeout: 120_000,
        maxBuffer: 64 << 20,
        env: { ...process.env, NO_COLOR: '1' },
      },
      (error, _stdout, stderr) => {
        const code = (error as { code?: unknown } | null)?.code;
        resolve({ status: error ? (typeof code === 'number' ? code : null) : 0, stderr });
      },
    );
  });
}

/** A folder laid out as a clone is after the quick start, as far as the commands need. */
function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'qingdan-readme-'));
  cpSync(join(repo, 'examples'), join(dir, 'examples'), { recursive: true });
  mkdirSync(join(dir, 'node_modules', '.bin'), { recursive: true });
  symlinkSync(join(repo, 'packages/cli/bin/qingdan.js'), join(dir, 'node_modules/.bin/qingdan'));
  return dir;
}

describe('every command the README and the guides show runs as written', () => {
  for (const document of documents) {
    const commands = shownCommands(readFileSync(join(repo, document), 'utf8'));
    if (commands.length === 0) continue;

    it(`${document}: each command is one a machine with only Node.js can run`, () => {
      for (const { command, line } of commands)
        expect(command, `${document}:${line}`).toMatch(
          /(^|\|\s*|^([A-Z_]+=\S+\s+)+)npx (qingdan|-y pnpm@9\.15\.9) /,
        );
    });

    // The pnpm commands are the quick start, the test suite and the benchmarks: CI runs the
    // first two itself, and the benchmarks are long runs that are not tests.
    const runnable = commands.filter((c) => /(^|\|\s*)npx qingdan /.test(c.command));
    if (runnable.length === 0) continue;
    it(`${document}: ${runnable.length} qingdan command(s) give the exit code shown`, async () => {
      const dir = workspace();
      for (const { command, line, exit } of runnable) {
        const run = await shell(command, dir);
        const where = `${relative(repo, join(repo, document))}:${line}: ${command}\n${run.stderr}`;
        expect(run.status, where).toBe(exit);
        expect(run.stderr, where).not.toMatch(/internal error|\n\s+at \S+ \(/);
      }
    }, 600_000);
  }
});
