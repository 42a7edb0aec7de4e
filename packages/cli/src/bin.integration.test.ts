import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const bin = fileURLToPath(new URL('../dist/bin.js', import.meta.url));
const fixture = fileURLToPath(
  new URL('../test/fixtures/broken-every-invariant.yaml', import.meta.url),
);
const exec = promisify(execFile);

describe('the built qingdan binary', () => {
  it('exists (pnpm build runs before the tests)', () => {
    expect(existsSync(bin)).toBe(true);
  });

  it('runs as a process, with exit code 1 for invalid data and the issues on stdout', async () => {
    const failure = await exec('node', [bin, 'validate', fixture]).catch(
      (e: { code: number; stdout: string }) => e,
    );
    expect('code' in failure && failure.code).toBe(1);
    expect(failure.stdout).toContain('cooperating-lead-department-missing');
  });

  it('prints its version', async () => {
    const { stdout } = await exec('node', [bin, '--version']);
    expect(stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });
});
