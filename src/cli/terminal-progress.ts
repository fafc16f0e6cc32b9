/** A stream the progress line is written to: stderr, or a test's stand-in for a terminal. */
export interface ProgressStream {
  isTTY?: boolean;
  write(text: string): unknown;
}

/** One line on stderr saying what a slow command is doing, replaced at each step. */
export interface TerminalProgress {
  step(text: string): void;
  /** Clears the line, so the result (or the one-sentence error) starts on a clean line. */
  done(): void;
}

const clearLine = '\r\u001B[K';

/**
 * Progress for a person at a terminal: fetching a page or waiting for a model can take seconds,
 * and a silent prompt looks hung. Written only when stderr is a terminal, so pipes, scripts
 * and `--format json` consumers see nothing but the result.
 */
export function createTerminalProgress(stream: ProgressStream = process.stderr): TerminalProgress {
  if (stream.isTTY !== true) return { step() {}, done() {} };
  let shown = false;
  return {
    step(text) {
      stream.write(`${clearLine}${text}`);
      shown = true;
    },
    done() {
      if (shown) stream.write(clearLine);
      shown = false;
    },
  };
}
