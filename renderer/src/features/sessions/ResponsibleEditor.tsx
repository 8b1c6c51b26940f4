// The bodies responsible for a resolution (مسئول پیگیری): picked from the organisations or typed.
import { useState } from 'react';
import { Button, Label, Tag, TagGroup, TagList } from 'react-aria-components';
import type { Organization } from '../../../../electron/contract';
import { OrganizationPicker } from '../../components/OrganizationPicker';
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
  return (
    <div className="responsible">
      <TagGroup aria-label={label} onRemove={(keys) => void onChange(texts.filter((_, i) => !keys.has(String(i))))}>
        <Label>{label}</Label>
        <TagList className="tags" renderEmptyState={() => '—'}>
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
