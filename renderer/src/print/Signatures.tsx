// The signature block: room to sign above each signatory's name and title; kept on one page.
import type { MinutesDocument } from '../../../electron/contract';
import { shown } from './format';

export function Signatures({ signatories }: { signatories: MinutesDocument['session']['signatories'] }) {
  if (signatories.length === 0) return null;
  return (
    <section className="signatures">
      {signatories.map((x, i) => (
        <div className="signatory" key={i}>
          <div className="sign-space" aria-hidden="true" />
          <div className="signatory-name">{shown(x.name)}</div>
          {x.title && <div className="signatory-title">{shown(x.title)}</div>}
        </div>
      ))}
    </section>
  );
}
