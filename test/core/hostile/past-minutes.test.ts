// Hostile past minutes (property-based): the seed's lines shuffled, cut, doubled and mixed with
// headings, markers, dates and arbitrary text. Each either becomes a draft whose parts pass the
// contract or is refused with a Persian message naming the file; a refusal writes nothing, and the
// file's links stay whole either way.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { linesOfText } from '../../../electron/core/past-minutes/source-lines';
import { api, createDb } from '../../helpers/db';
import { pastMinutesDir } from '../../helpers/past-minutes-files';

const seed = readFileSync(path.join(pastMinutesDir, 'markazi-1399-01.txt'), 'utf8').split('\n');
const fragments = [
  'مصوبات:',
  'حاضرین:',
  'غایبین (۳ دستگاه):',
  'دستور کار:',
  'اهم مطالب:',
  '✳ آقای احمدی:',
  '۱- مقرر شد',
  'الف) ',
  'مسئول پیگیری:',
  'مهلت اقدام: ۱۰ روز',
  'تاریخ: ۹۹/۲/۲',
  '۱۴۰۰/۱۲/۳۰',
  'جلسه ۲۸۸',
  '(معاونین)',
  ' - ',
  '،',
  '\t',
  '(',
  ')',
  '…',
  'ي',
  'ك',
  '\u200c',
  '\u202b',
];
const line = fc.oneof(
  fc.constantFrom(...seed),
  fc
    .array(fc.oneof(fc.constantFrom(...fragments), fc.string({ maxLength: 12 })), { maxLength: 8 })
    .map((p) => p.join('')),
);

describe('past minutes, hostile text', () => {
  it('makes a draft or refuses it whole, naming the file, and never breaks a link', () => {
    const db = createDb();
    const { dispatch, call } = api(db);
    call('secretariat.setup', { name: 'دبیرخانه', province: 'مرکزی' });
    const persian = /[\u0600-\u06FF]/;
    let made = 0;
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 60 }), (lines) => {
        const before = db.prepare('SELECT count(*) FROM session').pluck().get() as number;
        const r = dispatch('pastMinutes.save', {
          fileName: 'آزمون.txt',
          kind: 'pasted',
          sha256: null,
          lines: linesOfText(lines.join('\n')),
          group: 'کارگروه آزمون',
        });
        const after = db.prepare('SELECT count(*) FROM session').pluck().get() as number;
        if (r.ok) {
          made++;
          expect(after).toBe(before + 1);
          const s = call('sessions.get', { id: (r.value as { sessionId: string }).sessionId });
          expect(s.status).toBe('draft');
          // Each draft is removed again, so every case meets the same empty group.
          call('sessions.remove', { id: s.id });
        } else {
          expect(['invalid_input', 'conflict']).toContain(r.error.code);
          expect(r.error.message).toMatch(/^«آزمون\.txt»: /);
          expect(r.error.message).toMatch(persian);
          expect(after).toBe(before);
        }
        expect(db.prepare('PRAGMA foreign_key_check').all()).toEqual([]);
      }),
      { numRuns: 150 },
    );
    // The generator reaches both ends: drafts and refusals.
    expect(made).toBeGreaterThan(10);
  });
});
