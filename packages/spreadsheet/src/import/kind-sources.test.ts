import { describe, expect, it } from 'vitest';
import type { ColumnRole } from '../layout/find-header.js';
import { scoreHeader } from '../layout/match-header.js';
import { kindSources } from './kind-sources.js';
import { placeSection } from './table-report.js';

const col = (index: number, header: string): ColumnRole => ({
  index,
  header,
  ...(scoreHeader(header) ?? { reason: 'unknown' as const, score: 0 }),
});
const place = (texts: string[], headers: string[]) =>
  placeSection(
    kindSources(
      texts,
      headers.map((h, i) => col(i, h)),
    ),
  );

describe('the section a table says by its title and its headers', () => {
  it('takes a section the title names before one the headers name', () => {
    expect(place(['下放事项清单'], ['序号', '事项名称'])).toEqual({
      section: 'delegated',
      from: 'title',
    });
    expect(place(['Sheet1'], ['序号', '赋权事项', '原实施主体'])).toEqual({
      section: 'delegated',
      from: 'header',
    });
  });

  it('takes a named section before a list of powers, wherever it is named', () => {
    expect(place(['综合行政执法事项清单'], ['序号', '赋权事项名称'])).toEqual({
      section: 'delegated',
      from: 'header',
    });
  });

  it('reads a list of powers from its name header or its power-category column', () => {
    expect(place(['Sheet1'], ['序号', '违法行为', '法律依据'])).toEqual({
      section: 'basic',
      from: 'header',
    });
    expect(place(['Sheet1'], ['序号', '事项名称', '事项类型'])).toEqual({
      section: 'basic',
      from: 'header',
    });
    expect(place(['重大行政决策事项目录'], ['序号', '决策事项'])).toEqual({
      section: 'basic',
      from: 'title',
    });
  });

  it('says nothing for a table whose words say nothing', () => {
    expect(place(['Sheet1'], ['序号', '事项名称', '承办机构'])).toBeUndefined();
  });
});
