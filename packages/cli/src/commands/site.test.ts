import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import type { AddressInfo } from 'node:net';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { qingdan } from '../../test/qingdan.js';

const repo = (path: string) => fileURLToPath(new URL(`../../../../${path}`, import.meta.url));
const examples = repo('examples/lists');
const base = 'https://data.example.org/qingdan/';

function outFolder(name: string): string {
  return join(mkdtempSync(join(tmpdir(), 'qingdan-cli-site-')), name);
}

describe('qingdan site', () => {
  it('builds the site of list files and says where to open it', async () => {
    const out = outFolder('site');
    const { code, stdout } = await qingdan('site', examples, '--out', out, '--base', base);
    expect(code).toBe(0);
    expect(stdout).toContain(`${out}/index.html`);
    expect(
      existsSync(join(out, '421127104', 'huangmei-wuzu-2024', 'duty', 'PH-001', 'index.html')),
    ).toBe(true);
    expect(readdirSync(join(out, 'vocab'))).toContain('context.jsonld');
  }, 60_000);

  it('builds the same pages from a folder qingdan publish wrote, naming the w3id context when asked', async () => {
    const published = outFolder('public');
    expect(
      (await qingdan('publish', examples, '--out', published, '--base', base, '--context', 'w3id'))
        .code,
    ).toBe(0);
    const doc = JSON.parse(
      readFileSync(join(published, '421127104', 'huangmei-wuzu-2024.jsonld'), 'utf8'),
    );
    expect(doc['@context'][0]).toBe('https://w3id.org/qingdan/context.jsonld');
    const out = outFolder('site');
    const { code, stdout } = await qingdan(
      'site',
      published,
      '--out',
      out,
      '--base',
      base,
      '--json',
    );
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ committed: true, editions: 5 });
    expect(
      existsSync(join(out, '421127104', 'huangmei-wuzu-2024', 'duty', 'PH-001', 'index.en.html')),
    ).toBe(true);
  }, 60_000);

  it('reports a published edition damaged since at its line: GBK bytes as text-encoding-invalid, broken syntax as rdf-syntax-invalid', async () => {
    const published = outFolder('public');
    const one = join(examples, 'huangmei-wuzu-2024.yaml');
    expect((await qingdan('publish', one, '--out', published, '--base', base)).code).toBe(0);
    const nq = join(published, '421127104', 'huangmei-wuzu-2024.nq');
    const lines = readFileSync(nq, 'utf8').split('\n').length;
    // 五 in GBK, appended after the last line: never to be read as U+FFFD.
    writeFileSync(nq, Buffer.concat([readFileSync(nq), Buffer.from([0xce, 0xe5])]));
    const gbk = await qingdan('site', published, '--out', outFolder('site'), '--base', base);
    expect(gbk.code).toBe(1);
    expect(gbk.stdout).toContain(`${nq}:${lines}:1`);
    expect(gbk.stdout).toContain('text-encoding-invalid');
    expect(gbk.stdout).not.toContain('\uFFFD');
    writeFileSync(
      nq,
      `${readFileSync(nq, 'utf8').split('\n').slice(0, 3).join('\n')}\n<a> <b> garbage .\n`,
    );
    const broken = await qingdan('site', published, '--out', outFolder('site'), '--base', base);
    expect(broken.code).toBe(1);
    expect(broken.stdout).toContain(`${nq}:4`);
    expect(broken.stdout).toContain('rdf-syntax-invalid');
    // A folder named like an edition file is named in the issue, not an empty path.
    const folder = join(published, '421127104', 'zz.nq');
    mkdirSync(folder);
    const named = await qingdan('site', published, '--out', outFolder('site'), '--base', base);
    expect(named.code).toBe(1);
    expect(named.stderr).toContain(`cannot read ${folder}: it is a folder, not a file`);
  }, 60_000);

  it('says a published folder that lost its marker holds linked data, once a file, not an issue a node', async () => {
    const published = outFolder('public');
    const one = join(examples, 'huangmei-wuzu-2024.yaml');
    expect((await qingdan('publish', one, '--out', published, '--base', base)).code).toBe(0);
    rmSync(join(published, '.qingdan-output.json'));
    const { code, stdout } = await qingdan(
      'site',
      published,
      '--out',
      outFolder('site'),
      '--base',
      base,
    );
    expect(code).toBe(1);
    expect(stdout).toContain(join(published, '421127104', 'huangmei-wuzu-2024.jsonld'));
    expect(stdout).toContain('file-is-linked-data');
    expect(stdout).toContain('.qingdan-output.json');
    expect(stdout).not.toContain('unknown-field');
  }, 60_000);

  it('refuses a bad base, an unknown --context and a folder it did not write, exit 2', async () => {
    const out = outFolder('site');
    expect((await qingdan('site', examples, '--out', out, '--base', 'data.example.org')).code).toBe(
      2,
    );
    expect(
      (await qingdan('site', examples, '--out', out, '--base', base, '--context', 'x')).code,
    ).toBe(2);
    const mine = outFolder('mine');
    const { mkdirSync } = await import('node:fs');
    mkdirSync(mine);
    writeFileSync(join(mine, 'notes.txt'), 'mine');
    const refused = await qingdan('site', examples, '--out', mine, '--base', base);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('output-refused');
    expect(readdirSync(mine)).toEqual(['notes.txt']);
  }, 60_000);
});

describe('qingdan serve', () => {
  it('refuses a port out of range and a path that is no folder, exit 2', async () => {
    expect((await qingdan('serve', examples, '--port', '70000')).code).toBe(2);
    const missing = await qingdan('serve', join(examples, 'nonesuch'));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('no such folder');
    const file = await qingdan('serve', join(examples, 'huangmei-wuzu-2024.yaml'));
    expect(file.code).toBe(2);
    expect(file.stderr).toContain('not a folder');
    // A port already taken is said so, as a usage error, not as a file that cannot be written.
    const taken = createServer();
    await new Promise<void>((done) => taken.listen(0, '127.0.0.1', done));
    const { port } = taken.address() as AddressInfo;
    try {
      const busy = await qingdan('serve', examples, '--port', String(port));
      expect(busy.code).toBe(2);
      expect(busy.stderr).toContain(`port ${port} on 127.0.0.1 is in use`);
      expect(busy.stderr).not.toContain('file-unwritable');
    } finally {
      taken.close();
    }
  });
});
