import { describe, expect, it } from 'vitest';
import type { Io } from '../io.js';
import { progressBar } from './progress-bar.js';

function io(interactive: boolean): Io & { text: () => string } {
  let text = '';
  return {
    stdout: () => undefined,
    drainStdout: async () => undefined,
    stderr: (t) => {
      text += t;
    },
    readStdin: async () => new Uint8Array(),
    interactive,
    text: () => text,
  };
}

describe('progressBar', () => {
  it('draws nothing where standard error is not a terminal', () => {
    expect(progressBar(io(false), 'x', 3)).toBeUndefined();
  });

  it('draws the count and the item, escaped and cut, and clears the line at the end', () => {
    const term = io(true);
    const bar = progressBar(term, '发布 publishing', 4);
    bar?.draw(2, `lists/\u001b]0;x\u0007${'很长'.repeat(30)}.yaml`);
    expect(term.text()).toContain('发布 publishing [############            ] 2/4 …');
    expect(term.text()).not.toContain('\u0007');
    bar?.done();
    expect(term.text().endsWith('\r\u001b[K')).toBe(true);
  });
});
