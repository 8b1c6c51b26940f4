// Turns a refused API call into messages keyed by form field, so each shows next to its input.
import { ApiCallError } from './client';

/**
 * `names` maps the operation's input path (`name`) to the form's field name (`groupName`);
 * a problem with no field of its own is returned under `''` to show above the form.
 */
export function fieldErrors(e: unknown, names: Record<string, string>): Record<string, string> {
  if (!(e instanceof ApiCallError)) return { '': String(e) };
  const problems = e.error.problems ?? [{ path: e.error.path ?? '', message: e.error.message }];
  const out: Record<string, string> = {};
  for (const p of problems) {
    const field = names[p.path] ?? '';
    out[field] ??= p.message;
  }
  return out;
}

/** Runs one API call; resolves to its field errors when refused, or null when it went through. */
export async function refusal(
  call: () => Promise<unknown>,
  names: Record<string, string>,
): Promise<Record<string, string> | null> {
  try {
    await call();
    return null;
  } catch (e) {
    return fieldErrors(e, names);
  }
}
