// `dabir print SESSION --invitation --out FILE.docx [--copies]`: the invitation's Word copy from
// the command line is the very document the app's «دعوتنامه Word» builds; the mode kept is the
// default, --copies makes one letter with «رونوشت»; what it cannot print is refused in Persian.
// (The PDF form is printed by Chromium: test/e2e/invitation.test.ts.)
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Packer } from 'docx';
import { describe, expect, it } from 'vitest';
import { docxFonts } from '../../../electron/core/cli/print-docx';
import { openDatabase } from '../../../electron/core/db/open';
import { invitationDocx } from '../../../renderer/src/print/invitation-docx';
import { dabir } from '../../helpers/cli';
import { docxParts } from '../../helpers/docx';
import { api, tempDir } from '../../helpers/db';
import { fixturePath } from '../../helpers/fixtures';

/** The document's paragraphs' text, as Word keeps it (runs joined). */
const documentText = (bytes: Uint8Array) =>
  (docxParts(bytes)['word/document.xml'] ?? '').replace(
    /<w:p[ >][\s\S]*?<\/w:p>/g,
    (p) => `${[...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('')}\n`,
  );

describe('dabir print --invitation', () => {
  it('writes the Word copy the app makes, one letter per member or with --copies one with «رونوشت»', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'd.sqlite');
    expect((await dabir('import', fixturePath, '--db', db)).code).toBe(0);
    const out = path.join(dir, 'دعوتنامه.docx');
    const printed = await dabir('print', '1399/1', '--invitation', '--db', db, '--out', out);
    expect(printed.stderr).toContain('نوشته شد');
    expect(printed.code).toBe(0);

    const opened = openDatabase(db);
    const { call } = api(opened);
    const [session] = call('sessions.list', { workingGroupId: call('workingGroups.list', {})[0]!.id });
    const sessionId = session!.id;
    const invitation = call('invitations.printable', { sessionId });
    const app = await Packer.toBuffer(invitationDocx(invitation, docxFonts()));
    const cli = readFileSync(out);
    expect(docxParts(cli)).toEqual(docxParts(app));
    // One section (so one page at least) per member, each addressed to it.
    const xml = docxParts(cli)['word/document.xml']!;
    expect(xml.match(/<w:sectPr/g)).toHaveLength(invitation.members.length);
    const text = documentText(cli);
    for (const m of invitation.members) expect(text).toContain(`به: ${m.name}`);
    expect(text).toContain('سه‌شنبه ۲ اردیبهشت ۱۳۹۹');
    expect(text).not.toContain('رونوشت');

    const copies = path.join(dir, 'رونوشت.docx');
    expect((await dabir('print', '1399/1', '--invitation', '--copies', '--db', db, '--out', copies)).code).toBe(0);
    const one = readFileSync(copies);
    expect(docxParts(one)['word/document.xml']!.match(/<w:sectPr/g)).toHaveLength(1);
    const copiesText = documentText(one);
    expect(copiesText).toContain('رونوشت:');
    for (const m of invitation.members) expect(copiesText).toContain(`- ${m.name}`);

    // The mode kept in the app is the default.
    call('invitations.mark', { sessionId, number: '۱۲۳/د', date: '1399/01/28', mode: 'copies' });
    opened.close();
    const kept = path.join(dir, 'kept.docx');
    expect((await dabir('print', '1399/1', '--invitation', '--db', db, '--out', kept)).code).toBe(0);
    const keptText = documentText(readFileSync(kept));
    expect(keptText).toContain('رونوشت:');
    expect(keptText).toContain('۱۲۳/د');
    expect(keptText).toContain('۱۳۹۹/۰۱/۲۸');
  }, 60_000);

  it('refuses in Persian an amendment, another file type and an unknown session, writing nothing', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'd.sqlite');
    expect((await dabir('import', fixturePath, '--db', db)).code).toBe(0);
    const refused = async (args: string[], message: string, out: string) => {
      const r = await dabir('print', ...args, '--invitation', '--db', db, '--out', out);
      expect(r.code, r.stderr).not.toBe(0);
      expect(r.stderr).toContain(message);
      expect(existsSync(out)).toBe(false);
    };
    await refused(['1399/1', '--amendment', '1'], 'دعوتنامه اصلاحیه ندارد', path.join(dir, 'a.pdf'));
    await refused(['1399/1'], 'دعوتنامه PDF یا Word است', path.join(dir, 'a.txt'));
    await refused(['1399/9'], 'جلسه', path.join(dir, 'b.docx'));
  }, 60_000);
});
