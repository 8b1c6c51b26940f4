// The ordered member organisations of a working group: add (from the directory or by a new
// name), reorder (drag and drop, or the keyboard), mark when each joined or left, remove.
import { useState } from 'react';
import {
  Button,
  FieldError,
  GridList,
  GridListItem,
  Input,
  Label,
  TextField,
  useDragAndDrop,
} from 'react-aria-components';
import type { Member } from '../../../../electron/contract';
import { useApi } from '../../api/use-api';
import { fieldErrors } from '../../api/field-errors';
import { useAction } from '../../api/use-action';
import { failureOf, useRead } from '../../api/use-read';
import { FormError } from '../../components/FormError';
import { faDigits } from '../../i18n/digits';
import { OrganizationPicker } from '../../components/OrganizationPicker';
import { keepTextSelectable } from '../../components/text-in-draggable-rows';
import { fa } from '../../i18n/fa';
import { sameText } from '../../i18n/match';

export function MembersEditor({ workingGroupId }: { workingGroupId: string }) {
  const api = useApi();
  const membersRead = useRead('members.list', { workingGroupId });
  const organizationsRead = useRead('organizations.list', {});
  const members = membersRead.state === 'ready' ? membersRead.value : [];
  const organizations = organizationsRead.state === 'ready' ? organizationsRead.value : [];
  const [typed, setTyped] = useState('');
  const [addError, setAddError] = useState<string | null>(null);
  const [dateErrors, setDateErrors] = useState<Record<string, string>>({});
  // Moving and removing a member: a refusal is said above the list (as is one to read it).
  const rows = useAction();
  const { run } = rows;

  async function add(name = typed) {
    if (name.trim() === '') return setAddError(fa.common.required);
    const known = organizations.find((o) => sameText(o.name, name));
    try {
      await api.members.add(
        known ? { workingGroupId, organizationId: known.id } : { workingGroupId, organizationName: name },
      );
      setTyped('');
      setAddError(null);
    } catch (e) {
      // The typed name stays in the box so nothing is lost.
      setAddError(Object.values(fieldErrors(e, {}))[0] ?? fa.common.error);
    }
  }

  const move = (id: string, position: number) => run(() => api.members.move({ id, position }));

  async function setDates(member: Member, field: 'since' | 'until', value: string) {
    const dates = { since: member.since, until: member.until, [field]: value.trim() === '' ? null : value };
    try {
      await api.members.update({ id: member.id, ...dates });
      setDateErrors(({ [`${member.id}.${field}`]: _gone, ...rest }) => rest);
    } catch (e) {
      setDateErrors((errs) => ({
        ...errs,
        [`${member.id}.${field}`]: Object.values(fieldErrors(e, {}))[0] ?? fa.common.error,
      }));
    }
  }

  const { dragAndDropHooks } = useDragAndDrop({
    getItems: (keys) => [...keys].map((key) => ({ 'text/plain': String(key) })),
    onReorder(e) {
      const id = String([...e.keys][0]);
      const target = members.findIndex((m) => m.id === e.target.key);
      const from = members.findIndex((m) => m.id === id);
      let to = e.target.dropPosition === 'after' ? target + 1 : target;
      if (from < to) to -= 1;
      void move(id, to);
    },
  });

  const candidates = organizations.filter((o) => !members.some((m) => m.organizationId === o.id));

  // The add box offers the organisations: it waits for them (typed before, nothing would be offered).
  if (membersRead.state === 'loading' || organizationsRead.state === 'loading') return <p>{fa.common.loading}</p>;
  return (
    <section className="members" aria-labelledby="members-heading" onPointerDownCapture={keepTextSelectable}>
      <h3 id="members-heading">
        {fa.workingGroups.members} ({faDigits(members.length)})
      </h3>
      <div className="member-add">
        <OrganizationPicker
          label={fa.workingGroups.addMember}
          options={candidates}
          typed={typed}
          onTyped={(value) => {
            setTyped(value);
            setAddError(null);
          }}
          onAdd={(name) => void add(name)}
          error={addError}
        />
        <Button className="primary" onPress={() => void add()}>
          {fa.common.add}
        </Button>
      </div>
      <FormError message={rows.error ?? failureOf(membersRead, organizationsRead)} />
      <GridList
        aria-label={fa.workingGroups.members}
        items={members}
        // Rows are cached per item; they also show the date errors and their own position.
        dependencies={[dateErrors, members]}
        dragAndDropHooks={dragAndDropHooks}
        // Tab walks through a row's date fields and buttons; arrow keys would be taken by the text inputs.
        keyboardNavigationBehavior="tab"
        className="member-list"
        renderEmptyState={() => fa.workingGroups.noMembers}
      >
        {(m) => {
          const index = members.indexOf(m);
          return (
            <GridListItem id={m.id} textValue={m.organizationName} className="member-row">
              <Button slot="drag" className="drag" aria-label={fa.common.dragToReorder}>
                ⋮⋮
              </Button>
              <span className="member-number">{faDigits(index + 1)}</span>
              <span className="member-name">{m.organizationName}</span>
              {(['since', 'until'] as const).map((field) => (
                <TextField
                  key={`${field}-${m[field] ?? ''}`}
                  className="field member-date"
                  aria-label={`${fa.workingGroups[field]} — ${m.organizationName}`}
                  defaultValue={m[field] === null ? '' : faDigits(m[field])}
                  isInvalid={dateErrors[`${m.id}.${field}`] !== undefined}
                  validationBehavior="aria"
                >
                  <Label className="member-date-label">{fa.workingGroups[field]}</Label>
                  <Input
                    placeholder={fa.calendar.datePlaceholder}
                    onBlur={(e) => void setDates(m, field, e.currentTarget.value)}
                  />
                  <FieldError className="field-error">{dateErrors[`${m.id}.${field}`]}</FieldError>
                </TextField>
              ))}
              <Button
                aria-label={`${fa.common.moveUp} — ${m.organizationName}`}
                isDisabled={index === 0}
                onPress={() => void move(m.id, index - 1)}
              >
                ▲
              </Button>
              <Button
                aria-label={`${fa.common.moveDown} — ${m.organizationName}`}
                isDisabled={index === members.length - 1}
                onPress={() => void move(m.id, index + 1)}
              >
                ▼
              </Button>
              <Button
                aria-label={`${fa.common.remove} — ${m.organizationName}`}
                onPress={() => void run(() => api.members.remove({ id: m.id }))}
              >
                {fa.common.remove}
              </Button>
            </GridListItem>
          );
        }}
      </GridList>
    </section>
  );
}
