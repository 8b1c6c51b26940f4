// An ordered list of autosaved texts (agenda items, a speaker's points): add, edit, delete (undone
// by Ctrl+Z), and reorder by dragging a row, by the handle's keyboard drag (Enter, arrows, Enter),
// or with ▲ ▼. A refused add, move or delete is said under the list; the typed text stays.
import { Button, GridList, GridListItem, Input, Label, TextField, useDragAndDrop } from 'react-aria-components';
import { faDigits } from '../../i18n/digits';
import { fa } from '../../i18n/fa';
import { useAction } from '../../api/use-action';
import { AutosaveField } from '../../components/AutosaveField';
import { FormError } from '../../components/FormError';
import { keepTextSelectable } from '../../components/text-in-draggable-rows';
import { useRemoval } from '../../components/use-removal';
import { useDraft } from './use-draft';

export interface OrderedText {
  id: string;
  text: string;
}
/** An item as its removal answered it: what an undo adds back. */
export type RemovedText = OrderedText & { position: number };

interface Props {
  /** Where the not-yet-added text is kept, e.g. `${sessionId}.agenda`. */
  draftKey: string;
  /** Names the list, e.g. «دستور کار». */
  label: string;
  /** Names its n-th item (n in Persian digits), e.g. «مطلب ۲ — سخنران ۱»; by default the label and n. */
  itemLabel?: (n: string) => string;
  addLabel: string;
  items: OrderedText[];
  onAdd: (text: string) => Promise<unknown>;
  onUpdate: (id: string, text: string) => Promise<unknown>;
  onMove: (id: string, position: number) => Promise<unknown>;
  onRemove: (id: string) => Promise<RemovedText>;
  /** Adds a removed item back with its id and position (Ctrl+Z after a delete). */
  onRestore: (removed: RemovedText) => Promise<unknown>;
  /** Rows of each item's text box: long texts (discussion points) get a multi-line box. */
  rows?: number;
}

export function OrderedTextList(props: Props) {
  const { draftKey, label, addLabel, items, onAdd, onUpdate, onMove, onRemove, onRestore, rows } = props;
  const itemLabel = props.itemLabel ?? ((n: string) => `${label} ${n}`);
  const [typed, setTyped, clear] = useDraft(draftKey);
  const action = useAction();
  const removeUndoably = useRemoval();
  async function add() {
    if (typed.trim() === '') return;
    const sent = typed;
    if (await action.run(() => onAdd(sent))) clear(sent);
  }
  const move = (id: string, position: number) => void action.run(() => onMove(id, position));
  const remove = (id: string, n: string) =>
    void action.run(() =>
      removeUndoably({
        target: `${id}.text`,
        label: fa.sessions.removed(itemLabel(n)),
        remove: () => onRemove(id),
        restore: onRestore,
      }),
    );
  const { dragAndDropHooks } = useDragAndDrop({
    getItems: (keys) => [...keys].map((key) => ({ 'text/plain': String(key) })),
    onReorder(e) {
      const id = String([...e.keys][0]);
      const target = items.findIndex((i) => i.id === e.target.key);
      const from = items.findIndex((i) => i.id === id);
      let to = e.target.dropPosition === 'after' ? target + 1 : target;
      if (from < to) to -= 1;
      if (to !== from) move(id, to);
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
          const of = itemLabel(faDigits(index + 1));
          return (
            <GridListItem id={item.id} textValue={item.text} className="ordered-item">
              <Button slot="drag" className="drag" aria-label={`${fa.common.dragToReorder} — ${of}`}>
                ⋮⋮
              </Button>
              <span className="ordered-number">{faDigits(index + 1)}</span>
              <AutosaveField
                draftKey={`${item.id}.text`}
                label={of}
                rows={rows}
                serverValue={item.text}
                save={(v) => onUpdate(item.id, v)}
              />
              <Button
                aria-label={`${fa.common.moveUp} — ${of}`}
                isDisabled={index === 0}
                onPress={() => move(item.id, index - 1)}
              >
                ▲
              </Button>
              <Button
                aria-label={`${fa.common.moveDown} — ${of}`}
                isDisabled={index === items.length - 1}
                onPress={() => move(item.id, index + 1)}
              >
                ▼
              </Button>
              <Button aria-label={`${fa.common.remove} — ${of}`} onPress={() => remove(item.id, faDigits(index + 1))}>
                {fa.common.remove}
              </Button>
            </GridListItem>
          );
        }}
      </GridList>
      <TextField className="field" value={typed} onChange={setTyped}>
        <Label>{addLabel}</Label>
        <Input onKeyDown={(e) => e.key === 'Enter' && void add()} />
      </TextField>
      <FormError message={action.error} />
    </div>
  );
}
