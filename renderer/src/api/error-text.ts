// The Persian message of a refused call, with every problem it lists.
import { ApiCallError } from './client';

export function errorText(e: unknown): string {
  if (e instanceof ApiCallError) {
    const more = (e.error.problems ?? []).slice(1).map((p) => p.message);
    return [e.error.message, ...more].join('؛ ');
  }
  return e instanceof Error ? e.message : String(e);
}
