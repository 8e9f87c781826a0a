/** Where the command line writes, so that tests can run it in-process. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Whether a person watches the error stream (a terminal): progress bars show only then. */
  readonly stderrIsTerminal?: boolean;
}

let processStreamsWritten = false;

/**
 * Whether {@link processIo} has written anything: until it has, nothing waits in the process's
 * streams to be flushed.
 *
 * @example
 * ```ts
 * if (!wroteToProcessStreams()) process.exit(status);
 * ```
 */
export function wroteToProcessStreams(): boolean {
  return processStreamsWritten;
}

/** The process's own streams. */
export const processIo: CliIo = {
  stdout: (text) => {
    processStreamsWritten = true;
    // A reader that stops early (`chancery --help | head`) closes the pipe: that is no error.
    if (process.stdout.listenerCount('error') === 0) {
      process.stdout.on('error', (error: NodeJS.ErrnoException) => {
        if (error.code !== 'EPIPE') throw error;
      });
    }
    process.stdout.write(text);
  },
  stderr: (text) => {
    processStreamsWritten = true;
    process.stderr.write(text);
  },
  // Asked when needed: Node sets up a stream (and for a pipe or a terminal, its network code) the
  // first time process.stderr is read, some milliseconds that a quiet render does without.
  get stderrIsTerminal() {
    return process.stderr.isTTY;
  },
};
