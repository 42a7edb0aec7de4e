import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { importSpreadsheetFile } from '../import/import-spreadsheet.js';
import { bundledProfiles } from './bundled.js';
import { parseProfile } from './parse-profile.js';
import { profileSchema } from './profile.js';

const example = (name: string) =>
  fileURLToPath(new URL(`../../../../examples/spreadsheets/${name}`, import.meta.url));

describe('profiles', () => {
  it('imports the sample CSV with its profile: section, carried-down domains, extra column, list fields', async () => {
    const file = example('huangmei-basic.profile.yaml');
    const parsed = parseProfile(readFileSync(file, 'utf8'), file);
    if ('issue' in parsed) throw new Error(parsed.issue.code);
    const result = await importSpreadsheetFile(example('huangmei-basic.csv'), {
      profile: parsed.profile,
    });
    expect(result.ok).toBe(true);
    expect(result.issues).toEqual([]);
    const list = result.list;
    expect(list?.division.code).toBe('421127104');
    expect(list?.duties.map((d) => d.domain)).toEqual([
      'party-building',
      'party-building',
      'livelihood-services',
      'livelihood-services',
      'public-safety-rule-of-law',
      'urban-rural-construction',
    ]);
    expect(list?.duties[4]?.extraColumns).toEqual([
      { header: '备注', value: '=不是公式，只是文字' },
    ]);
  });

  it('reports a profile that names an unknown field, with the field at fault', () => {
    const parsed = parseProfile('columns:\n  责任单位: office\n', 'bad.yaml');
    expect('issue' in parsed && parsed.issue).toMatchObject({
      code: 'spreadsheet-profile-invalid',
      file: 'bad.yaml',
      path: ['columns', '责任单位'],
    });
  });

  it('bundles only valid profiles', () => {
    for (const profile of Object.values(bundledProfiles))
      expect(profileSchema.safeParse(profile).success).toBe(true);
  });
});
