import { makeIssue } from '@qingdan/core';
import { describe, expect, it } from 'vitest';
import { formatIssueForTerminal, issueToJson } from './issues.js';

const issue = makeIssue('spreadsheet-cell-required', 'error', ['duties', 2, 'name'], {
  column: '事项名称',
});

describe('the one issue printer', () => {
  it('locates an issue of a list file by line and column, then the path', () => {
    const text = formatIssueForTerminal({ ...issue, file: 'a.yaml', line: 12, column: 7 });
    expect(text.split('\n')[0]).toBe('a.yaml:12:7 duties[2].name');
    expect(issueToJson({ ...issue, file: 'a.yaml', line: 12, column: 7 })).toMatchObject({
      file: 'a.yaml',
      line: 12,
      column: 7,
      pointer: 'duties[2].name',
    });
  });

  it('locates an issue of a spreadsheet by sheet and cell, as Excel names it', () => {
    const at = { file: 'a.xlsx', sheet: '基本履职事项', row: 4, column: 'C' };
    expect(formatIssueForTerminal({ ...issue, ...at }).split('\n')[0]).toBe(
      'a.xlsx › 基本履职事项!C4 duties[2].name',
    );
    expect(issueToJson({ ...issue, ...at })).toMatchObject(at);
  });

  it('gives an issue of a text on the command line without a location, indented', () => {
    const text = formatIssueForTerminal(issue, '    ');
    expect(text.startsWith('      error spreadsheet-cell-required\n')).toBe(true);
    expect(text.split('\n').filter(Boolean)).toHaveLength(3);
    expect(issueToJson(issue)).not.toHaveProperty('file');
  });

  it('escapes user text for the terminal', () => {
    const text = formatIssueForTerminal({ ...issue, file: 'a\u001b[2J.yaml' });
    expect(text).not.toContain('\u001b');
  });
});
