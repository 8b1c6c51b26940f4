// The past-minutes corpus (issue 19) is what a secretary would type: each expected document passes
// the contract and imports into a real SQLite file, its export scores 100 % against it, and every
// text it holds is in its source as written (nothing invented); the seed's model reads as the seed.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { minutesDocumentSchema } from '../../electron/contract/minutes';
import { createDispatcher } from '../../electron/core/api/dispatch';
import { createDb } from '../helpers/db';
import { scoreMinutes } from '../helpers/minutes-score';
import { expectedMinutes, modelToText, pastMinutesDir, sourceModel, variantNames } from '../helpers/past-minutes-files';

const names = ['markazi-1399-01', ...variantNames()];
const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('past-minutes corpus', () => {
  it('has the seed and at least six variants', () => {
    expect(variantNames().length).toBeGreaterThanOrEqual(6);
  });

  it('keeps the seed byte for byte, and its model pasted as text is the seed without its blank lines', () => {
    const seed = readFileSync(path.join(pastMinutesDir, 'markazi-1399-01.txt'), 'utf8');
    expect(seed.startsWith('\n\nصور تجلسه اولين کار گروه')).toBe(true);
    const lines = (s: string) => s.split('\n').filter((l) => l.trim() !== '');
    expect(lines(modelToText(sourceModel('markazi-1399-01')))).toEqual(lines(seed));
  });

  it('has the seed as Word has it: two resolution tables with their header row, a paragraph per responsible body', () => {
    const tables = sourceModel('markazi-1399-01').blocks.flatMap((b) => ('table' in b ? [b.table] : []));
    expect(tables.map((t) => t.length)).toEqual([3, 4]);
    for (const t of tables)
      expect(t[0]!.map((c) => c.join(' '))).toEqual(['ردیف', 'عنوان', 'مفاد', 'مهلت اقدام', 'مسئول پیگیری']);
    expect(tables[0]![1]![4]).toEqual(['- دبیرخانه کتاب', '- اعضای کارگروه']);
  });

  it.each(names)('%s: passes the contract and imports on a real database; its export scores 100 %%', (name) => {
    const document = expectedMinutes(name);
    expect(minutesDocumentSchema.safeParse(document).success).toBe(true);
    const dispatch = createDispatcher(createDb());
    const imported = dispatch('minutes.import', { document, replaceDraft: false });
    expect(imported.ok, JSON.stringify(imported)).toBe(true);
    if (!imported.ok) return;
    const exported = dispatch('minutes.export', { sessionId: (imported.value as { sessionId: string }).sessionId });
    expect(exported.ok).toBe(true);
    if (!exported.ok) return;
    const score = scoreMinutes(document, exported.value as Parameters<typeof scoreMinutes>[1]);
    expect(score.fields.filter((f) => !f.ok)).toEqual([]);
    expect(score.percent).toBe(100);
  });

  it.each(names)('%s: every text of the expected document is in the source as written', (name) => {
    const doc = expectedMinutes(name);
    const source = oneLine(modelToText(sourceModel(name)));
    const s = doc.session;
    const texts: (string | null | undefined)[] = [
      s.location,
      s.chair?.name,
      s.chair?.title,
      s.secretary?.name,
      s.secretary?.title,
      ...s.agenda,
      ...s.discussion.flatMap((d: { speaker: { name: string | null; title: string | null }; points: string[] }) => [
        d.speaker.name,
        d.speaker.title,
        ...d.points,
      ]),
      ...s.resolutions.flatMap(
        (r: {
          title: string | null;
          body: string;
          responsible: string[];
          deadline: { kind: string; value?: unknown };
        }) => [r.title, r.body, ...r.responsible, r.deadline?.kind === 'text' ? String(r.deadline.value) : null],
      ),
      ...s.attendance.map((a: { person: string | null }) => a.person),
      ...s.signatories.map((x: { name: string }) => x.name),
    ];
    const missing = texts.filter((t): t is string => !!t && !source.includes(oneLine(t)));
    expect(missing).toEqual([]);
  });
});
