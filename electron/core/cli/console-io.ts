// The command line's terminal: lines to stdout and stderr. A reader that stops early
// (`dabir list | head -1`) closes the pipe; the command then goes on to its end quietly,
// writing nothing more there, instead of dying on EPIPE with a stack trace halfway through its work.
import type { Writable } from 'node:stream';
import { withoutIsolates } from '../../contract/persian-text';
import { askHidden, canAsk } from './prompt';

export interface Io {
  out(line: string): void;
  err(line: string): void;
  /** Asks for a secret without echoing it; absent where there is no terminal to ask on. */
  secret?(prompt: string): Promise<string>;
  /** The environment (DABIR_PASSPHRASE); the process's unless given. */
  env?: Record<string, string | undefined>;
}

function lineWriter(stream: Writable): (line: string) => void {
  let closed = false;
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
    closed = true;
  });
  return (line) => {
    if (!closed && !stream.destroyed) stream.write(`${line}\n`);
  };
}

let io: Io | undefined;
/** The process's own stdout and stderr, made once (each stream gets one error listener). */
export function consoleIo(): Io {
  io ??= {
    out: lineWriter(process.stdout),
    err: lineWriter(process.stderr),
    ...(canAsk() ? { secret: askHidden } : {}),
  };
  return io;
}

/**
 * The messages of an `Io` as a terminal should get them: the core wraps a path, a fingerprint or
 * `--trust-new` in Unicode isolates for the screen; terminals differ (most apply no bidi at all,
 * some draw the controls), and a path or command copied from the line must be typed as shown.
 * Only stderr: stdout also carries documents (`dabir export`) that must stay as stored.
 */
export function forTerminal(io: Io): Io {
  return { ...io, err: (line) => io.err(withoutIsolates(line)) };
}
