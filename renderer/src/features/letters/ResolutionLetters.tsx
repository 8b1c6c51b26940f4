// The letters that covered a resolution, in date order, for its follow-up log:
// «نامه ابلاغ شماره ۱۲۳ مورخ ۱۴۰۵/۰۹/۰۱ — اداره کل …».
import { useRead } from '../../api/use-read';
import { faDigits } from '../../i18n/digits';
import { faLetters as t } from '../../i18n/fa-letters';

export function ResolutionLetters({ resolutionId }: { resolutionId: string }) {
  const read = useRead('letters.ofResolution', { resolutionId });
  if (read.state !== 'ready' || read.value.length === 0) return null;
  return (
    <div className="resolution-letters">
      <h4>{t.lettersLog}</h4>
      <ul>
        {read.value.map((l) => (
          <li key={l.id}>{t.logLine(l.kind, l.number, faDigits(l.date), l.organization)}</li>
        ))}
      </ul>
    </div>
  );
}
