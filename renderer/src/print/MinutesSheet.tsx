// The printed minutes (صورتجلسه), laid out like the real ones (shared/reference/seeds/003): title,
// header block, agenda, discussion by speaker, resolutions table, attendance, signatures. One view
// for the on-screen preview, the system print dialog, PDF (Electron or Chromium) alike. Typed text
// prints with Persian typography unless the group prints it as typed (format.ts textOf).
import type { PrintableMinutes } from '../../../electron/contract';
import { faDigits } from '../i18n/digits';
import { faPrint as t } from '../i18n/fa-print';
import { attendeeText, deadlineText, groupAttendance, personLine, textOf, timeRange, type Shown } from './format';
import { Signatures } from './Signatures';
import { SpeakerMark } from './SpeakerMark';

/** A body this long may not fit on what is left of a page: its row may break, the header repeated. */
export const MAY_BREAK_CHARACTERS = 1200;

/** The عنوان column widens with the longest title so a long one does not stand as a tower. */
export function titleWidth(titles: readonly (string | null)[]): 'narrow' | 'wide' | 'widest' {
  const longest = Math.max(0, ...titles.map((x) => x?.trim().length ?? 0));
  return longest > 90 ? 'widest' : longest > 30 ? 'wide' : 'narrow';
}

export function MinutesSheet({ minutes }: { minutes: PrintableMinutes }) {
  const s = minutes.document.session;
  const attendance = groupAttendance(s.attendance);
  const time = timeRange(s.startTime, s.endTime);
  const show = textOf(minutes);
  const chair = personLine(s.chair, show);
  const secretary = personLine(s.secretary, show);
  const location = show(s.location).trim();
  return (
    <article className="sheet" lang="fa" dir="rtl">
      <h1 className="sheet-title">{show(minutes.title)}</h1>
      {/* Only the fields that have a value: no «رئیس:» standing alone. */}
      <dl className="sheet-header">
        {chair !== '' && (
          <div>
            <dt>{t.chair}:</dt>
            <dd>{chair}</dd>
          </div>
        )}
        {secretary !== '' && (
          <div>
            <dt>{t.secretary}:</dt>
            <dd>{secretary}</dd>
          </div>
        )}
        <div>
          <dt>{t.date}:</dt>
          <dd>{faDigits(s.date)}</dd>
        </div>
        {time && (
          <div>
            <dt>{t.time}:</dt>
            <dd>{time}</dd>
          </div>
        )}
        {location !== '' && (
          <div className="wide">
            <dt>{t.location}:</dt>
            <dd>{location}</dd>
          </div>
        )}
      </dl>

      {s.agenda.length > 0 && (
        <section>
          <h2>{t.agenda}:</h2>
          <ul className="sheet-dash">
            {s.agenda.map((item, i) => (
              <li key={i}>{show(item)}</li>
            ))}
          </ul>
        </section>
      )}

      {s.discussion.length > 0 && (
        <section>
          <h2>{t.discussion}:</h2>
          {s.discussion.map((d, i) => (
            <div className="sheet-speaker" key={i}>
              {personLine(d.speaker, show) !== '' && (
                <h3>
                  <SpeakerMark /> {personLine(d.speaker, show)}:
                </h3>
              )}
              <ul className="sheet-dash">
                {d.points.map((p, j) => (
                  <li key={j}>{show(p)}</li>
                ))}
              </ul>
            </div>
          ))}
        </section>
      )}

      {s.notes && (
        <section>
          <h2>{t.notes}:</h2>
          <p className="sheet-text">{show(s.notes)}</p>
        </section>
      )}

      {s.resolutions.length > 0 && (
        <section>
          <h2>{t.resolutions}</h2>
          <table className="resolutions" data-titles={titleWidth(s.resolutions.map((r) => r.title))}>
            <colgroup>
              <col className="c-row" />
              <col className="c-title" />
              <col className="c-body" />
              <col className="c-deadline" />
              <col className="c-responsible" />
            </colgroup>
            <thead>
              <tr>
                <th>{t.row}</th>
                <th>{t.title}</th>
                <th>{t.body}</th>
                <th>{t.deadline}</th>
                <th>{t.responsible}</th>
              </tr>
            </thead>
            <tbody>
              {s.resolutions.map((r) => (
                <tr key={r.row} className={r.body.length > MAY_BREAK_CHARACTERS ? 'may-break' : undefined}>
                  <td className="sheet-num">{faDigits(r.row)}</td>
                  <td className="sheet-text">{show(r.title)}</td>
                  <td className="sheet-text">{show(r.body)}</td>
                  <td className="sheet-text">{deadlineText(r.deadline, show)}</td>
                  <td className="sheet-text">
                    {r.responsible.map((x, i) => (
                      <div key={i}>{r.responsible.length > 1 ? `- ${show(x)}` : show(x)}</div>
                    ))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}

      <section className="sheet-attendance">
        {attendance.present.length > 0 && <Attendees label={t.present} lines={attendance.present} show={show} />}
        {attendance.representatives.length > 0 && (
          <Attendees label={t.representatives} lines={attendance.representatives} show={show} />
        )}
        {attendance.absentCount > 0 && (
          <p>
            <strong>{t.absent(faDigits(attendance.absentCount))}:</strong>{' '}
            <Joined lines={attendance.absent} show={show} />
            {attendance.excused.length > 0 && (
              <>
                {attendance.absent.length > 0 && ' — '}
                <strong>{t.excused}:</strong> <Joined lines={attendance.excused} show={show} />
              </>
            )}
          </p>
        )}
        {attendance.guests.length > 0 && <Attendees label={t.guests} lines={attendance.guests} show={show} />}
      </section>

      <Signatures signatories={s.signatories} show={show} />
    </article>
  );
}

type Lines = PrintableMinutes['document']['session']['attendance'];

function Attendees({ label, lines, show }: { label: string; lines: Lines; show: Shown }) {
  return (
    <p>
      <strong>{label}:</strong> <Joined lines={lines} show={show} />
    </p>
  );
}

/** Entries run on like the real minutes, « - » between them; each isolated so its text stays its own. */
function Joined({ lines, show }: { lines: Lines; show: Shown }) {
  return (
    <>
      {lines.map((l, i) => (
        <span key={i} className="attendee">
          {i > 0 && ' - '}
          <bdi>{attendeeText(l, show)}</bdi>
        </span>
      ))}
    </>
  );
}
