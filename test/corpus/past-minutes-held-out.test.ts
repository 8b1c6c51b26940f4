// The held-out past minutes (issue 19): five documents written apart from the recogniser and
// never used to tune it, so its score on them stands for its score on files it has not seen. Each
// expected document passes the contract, imports into a real SQLite file and exports back to a
// 100 % score; every text it holds is in its source as written; the set differs from the variants.
import { describe, expect, it } from 'vitest';
import { minutesDocumentSchema } from '../../electron/contract/minutes';
import { createDispatcher } from '../../electron/core/api/dispatch';
import { createDb } from '../helpers/db';
import { scoreMinutes } from '../helpers/minutes-score';
import {
  expectedMinutes,
  heldOutNames,
  modelToDocx,
  modelToText,
  sourceModel,
  variantNames,
} from '../helpers/past-minutes-files';

const names = heldOutNames();
const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('past-minutes held-out set', () => {
  it('has five documents, each of another body, province and year, none of a variant’s province', () => {
    expect(names.length).toBe(5);
    const docs = names.map(expectedMinutes);
    const distinct = (xs: unknown[]) => new Set(xs).size;
    expect(distinct(docs.map((d) => d.workingGroup.name))).toBe(5);
    expect(distinct(docs.map((d) => d.workingGroup.province))).toBe(5);
    expect(distinct(docs.map((d) => d.session.year))).toBe(5);
    const tuned = new Set(['markazi-1399-01', ...variantNames()].map((n) => expectedMinutes(n).workingGroup.province));
    expect(docs.filter((d) => tuned.has(d.workingGroup.province)).map((d) => d.workingGroup.province)).toEqual([]);
  });

  it.each(names)('%s: a year 1395–1404, 3–8 resolutions, 8–25 attendance entries', (name) => {
    const s = expectedMinutes(name).session;
    expect(s.year).toBeGreaterThanOrEqual(1395);
    expect(s.year).toBeLessThanOrEqual(1404);
    expect(s.resolutions.length).toBeGreaterThanOrEqual(3);
    expect(s.resolutions.length).toBeLessThanOrEqual(8);
    expect(s.attendance.length).toBeGreaterThanOrEqual(8);
    expect(s.attendance.length).toBeLessThanOrEqual(25);
  });

  it.each(names)('%s: its source is paragraphs and tables, and builds as a Word file', async (name) => {
    const model = sourceModel(name);
    for (const b of model.blocks)
      if ('table' in b)
        for (const row of b.table) for (const cell of row) for (const p of cell) expect(typeof p).toBe('string');
      else expect(typeof b.p).toBe('string');
    const docx = await modelToDocx(model);
    expect(docx.subarray(0, 2).toString('latin1')).toBe('PK');
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
      ...s.signatories.flatMap((x: { name: string; title: string | null }) => [x.name, x.title]),
    ];
    const missing = texts.filter((t): t is string => !!t && !source.includes(oneLine(t)));
    expect(missing).toEqual([]);
  });
});
