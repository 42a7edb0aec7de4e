import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { startFakeStore } from '../../../store/test/fake-store-server.js';
import { qingdan } from '../../test/qingdan.js';

const lists = fileURLToPath(new URL('../../../../examples/lists', import.meta.url));
const base = 'https://data.example.org/qingdan/';
let servers: Awaited<ReturnType<typeof startFakeStore>>[] = [];

afterEach(async () => {
  await Promise.all(servers.map((s) => s.close()));
  servers = [];
  delete process.env.QINGDAN_SPARQL_USER;
  delete process.env.QINGDAN_SPARQL_PASSWORD;
});

async function fake() {
  const s = await startFakeStore({ digest: true });
  servers.push(s);
  return ['--endpoint', s.endpoint, '--update', s.update, '--query', s.query] as const;
}

describe('qingdan push', () => {
  it('pushes with the credentials of the environment, then finds nothing to change', async () => {
    const endpoints = await fake();
    process.env.QINGDAN_SPARQL_USER = 'u';
    process.env.QINGDAN_SPARQL_PASSWORD = 'p';
    const first = await qingdan('push', lists, '--base', base, ...endpoints);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(
      /pushed 6 graph\(s\), 0 unchanged; \d+ triples sent in [\d.]+ s, \d+ triples\/s/,
    );
    expect(first.stdout).toContain('已推送 6 个图');
    const second = await qingdan('push', lists, '--base', base, ...endpoints, '--json');
    const report = JSON.parse(second.stdout);
    expect(report.triplesSent).toBe(0);
    expect(report.graphs.every((g: { outcome: string }) => g.outcome === 'unchanged')).toBe(true);
  });

  it('says what a dry run would push', async () => {
    const endpoints = await fake();
    process.env.QINGDAN_SPARQL_USER = 'u';
    process.env.QINGDAN_SPARQL_PASSWORD = 'p';
    const { code, stdout } = await qingdan(
      'push',
      lists,
      '--base',
      base,
      ...endpoints,
      '--dry-run',
    );
    expect(code).toBe(0);
    expect(stdout).toContain('dry run: 6 graph(s) would be pushed');
  });

  it('reports wrong credentials in zh and en, exit 1, without printing the password', async () => {
    const endpoints = await fake();
    process.env.QINGDAN_SPARQL_USER = 'u';
    process.env.QINGDAN_SPARQL_PASSWORD = 'Secret-x9';
    const { code, stdout, stderr } = await qingdan('push', lists, '--base', base, ...endpoints);
    expect(code).toBe(1);
    expect(stderr).toContain('sparql-endpoint-refused');
    expect(stderr).toContain('用户名或密码不对');
    expect(stdout + stderr).not.toContain('Secret-x9');
  });

  it('refuses lists without --base and an endpoint that is no URL, exit 2', async () => {
    expect((await qingdan('push', lists, '--endpoint', 'http://127.0.0.1:1/data')).code).toBe(2);
    expect((await qingdan('push', lists, '--base', base, '--endpoint', 'ftp://x')).code).toBe(2);
    expect(
      (await qingdan('push', lists, '--base', base, '--endpoint', 'http://x/', '--batch', '0'))
        .code,
    ).toBe(2);
    const many = ['--concurrency', '1.5'];
    const refused = await qingdan(
      'push',
      lists,
      '--base',
      base,
      '--endpoint',
      'http://x/',
      ...many,
    );
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('--concurrency must be a positive whole number');
  });
});
