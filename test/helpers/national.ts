// The national loop as real data files in one process: headquarters with its national minutes
// (test/fixtures/national), provinces that take its directives in and send their follow-up up.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { MinutesDocumentInput } from '../../electron/contract';
import { exportBundle, recordExport } from '../../electron/core/bundle/export';
import { exportDirective, recordDirective, type DirectiveOptions } from '../../electron/core/bundle/directive-export';
import { importDirective } from '../../electron/core/bundle/directive-import';
import { importBundle } from '../../electron/core/bundle/import';
import { api, createDb, tempDir } from './db';

export const nationalFixture = (name = 'women-family-1399-01.json'): MinutesDocumentInput =>
  JSON.parse(
    readFileSync(path.resolve(import.meta.dirname, '../fixtures/national', name), 'utf8'),
  ) as MinutesDocumentInput;

/** Headquarters' file with the fixture's national session imported and finalised. */
export function headquarters(doc: MinutesDocumentInput = nationalFixture()) {
  const file = path.join(tempDir(), 'hq.sqlite');
  const db = createDb(file);
  const { call, dispatch } = api(db);
  call('secretariat.setup', { name: 'ستاد وزارت کشور', province: 'تهران', role: 'headquarters' });
  const add = (d: MinutesDocumentInput) => {
    const { sessionId } = call('minutes.import', { document: d });
    call('sessions.finalize', { id: sessionId });
    return sessionId;
  };
  const sessionId = add(doc);
  /** A directive written and remembered, as `dabir directives export` does. */
  const direct = (options: DirectiveOptions = {}) => {
    const d = exportDirective(db, options);
    recordDirective(db, d);
    return d.bytes;
  };
  const take = (bytes: Uint8Array) => importBundle(db, bytes, { trustNew: true });
  return { db, file, call, dispatch, sessionId, add, direct, take };
}

/** A province's file, named, with nothing of its own yet. */
export function province(name: string) {
  const file = path.join(tempDir(), `${name}.sqlite`);
  const db = createDb(file);
  const { call, dispatch } = api(db);
  const me = call('secretariat.setup', { name: `دبیرخانه کارگروه‌های استانداری ${name}`, province: name });
  const take = (bytes: Uint8Array, trustNew = true) => importDirective(db, bytes, { trustNew });
  const send = (full = false) => {
    const b = exportBundle(db, { full });
    recordExport(db, b);
    return b.bytes;
  };
  /** The board's rows of headquarters' resolutions, by session and row, every status. */
  const national = () =>
    call('board.list', { status: ['not_started', 'in_progress', 'done', 'cancelled'], today: '1399/01/08' })
      .rows.filter((r) => r.national)
      .sort((a, b) => a.sessionNumber - b.sessionNumber || a.row - b.row);
  return { db, file, call, dispatch, id: me.id, take, send, national };
}
