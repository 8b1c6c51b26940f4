// Version 30: final (قطعی) minutes, their amendments and signed copies. A final session keeps the
// canonical document its content hash covers; triggers refuse any change to a final session or
// its parts, so no code path (API, import, a later bug) can alter the legal record.
import type { Migration } from './registry';
import { AMENDMENT_GUARD, FINAL_GUARD } from '../guards';
import { changeLogTriggers } from './change-log-sql';

const refuse = `SELECT RAISE(ABORT, '${FINAL_GUARD}')`;
const isFinal = (sessionExpr: string) => `(SELECT status FROM session WHERE id = ${sessionExpr}) = 'final'`;

/**
 * Guards for a child table: `sessionOf(row)` is the SQL for the session a row belongs to.
 * `columns` limits the update guard to the columns that are part of the printed minutes.
 */
function guards(table: string, sessionOf: (row: 'NEW' | 'OLD') => string, columns?: string): string {
  const of = columns ? ` OF ${columns}` : '';
  return `
CREATE TRIGGER ${table}_final_insert BEFORE INSERT ON ${table} WHEN ${isFinal(sessionOf('NEW'))} BEGIN ${refuse}; END;
CREATE TRIGGER ${table}_final_update BEFORE UPDATE${of} ON ${table}
  WHEN ${isFinal(sessionOf('OLD'))} OR ${isFinal(sessionOf('NEW'))} BEGIN ${refuse}; END;
CREATE TRIGGER ${table}_final_delete BEFORE DELETE ON ${table} WHEN ${isFinal(sessionOf('OLD'))} BEGIN ${refuse}; END;`;
}

const direct = (row: string) => `${row}.session_id`;

const schema = `
ALTER TABLE session ADD COLUMN finalized_at TEXT;
-- SHA-256 (hex) of final_content, the canonical dabir.minutes/1 document of the session as finalised.
ALTER TABLE session ADD COLUMN content_hash TEXT CHECK (content_hash IS NULL OR length(content_hash) = 64);
ALTER TABLE session ADD COLUMN final_content TEXT;

CREATE TRIGGER session_final_update BEFORE UPDATE ON session WHEN OLD.status = 'final' BEGIN ${refuse}; END;
CREATE TRIGGER session_final_delete BEFORE DELETE ON session WHEN OLD.status = 'final' BEGIN ${refuse}; END;
CREATE TRIGGER session_final_needs_hash BEFORE UPDATE OF status ON session
  WHEN NEW.status = 'final' AND (NEW.content_hash IS NULL OR NEW.final_content IS NULL OR NEW.finalized_at IS NULL)
  BEGIN SELECT RAISE(ABORT, 'a final session needs its content, hash and time'); END;
CREATE TRIGGER session_final_insert BEFORE INSERT ON session
  WHEN NEW.status = 'final' AND (NEW.content_hash IS NULL OR NEW.final_content IS NULL)
  BEGIN SELECT RAISE(ABORT, 'a final session needs its content, hash and time'); END;

${guards('agenda_item', direct)}
${guards('speaker', direct)}
${guards('discussion_point', (row) => `(SELECT session_id FROM speaker WHERE id = ${row}.speaker_id)`)}
${guards('resolution', direct, 'session_id, row, title, body, deadline_kind, deadline_value, due_date')}
${guards('responsible', (row) => `(SELECT session_id FROM resolution WHERE id = ${row}.resolution_id)`, 'resolution_id, position, text')}
${guards('attendance', direct)}
${guards('signatory', direct)}

-- اصلاحیه: a recorded change to final minutes. The original stays as it was; an amendment is
-- itself a record (its own hash, never edited or deleted: a correction is a further amendment).
CREATE TABLE amendment (
  id TEXT PRIMARY KEY,
  origin TEXT NOT NULL,
  session_id TEXT NOT NULL REFERENCES session (id) ON DELETE RESTRICT,
  number INTEGER NOT NULL CHECK (number > 0),
  date TEXT NOT NULL,
  changes TEXT NOT NULL,
  reason TEXT NOT NULL,
  original_hash TEXT NOT NULL CHECK (length(original_hash) = 64),
  content_hash TEXT NOT NULL CHECK (length(content_hash) = 64),
  created_at TEXT NOT NULL,
  UNIQUE (session_id, number)
) STRICT;
CREATE TRIGGER amendment_needs_final BEFORE INSERT ON amendment WHEN NOT ${isFinal('NEW.session_id')}
  BEGIN SELECT RAISE(ABORT, 'only a final session is amended'); END;
CREATE TRIGGER amendment_no_update BEFORE UPDATE ON amendment BEGIN SELECT RAISE(ABORT, '${AMENDMENT_GUARD}'); END;
CREATE TRIGGER amendment_no_delete BEFORE DELETE ON amendment BEGIN SELECT RAISE(ABORT, '${AMENDMENT_GUARD}'); END;

-- Files stored once by content (SHA-256, hex); attachments point at them.
CREATE TABLE blob (
  sha256 TEXT PRIMARY KEY CHECK (length(sha256) = 64),
  size INTEGER NOT NULL CHECK (size >= 0),
  data BLOB NOT NULL
) STRICT;

-- نسخه امضاشده: a scan of the signed minutes (PDF, JPEG or PNG) attached to a session.
CREATE TABLE attachment (
  id TEXT PRIMARY KEY,
  origin TEXT NOT NULL,
  session_id TEXT NOT NULL REFERENCES session (id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('signed_copy')),
  file_name TEXT NOT NULL,
  media_type TEXT NOT NULL CHECK (media_type IN ('application/pdf', 'image/jpeg', 'image/png')),
  sha256 TEXT NOT NULL REFERENCES blob (sha256) ON DELETE RESTRICT,
  size INTEGER NOT NULL,
  added_at TEXT NOT NULL
) STRICT;
CREATE INDEX attachment_session ON attachment (session_id, added_at);
CREATE INDEX attachment_blob ON attachment (sha256);
`;

export const finalMinutes: Migration = {
  version: 30,
  name: 'final-minutes',
  up(db) {
    db.exec(schema);
    db.exec(['amendment', 'attachment'].map(changeLogTriggers).join('\n'));
  },
};
