// A range of attendance lines picked from the keyboard or the mouse, as in a spreadsheet: Shift+↑ ↓
// (or Shift+Home/End, or Shift+click) from the line last chosen, so one status key marks them all.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';

export interface RowRange {
  /** The line's id moved to from `id` by `step` (±1), the range reaching it; null at an end. */
  extendBy: (id: string, step: 1 | -1) => string | null;
  /** The range from the anchor to the first or last line; answers that line's id. */
  extendToEnd: (id: string, end: 'first' | 'last') => string | null;
  /** Shift+click: the range from the anchor to `id`. */
  extendTo: (id: string) => void;
  /** A plain move or click: `id` becomes the anchor, nothing picked. */
  anchorAt: (id: string) => void;
  /** The lines a status key on `id` marks (the range when `id` is in it, else `id` alone); clears the range. */
  take: (id: string) => string[];
}

export function useRowRange(ids: readonly string[]): { picked: ReadonlySet<string>; range: RowRange } {
  const [picked, setPicked] = useState<ReadonlySet<string>>(new Set());
  const state = useRef({ ids, anchor: null as string | null, picked });
  // What the stable handlers read: the lines and the range as of the last render.
  useEffect(() => {
    state.current.ids = ids;
    state.current.picked = picked;
  });

  const spanTo = useCallback((to: string) => {
    const { ids: all, anchor } = state.current;
    const a = all.indexOf(anchor ?? to);
    const b = all.indexOf(to);
    if (a < 0 || b < 0) return;
    const [from, until] = a <= b ? [a, b] : [b, a];
    setPicked(new Set(all.slice(from, until + 1)));
  }, []);

  const range = useMemo<RowRange>(
    () => ({
      extendBy(id, step) {
        const all = state.current.ids;
        const next = all[all.indexOf(id) + step];
        if (next === undefined) return null;
        state.current.anchor ??= id;
        spanTo(next);
        return next;
      },
      extendToEnd(id, end) {
        const all = state.current.ids;
        const to = end === 'first' ? all[0] : all.at(-1);
        if (to === undefined) return null;
        state.current.anchor ??= id;
        spanTo(to);
        return to;
      },
      extendTo(id) {
        spanTo(id);
      },
      anchorAt(id) {
        state.current.anchor = id;
        setPicked(new Set());
      },
      take(id) {
        const { picked: now, ids: all } = state.current;
        const lines = now.has(id) && now.size > 1 ? all.filter((x) => now.has(x)) : [id];
        state.current.anchor = null;
        setPicked(new Set());
        return lines;
      },
    }),
    [spanTo],
  );
  return { picked, range };
}
