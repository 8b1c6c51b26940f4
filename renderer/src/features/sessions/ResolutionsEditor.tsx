// The resolutions (مصوبات): rows kept 1..n by the services, body and title autosaved, deadline
// with its computed due date, responsible bodies; a new one is composed, then added. A card moves
// by dragging its handle with the mouse, or with ▲ ▼ from the keyboard.
import { useState } from 'react';
import { Button, FieldError, Label, TextArea, TextField } from 'react-aria-components';
import type { Deadline, Organization, Resolution } from '../../../../electron/contract';
import { useApi } from '../../app/api-context';
import { ApiCallError } from '../../api/client';
import { faDigits } from '../../i18n/digits';
import { fa } from '../../i18n/fa';
import { AutosaveField } from '../../components/AutosaveField';
import { useDragRows } from '../../components/use-drag-rows';
import { DeadlinePicker } from './DeadlinePicker';
import { ResponsibleEditor } from './ResponsibleEditor';
import { useDraft } from './use-draft';

interface Props {
  sessionId: string;
  resolutions: Resolution[];
  organizations: Organization[];
  onChanged: () => Promise<unknown>;
}

const message = (e: unknown) => (e instanceof ApiCallError ? e.message : String(e));
const orNull = (v: string) => (v.trim() === '' ? null : v);

export function ResolutionsEditor({ sessionId, resolutions, organizations, onChanged }: Props) {
  const api = useApi();
  const [body, setBody, clearBody] = useDraft(`${sessionId}.resolution`);
  const [error, setError] = useState<string | null>(null);

  async function add() {
    try {
      await api.resolutions.add({ sessionId, body, deadline: { kind: 'continuous' } });
      clearBody();
      setError(null);
      await onChanged();
    } catch (e) {
      setError(message(e));
    }
  }

  const saveDeadline = (id: string) => async (deadline: Deadline) => {
    try {
      await api.resolutions.update({ id, deadline });
      await onChanged();
      return null;
    } catch (e) {
      return message(e);
    }
  };

  const drag = useDragRows(
    resolutions.map((r) => r.id),
    (id, index) => void api.resolutions.move({ id, row: index + 1 }).then(onChanged),
  );

  return (
    <section className="editor-section" aria-labelledby="resolutions-heading">
      <h4 id="resolutions-heading">
        {fa.resolutionsHeading} ({faDigits(resolutions.length)})
      </h4>
      {resolutions.map((r) => (
        <article
          key={r.id}
          className="resolution"
          aria-label={`${fa.resolution} ${faDigits(r.row)}`}
          {...drag.targetProps(r.id)}
        >
          <div className="resolution-row">
            {/* Mouse only: the keyboard has ▲ ▼ in the same row. */}
            <span className="drag" aria-hidden="true" title={fa.dragToReorder} {...drag.handleProps(r.id)}>
              ⋮⋮
            </span>
            <span className="resolution-number">{faDigits(r.row)}</span>
            <AutosaveField
              draftKey={`${r.id}.title`}
              label={`${fa.resolutionTitle} — ${fa.resolution} ${faDigits(r.row)}`}
              serverValue={r.title ?? ''}
              save={(v) => api.resolutions.update({ id: r.id, title: orNull(v) })}
            />
            <Button
              aria-label={`${fa.moveUp} — ${fa.resolution} ${faDigits(r.row)}`}
              isDisabled={r.row === 1}
              onPress={() => void api.resolutions.move({ id: r.id, row: r.row - 1 }).then(onChanged)}
            >
              ▲
            </Button>
            <Button
              aria-label={`${fa.moveDown} — ${fa.resolution} ${faDigits(r.row)}`}
              isDisabled={r.row === resolutions.length}
              onPress={() => void api.resolutions.move({ id: r.id, row: r.row + 1 }).then(onChanged)}
            >
              ▼
            </Button>
            <Button
              aria-label={`${fa.remove} — ${fa.resolution} ${faDigits(r.row)}`}
              onPress={() => void api.resolutions.remove({ id: r.id }).then(onChanged)}
            >
              {fa.remove}
            </Button>
          </div>
          <AutosaveField
            rows={4}
            draftKey={`${r.id}.body`}
            label={`${fa.resolutionBody} — ${fa.resolution} ${faDigits(r.row)}`}
            serverValue={r.body}
            save={(v) => api.resolutions.update({ id: r.id, body: v })}
          />
          <div className="resolution-row">
            <DeadlinePicker
              label={`${fa.deadline} — ${fa.resolution} ${faDigits(r.row)}`}
              deadline={r.deadline}
              onChange={saveDeadline(r.id)}
            />
            <p className="due-date">
              {fa.dueDate}: {r.dueDate ? faDigits(r.dueDate) : fa.noDueDate}
            </p>
          </div>
          <ResponsibleEditor
            label={`${fa.responsible} — ${fa.resolution} ${faDigits(r.row)}`}
            addLabel={`${fa.addResponsible} — ${fa.resolution} ${faDigits(r.row)}`}
            texts={r.responsible.map((x) => x.text)}
            organizations={organizations}
            onChange={(texts) =>
              api.resolutions.update({ id: r.id, responsible: texts.map((text) => ({ text })) }).then(onChanged)
            }
          />
        </article>
      ))}
      <TextField className="field" value={body} onChange={setBody} isInvalid={error !== null} validationBehavior="aria">
        <Label>{fa.newResolution}</Label>
        <TextArea rows={4} />
        <FieldError className="field-error">{error}</FieldError>
      </TextField>
      <Button className="primary" onPress={() => void add()}>
        {fa.addResolution}
      </Button>
    </section>
  );
}
