// How many of a long list's rows to render yet: the first rows at once, the rest in a transition
// after that first paint. An editor of 60 resolutions and 60 attendance lines mounts some 12,000
// elements and a few hundred react-aria components; rendered in one go the screen stayed blank for
// most of a second. This way the top of the editor shows in about a quarter of that, and typing
// interrupts the rest (React renders a transition in slices and yields to input). Smaller steps
// were tried: each commit costs more than it saves (the whole list took 1.1 s instead of 0.7 s).
import { startTransition, useEffect, useState } from 'react';

export const FIRST_ROWS = 8;

/** The number of rows to render of `count`; every row once the list has been shown whole. */
export function useProgressive(count: number): number {
  // A short list is whole from the start; once whole, a row added later appears at once.
  const [whole, setWhole] = useState(count <= FIRST_ROWS);
  useEffect(() => {
    if (whole) return;
    const frame = requestAnimationFrame(() => startTransition(() => setWhole(true)));
    return () => cancelAnimationFrame(frame);
  }, [whole]);
  return whole ? count : Math.min(count, FIRST_ROWS);
}
