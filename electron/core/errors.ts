// The one error type core throws on purpose; the dispatcher turns it into an ApiError.
import type { ErrorCode, Problem } from '../contract/define';

export class DabirError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly path: string | null = null,
    readonly problems?: Problem[],
  ) {
    super(message);
    this.name = 'DabirError';
  }
}

export const notFound = (what: string) => new DabirError('not_found', `${what} پیدا نشد`);
export const invalid = (message: string, path: string | null = null) => new DabirError('invalid_input', message, path);
