// The Persian message of a refused call, with every problem it lists.
import { fa } from '../i18n/fa';
import { ApiCallError } from './client';

export function errorText(e: unknown): string {
  if (e instanceof ApiCallError) {
    const more = (e.error.problems ?? []).slice(1).map((p) => p.message);
    return [e.error.message, ...more].join(fa.common.messageSeparator);
  }
  return e instanceof Error ? e.message : String(e);
}
