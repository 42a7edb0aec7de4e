import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const bin = fileURLToPath(new URL('../bin/qingdan.js', import.meta.url));
const example = fileURLToPath(
  new URL('../../../examples/lists/huangmei-wuzu-2024.yaml', import.meta.url),
);

// Permissions hold back everyone but root: as root (CI), the command runs as `nobody`.
const asRoot = process.getuid?.() === 0;
const setpriv = ['/usr/bin/setpriv', '/bin/setpriv'].find((p) => existsSync(p));

/** Whether `nobody` can reach the build at all: a clone in a private home folder it cannot. */
function nobodyReachesBuild(): boolean {
  if (!asRoot) return true;
  if (!setpriv) return false;
  const probe = spawnSync(setpriv, [
    '--reuid=65534',
    '--regid=65534',
    '--clear-groups',
    process.execPath,
    '-e',
    `require('fs').accessSync(${JSON.stringify(bin)})`,
  ]);
  return probe.status === 0;
}

function qingdan(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const command = asRoot
    ? [
        setpriv ?? 'setpriv',
        '--reuid=65534',
        '--regid=65534',
        '--clear-groups',
        process.execPath,
        bin,
        ...args,
      ]
    : [process.execPath, bin, ...args];
  const run = spawnSync(command[0] ?? '', command.slice(1), { encoding: 'utf8' });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

function scratch(): string {
  const dir = mkdtempSync(join(tmpdir(), 'qingdan-permissions-'));
  chmodSync(dir, 0o755);
  return dir;
}

describe.skipIf(!nobodyReachesBuild())('files the user may not read or write', () => {
  it('a folder and a file it may not read are reported, and the other lists still validated', () => {
    const dir = scratch();
    copyFileSync(example, join(dir, 'a.yaml'));
    mkdirSync(join(dir, 'locked'));
    copyFileSync(example, join(dir, 'locked', 'b.yaml'));
    copyFileSync(example, join(dir, 'secret.yaml'));
    chmodSync(join(dir, 'locked'), 0o000);
    chmodSync(join(dir, 'secret.yaml'), 0o000);
    const run = qingdan('validate', dir);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`✓ ${join(dir, 'a.yaml')}`);
    expect(run.stdout).toContain(`无法读取 ${join(dir, 'locked')}：没有权限`);
    expect(run.stdout).toContain(`cannot read ${join(dir, 'secret.yaml')}: permission denied`);
    expect(run.stderr).not.toMatch(/internal error|\n\s+at /);
  });

  it('an output folder it may not create is file-unwritable, exit 2, as JSON too', () => {
    const dir = scratch();
    copyFileSync(example, join(dir, 'a.yaml'));
    mkdirSync(join(dir, 'readonly'));
    chmodSync(join(dir, 'readonly'), 0o555);
    const out = join(dir, 'readonly', 'public');
    const run = qingdan(
      'publish',
      join(dir, 'a.yaml'),
      '--out',
      out,
      '--base',
      'https://data.example.org/q/',
      '--json',
    );
    expect(run.code).toBe(2);
    expect(JSON.parse(run.stdout).issues[0]).toMatchObject({
      code: 'file-unwritable',
      params: { errno: 'EACCES' },
    });
    expect(readdirSync(join(dir, 'readonly'))).toEqual([]);
    const exported = qingdan('export', join(dir, 'a.yaml'), '-o', join(dir, 'readonly', 'a.xlsx'));
    expect(exported.code).toBe(2);
    expect(exported.stderr).toContain('permission denied');
  });
});
