// Past minutes imported the way the app does it: a file's bytes through `pastMinutes.read` on a
// real SQLite file, the draft exported as dabir.minutes/1 and scored field by field against the
// document a secretary would type (helpers/minutes-score.ts).
import type { ImportedDraft, MinutesDocument } from '../../electron/contract';
import { createAsyncDispatcher } from '../../electron/core/api/async-dispatch';
import type { Db } from '../../electron/core/db/open';
import { createDb } from './db';
import { scoreMinutes, type MinutesScore } from './minutes-score';
import { expectedMinutes } from './past-minutes-files';

/** A province file with its secretariat named, as after the first-run screen. */
export function provinceDb(province = 'مرکزی'): Db {
  const db = createDb();
  db.prepare('UPDATE secretariat SET name = ?, province = ?').run(`استانداری ${province}`, province);
  return db;
}

export async function readPastMinutes(
  db: Db,
  fileName: string,
  bytes: Uint8Array,
  group: string | null = null,
): Promise<{ ok: true; value: ImportedDraft } | { ok: false; error: { code: string; message: string } }> {
  const r = await createAsyncDispatcher(db)('pastMinutes.read', {
    fileName,
    data: Buffer.from(bytes).toString('base64'),
    group,
  });
  return r as { ok: true; value: ImportedDraft } | { ok: false; error: { code: string; message: string } };
}

export async function exported(db: Db, sessionId: string): Promise<MinutesDocument> {
  const r = await createAsyncDispatcher(db)('minutes.export', { sessionId });
  if (!r.ok) throw new Error(r.error.message);
  return r.value as MinutesDocument;
}

/** The score of one file against the corpus document `name`, imported into a fresh province file. */
export async function scoreFile(
  name: string,
  fileName: string,
  bytes: Uint8Array,
): Promise<MinutesScore & { draft: ImportedDraft }> {
  const db = provinceDb();
  const r = await readPastMinutes(db, fileName, bytes);
  if (!r.ok) throw new Error(`${fileName}: ${r.error.message}`);
  return { ...scoreMinutes(expectedMinutes(name), await exported(db, r.value.sessionId)), draft: r.value };
}
