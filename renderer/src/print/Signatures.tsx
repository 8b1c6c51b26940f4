// The signature block: room to sign above each signatory's name and title; kept on one page.
import type { MinutesDocument } from '../../../electron/contract';
import type { Shown } from './format';

export function Signatures({
  signatories,
  show,
}: {
  signatories: MinutesDocument['session']['signatories'];
  show: Shown;
}) {
  if (signatories.length === 0) return null;
  return (
    <section className="signatures">
      {signatories.map((x, i) => (
        <div className="signatory" key={i}>
          <div className="sign-space" aria-hidden="true" />
          <div className="signatory-name">{show(x.name)}</div>
          {x.title && <div className="signatory-title">{show(x.title)}</div>}
        </div>
      ))}
    </section>
  );
}
