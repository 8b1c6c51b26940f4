// Ordered rows: insert, move, remove and renumber, plus a seeded random walk that keeps rows 1..n.
import { describe, expect, it } from 'vitest';
import { insertAt, moveTo, numbered, removeAt, rowGaps } from '../../../electron/core/domain/rows';

describe('insertAt', () => {
  it('appends by default and inserts before the index', () => {
    expect(insertAt(['a', 'b'], 'c')).toEqual(['a', 'b', 'c']);
    expect(insertAt(['a', 'b'], 'x', 0)).toEqual(['x', 'a', 'b']);
    expect(insertAt(['a', 'b'], 'x', 1)).toEqual(['a', 'x', 'b']);
    expect(insertAt([], 'x')).toEqual(['x']);
  });

  it('clamps the index', () => {
    expect(insertAt(['a', 'b'], 'x', -5)).toEqual(['x', 'a', 'b']);
    expect(insertAt(['a', 'b'], 'x', 99)).toEqual(['a', 'b', 'x']);
  });

  it('returns a new array', () => {
    const items = ['a'];
    expect(insertAt(items, 'b')).not.toBe(items);
    expect(items).toEqual(['a']);
  });
});

describe('moveTo', () => {
  it('moves forwards and backwards', () => {
    expect(moveTo(['a', 'b', 'c', 'd'], 0, 2)).toEqual(['b', 'c', 'a', 'd']);
    expect(moveTo(['a', 'b', 'c', 'd'], 3, 1)).toEqual(['a', 'd', 'b', 'c']);
    expect(moveTo(['a', 'b', 'c'], 1, 1)).toEqual(['a', 'b', 'c']);
  });

  it('clamps the target', () => {
    expect(moveTo(['a', 'b', 'c'], 0, 99)).toEqual(['b', 'c', 'a']);
    expect(moveTo(['a', 'b', 'c'], 2, -1)).toEqual(['c', 'a', 'b']);
  });

  it('throws for a source outside the list', () => {
    expect(() => moveTo(['a'], 1, 0)).toThrow(RangeError);
    expect(() => moveTo(['a'], -1, 0)).toThrow(RangeError);
  });

  it('leaves the input alone', () => {
    const items = ['a', 'b'];
    moveTo(items, 0, 1);
    expect(items).toEqual(['a', 'b']);
  });
});

describe('removeAt', () => {
  it('removes one item', () => {
    expect(removeAt(['a', 'b', 'c'], 1)).toEqual(['a', 'c']);
    expect(removeAt(['a'], 0)).toEqual([]);
  });

  it('throws for an index outside the list', () => {
    expect(() => removeAt(['a'], 1)).toThrow(RangeError);
    expect(() => removeAt([], 0)).toThrow(RangeError);
    expect(() => removeAt(['a', 'b'], 0.5)).toThrow(RangeError);
  });
});

describe('numbered and rowGaps', () => {
  it('numbers rows from 1', () => {
    expect(numbered(['الف', 'ب'])).toEqual([
      { item: 'الف', row: 1 },
      { item: 'ب', row: 2 },
    ]);
    expect(numbered([])).toEqual([]);
  });

  it('finds rows that are not 1..n in order', () => {
    expect(rowGaps([1, 2, 3])).toEqual([]);
    expect(rowGaps([])).toEqual([]);
    expect(rowGaps([1, 3, 4])).toEqual([1, 2]);
    expect(rowGaps([2, 1])).toEqual([0, 1]);
    expect(rowGaps([1, 2, 2])).toEqual([2]);
    expect(rowGaps([0, 2])).toEqual([0]);
  });
});

// mulberry32: a tiny deterministic generator, so a failure reproduces.
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('random edits', () => {
  // The model is the same edit done with splice on a mutable array, clamping by hand.
  it.each([1, 2, 3, 42, 1399])('match a splice model and keep rows 1..n (seed %i)', (seed) => {
    const next = random(seed);
    const pick = (n: number) => Math.floor(next() * n);
    const clamp = (i: number, max: number) => Math.min(Math.max(i, 0), max);
    let items: number[] = [];
    const model: number[] = [];
    for (let step = 0; step < 500; step++) {
      const op = pick(3);
      if (op === 0 || items.length === 0) {
        const at = pick(items.length + 3) - 1;
        items = insertAt(items, step, at);
        model.splice(clamp(at, model.length), 0, step);
      } else if (op === 1) {
        const index = pick(items.length);
        items = removeAt(items, index);
        model.splice(index, 1);
      } else {
        const from = pick(items.length);
        const to = pick(items.length + 2) - 1;
        items = moveTo(items, from, to);
        const [moved] = model.splice(from, 1);
        model.splice(clamp(to, model.length), 0, moved ?? -1);
      }
      expect(items).toEqual(model);
      const rows = numbered(items).map((r) => r.row);
      expect(rows).toEqual(Array.from({ length: items.length }, (_, i) => i + 1));
      expect(rowGaps(rows)).toEqual([]);
      expect(new Set(items).size).toBe(items.length);
    }
  });
});
