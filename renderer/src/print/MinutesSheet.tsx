// The printed minutes (صورتجلسه), laid out like the real ones (shared/reference/seeds/003): title,
// header block, agenda, discussion by speaker, resolutions table, attendance, signatures. One view
// for the on-screen preview, the system print dialog, PDF (Electron or Chromium) alike.
import type { PrintableMinutes } from '../../../electron/contract';
import { faDigits } from '../i18n/digits';
import { faPrint as t } from '../i18n/fa-print';
import { attendeeText, deadlineText, groupAttendance, personLine, shown, timeRange } from './format';
import { Signatures } from './Signatures';

export function MinutesSheet({ minutes }: { minutes: PrintableMinutes }) {
  const s = minutes.document.session;
  const attendance = groupAttendance(s.attendance);
  const time = timeRange(s.startTime, s.endTime);
  return (
    <article className="sheet" lang="fa" dir="rtl">
      <h1 className="sheet-title">{faDigits(shown(minutes.title))}</h1>
      <dl className="sheet-header">
        <div>
          <dt>{t.chair}:</dt>
          <dd>{personLine(s.chair)}</dd>
        </div>
        <div>
          <dt>{t.secretary}:</dt>
          <dd>{personLine(s.secretary)}</dd>
        </div>
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
        {s.location && (
          <div className="wide">
            <dt>{t.location}:</dt>
            <dd>{shown(s.location)}</dd>
          </div>
        )}
      </dl>

      {s.agenda.length > 0 && (
        <section>
          <h2>{t.agenda}:</h2>
          <ul className="sheet-dash">
            {s.agenda.map((item, i) => (
              <li key={i}>{shown(item)}</li>
            ))}
          </ul>
        </section>
      )}

      {s.discussion.length > 0 && (
        <section>
          <h2>{t.discussion}:</h2>
          {s.discussion.map((d, i) => (
            <div className="sheet-speaker" key={i}>
              {personLine(d.speaker) !== '' && <h3>✳ {personLine(d.speaker)}:</h3>}
              <ul className="sheet-dash">
                {d.points.map((p, j) => (
                  <li key={j}>{shown(p)}</li>
                ))}
              </ul>
            </div>
          ))}
        </section>
      )}

      {s.notes && (
        <section>
          <h2>{t.notes}:</h2>
          <p className="sheet-text">{shown(s.notes)}</p>
        </section>
      )}

      {s.resolutions.length > 0 && (
        <section>
          <h2>{t.resolutions}</h2>
          <table className="resolutions">
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
                <tr key={r.row}>
                  <td className="sheet-num">{faDigits(r.row)}</td>
                  <td className="sheet-text">{shown(r.title)}</td>
                  <td className="sheet-text">{shown(r.body)}</td>
                  <td className="sheet-text">{deadlineText(r.deadline)}</td>
                  <td className="sheet-text">
                    {r.responsible.map((x, i) => (
                      <div key={i}>{r.responsible.length > 1 ? `- ${shown(x)}` : shown(x)}</div>
                    ))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}

      <section className="sheet-attendance">
        {attendance.present.length > 0 && <Attendees label={t.present} lines={attendance.present} />}
        {attendance.representatives.length > 0 && (
          <Attendees label={t.representatives} lines={attendance.representatives} />
        )}
        {attendance.absentCount > 0 && (
          <p>
            <strong>{t.absent(faDigits(attendance.absentCount))}:</strong> <Joined lines={attendance.absent} />
            {attendance.excused.length > 0 && (
              <>
                {attendance.absent.length > 0 && ' — '}
                <strong>{t.excused}:</strong> <Joined lines={attendance.excused} />
              </>
            )}
          </p>
        )}
        {attendance.guests.length > 0 && <Attendees label={t.guests} lines={attendance.guests} />}
      </section>

      <Signatures signatories={s.signatories} />
    </article>
  );
}

type Lines = PrintableMinutes['document']['session']['attendance'];

function Attendees({ label, lines }: { label: string; lines: Lines }) {
  return (
    <p>
      <strong>{label}:</strong> <Joined lines={lines} />
    </p>
  );
}

/** Entries run on like the real minutes, « - » between them; each isolated so its text stays its own. */
function Joined({ lines }: { lines: Lines }) {
  return (
    <>
      {lines.map((l, i) => (
        <span key={i} className="attendee">
          {i > 0 && ' - '}
          <bdi>{attendeeText(l)}</bdi>
        </span>
      ))}
    </>
  );
}
