// The secretariats registered at headquarters: each with the fingerprint it was registered by,
// when, and how far its bundles have come.
import { useRead } from '../../api/use-read';
import { Ltr } from '../../components/Ltr';
import { faDigits } from '../../i18n/digits';
import { fa } from '../../i18n/fa';
import { jalaliMoment } from '../../i18n/moments';

export function Secretariats() {
  const read = useRead('headquarters.secretariats', {});
  const list = read.state === 'ready' ? read.value : null;

  return (
    <section aria-labelledby="secretariats-heading" className="headquarters">
      <h2 id="secretariats-heading">{fa.headquarters.hqSecretariats}</h2>
      {read.state === 'failed' && <p role="alert">{read.message}</p>}
      {list?.length === 0 && <p className="empty">{fa.headquarters.noImports}</p>}
      {list && list.length > 0 && (
        <table className="session-table">
          <thead>
            <tr>
              <th scope="col">{fa.common.province}</th>
              <th scope="col">{fa.common.secretariat}</th>
              <th scope="col">{fa.common.keyFingerprint}</th>
              <th scope="col">{fa.headquarters.registeredAt}</th>
              <th scope="col">{fa.headquarters.lastImport}</th>
              <th scope="col">{fa.headquarters.bundlesCount}</th>
              <th scope="col">{fa.common.changesRange}</th>
            </tr>
          </thead>
          <tbody>
            {list.map((s) => (
              <tr key={s.id}>
                <th scope="row">{s.province}</th>
                <td>{s.name}</td>
                <td>
                  <Ltr value={s.fingerprint} kind="fingerprint" />
                </td>
                <td>{jalaliMoment(s.registeredAt)}</td>
                <td>{jalaliMoment(s.lastImportedAt)}</td>
                <td className="numeric">{faDigits(s.bundles)}</td>
                <td className="numeric">{faDigits(s.lastToSeq)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
