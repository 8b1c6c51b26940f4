// Past minutes from Word and text: a file read (async: mammoth works with promises) then saved as a
// draft to review in one transaction; its source and doubts beside it until the secretary accepts.
import type { PastMinutesReview, UncertainField } from '../../contract';
import type { Db } from '../db/open';
import { all, get, run, sql } from '../db/sql';
import { DabirError, notFound } from '../errors';
import { readPastMinutesFile } from '../past-minutes/read-file';
import { saveDraft } from '../past-minutes/save-draft';
import { shownText } from '../past-minutes/source-lines';
import type { AsyncHandlerFactory, Handlers } from './handlers';
import { addMember } from './members';
import { pastMinutesOps } from '../../contract/past-minutes';
import { formatPath } from '../../contract/define';
import { toPersianDigits } from '../../contract/persian-text';

interface SourceRow {
  session_id: string;
  file_name: string;
  kind: PastMinutesReview['kind'];
  lines: string;
  review: string;
  imported_at: string;
  accepted_at: string | null;
  working_group_id: string;
}
interface StoredReview {
  used: number[];
  uncertain: UncertainField[];
  organizations: { organizationId: string; line: number | null }[];
}

function sourceRow(db: Db, sessionId: string): SourceRow | undefined {
  return get<SourceRow>(
    db,
    sql`SELECT p.*, s.working_group_id FROM past_minutes_source p JOIN session s ON s.id = p.session_id WHERE p.session_id = ${sessionId}`,
  );
}

function review(db: Db, sessionId: string): PastMinutesReview | null {
  const row = sourceRow(db, sessionId);
  if (!row) return null;
  const stored = JSON.parse(row.review) as StoredReview;
  const lines = JSON.parse(row.lines) as { text: string; cells: string[][] | null }[];
  const members = new Set(
    all<{ organization_id: string }>(
      db,
      sql`SELECT organization_id FROM membership WHERE working_group_id = ${row.working_group_id}`,
    ).map((m) => m.organization_id),
  );
  const names = new Map(
    // Only the bodies this draft offers, not the whole directory.
    all<{ id: string; name: string }>(
      db,
      sql`SELECT id, name FROM organization
          WHERE id IN (SELECT value ->> 'organizationId' FROM json_each(${row.review}, '$.organizations'))`,
    ).map((o) => [o.id, o.name]),
  );
  return {
    sessionId,
    fileName: row.file_name,
    kind: row.kind,
    importedAt: row.imported_at,
    acceptedAt: row.accepted_at,
    lines: lines.map((l, i) => ({ n: i + 1, text: shownText(l) })),
    used: stored.used,
    uncertain: stored.uncertain,
    unknownOrganizations: stored.organizations
      .filter((o) => names.has(o.organizationId))
      .map((o) => ({
        organizationId: o.organizationId,
        name: names.get(o.organizationId)!,
        isMember: members.has(o.organizationId),
        line: o.line,
      })),
  };
}

function imported(db: Db, sessionId: string): SourceRow {
  const row = sourceRow(db, sessionId);
  if (!row) throw notFound('صورتجلسه واردشده');
  return row;
}

export const pastMinutesHandlers = {
  'pastMinutes.save': (db, input) => saveDraft(db, input),
  'pastMinutes.review': (db, { sessionId }) => review(db, sessionId),
  'pastMinutes.pending': (db) =>
    all<{
      session_id: string;
      working_group_id: string;
      name: string;
      year: number;
      number: number;
      date: string;
      file_name: string;
      imported_at: string;
      review: string;
    }>(
      db,
      sql`SELECT p.session_id, s.working_group_id, g.name, s.year, s.number, s.date, p.file_name, p.imported_at, p.review
          FROM past_minutes_source p JOIN session s ON s.id = p.session_id JOIN working_group g ON g.id = s.working_group_id
          WHERE p.accepted_at IS NULL ORDER BY p.imported_at, s.date`,
    ).map((r) => ({
      sessionId: r.session_id,
      workingGroupId: r.working_group_id,
      workingGroupName: r.name,
      year: r.year,
      number: r.number,
      date: r.date,
      fileName: r.file_name,
      importedAt: r.imported_at,
      uncertain: (JSON.parse(r.review) as StoredReview).uncertain.length,
    })),
  'pastMinutes.addMembers': (db, { sessionId, organizationIds }) => {
    const row = imported(db, sessionId);
    const offered = new Set((JSON.parse(row.review) as StoredReview).organizations.map((o) => o.organizationId));
    const stray = organizationIds.find((id) => !offered.has(id));
    if (stray) throw new DabirError('invalid_input', 'این دستگاه در حضور و غیاب این صورتجلسه نیست', 'organizationIds');
    for (const id of organizationIds) addMember(db, row.working_group_id, id, null);
    return { ok: true as const };
  },
  'pastMinutes.accept': (db, { sessionId }) => {
    const row = imported(db, sessionId);
    if (!row.accepted_at)
      run(
        db,
        sql`UPDATE past_minutes_source SET accepted_at = ${new Date().toISOString()} WHERE session_id = ${sessionId}`,
      );
    return { ok: true as const };
  },
} satisfies Handlers<'pastMinutes'>;

/** Reading a file outside the transaction, then saving what it holds inside one. */
export const pastMinutesAsyncHandlers: AsyncHandlerFactory<'pastMinutes.read'> = (context) => ({
  'pastMinutes.read': async (db, { fileName, data, group }) => {
    let read;
    try {
      read = await readPastMinutesFile(Buffer.from(data, 'base64'));
    } catch (e) {
      if (e instanceof DabirError) throw new DabirError(e.code, `«${fileName}»: ${e.message}`, e.path);
      throw e;
    }
    // What the file holds passes the save's own checks (lines, their length) as a pasted text would.
    const input = pastMinutesOps['pastMinutes.save'].input.safeParse({
      fileName,
      kind: read.kind,
      sha256: read.sha256,
      lines: read.lines,
      group,
    });
    if (!input.success) {
      const first = input.error.issues[0];
      const where = /^lines\[(\d+)\]/.exec(first ? formatPath(first.path) : '');
      const line = where ? ` (سطر ${toPersianDigits(Number(where[1]) + 1)})` : '';
      throw new DabirError(
        'invalid_input',
        `«${fileName}»: ${first?.message ?? ''}${line}؛ چیزی از آن وارد نشد`,
        'data',
      );
    }
    return context.run(db, 'pastMinutes.save', input.data);
  },
});
