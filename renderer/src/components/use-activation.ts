// A costly react-aria widget drawn first as a plain look-alike (same roles, names and classes),
// and made the real widget the moment it is first used: focused, pressed or pointed at. An
// editor of 60 resolutions and 60 attendance lines holds some 240 selects, combo boxes and tag
// lists; mounted for real they were most of the second it took to open. The swap happens inside
// the focus or pointer event (React renders those at once, layout effects included), so the next
// key or click already reaches the real widget, which takes the focus over in a layout effect or
// opens (`defaultOpen`).
import { useState } from 'react';

export type Activation = 'idle' | 'focus' | 'open';

export function useActivation() {
  const [state, setState] = useState<Activation>('idle');
  return {
    state,
    /** For the look-alike: focus makes it real; a primary press makes it real and open. */
    trigger: {
      onFocus: () => setState((s) => (s === 'idle' ? 'focus' : s)),
      onPointerDown: (e: { button: number }) => e.button === 0 && setState('open'),
    },
  };
}
