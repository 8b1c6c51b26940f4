// The parts of the editor an imported draft's review doubts (`resolutions[2]`, `date`): the editor
// marks them where they are edited, as long as the review is open.
import { createContext, useContext } from 'react';

export const DoubtfulParts = createContext<ReadonlySet<string>>(new Set());

/** Whether the review doubts the part of the editor named `part`. */
export function useIsDoubtful(part: string): boolean {
  return useContext(DoubtfulParts).has(part);
}

/** `data-doubtful` for the part of the editor named `part`: set while the review doubts it. */
export function useDoubtful(part: string): { 'data-doubtful'?: true; 'data-part': string } {
  const doubted = useIsDoubtful(part);
  return doubted ? { 'data-doubtful': true, 'data-part': part } : { 'data-part': part };
}
