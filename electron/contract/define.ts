// The shape of one API operation and of the answer every transport gives back.
import { z } from 'zod';

/**
 * One operation of the API: its input and output schemas, a one-line doc, and whether it is
 * answered asynchronously (it works outside the database transaction: printing, files, dialogs).
 */
export interface Operation<
  I extends z.ZodType = z.ZodType,
  O extends z.ZodType = z.ZodType,
  A extends boolean = boolean,
> {
  input: I;
  output: O;
  doc: string;
  async: A;
}

export function op<I extends z.ZodType, O extends z.ZodType>(doc: string, input: I, output: O): Operation<I, O, false>;
export function op<I extends z.ZodType, O extends z.ZodType>(
  doc: string,
  input: I,
  output: O,
  options: { async: true },
): Operation<I, O, true>;
export function op<I extends z.ZodType, O extends z.ZodType>(
  doc: string,
  input: I,
  output: O,
  options?: { async: true },
): Operation<I, O> {
  return { doc, input, output, async: options?.async ?? false };
}

/** Error codes every transport may answer with. */
export const errorCodes = [
  'invalid_input', // the input failed the contract's schema or a domain rule
  'not_found', // the addressed row does not exist
  'conflict', // a uniqueness rule (e.g. session number within the year) would break
  'session_final', // the session is final and can only be amended
  'import_invalid', // a minutes document was refused; see problems
  'unknown_operation', // the operation is not in the contract
  'forbidden', // the caller is not the app's own frame or lacks the host token
  'storage', // the database refused the write (disk full, locked, damaged)
  'internal', // a bug: the message says what happened, nothing was written
] as const;
export type ErrorCode = (typeof errorCodes)[number];

export const problemSchema = z.object({
  path: z.string(),
  message: z.string(),
  /** What kind of problem, where a caller acts on it: `conflict` (a draft with this number exists: replacing it is possible). */
  code: z.enum(errorCodes).optional(),
});
export type Problem = z.infer<typeof problemSchema>;

export const apiErrorSchema = z.object({
  code: z.enum(errorCodes),
  /** Persian, for the secretary. */
  message: z.string(),
  /** Dotted JSON path of the offending field (`session.resolutions[2].body`), when there is one. */
  path: z.string().nullable(),
  /** Every problem found, for inputs checked as a whole (minutes import). */
  problems: z.array(problemSchema).optional(),
});
export type ApiError = z.infer<typeof apiErrorSchema>;

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** Turns a zod path (`['session', 'resolutions', 2, 'body']`) into `session.resolutions[2].body`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}
