import { describe, expect, it } from 'vitest';
import { createTerminalProgress } from '../../../src/cli/terminal-progress.ts';

function recordingStream(isTTY: boolean) {
  const written: string[] = [];
  return { isTTY, written, write: (text: string) => written.push(text) };
}

describe('terminal progress', () => {
  it('shows each step on one line of a terminal and clears it when done', () => {
    const stream = recordingStream(true);
    const progress = createTerminalProgress(stream);
    progress.step('Reading https://example.com/story…');
    progress.step('Writing the brief of “Story”…');
    progress.done();
    progress.done();
    expect(stream.written).toEqual([
      '\r\u001B[KReading https://example.com/story…',
      '\r\u001B[KWriting the brief of “Story”…',
      '\r\u001B[K',
    ]);
  });

  it('writes nothing when stderr is a pipe or a file', () => {
    const stream = recordingStream(false);
    const progress = createTerminalProgress(stream);
    progress.step('Reading a.txt…');
    progress.done();
    expect(stream.written).toEqual([]);
  });
});
