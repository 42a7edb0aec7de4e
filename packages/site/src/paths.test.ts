import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { relative } from './paths.js';

const segment = fc.constantFrom('a', 'b', 'ab', '421127104', 'duty', 'JB-01', '%E6%B3%95');
const folder = fc.array(segment, { maxLength: 5 }).map((s) => s.map((x) => `${x}/`).join(''));
const file = fc
  .tuple(folder, fc.constantFrom('index.html', 'index.en.html', 'x.ttl', ''))
  .map(([f, name]) => f + name);

describe('relative', () => {
  it('links from any page to any file of the site, as a browser resolves it', () => {
    fc.assert(
      fc.property(folder, file, (from, to) => {
        const root = 'https://data.example.org/qingdan/';
        expect(new URL(relative(from, to), root + from).href).toBe(new URL(to, root).href);
      }),
    );
  });

  it('goes up only to the folder the two share', () => {
    expect(relative('421127104/wuzu-2024/duty/JB-01/', '421127104/wuzu-2024/index.html')).toBe(
      '../../index.html',
    );
    expect(relative('421127104/wuzu-2024/', '421127104/wuzu-2024.ttl')).toBe('../wuzu-2024.ttl');
    expect(relative('421127104/wuzu-2024/', 'eli/cn/x/index.html')).toBe(
      '../../eli/cn/x/index.html',
    );
    expect(relative('', 'assets/site.css')).toBe('assets/site.css');
    expect(relative('a/b/', '')).toBe('../../');
  });
});
