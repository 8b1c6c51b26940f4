// The bodies responsible for a resolution (مسئول پیگیری): picked from the organisations or typed.
// The tags are drawn as a plain look-alike until first focused (use-activation.ts), then
// react-aria's TagGroup (arrow keys between tags, Delete removes one).
import { useId, useLayoutEffect, useRef, useState } from 'react';
import { Button, Label, Tag, TagGroup, TagList } from 'react-aria-components';
import type { Organization } from '../../../../electron/contract';
import { OrganizationPicker } from '../../components/OrganizationPicker';
import { useActivation } from '../../components/use-activation';
import { fa } from '../../i18n/fa';

interface Props {
  label: string;
  /** Names the add box, e.g. «افزودن مسئول پیگیری — مصوبه ۲». */
  addLabel: string;
  texts: string[];
  organizations: Organization[];
  /** Saves the list; resolves to false when it was refused (the card says why; the typed name stays). */
  onChange: (texts: string[]) => Promise<boolean>;
}

export function ResponsibleEditor({ label, addLabel, texts, organizations, onChange }: Props) {
  const [typed, setTyped] = useState('');
  const add = async (text = typed) => {
    if (text.trim() === '') return;
    if (await onChange([...texts, text])) setTyped('');
  };
  const remove = (indexes: ReadonlySet<number>) => void onChange(texts.filter((_, i) => !indexes.has(i)));
  return (
    <div className="responsible">
      <Tags label={label} texts={texts} remove={remove} />
      <OrganizationPicker
        label={addLabel}
        options={organizations}
        exclude={texts}
        typed={typed}
        onTyped={setTyped}
        onAdd={(name) => void add(name)}
      />
    </div>
  );
}

interface TagsProps {
  label: string;
  texts: string[];
  remove: (indexes: ReadonlySet<number>) => void;
}

function Tags(props: TagsProps) {
  const { state, trigger } = useActivation();
  return state === 'idle' ? <LookAlike {...props} onActivate={trigger.onFocus} /> : <RealTags {...props} />;
}

function RealTags({ label, texts, remove }: TagsProps) {
  const list = useRef<HTMLDivElement>(null);
  // Made real by the focus: the list takes it over, and react-aria moves it to the first tag.
  useLayoutEffect(() => list.current?.focus(), []);
  return (
    <TagGroup aria-label={label} onRemove={(keys) => remove(new Set([...keys].map(Number)))}>
      <Label>{label}</Label>
      <TagList ref={list} className="tags" renderEmptyState={() => '—'}>
        {texts.map((t, i) => (
          <Tag key={i} id={String(i)} textValue={t} className="tag">
            {t}
            <Button slot="remove" aria-label={`${fa.common.remove} — ${t}`}>
              ×
            </Button>
          </Tag>
        ))}
      </TagList>
    </TagGroup>
  );
}

/** The tag list as react-aria draws it; × removes a tag at once, without making it real. */
function LookAlike({ label, texts, remove, onActivate }: TagsProps & { onActivate: () => void }) {
  const id = useId();
  const named = { 'aria-label': label, 'aria-labelledby': `${id} ${id}-label`, id, tabIndex: 0, className: 'tags' };
  // The list itself or a tag focused (not a × pressed): the keyboard and the mouse get the real one.
  const activate = (e: { target: EventTarget }) => {
    if (!(e.target instanceof HTMLButtonElement)) onActivate();
  };
  return (
    <div className="react-aria-TagGroup">
      <span className="react-aria-Label" id={`${id}-label`}>
        {label}
      </span>
      {texts.length === 0 ? (
        <div role="group" data-empty="true" {...named} onFocus={activate}>
          —
        </div>
      ) : (
        <div role="grid" {...named} onFocus={activate}>
          {texts.map((t, i) => (
            <div key={i} role="row" className="tag" aria-label={t} tabIndex={-1} data-allows-removing="true">
              <div role="gridcell" style={{ display: 'contents' }}>
                {t}
                <button
                  type="button"
                  className="react-aria-Button"
                  aria-label={`${fa.common.remove} — ${t}`}
                  tabIndex={-1}
                  onClick={() => remove(new Set([i]))}
                >
                  ×
                </button>
              </div>
            </div>
          ))}
        </div>
      )}
    </div>
  );
}
