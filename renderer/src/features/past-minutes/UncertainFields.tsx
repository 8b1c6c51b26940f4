// What the recognizer was not sure of, each by the Persian name of its field, why, and the source
// line it came from: choosing one shows that line.
import { Button } from 'react-aria-components';
import type { UncertainField } from '../../../../electron/contract';
import { faDigits } from '../../i18n/digits';
import { fa } from '../../i18n/fa';
import { fieldLabel } from './field-label';

const t = fa.pastMinutes;

export function UncertainFields({
  fields,
  chosen,
  onChoose,
}: {
  fields: readonly UncertainField[];
  chosen: number | null;
  onChoose: (line: number | null, path: string) => void;
}) {
  return (
    <section aria-labelledby="review-uncertain" className="review-uncertain">
      <h4 id="review-uncertain">
        {t.uncertain} ({faDigits(fields.length)})
      </h4>
      {fields.length === 0 ? (
        <p className="empty">{t.noUncertain}</p>
      ) : (
        <ul>
          {fields.map((f, i) => (
            <li key={`${f.path}-${i}`}>
              <Button
                className="uncertain-item"
                data-chosen={f.line !== null && f.line === chosen ? true : undefined}
                onPress={() => onChoose(f.line, f.path)}
              >
                <strong>{fieldLabel(f.path)}</strong>
                <span className="uncertain-reason">{f.reason}</span>
                <span className="uncertain-line">
                  {f.line === null ? t.notFoundInSource : t.lineOf(faDigits(f.line))}
                </span>
              </Button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
