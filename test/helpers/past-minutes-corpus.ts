// The checks every set of the past-minutes corpus passes (test/corpus/): each document a secretary
// would type is in the project's format, imports into a real SQLite file and exports back to a 100 %
// score; every text it holds is in its source as written (nothing invented); its source builds as a
// Word file. A set's own test adds what sets it apart.
import { expect, it } from 'vitest';
import { minutesDocumentSchema } from '../../electron/contract/minutes';
import { createDispatcher } from '../../electron/core/api/dispatch';
import { createDb } from './db';
import { scoreMinutes, scoreText } from './minutes-score';
import { expectedMinutes, modelToDocx, modelToText, sourceModel } from './past-minutes-files';

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

interface Options {
  /** The years the set's minutes may be of, and the size each must have; none: any. */
  shape?: { years: [number, number] };
  /** Whether the models are checked to build as .docx (the seed's variants are, by their own test). */
  word?: boolean;
}

export function corpusChecks(names: readonly string[], { shape, word = true }: Options = {}): void {
  if (shape)
    it.each(names)(`%s: a year ${shape.years.join('–')}, 3–8 resolutions, 8–25 attendance entries`, (name) => {
      const s = expectedMinutes(name).session;
      expect(s.year).toBeGreaterThanOrEqual(shape.years[0]);
      expect(s.year).toBeLessThanOrEqual(shape.years[1]);
      expect(s.resolutions.length).toBeGreaterThanOrEqual(3);
      expect(s.resolutions.length).toBeLessThanOrEqual(8);
      expect(s.attendance.length).toBeGreaterThanOrEqual(8);
      expect(s.attendance.length).toBeLessThanOrEqual(25);
    });

  if (word)
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
    const s = expectedMinutes(name).session;
    const source = oneLine(modelToText(sourceModel(name)));
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
}

/**
 * A set of minutes of its own: `count` documents, no two of one body, province or year, and none of
 * the `earlier` sets' provinces (nor, with `bodies`, their bodies, compared as search keys so that
 * «كارگروه» with an Arabic kaf is «کارگروه»).
 */
export function expectNewSet(names: readonly string[], count: number, earlier: readonly string[], bodies = true): void {
  expect(names.length).toBe(count);
  const docs = names.map(expectedMinutes);
  const distinct = (xs: unknown[]) => new Set(xs).size;
  expect(distinct(docs.map((d) => d.workingGroup.name))).toBe(count);
  expect(distinct(docs.map((d) => d.workingGroup.province))).toBe(count);
  expect(distinct(docs.map((d) => d.session.year))).toBe(count);
  const seen = earlier.map(expectedMinutes);
  const provinces = new Set(seen.map((d) => d.workingGroup.province));
  expect(docs.filter((d) => provinces.has(d.workingGroup.province)).map((d) => d.workingGroup.province)).toEqual([]);
  if (!bodies) return;
  const known = new Set(seen.map((d) => scoreText(d.workingGroup.name)));
  expect(docs.filter((d) => known.has(scoreText(d.workingGroup.name))).map((d) => d.workingGroup.name)).toEqual([]);
}
