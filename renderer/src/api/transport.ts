// How the renderer reaches the handler table: Electron IPC through the preload's bridge, or
// HTTP to the browser host with the per-launch token from the URL fragment.
import type { Result } from '../../../electron/contract/define';
import { fa } from '../i18n/fa';

export type Transport = (op: string, input: unknown) => Promise<Result<unknown>>;

interface Bridge {
  invoke(op: string, input: unknown): Promise<Result<unknown>>;
}
declare global {
  interface Window {
    /** Set by the Electron preload (electron/preload/bridge.ts); absent in a plain browser. */
    dabir?: Bridge;
  }
}

const TOKEN_KEY = 'dabir.token';

/** Takes the token out of `#token=…` (kept for reloads in sessionStorage) and clears it from the address bar. */
export function hostToken(): string | null {
  const match = /(?:^|[#&])token=([^&]+)/.exec(window.location.hash);
  if (match?.[1]) {
    sessionStorage.setItem(TOKEN_KEY, match[1]);
    history.replaceState(null, '', window.location.pathname + window.location.search);
    return match[1];
  }
  return sessionStorage.getItem(TOKEN_KEY);
}

export function httpTransport(token: string | null): Transport {
  return async (op, input) => {
    try {
      const res = await fetch(`/api/${op}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token ?? ''}` },
        body: JSON.stringify(input ?? {}),
      });
      return (await res.json()) as Result<unknown>;
    } catch {
      return {
        ok: false,
        error: {
          code: 'storage',
          message: fa.common.hostUnreachable,
          path: null,
        },
      };
    }
  };
}

export function defaultTransport(): Transport {
  const bridge = window.dabir;
  return bridge ? (op, input) => bridge.invoke(op, input) : httpTransport(hostToken());
}
