// `dabir print SESSION --out FILE.docx`: the Word copy from the command line, the same document
// as the app's «خروجی Word» builds from the same session (fonts and all), part for part.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Packer } from 'docx';
import { describe, expect, it } from 'vitest';
import { docxFonts } from '../../../electron/core/cli/print-docx';
import { openDatabase } from '../../../electron/core/db/open';
import { minutesDocx } from '../../../renderer/src/print/minutes-docx';
import { dabir } from '../../helpers/cli';
import { docxParts } from '../../helpers/docx';
import { api, tempDir } from '../../helpers/db';
import { fixturePath } from '../../helpers/fixtures';

describe('dabir print --out FILE.docx', () => {
  it('writes the Word copy the app makes of the session, and refuses an amendment as Word', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'd.sqlite');
    expect((await dabir('import', fixturePath, '--db', db)).code).toBe(0);
    const out = path.join(dir, 'صورتجلسه.docx');
    const printed = await dabir('print', '1399/1', '--db', db, '--out', out);
    expect(printed.stderr).toContain('نوشته شد');
    expect(printed.code).toBe(0);

    const opened = openDatabase(db);
    const { call } = api(opened);
    const [session] = call('sessions.list', { workingGroupId: call('workingGroups.list', {})[0]!.id });
    const app = await Packer.toBuffer(minutesDocx(call('minutes.printable', { sessionId: session!.id }), docxFonts()));
    opened.close();
    const cli = docxParts(readFileSync(out));
    expect(Object.keys(cli).filter((f) => f.startsWith('word/fonts/'))).toHaveLength(3);
    expect(cli).toEqual(docxParts(app));

    const amendment = path.join(dir, 'اصلاحیه.docx');
    const refused = await dabir('print', '1399/1', '--db', db, '--amendment', '1', '--out', amendment);
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toContain('نسخه Word تنها از صورتجلسه');
    expect(existsSync(amendment)).toBe(false);
  }, 60_000);
});
