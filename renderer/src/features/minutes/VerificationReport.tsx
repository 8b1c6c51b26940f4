// What «بررسی اثر انگشت» found for a final session: sound, or what differs between the record as
// finalised and the session's rows in the data file now (changed behind Dabir's back), field by field.
import type { Verification } from '../../../../electron/contract';
import { faDigits } from '../../i18n/digits';
import { fa } from '../../i18n/fa';
import { Ltr } from '../../components/Ltr';

/** `session.resolutions[0].body` → «مصوبه ردیف ۱ › مفاد», in the secretary's words where known. */
function placeOf(path: string): string {
  const parts = path.split('.').filter((p) => p !== 'session');
  return parts
    .map((part) => {
      const m = /^([A-Za-z]+)(?:\[(\d+)\])?$/.exec(part);
      if (!m) return part;
      const name = fa.minutes.documentParts[m[1] as keyof typeof fa.minutes.documentParts] ?? m[1]!;
      return m[2] === undefined ? name : `${name} ${faDigits(Number(m[2]) + 1)}`;
    })
    .join(' › ');
}

export function VerificationReport({ verification }: { verification: Verification }) {
  if (verification.intact)
    return (
      <p role="status" className="ok">
        {fa.minutes.verifiedIntact}
      </p>
    );
  return (
    <div role="status" className="form-error verification-report">
      {verification.computedHash !== verification.contentHash && <p>{fa.minutes.verifiedBroken}</p>}
      {verification.liveMatches === false && (
        <>
          <p>{fa.minutes.verifiedRowsDiffer}</p>
          <table>
            <thead>
              <tr>
                <th scope="col">{fa.minutes.differencePlace}</th>
                <th scope="col">{fa.minutes.differenceStored}</th>
                <th scope="col">{fa.minutes.differenceLive}</th>
              </tr>
            </thead>
            <tbody>
              {verification.differences.map((d) => (
                <tr key={d.path}>
                  <th scope="row">
                    {placeOf(d.path)} <Ltr value={d.path} kind="hash" />
                  </th>
                  <td>{d.stored ?? fa.minutes.differenceAbsent}</td>
                  <td>{d.live ?? fa.minutes.differenceAbsent}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </div>
  );
}
