import { type DutyList, findConcept, huangmeiDomainScheme } from '@qingdan/core';
import { findListFiles, readListFile } from '@qingdan/listfile';
import { beforeAll, describe, expect, it } from 'vitest';
import { EditionStore } from '../embedded/edition-store.js';
import { QueryError } from '../query/query-error.js';
import { runQuery } from '../query/run-query.js';
import { savedQueries, savedQuery } from './saved-queries.js';

// Every saved query is run on the examples and checked against an answer worked out here from
// the lists as @qingdan/core reads them, without SPARQL.

const examples = new URL('../../../../examples/', import.meta.url).pathname;
const base = 'https://data.example.org/qingdan/';
let lists: DutyList[] = [];
const store = new EditionStore();

beforeAll(async () => {
  const files = await findListFiles([`${examples}lists`, `${examples}editions`]);
  for (const file of files) {
    const result = await readListFile(file);
    if (!result.ok) throw new Error(`example ${file} is invalid`);
    lists.push(result.value);
  }
  lists = lists.sort((a, b) => a.id.localeCompare(b.id));
  store.loadVocabulary();
  for (const list of lists) store.loadEdition(list, base);
});

/** The rows of a saved query, each a record of plain values. */
function rows(name: string): Record<string, string>[] {
  const result = runQuery(store, savedQuery(name).sparql);
  if (result.form !== 'select') throw new Error(`${name} is not a SELECT`);
  return (result.json.results?.bindings ?? []).map((b) =>
    Object.fromEntries(Object.entries(b).map(([k, v]) => [k, v.value])),
  );
}

const sectionClass: Record<string, string> = {
  basic: 'BasicDuty',
  cooperating: 'CooperatingDuty',
  reclaimed: 'ReclaimedDuty',
  delegated: 'DelegatedDuty',
  selfGovernance: 'SelfGovernanceDuty',
  assisting: 'AssistingDuty',
  prohibited: 'ProhibitedItem',
  certificateToAbolish: 'CertificateToAbolish',
};

function domainLabel(list: DutyList, code: string | undefined): string {
  if (code === undefined) return '';
  return (
    list.domains?.find((d) => d.code === code)?.label.zh ??
    findConcept(huangmeiDomainScheme, code)?.label.zh ??
    ''
  );
}

const tally = (keys: readonly string[]) => {
  const out = new Map<string, number>();
  for (const k of keys) out.set(k, (out.get(k) ?? 0) + 1);
  return out;
};

describe('saved queries on the examples', () => {
  it('each has a description in Chinese and in English', () => {
    expect(savedQueries.length).toBeGreaterThanOrEqual(6);
    for (const q of savedQueries) {
      expect(q.description.zh, q.name).toMatch(/\p{Script=Han}/u);
      expect(q.description.en, q.name).toMatch(/[a-z]/);
    }
  });

  it('editions: every list with its division, date, status and number of duties', () => {
    const got = rows('editions').map((r) => [r.list, r.division, r.issued, r.duties]);
    const want = lists.map((l) => [l.id, l.division.code, l.issued, String(l.duties.length)]);
    expect(new Set(got.map((r) => r.join('|')))).toEqual(new Set(want.map((r) => r.join('|'))));
    expect(rows('editions').every((r) => r.status === '已发布')).toBe(
      lists.every((l) => l.status === 'published'),
    );
  });

  it('counts-by-section-domain: duties per list, section and domain', () => {
    const got = new Map(
      rows('counts-by-section-domain').map((r) => [
        `${r.list}|${r.section}|${r.domain}`,
        Number(r.duties),
      ]),
    );
    const want = tally(
      lists.flatMap((l) =>
        l.duties.map((d) => `${l.id}|${sectionClass[d.section]}|${domainLabel(l, d.domain)}`),
      ),
    );
    expect(got).toEqual(want);
  });

  it('duties-citing: one row per structured legal basis and provision', () => {
    const got = tally(
      rows('duties-citing').map(
        (r) =>
          `${r.list}|${r.duty}|${r.instrument}|${r.article ?? ''}|${r.paragraph ?? ''}|${r.item ?? ''}`,
      ),
    );
    const want = tally(
      lists.flatMap((l) =>
        l.duties.flatMap((d) =>
          d.legalBases.flatMap((b) =>
            'instrument' in b
              ? b.provisions.length === 0
                ? [`${l.id}|${d.key}|${b.instrument.title}|||`]
                : b.provisions.map(
                    (p) =>
                      `${l.id}|${d.key}|${b.instrument.title}|${p.article}|${p.paragraph ?? ''}|${p.item ?? ''}`,
                  )
              : [],
          ),
        ),
      ),
    );
    expect(got).toEqual(want);
  });

  it('basic-here-reclaimed-there: a name basic in one list and reclaimed in another', () => {
    const want = new Set<string>();
    for (const a of lists)
      for (const b of lists) {
        if (a === b) continue;
        const reclaimed = new Set(
          b.duties.filter((d) => d.section === 'reclaimed').map((d) => d.name),
        );
        for (const d of a.duties)
          if (d.section === 'basic' && reclaimed.has(d.name)) want.add(`${d.name}|${a.id}|${b.id}`);
      }
    const got = new Set(
      rows('basic-here-reclaimed-there').map((r) => `${r.name}|${r.basicIn}|${r.reclaimedIn}`),
    );
    expect(want.size).toBeGreaterThan(0);
    expect(got).toEqual(want);
  });

  it('departments-lead-receive: cooperating duties led and reclaimed duties received, by name', () => {
    const leads = new Map<string, number>();
    const receives = new Map<string, number>();
    for (const l of lists) {
      const name = (key: string) => l.departments.find((x) => x.key === key)?.name ?? key;
      for (const d of l.duties) {
        if (d.section === 'cooperating')
          for (const k of new Set(d.leadDepartments))
            leads.set(name(k), (leads.get(name(k)) ?? 0) + 1);
        if (d.section === 'reclaimed')
          for (const k of new Set(d.receivingDepartments))
            receives.set(name(k), (receives.get(name(k)) ?? 0) + 1);
      }
    }
    const want = new Map(
      [...new Set([...leads.keys(), ...receives.keys()])].map((n) => [
        n,
        `${leads.get(n) ?? 0}|${receives.get(n) ?? 0}`,
      ]),
    );
    const got = new Map(
      rows('departments-lead-receive').map((r) => [r.department, `${r.leads}|${r.receives}`]),
    );
    expect(got).toEqual(want);
  });

  it('delegated-powers: every delegated power with its headcount and funding', () => {
    const want = new Set(
      lists.flatMap((l) =>
        l.duties
          .filter((d) => d.section === 'delegated')
          .map(
            (d) =>
              `${l.id}|${d.key}|${d.resources?.staff?.headcount ?? ''}|${d.resources?.funding?.amountPerYear ?? ''}`,
          ),
      ),
    );
    const got = new Set(
      rows('delegated-powers').map(
        (r) => `${r.list}|${r.duty}|${r.headcount ?? ''}|${r.fundingPerYear ?? ''}`,
      ),
    );
    expect(want.size).toBeGreaterThan(0);
    expect(got).toEqual(want);
  });

  it('an unknown name is a typed issue naming the known ones', () => {
    expect(() => savedQuery('nope')).toThrow(QueryError);
    try {
      savedQuery('nope');
    } catch (error) {
      expect((error as QueryError).issue.code).toBe('saved-query-unknown');
      const { issue } = error as QueryError;
      expect(issue.code === 'saved-query-unknown' && issue.params.known).toContain('editions');
    }
  });
});
