// One resolution of the editor: row, title and body autosaved, ▲ ▼ and remove (plain buttons: 60
// cards of react-aria buttons were a good part of opening a long session), deadline with its
// computed due date, responsible bodies. Memoised: another card's change (the rest of the session
// keeps its identity in the read cache), or the next rows of a long list appearing, leaves it as it is.
import { memo } from 'react';
import type { Deadline, Organization, Resolution } from '../../../../electron/contract';
import { useAction } from '../../api/use-action';
import { AutosaveField } from '../../components/AutosaveField';
import { FormError } from '../../components/FormError';
import type { DragHandlers } from '../../components/use-drag-rows';
import { faDigits } from '../../i18n/digits';
import { fa } from '../../i18n/fa';
import { DeadlinePicker } from './DeadlinePicker';
import { ResponsibleEditor } from './ResponsibleEditor';
import { useDoubtful } from '../past-minutes/doubtful';

/** What a card does, one stable object for every card (so it does not defeat the memo). */
export interface CardActions {
  update: (id: string, patch: { title?: string | null; body?: string }) => Promise<unknown>;
  /** Saves a deadline (null: none); resolves to the refusal message, or null. */
  setDeadline: (id: string, deadline: Deadline | null) => Promise<string | null>;
  setResponsible: (id: string, texts: string[]) => Promise<unknown>;
  move: (id: string, row: number) => Promise<unknown>;
  /** Removes it so that Ctrl+Z puts it back; `label` names it («مصوبه ۲»). */
  remove: (id: string, label: string) => Promise<unknown>;
}

interface Props {
  resolution: Resolution;
  isLast: boolean;
  organizations: Organization[];
  actions: CardActions;
  drag: DragHandlers;
  dragging: boolean;
  dropAt: 'before' | 'after' | undefined;
}

const orNull = (v: string) => (v.trim() === '' ? null : v);

function Card({ resolution: r, isLast, organizations, actions, drag, dragging, dropAt }: Props) {
  const of = `${fa.sessions.resolution} ${faDigits(r.row)}`;
  // A refused move, delete or change of responsible bodies is said in the card it was made in.
  const action = useAction();
  // Marked while an imported draft's review doubts a field of it (its path names its index).
  const doubtful = useDoubtful(`resolutions[${r.row - 1}]`);
  return (
    <article
      className="resolution"
      aria-label={of}
      {...doubtful}
      {...drag.targetProps(r.id)}
      data-dragging={dragging || undefined}
      data-drop={dropAt}
    >
      <div className="resolution-row">
        {/* Mouse only: the keyboard has ▲ ▼ in the same row. */}
        <span className="drag" aria-hidden="true" title={fa.common.dragToReorder} {...drag.handleProps(r.id)}>
          ⋮⋮
        </span>
        <span className="resolution-number">{faDigits(r.row)}</span>
        <AutosaveField
          draftKey={`${r.id}.title`}
          label={`${fa.sessions.resolutionTitle} — ${of}`}
          serverValue={r.title ?? ''}
          save={(v) => actions.update(r.id, { title: orNull(v) })}
        />
        <button
          type="button"
          aria-label={`${fa.common.moveUp} — ${of}`}
          disabled={r.row === 1}
          onClick={() => void action.run(() => actions.move(r.id, r.row - 1))}
        >
          ▲
        </button>
        <button
          type="button"
          aria-label={`${fa.common.moveDown} — ${of}`}
          disabled={isLast}
          onClick={() => void action.run(() => actions.move(r.id, r.row + 1))}
        >
          ▼
        </button>
        <button
          type="button"
          aria-label={`${fa.common.remove} — ${of}`}
          onClick={() => void action.run(() => actions.remove(r.id, of))}
        >
          {fa.common.remove}
        </button>
      </div>
      <FormError message={action.error} />
      <AutosaveField
        rows={4}
        draftKey={`${r.id}.body`}
        label={`${fa.common.resolutionBody} — ${of}`}
        serverValue={r.body}
        save={(v) => actions.update(r.id, { body: v })}
      />
      <div className="resolution-row">
        <DeadlinePicker
          label={`${fa.sessions.deadline} — ${of}`}
          deadline={r.deadline}
          onChange={(deadline) => actions.setDeadline(r.id, deadline)}
        />
        <p className="due-date">
          {fa.common.dueDate}: {r.dueDate ? faDigits(r.dueDate) : fa.common.noDueDate}
        </p>
      </div>
      <ResponsibleEditor
        label={`${fa.sessions.responsible} — ${of}`}
        addLabel={`${fa.sessions.addResponsible} — ${of}`}
        texts={r.responsible.map((x) => x.text)}
        organizations={organizations}
        onChange={(texts) => action.run(() => actions.setResponsible(r.id, texts))}
      />
    </article>
  );
}

export const ResolutionCard = memo(Card);
ResolutionCard.displayName = 'ResolutionCard';
