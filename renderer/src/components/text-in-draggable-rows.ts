// Rows that can be dragged hold text boxes. In Chromium a mouse drag that starts in a text box of
// a draggable row drags the row instead of selecting text; so for the length of that press the
// row stops being draggable. Put on an element around the rows, in the capture phase.
import type { PointerEvent } from 'react';

export function keepTextSelectable(e: PointerEvent) {
  const target = e.target as HTMLElement;
  if (!target.closest('input, textarea')) return;
  const row = target.closest<HTMLElement>('[draggable="true"]');
  if (!row) return;
  row.setAttribute('draggable', 'false');
  const restore = () => {
    row.setAttribute('draggable', 'true');
    window.removeEventListener('pointerup', restore, true);
    window.removeEventListener('pointercancel', restore, true);
  };
  window.addEventListener('pointerup', restore, true);
  window.addEventListener('pointercancel', restore, true);
}
