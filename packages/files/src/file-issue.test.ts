import { issueMessages } from '@qingdan/core';
import { describe, expect, it } from 'vitest';
import { fileIssue } from './file-issue.js';
import { asFileSystemError, FileSystemError } from './file-system-error.js';
import { OutputRefusedError } from './output-refused-error.js';

describe('fileIssue', () => {
  it('tells a missing input from an unreadable one and from an unwritable output', () => {
    expect(fileIssue(new FileSystemError('read', 'a.yaml', 'ENOENT')).code).toBe('file-not-found');
    const denied = fileIssue(new FileSystemError('list', 'dir', 'EACCES'));
    expect(denied.code).toBe('file-unreadable');
    expect(issueMessages(denied)).toEqual({
      zh: '无法读取 dir：没有权限',
      en: 'cannot read dir: permission denied',
    });
    expect(fileIssue(new FileSystemError('create-folder', 'out', 'ENOTDIR')).code).toBe(
      'file-unwritable',
    );
  });

  it('says why an output is refused in both languages', () => {
    const issue = fileIssue(new OutputRefusedError('lists', 'is-input', { input: 'lists' }));
    expect(issue.code).toBe('output-refused');
    expect(issueMessages(issue).en).toContain('it is the input lists');
    expect(issueMessages(issue).zh).toContain('它就是输入 lists');
    const exists = issueMessages(fileIssue(new OutputRefusedError('list.yaml', 'exists')));
    expect(exists.en).toContain('the file already exists');
    expect(exists.en).toContain('--force');
    expect(exists.zh).toContain('该文件已存在');
  });

  it('recognises a raw Node error by its system call', () => {
    const raw = Object.assign(new Error('EEXIST'), {
      code: 'EEXIST',
      syscall: 'mkdir',
      path: 'afile',
    });
    const error = asFileSystemError(raw);
    expect(error?.operation).toBe('create-folder');
    expect(error?.cause).toBe(raw);
    expect(asFileSystemError(new TypeError('x'))).toBeUndefined();
  });
});
