// «نامه‌ها»: a working group's follow-up letters («پیگیری مصوبات») to every organisation with
// overdue resolutions on the day chosen (today unless typed), and the letterhead they print on.
// A session's notification letters are in its editor (NotificationLetters.tsx).
import { useState } from 'react';
import type { WorkingGroup } from '../../../../electron/contract';
import { problemOf, useRead } from '../../api/use-read';
import { ChoiceFilter } from '../../components/Filters';
import { faDigits } from '../../i18n/digits';
import { faLetters as t } from '../../i18n/fa-letters';
import { fa } from '../../i18n/fa';
import { todayJalali } from '../../i18n/today';
import { LetterheadSettings } from '../letterhead/LetterheadSettings';
import { LetterRows } from './LetterRows';

export function LettersScreen({ groups }: { groups: WorkingGroup[] }) {
  const [groupId, setGroupId] = useState(groups[0]?.id ?? '');
  const [today, setToday] = useState(() => faDigits(todayJalali()));
  const asOf = today.trim() === '' ? undefined : today;
  const read = useRead('letters.overdue', groupId ? { workingGroupId: groupId, today: asOf } : null);
  const problem = problemOf(read);
  return (
    <section className="letters-screen" aria-labelledby="letters-heading">
      <div className="content-header">
        <h2 id="letters-heading">{t.lettersScreen}</h2>
      </div>
      <section className="editor-section" aria-labelledby="overdue-letters">
        <h3 id="overdue-letters">{t.overdueHeading}</h3>
        <p className="muted">{t.overdueHint}</p>
        <div className="filters">
          <ChoiceFilter label={t.workingGroup} value={groupId} onChange={setGroupId} choices={groups} />
          <label className="field">
            {t.asOf}
            <input value={today} onChange={(e) => setToday(e.target.value)} aria-invalid={problem ? true : undefined} />
          </label>
        </div>
        {problem && (
          <p role="alert" className="form-error">
            {problem}
          </p>
        )}
        {read.state === 'ready' ? (
          <LetterRows
            entries={read.value.entries}
            which={{ kind: 'follow_up', workingGroupId: groupId, today: read.value.today }}
            markOf={(key) => ({ kind: 'follow_up', workingGroupId: groupId, today: read.value.today, key })}
            none={t.noOverdue}
          />
        ) : (
          !problem && <p>{fa.common.loading}</p>
        )}
      </section>
      <LetterheadSettings />
    </section>
  );
}
