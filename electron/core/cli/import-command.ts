// `dabir import FILE|FOLDER... [--group NAME]`: dabir.minutes/1 documents (.json) all or nothing each,
// and past minutes — Word (.docx, .doc) and text (.txt) — each made a draft to review, through the
// same operation as the app's «ورود صورتجلسه‌های قبلی». A folder is read for such files, in name order.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { ImportedDraft } from '../../contract';
import { inMegabytes } from '../../contract/limit-messages';
import { MAX_PAST_MINUTES_BYTES } from '../../contract/limits';
import { toPersianDigits } from '../../contract/persian-text';
import { createAsyncDispatcher } from '../api/async-dispatch';
import type { Db } from '../db/open';
import { DabirError } from '../errors';
import type { Io } from './console-io';
import { importFiles } from './minutes-commands';

const PAST = new Set(['.docx', '.doc', '.txt']);

/** The files named, a folder's own files (and its folders') that Dabir reads, in name order. */
function expand(args: readonly string[], io: Io): { files: string[]; missing: number } {
  const files: string[] = [];
  let missing = 0;
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort((a, b) => a.localeCompare(b, 'fa'))) {
      const p = path.join(dir, name);
      if (name.startsWith('~$') || name.startsWith('.')) continue; // Word's lock files, hidden files
      const s = statSync(p);
      if (s.isDirectory()) walk(p);
      else if (PAST.has(path.extname(name).toLowerCase()) || path.extname(name).toLowerCase() === '.json')
        files.push(p);
    }
  };
  for (const a of args) {
    let s;
    try {
      s = statSync(a);
    } catch {
      io.err(`${a}: چنین پرونده یا پوشه‌ای نیست`);
      missing++;
      continue;
    }
    if (s.isDirectory()) walk(a);
    else if (path.basename(a).startsWith('~$')) io.err(`${a}: پرونده قفل Word است، نه صورتجلسه؛ کنار گذاشته شد`);
    else files.push(a);
  }
  return { files, missing };
}

function madeLine(file: string, d: ImportedDraft): string {
  const checks = d.uncertain > 0 ? `${toPersianDigits(d.uncertain)} مورد برای بازبینی` : 'بی مورد نامطمئن';
  const unknown =
    d.unknownOrganizations > 0 ? `؛ ${toPersianDigits(d.unknownOrganizations)} دستگاه که عضو کارگروه نیست` : '';
  const group = d.workingGroupCreated ? `کارگروه تازه «${d.workingGroupName}»` : `کارگروه «${d.workingGroupName}»`;
  return `${file}: پیش‌نویس جلسه ${toPersianDigits(d.number)} سال ${toPersianDigits(d.year)} (${toPersianDigits(d.date)})، ${group} ساخته شد — ${checks}${unknown} (${d.sessionId})`;
}

export async function importCommand(
  db: Db,
  args: readonly string[],
  o: { replaceDraft: boolean; group?: string },
  io: Io,
): Promise<number> {
  if (args.length === 0)
    throw new DabirError('invalid_input', 'پرونده یا پوشه‌ای برای ورود نام برده نشده است: dabir import FILE...');
  const { files, missing } = expand(args, io);
  const json = files.filter((f) => path.extname(f).toLowerCase() === '.json');
  const past = files.filter((f) => path.extname(f).toLowerCase() !== '.json');
  let failed = missing;
  if (json.length > 0 && importFiles(db, json, o.replaceDraft, io) !== 0) failed++;
  const run = createAsyncDispatcher(db);
  let made = 0;
  for (const file of past) {
    const fileName = path.basename(file);
    let size: number;
    try {
      size = statSync(file).size;
    } catch {
      io.err(`${file}: خوانده نشد`);
      failed++;
      continue;
    }
    if (size > MAX_PAST_MINUTES_BYTES) {
      io.err(`${file}: پرونده بیش از حد بزرگ است (بیشینه ${inMegabytes(MAX_PAST_MINUTES_BYTES)})؛ چیزی از آن وارد نشد`);
      failed++;
      continue;
    }
    const r = await run('pastMinutes.read', {
      fileName,
      data: readFileSync(file).toString('base64'),
      group: o.group ?? null,
    });
    if (r.ok) {
      made++;
      io.out(madeLine(file, r.value as ImportedDraft));
    } else {
      failed++;
      // The message names the file by its name; the path says which one of a folder's.
      io.err(`${file}: ${r.error.message.replace(`«${fileName}»: `, '')}`);
    }
  }
  if (past.length > 1)
    io.err(
      `${toPersianDigits(past.length)} پرونده: ${toPersianDigits(made)} پیش‌نویس ساخته شد، ${toPersianDigits(past.length - made)} پذیرفته نشد`,
    );
  if (past.length === 0 && json.length === 0 && missing === 0) {
    io.err('در آنچه نام بردید پرونده Word، متن یا JSON نبود');
    return 1;
  }
  return failed === 0 ? 0 : 1;
}
