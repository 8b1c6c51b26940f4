// The short crash run inside `npm test`: 10 SIGKILLs of the browser host in the middle of a
// stream of writes (the 100-kill run: `npm run crash`). See test/crash/trials.ts.
import { describe, expect, it } from 'vitest';
import { crashTrials } from '../crash/trials';

describe('crash safety', () => {
  it('after each of 10 kills the file is sound, every acknowledged write is there, no session is half-written', async () => {
    const report = await crashTrials(10);
    expect(report.damaged).toEqual([]);
    expect(report.lost).toBe(0);
    expect(report.partial).toBe(0);
    // The kills came in the middle of real work.
    expect(report.acknowledged).toBeGreaterThan(20);
  }, 300_000);
});
