// Mouse reordering for lists whose rows are rich forms (resolution cards): the browser's own drag
// and drop from a handle, with a line showing where the row will land. A grid with row focus
// (react-aria's GridList, used for the simpler lists) would take the focus back from the pickers
// inside a card, so these rows stay plain; the keyboard moves them with ▲ ▼. The handlers keep
// their identity from render to render, so memoised rows are not re-rendered by a drag elsewhere.
import { useEffect, useMemo, useRef, useState, type DragEvent } from 'react';

const TYPE = 'application/x-dabir-row';

export interface DropMark {
  id: string;
  after: boolean;
}

export interface DragHandlers {
  /** For the handle a row is dragged by. */
  handleProps: (id: string) => {
    draggable: true;
    onDragStart: (e: DragEvent) => void;
    onDragEnd: () => void;
  };
  /** For the row a dragged one may land before or after. */
  targetProps: (id: string) => { onDragOver: (e: DragEvent<HTMLElement>) => void; onDrop: (e: DragEvent) => void };
}

export function useDragRows(ids: readonly string[], onMove: (id: string, index: number) => void) {
  const [dragged, setDragged] = useState<string | null>(null);
  const [mark, setMark] = useState<DropMark | null>(null);
  // What the stable handlers read: the rows, the move and the drag as of the last render.
  const latest = useRef({ ids, onMove, dragged, mark });
  useEffect(() => {
    latest.current = { ids, onMove, dragged, mark };
  });

  const handlers = useMemo<DragHandlers>(
    () => ({
      handleProps: (id) => ({
        draggable: true,
        onDragStart: (e) => {
          e.dataTransfer.setData(TYPE, id);
          e.dataTransfer.effectAllowed = 'move';
          latest.current.dragged = id;
          setDragged(id);
        },
        onDragEnd: () => {
          setDragged(null);
          setMark(null);
        },
      }),
      targetProps: (id) => ({
        onDragOver: (e) => {
          const { dragged, mark } = latest.current;
          if (dragged === null) return;
          e.preventDefault();
          const box = e.currentTarget.getBoundingClientRect();
          const after = e.clientY > box.top + box.height / 2;
          if (mark?.id !== id || mark.after !== after) {
            latest.current.mark = { id, after };
            setMark({ id, after });
          }
        },
        onDrop: (e) => {
          e.preventDefault();
          const { ids, onMove, dragged, mark: at } = latest.current;
          const moving = e.dataTransfer.getData(TYPE) || dragged;
          setDragged(null);
          setMark(null);
          if (!moving || !at) return;
          const from = ids.indexOf(moving);
          let to = ids.indexOf(at.id) + (at.after ? 1 : 0);
          if (from < to) to -= 1;
          if (from >= 0 && to !== from) onMove(moving, to);
        },
      }),
    }),
    [],
  );

  /** Where the dragged row would land relative to this one, for its data-drop attribute. */
  const dropAt = (id: string) =>
    mark?.id === id ? (mark.after ? ('after' as const) : ('before' as const)) : undefined;
  return { handlers, dragged, dropAt };
}
