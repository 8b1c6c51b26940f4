// At headquarters: each resolution of a national session assigned to every province, to those
// chosen, or to none — in the draft and once final (assignments are not the signed record). The
// directive bundle («ابلاغ به استان‌ها») carries the final session's to the provinces.
import { useState } from 'react';
import type { ResolutionAssignment } from '../../../../electron/contract';
import { provinceNames } from '../../../../electron/contract/provinces';
import { useAction } from '../../api/use-action';
import { useApi } from '../../api/use-api';
import { problemOf, useRead } from '../../api/use-read';
import { FormError } from '../../components/FormError';
import { faDigits } from '../../i18n/digits';
import { fa } from '../../i18n/fa';
import { DeadlinePicker } from '../sessions/DeadlinePicker';
import { sessionParts, useSessionPart } from '../sessions/use-session';

type Choice = 'none' | 'all' | 'named';

const choiceOf = (a: ResolutionAssignment | undefined): Choice =>
  a === undefined || (Array.isArray(a.provinces) && a.provinces.length === 0)
    ? 'none'
    : a.provinces === 'all'
      ? 'all'
      : 'named';

function Assignment({
  resolutionId,
  row,
  current,
}: {
  resolutionId: string;
  row: number;
  current?: ResolutionAssignment;
}) {
  const api = useApi();
  const action = useAction();
  const choice = choiceOf(current);
  const [picking, setPicking] = useState(false);
  const named = current && Array.isArray(current.provinces) ? current.provinces : [];
  const of = `${fa.sessions.resolution} ${faDigits(row)}`;
  const assign = (provinces: ResolutionAssignment['provinces']) =>
    void action.run(() => api.national.assign({ resolutionId, provinces }));
  const toggle = (province: string, on: boolean) =>
    assign(
      on
        ? [...named, { province, deadline: null }]
        : named.filter((p) => p.province !== province).map((p) => ({ province: p.province, deadline: p.deadline })),
    );
  return (
    <fieldset className="assignment">
      <legend>{of}</legend>
      <div role="radiogroup" aria-label={`${fa.national.assignLabel} — ${of}`} className="filters">
        {(
          [
            ['none', fa.national.assignNone],
            ['all', fa.national.assignAll],
            ['named', fa.national.assignNamed],
          ] as const
        ).map(([id, label]) => (
          <label key={id} className="checkbox">
            <input
              type="radio"
              name={`assign-${resolutionId}`}
              checked={picking ? id === 'named' : choice === id}
              onChange={() => {
                // «استان‌های انتخابی» opens the list; a province checked there assigns it.
                setPicking(id === 'named');
                if (id !== 'named') assign(id === 'all' ? 'all' : []);
              }}
              disabled={action.pending}
            />
            {label}
          </label>
        ))}
      </div>
      {(choice === 'named' || picking) && (
        <div className="province-grid" role="group" aria-label={`${fa.national.assignNamed} — ${of}`}>
          {provinceNames.map((p) => (
            <label key={p} className="checkbox">
              <input
                type="checkbox"
                checked={named.some((n) => n.province === p)}
                disabled={action.pending}
                onChange={(e) => toggle(p, e.target.checked)}
              />
              {p}
            </label>
          ))}
        </div>
      )}
      {choice === 'named' && (
        <ul className="province-deadlines">
          {named.map((n) => (
            <li key={n.province}>
              <DeadlinePicker
                label={`${fa.national.ownDeadline} — ${n.province} — ${of}`}
                noneLabel={fa.national.resolutionsDeadline}
                deadline={n.deadline}
                // A refusal is said under the fieldset (its FormError), not in the picker.
                onChange={async (deadline) => {
                  await action.run(() =>
                    api.national.assign({
                      resolutionId,
                      provinces: named.map((p) => ({
                        province: p.province,
                        deadline: p.province === n.province ? deadline : p.deadline,
                      })),
                    }),
                  );
                  return null;
                }}
              />
            </li>
          ))}
        </ul>
      )}
      <FormError message={action.error} />
    </fieldset>
  );
}

export function SessionAssignments({ sessionId }: { sessionId: string }) {
  const resolutions = useSessionPart(sessionId, sessionParts.resolutions);
  const assignments = useRead('national.assignments', { sessionId });
  if (resolutions.state !== 'ready' || assignments.state !== 'ready')
    return <FormError message={problemOf(assignments)} />;
  const byId = new Map(assignments.value.map((a) => [a.resolutionId, a]));
  return (
    <section className="editor-section no-print" aria-labelledby="assignments-heading">
      <h4 id="assignments-heading">{fa.national.assignLabel}</h4>
      <p className="muted">{fa.national.assignIntro}</p>
      {resolutions.value.map((r) => (
        <Assignment key={r.id} resolutionId={r.id} row={r.row} current={byId.get(r.id)} />
      ))}
      {resolutions.value.length === 0 && <p className="empty">{fa.national.noResolutions}</p>}
    </section>
  );
}
