// What every person picker shows: the directory's people as options (name — title), and the
// button that adds a typed name to the directory.
import { Button, ListBox, ListBoxItem, Popover } from 'react-aria-components';
import type { Person } from '../../../electron/contract';
import { fa } from '../i18n/fa';

export function PeopleOptions({ people }: { people: Person[] }) {
  return (
    <Popover className="popover">
      <ListBox items={people} dependencies={[people]}>
        {(p) => (
          <ListBoxItem id={p.id} textValue={p.name}>
            {p.name}
            {p.title && <span className="option-hint"> — {p.title}</span>}
          </ListBoxItem>
        )}
      </ListBox>
    </Popover>
  );
}

export function AddToDirectoryButton({ label, onPress }: { label: string; onPress: () => void }) {
  return (
    <Button className="quick-add" aria-label={`${fa.common.addToPeople} — ${label}`} onPress={onPress}>
      {fa.common.addToPeople}
    </Button>
  );
}
