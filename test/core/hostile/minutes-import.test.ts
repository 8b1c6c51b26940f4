// Hostile minutes documents (property-based): the real minutes with one value anywhere replaced
// by something hostile, arbitrary JSON, and oversized documents. Each either imports or is refused
// with every problem at its JSON path in Persian; a refusal writes nothing.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { api, createDb } from '../../helpers/db';
import { fixture } from '../../helpers/fixtures';

const persian = /[\u0600-\u06FF]/;

/** Every path to a value in a JSON document. */
function paths(value: unknown, at: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return [at, ...value.flatMap((v, i) => paths(v, [...at, i]))];
  if (value && typeof value === 'object')
    return [at, ...Object.entries(value).flatMap(([k, v]) => paths(v, [...at, k]))];
  return [at];
}

function replaced(doc: unknown, path: (string | number)[], value: unknown): unknown {
  if (path.length === 0) return value;
  const key = path[0]!;
  if (Array.isArray(doc)) {
    const copy: unknown[] = [...doc];
    copy[Number(key)] = replaced(copy[Number(key)], path.slice(1), value);
    return copy;
  }
  const copy = { ...(doc as Record<string, unknown>) };
  copy[key] = replaced(copy[key], path.slice(1), value);
  return copy;
}

function scene() {
  const db = createDb();
  const { dispatch, call } = api(db);
  call('secretariat.setup', { name: 'دبیرخانه', province: 'مرکزی' });
  const lastSeq = () => db.prepare('SELECT coalesce(max(seq), 0) FROM change_log').pluck().get() as number;
  return { db, dispatch, lastSeq };
}

describe('the minutes importer, hostile documents', () => {
  it('imports or refuses with Persian problems at their paths, and a refusal writes nothing', () => {
    const { db, dispatch, lastSeq } = scene();
    const doc = fixture();
    const all = paths(doc);
    let number = 100;
    let imported = 0;
    fc.assert(
      fc.property(
        fc.constantFrom(...all),
        fc.oneof(fc.jsonValue(), fc.string(), fc.constantFrom(null, '', -1, 0, 1e308, '\u202E', '۱۳۹۹/۰۲/۰۲', [], {})),
        (path, value) => {
          // A fresh session number each time, unless the mutation is on the number itself.
          const base = replaced(doc, ['session', 'number'], ++number);
          const document = replaced(base, path, value);
          const before = lastSeq();
          const r = dispatch('minutes.import', { document });
          if (r.ok) {
            imported++;
            return;
          }
          expect(r.error.message).toMatch(persian);
          for (const p of r.error.problems ?? []) expect(p.message).toMatch(persian);
          expect(lastSeq()).toBe(before);
        },
      ),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 400) },
    );
    expect(imported).toBeGreaterThan(20);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  }, 120_000);

  it('refuses arbitrary JSON as a document, in Persian', () => {
    const { dispatch, lastSeq } = scene();
    fc.assert(
      fc.property(fc.jsonValue(), (document) => {
        const before = lastSeq();
        const r = dispatch('minutes.import', { document });
        expect(r.ok).toBe(false);
        if (!r.ok) expect(r.error.message).toMatch(persian);
        expect(lastSeq()).toBe(before);
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 300) },
    );
  }, 120_000);

  it('refuses 100,000 attendance lines and a 10 MB resolution body with a message, not by running out of memory', () => {
    const { dispatch, lastSeq } = scene();
    const before = lastSeq();
    const many = fixture();
    many.session.attendance = Array.from({ length: 100_000 }, (_, i) => ({
      organization: `دستگاه ${i}`,
      person: null,
      status: 'present',
    }));
    const r1 = dispatch('minutes.import', { document: many });
    expect(r1).toMatchObject({ ok: false, error: { message: expect.stringContaining('بیش از حد بزرگ') } });
    const big = fixture();
    big.session.resolutions[0].body = 'م'.repeat(10 * 1024 * 1024);
    const r2 = dispatch('minutes.import', { document: big });
    expect(r2).toMatchObject({ ok: false, error: { message: expect.stringContaining('بیش از حد بزرگ') } });
    // Within the size limit but past the list limit: said with its path.
    const long = fixture();
    long.session.agenda = Array.from({ length: 1_500 }, (_, i) => `بند ${i}`);
    const r3 = dispatch('minutes.import', { document: long });
    expect(r3).toMatchObject({
      ok: false,
      error: { problems: [{ path: 'session.agenda', message: expect.stringContaining('بیش از حد بلند') }] },
    });
    expect(lastSeq()).toBe(before);
  });
});
