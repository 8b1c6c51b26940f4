// Hostile bundles (property-based): a real bundle with bytes flipped, cut short, spliced, its
// entries replaced or added, or its declared sizes forged into a zip bomb. The reader either
// returns exactly the original content or refuses with a Persian DabirError — never another
// error, never a hang — and headquarters' file is unchanged by every refused import.
import fc from 'fast-check';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { createAsyncDispatcher } from '../../../electron/core/api/async-dispatch';
import { exportBundle } from '../../../electron/core/bundle/export';
import { readBundle } from '../../../electron/core/bundle/verify';
import { DabirError } from '../../../electron/core/errors';
import { api, createDb } from '../../helpers/db';
import { fixture } from '../../helpers/fixtures';

const persian = /[\u0600-\u06FF]/;

function bundle() {
  const db = createDb();
  const { call } = api(db);
  call('secretariat.setup', { name: 'دبیرخانه مرکزی', province: 'مرکزی' });
  call('minutes.import', { document: fixture() });
  return exportBundle(db).bytes;
}

function expectReadOrRefused(bytes: Uint8Array, original: ReturnType<typeof readBundle>): void {
  try {
    const b = readBundle(bytes);
    // Read: then it is the same bundle, to the byte of its content.
    expect(b.hash).toBe(original.hash);
    expect(b.records).toEqual(original.records);
  } catch (e) {
    expect(e).toBeInstanceOf(DabirError);
    expect((e as Error).message).toMatch(persian);
  }
}

describe('the bundle reader, hostile files', () => {
  const good = bundle();
  const original = readBundle(good);

  it('byte flips, truncation and splices: the same bundle or a Persian refusal', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.record({ kind: fc.constant('flip'), at: fc.nat(), bits: fc.integer({ min: 1, max: 255 }) }),
          fc.record({ kind: fc.constant('cut'), at: fc.nat() }),
          fc.record({
            kind: fc.constant('splice'),
            at: fc.nat(),
            bytes: fc.uint8Array({ minLength: 1, maxLength: 64 }),
          }),
        ),
        (m) => {
          const at = m.at % good.length;
          let bytes: Uint8Array;
          if (m.kind === 'flip') {
            bytes = Uint8Array.from(good);
            bytes[at] = bytes[at]! ^ m.bits;
          } else if (m.kind === 'cut') bytes = good.subarray(0, at);
          else bytes = Buffer.concat([good.subarray(0, at), m.bytes, good.subarray(at)]);
          expectReadOrRefused(bytes, original);
        },
      ),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 500) },
    );
  }, 120_000);

  it('entries replaced or added by hand (without the key): refused', () => {
    const entries = unzipSync(good);
    fc.assert(
      fc.property(
        fc.constantFrom(...Object.keys(entries), '../../etc/passwd', 'attachments/' + 'a'.repeat(64), 'extra.txt'),
        fc.oneof(
          fc.uint8Array({ maxLength: 200 }),
          fc.jsonValue().map((v) => strToU8(JSON.stringify(v))),
        ),
        (name, content) => {
          expect(() => readBundle(zipSync({ ...entries, [name]: content }))).toThrow(DabirError);
        },
      ),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 200) },
    );
  }, 120_000);

  it('a zip bomb (a declared size of 2 GB) is refused before anything is inflated', () => {
    const bytes = Buffer.from(good);
    // Forge the uncompressed size of records.jsonl in its local header and the central directory.
    const name = Buffer.from('records.jsonl');
    for (let i = bytes.indexOf(name); i !== -1; i = bytes.indexOf(name, i + 1)) {
      const local = i >= 30 && bytes.readUInt32LE(i - 30) === 0x04034b50;
      const central = i >= 46 && bytes.readUInt32LE(i - 46) === 0x02014b50;
      if (local) bytes.writeUInt32LE(0x7fffffff, i - 30 + 22);
      if (central) bytes.writeUInt32LE(0x7fffffff, i - 46 + 24);
    }
    expect(() => readBundle(bytes)).toThrow('بیش از حد بزرگ');
  });

  it('headquarters’ file is unchanged by every refused import', async () => {
    const hq = createDb();
    api(hq).call('secretariat.setup', { name: 'ستاد', province: 'تهران', role: 'headquarters' });
    const run = createAsyncDispatcher(hq);
    const lastSeq = () => hq.prepare('SELECT coalesce(max(seq), 0) FROM change_log').pluck().get() as number;
    await fc.assert(
      fc.asyncProperty(fc.nat(), fc.integer({ min: 1, max: 255 }), async (at, bits) => {
        const bytes = Uint8Array.from(good);
        bytes[at % bytes.length] = bytes[at % bytes.length]! ^ bits;
        const before = lastSeq();
        const r = await run('headquarters.import', {
          fileName: 'x.dabir',
          data: Buffer.from(bytes).toString('base64'),
          trustNew: true,
        });
        if (!r.ok) {
          expect(r.error.message).toMatch(persian);
          expect(lastSeq()).toBe(before);
        }
      }),
      { numRuns: 40 },
    );
  }, 120_000);
});
