// Ordered lists whose rows are numbered 1..n without gaps (resolution rows «ردیف», agenda items).
// Every function returns a new array, so callers can renumber from the result and nothing else.

function checkIndex(index: number, length: number): void {
  if (!Number.isInteger(index) || index < 0 || index >= length) {
    throw new RangeError(`Row index ${index} is outside 0..${length - 1}`);
  }
}

function clamp(index: number, max: number): number {
  return Math.min(Math.max(Math.trunc(index), 0), max);
}

/** Inserts `item` before `index` (clamped to 0..length); appends when `index` is omitted. */
export function insertAt<T>(items: readonly T[], item: T, index: number = items.length): T[] {
  const at = clamp(index, items.length);
  return [...items.slice(0, at), item, ...items.slice(at)];
}

/** Moves the item at `from` so that it ends up at index `to` (clamped to the last index). */
export function moveTo<T>(items: readonly T[], from: number, to: number): T[] {
  checkIndex(from, items.length);
  const rest = items.filter((_, i) => i !== from);
  return insertAt(rest, items[from] as T, clamp(to, rest.length));
}

export function removeAt<T>(items: readonly T[], index: number): T[] {
  checkIndex(index, items.length);
  return items.filter((_, i) => i !== index);
}

/** Pairs each item with its row number, 1..n. */
export function numbered<T>(items: readonly T[]): { item: T; row: number }[] {
  return items.map((item, i) => ({ item, row: i + 1 }));
}

/** Indexes where `rows` is not 1..n in order; empty when it is (import checks `row`s with this). */
export function rowGaps(rows: readonly number[]): number[] {
  return rows.flatMap((row, i) => (row === i + 1 ? [] : [i]));
}
