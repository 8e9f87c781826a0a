/** Where the command line writes, so that tests can run it in-process. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Whether a person watches the error stream (a terminal): progress bars show only then. */
  readonly stderrIsTerminal?: boolean;
}

// The process's streams that processIo has written to or asked about: until one is used, Node
// has not set it up, and nothing waits in it.
const usedStreams = new Set<NodeJS.WriteStream>();

/**
 * Whether everything {@link processIo} wrote has been handed to the system: then a command that
 * is done may end the process at once, without Node's own teardown. A stream still writing (a
 * pipe is asynchronous on some platforms) holds bytes until its writes complete.
 *
 * @example
 * ```ts
 * if (processStreamsFlushed()) process.exit(status);
 * ```
 */
export function processStreamsFlushed(): boolean {
  for (const stream of usedStreams) if (stream.writableLength > 0) return false;
  return true;
}

/** The process's own streams. */
export const processIo: CliIo = {
  stdout: (text) => {
    usedStreams.add(process.stdout);
    // A reader that stops early (`chancery --help | head`) closes the pipe: that is no error.
    if (process.stdout.listenerCount('error') === 0) {
      process.stdout.on('error', (error: NodeJS.ErrnoException) => {
        if (error.code !== 'EPIPE') throw error;
      });
    }
    process.stdout.write(text);
  },
  stderr: (text) => {
    usedStreams.add(process.stderr);
    process.stderr.write(text);
  },
  // Asked when needed: Node sets up a stream (and for a pipe or a terminal, its network code) the
  // first time process.stderr is read, some milliseconds that a quiet render does without.
  // A batch's progress bar writes to a terminal that this says is there.
  get stderrIsTerminal() {
    usedStreams.add(process.stderr);
    return process.stderr.isTTY;
  },
};
