// `dabir print SESSION --letters` and `dabir print --overdue-letters --group NAME`, the Word forms
// and the refusals, from the command line as a user runs it (the PDF forms, which need the built
// renderer and Chromium, are in test/e2e/letters.test.ts).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Packer } from 'docx';
import { describe, expect, it } from 'vitest';
import { docxFonts } from '../../../electron/core/cli/print-docx';
import { openDatabase } from '../../../electron/core/db/open';
import { lettersDocx } from '../../../renderer/src/print/letter-docx';
import { dabir } from '../../helpers/cli';
import { docxParts } from '../../helpers/docx';
import { api, tempDir } from '../../helpers/db';
import { fixturePath } from '../../helpers/fixtures';

const group = 'کار گروه تخصصی امور اجتماعی، فرهنگی، سلامت، زنان و خانواده';

describe('dabir print --letters / --overdue-letters', () => {
  it('refuses a draft in Persian, then writes one Word letter per body, the app’s own document', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'd.sqlite');
    expect((await dabir('import', fixturePath, '--db', db)).code).toBe(0);
    const out = path.join(dir, 'letters');

    const draft = await dabir('print', '1399/1', '--letters', '--word', '--db', db, '--out', out);
    expect(draft.code).toBe(1);
    expect(draft.stderr).toContain('نامه ابلاغ پس از قطعی شدن صورتجلسه ساخته می‌شود');
    expect(existsSync(out)).toBe(false);

    expect((await dabir('finalize', '1399/1', '--db', db)).code).toBe(0);
    const written = await dabir('print', '1399/1', '--letters', '--docx', '--db', db, '--out', out);
    expect(written.stderr).toContain('۷ نامه نوشته شد');
    expect(written.code).toBe(0);
    const files = readdirSync(out).sort();
    expect(files).toHaveLength(7);
    expect(written.stdout.trim().split('\n')).toHaveLength(7);
    const name = 'ابلاغ-مصوبات-1399-01-بنیاد-شهید-و-امور-ایثارگران.docx';
    expect(files).toContain(name);

    // Part for part what the app's «Word» button makes of the same letter.
    const opened = openDatabase(db);
    const { call } = api(opened);
    const sessionId = call('sessions.list', { workingGroupId: call('workingGroups.list', {})[0]!.id })[0]!.id;
    const key = call('letters.notifications', { sessionId }).entries.find(
      (e) => e.organization === 'بنیاد شهید و امور ایثارگران',
    )!.key;
    const app = await Packer.toBuffer(
      lettersDocx(call('letters.printable', { kind: 'notification', sessionId, key }), docxFonts()),
    );
    opened.close();
    const cli = docxParts(readFileSync(path.join(out, name)));
    expect(cli['word/document.xml']).toContain('بنیاد شهید و امور ایثارگران');
    expect(cli).toEqual(docxParts(app));
  }, 60_000);

  it('writes the overdue letters of the day given, and says what is missing in Persian', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'd.sqlite');
    expect((await dabir('import', fixturePath, '--db', db)).code).toBe(0);
    expect((await dabir('finalize', '1399/1', '--db', db)).code).toBe(0);
    const out = path.join(dir, 'follow-up');

    const noGroup = await dabir('print', '--overdue-letters', '--db', db, '--out', out);
    expect(noGroup.code).toBe(1);
    expect(noGroup.stderr).toContain('کارگروه را با --group NAME نام ببرید');
    const noOut = await dabir('print', '1399/1', '--letters', '--db', db);
    expect(noOut.code).toBe(1);
    expect(noOut.stderr).toContain('--out DIR');
    const none = await dabir(
      'print',
      '--overdue-letters',
      '--group',
      group,
      '--today',
      '1399/02/03',
      '--word',
      '--db',
      db,
      '--out',
      out,
    );
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('مصوبه سررسیدگذشته‌ای ندارد');
    const badDay = await dabir(
      'print',
      '--overdue-letters',
      '--group',
      group,
      '--today',
      '1399/13/01',
      '--word',
      '--db',
      db,
      '--out',
      out,
    );
    expect(badDay.code).toBe(1);
    expect(badDay.stderr).toContain('تاریخ معتبری در تقویم شمسی نیست');

    const written = await dabir(
      'print',
      '--overdue-letters',
      '--group',
      group,
      '--today',
      '۱۳۹۹/۰۳/۱۰',
      '--word',
      '--db',
      db,
      '--out',
      out,
    );
    expect(written.code).toBe(0);
    const files = readdirSync(out).sort();
    expect(files).toHaveLength(6);
    const xml = docxParts(readFileSync(path.join(out, 'پیگیری-مصوبات-1399-03-10-دبیرخانه-کتاب.docx')))[
      'word/document.xml'
    ]!;
    for (const text of ['دبیرخانه کتاب', 'روز تأخیر', '۲۹', '۱۳۹۹/۰۲/۱۲', 'پیگیری مصوبات']) expect(xml).toContain(text);
  }, 60_000);
});
