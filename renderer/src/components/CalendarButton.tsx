// A button that opens a Jalali month calendar (react-aria's Calendar in the Persian calendar, as
// the app's locale says) and hands the picked day back as «۱۴۰۵/۰۹/۰۲». Typing the date stays possible.
import { CalendarDate, PersianCalendar, toCalendar } from '@internationalized/date';
import { Button, Calendar, CalendarCell, CalendarGrid, Dialog, DialogTrigger, Popover } from 'react-aria-components';
import { toLatinDigits } from '../../../electron/contract/persian-text';
import { faDigits } from '../i18n/digits';
import { fa } from '../i18n/fa';

const persian = new PersianCalendar();

/** The typed text as a Persian-calendar date, when it is one; the calendar then opens on it. */
function parse(text: string): CalendarDate | null {
  const m = /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/.exec(toLatinDigits(text.trim()));
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new CalendarDate(persian, year, month, day);
  // The constructor clamps an impossible day (۱۴۰۰/۱۲/۳۰) instead of refusing it: treat it as no date.
  return date.month === month && date.day === day ? date : null;
}

/**
 * «آذر ۱۴۰۵», as a Persian reader says it (ICU's Persian pattern puts the year first). Visual only:
 * the calendar's own hidden heading names the month for assistive technology.
 */
function MonthTitle({ date }: { date: CalendarDate }) {
  const d = toCalendar(date, persian);
  return (
    <h3 className="calendar-title" aria-hidden="true">
      {fa.calendar.months[d.month - 1]} {faDigits(d.year)}
    </h3>
  );
}

const pad = (n: number) => String(n).padStart(2, '0');

interface Props {
  /** The field's label: the button and the calendar are named after it. */
  label: string;
  value: string;
  onPick: (text: string) => void;
}

export function CalendarButton({ label, value, onPick }: Props) {
  const current = parse(value);
  return (
    <DialogTrigger>
      <Button className="calendar-button" aria-label={`${fa.calendar.pickDate} — ${label}`}>
        <span aria-hidden="true">▦</span>
      </Button>
      <Popover className="popover calendar-popover" placement="bottom end">
        <Dialog aria-label={label}>
          {({ close }) => (
            <Calendar
              aria-label={label}
              value={current}
              // The keyboard starts on the chosen day (or today), ready for the arrows.
              autoFocus
              onChange={(picked) => {
                const d = toCalendar(picked, persian);
                onPick(faDigits(`${d.year}/${pad(d.month)}/${pad(d.day)}`));
                close();
              }}
            >
              {({ state }) => (
                <>
                  <header className="calendar-header">
                    <Button slot="previous" aria-label={fa.calendar.previousMonth}>
                      ›
                    </Button>
                    <MonthTitle date={state.visibleRange.start} />
                    <Button slot="next" aria-label={fa.calendar.nextMonth}>
                      ‹
                    </Button>
                  </header>
                  <CalendarGrid>{(date) => <CalendarCell date={date} />}</CalendarGrid>
                </>
              )}
            </Calendar>
          )}
        </Dialog>
      </Popover>
    </DialogTrigger>
  );
}
