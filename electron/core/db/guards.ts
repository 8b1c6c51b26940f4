// The messages the database's own guards raise (RAISE(ABORT, …) in migration 30's triggers):
// written once here, for the migration that creates the triggers and the code that reads them.
// They are stored inside every data file's triggers, so they never change.

/** Raised by every write to a final session or its parts; dispatch turns it into `session_final`. */
export const FINAL_GUARD = 'session_final';

/** Raised by any change to a recorded amendment. */
export const AMENDMENT_GUARD = 'amendment_recorded';
