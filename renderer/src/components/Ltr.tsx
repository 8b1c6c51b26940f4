// A Latin value inside a Persian sentence — a path, a file name, a hash, a fingerprint, a
// command — isolated left to right, so the value reads as a whole and the sentence stays right
// to left. Each run of Persian words inside it (a file name «بسته-مرکزی-1405-09-10.dabir») is
// isolated in turn: the digits and separators between them keep the value's order.
import { RTL_RUN } from '../../../electron/contract/persian-text';

type Kind = 'path' | 'hash' | 'fingerprint' | 'plain';

function parts(value: string) {
  const out: (string | { rtl: string })[] = [];
  let at = 0;
  for (const m of value.matchAll(RTL_RUN)) {
    if (m.index > at) out.push(value.slice(at, m.index));
    out.push({ rtl: m[0] });
    at = m.index + m[0].length;
  }
  if (at < value.length) out.push(value.slice(at));
  return out;
}

/** `kind` picks the look: a hash in a monospace face, a path breaking anywhere, a fingerprint large. */
export function Ltr({ value, kind = 'plain', className }: { value: string; kind?: Kind; className?: string }) {
  return (
    <bdi dir="ltr" className={['ltr', kind === 'plain' ? null : kind, className].filter(Boolean).join(' ')}>
      {parts(value).map((p, i) => (typeof p === 'string' ? p : <bdi key={i}>{p.rtl}</bdi>))}
    </bdi>
  );
}
