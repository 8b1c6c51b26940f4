// An ordered list of autosaved texts (agenda items, a speaker's points): add, edit, delete, and
// reorder by dragging a row, by the handle's keyboard drag (Enter, arrows, Enter), or with ▲ ▼.
import { Button, GridList, GridListItem, Input, Label, TextField, useDragAndDrop } from 'react-aria-components';
import { faDigits } from '../../i18n/digits';
import { fa } from '../../i18n/fa';
import { AutosaveField } from '../../components/AutosaveField';
import { keepTextSelectable } from '../../components/text-in-draggable-rows';
import { useDraft } from './use-draft';

export interface OrderedText {
  id: string;
  text: string;
}

interface Props {
  /** Where the not-yet-added text is kept, e.g. `${sessionId}.agenda`. */
  draftKey: string;
  label: string;
  addLabel: string;
  items: OrderedText[];
  onAdd: (text: string) => Promise<unknown>;
  onUpdate: (id: string, text: string) => Promise<unknown>;
  onMove: (id: string, position: number) => Promise<unknown>;
  onRemove: (id: string) => Promise<unknown>;
  /** Rows of each item's text box: long texts (discussion points) get a multi-line box. */
  rows?: number;
}

export function OrderedTextList({ draftKey, label, addLabel, items, onAdd, onUpdate, onMove, onRemove, rows }: Props) {
  const [typed, setTyped, clear] = useDraft(draftKey);
  async function add() {
    if (typed.trim() === '') return;
    await onAdd(typed);
    clear();
  }
  const { dragAndDropHooks } = useDragAndDrop({
    getItems: (keys) => [...keys].map((key) => ({ 'text/plain': String(key) })),
    onReorder(e) {
      const id = String([...e.keys][0]);
      const target = items.findIndex((i) => i.id === e.target.key);
      const from = items.findIndex((i) => i.id === id);
      let to = e.target.dropPosition === 'after' ? target + 1 : target;
      if (from < to) to -= 1;
      if (to !== from) void onMove(id, to);
    },
  });
  return (
    <div className="ordered-list" onPointerDownCapture={keepTextSelectable}>
      <GridList
        aria-label={label}
        items={items}
        dependencies={[items]}
        dragAndDropHooks={dragAndDropHooks}
        // Tab walks through a row's text box and buttons; arrow keys belong to the text.
        keyboardNavigationBehavior="tab"
        className="ordered-grid"
      >
        {(item) => {
          const index = items.indexOf(item);
          return (
            <GridListItem id={item.id} textValue={item.text} className="ordered-item">
              <Button slot="drag" className="drag" aria-label={`${fa.dragToReorder} — ${label} ${faDigits(index + 1)}`}>
                ⋮⋮
              </Button>
              <span className="ordered-number">{faDigits(index + 1)}</span>
              <AutosaveField
                draftKey={`${item.id}.text`}
                label={`${label} ${faDigits(index + 1)}`}
                rows={rows}
                serverValue={item.text}
                save={(v) => onUpdate(item.id, v)}
              />
              <Button
                aria-label={`${fa.moveUp} — ${label} ${faDigits(index + 1)}`}
                isDisabled={index === 0}
                onPress={() => void onMove(item.id, index - 1)}
              >
                ▲
              </Button>
              <Button
                aria-label={`${fa.moveDown} — ${label} ${faDigits(index + 1)}`}
                isDisabled={index === items.length - 1}
                onPress={() => void onMove(item.id, index + 1)}
              >
                ▼
              </Button>
              <Button
                aria-label={`${fa.remove} — ${label} ${faDigits(index + 1)}`}
                onPress={() => void onRemove(item.id)}
              >
                {fa.remove}
              </Button>
            </GridListItem>
          );
        }}
      </GridList>
      <TextField className="field" value={typed} onChange={setTyped}>
        <Label>{addLabel}</Label>
        <Input onKeyDown={(e) => e.key === 'Enter' && void add()} />
      </TextField>
    </div>
  );
}
