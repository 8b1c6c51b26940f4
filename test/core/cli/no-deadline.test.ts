// `dabir import` then `dabir export` of minutes whose resolutions have no deadline, as a user runs
// them: the same document back with `"deadline": null` (plus the ids and due dates export fills in),
// whether the file wrote null or left the deadline out.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../helpers/db';
import { dabir } from '../../helpers/cli';
import { noDeadlineFixture, noDeadlinePath } from '../../helpers/fixtures';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the exported JSON, compared field by field
function withoutFilledIn(doc: any) {
  delete doc.workingGroup.id;
  delete doc.session.id;
  for (const r of doc.session.resolutions) {
    expect(r.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(r.dueDate).toBeNull();
    delete r.id;
    delete r.dueDate;
  }
  return doc;
}

describe('dabir import and export of minutes with no deadlines', () => {
  it('gives the document back unchanged, "deadline": null on every resolution', async () => {
    const dir = tempDir();
    const db = path.join(dir, 't.sqlite');
    const imported = await dabir('import', noDeadlinePath, '--db', db);
    expect(imported.stderr).toBe('');
    expect(imported.code).toBe(0);
    const out = path.join(dir, 'out.json');
    expect((await dabir('export', '1399/1', '--db', db, '--out', out)).code).toBe(0);
    const text = readFileSync(out, 'utf8');
    expect(text.match(/"deadline": null/g)).toHaveLength(5);
    expect(withoutFilledIn(JSON.parse(text))).toEqual(noDeadlineFixture());

    // The export imports again in place of the draft, and exports the same once more.
    expect((await dabir('import', out, '--db', db, '--replace-draft')).code).toBe(0);
    const again = path.join(dir, 'again.json');
    expect((await dabir('export', '1399/1', '--db', db, '--out', again)).code).toBe(0);
    expect(withoutFilledIn(JSON.parse(readFileSync(again, 'utf8')))).toEqual(noDeadlineFixture());
  }, 60_000);

  it('writes "deadline": null for a deadline the file left out', async () => {
    const dir = tempDir();
    const db = path.join(dir, 't.sqlite');
    const doc = noDeadlineFixture();
    for (const r of doc.session.resolutions) delete r.deadline;
    const file = path.join(dir, 'left-out.json');
    writeFileSync(file, JSON.stringify(doc, null, 2));
    expect((await dabir('import', file, '--db', db)).code).toBe(0);
    const out = path.join(dir, 'out.json');
    expect((await dabir('export', '1399/1', '--db', db, '--out', out)).code).toBe(0);
    expect(withoutFilledIn(JSON.parse(readFileSync(out, 'utf8')))).toEqual(noDeadlineFixture());
  }, 60_000);
});
