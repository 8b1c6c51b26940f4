// Mouse reordering for lists whose rows are rich forms (resolution cards): the browser's own drag
// and drop from a handle, with a line showing where the row will land. A grid with row focus
// (react-aria's GridList, used for the simpler lists) would take the focus back from the pickers
// inside a card, so these rows stay plain; the keyboard moves them with ▲ ▼.
import { useState, type DragEvent } from 'react';

const TYPE = 'application/x-dabir-row';

export interface DropMark {
  id: string;
  after: boolean;
}

export function useDragRows(ids: readonly string[], onMove: (id: string, index: number) => void) {
  const [dragged, setDragged] = useState<string | null>(null);
  const [mark, setMark] = useState<DropMark | null>(null);

  const handleProps = (id: string) => ({
    draggable: true,
    onDragStart: (e: DragEvent) => {
      e.dataTransfer.setData(TYPE, id);
      e.dataTransfer.effectAllowed = 'move';
      setDragged(id);
    },
    onDragEnd: () => {
      setDragged(null);
      setMark(null);
    },
  });

  const targetProps = (id: string) => ({
    onDragOver: (e: DragEvent<HTMLElement>) => {
      if (dragged === null) return;
      e.preventDefault();
      const box = e.currentTarget.getBoundingClientRect();
      const after = e.clientY > box.top + box.height / 2;
      if (mark?.id !== id || mark.after !== after) setMark({ id, after });
    },
    onDrop: (e: DragEvent) => {
      e.preventDefault();
      const moving = e.dataTransfer.getData(TYPE) || dragged;
      const at = mark;
      setDragged(null);
      setMark(null);
      if (!moving || !at) return;
      const from = ids.indexOf(moving);
      let to = ids.indexOf(at.id) + (at.after ? 1 : 0);
      if (from < to) to -= 1;
      if (from >= 0 && to !== from) onMove(moving, to);
    },
    'data-dragging': dragged === id || undefined,
    'data-drop': mark?.id === id ? (mark.after ? 'after' : 'before') : undefined,
  });

  return { handleProps, targetProps };
}
