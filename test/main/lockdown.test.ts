// The lock-down of every window, with stand-ins for Electron's web contents and session (the real
// binary cannot be installed here): navigation away refused, new windows and webviews refused,
// every permission denied, the CSP put on every response, whatever the page asks.
import { describe, expect, it } from 'vitest';
import type { Session, WebContents } from 'electron';
import { lockDownContents, lockDownSession } from '../../electron/main/lockdown';

const appPage = '/opt/Dabir/resources/app.asar/out/renderer/index.html';
const appUrl = `file://${appPage}`;

function fakeContents() {
  const handlers = new Map<string, (event: { url?: string; preventDefault(): void }) => void>();
  let openHandler: (() => { action: string }) | null = null;
  const contents = {
    on: (name: string, handler: (event: { url?: string; preventDefault(): void }) => void) =>
      handlers.set(name, handler),
    setWindowOpenHandler: (h: () => { action: string }) => (openHandler = h),
  };
  const fire = (name: string, url?: string) => {
    let prevented = false;
    handlers.get(name)?.({ url, preventDefault: () => (prevented = true) });
    return prevented;
  };
  return { contents: contents as unknown as WebContents, fire, open: () => openHandler?.() };
}

function fakeSession() {
  const s = {
    request: null as null | ((c: unknown, p: string, cb: (ok: boolean) => void) => void),
    check: null as null | (() => boolean),
    device: null as null | (() => boolean),
    headers: null as null | ((d: { responseHeaders?: Record<string, string[]> }, cb: (r: unknown) => void) => void),
  };
  const session = {
    setPermissionRequestHandler: (h: typeof s.request) => (s.request = h),
    setPermissionCheckHandler: (h: typeof s.check) => (s.check = h),
    setDevicePermissionHandler: (h: typeof s.device) => (s.device = h),
    webRequest: { onHeadersReceived: (h: typeof s.headers) => (s.headers = h) },
  };
  return { session: session as unknown as Session, s };
}

describe('every window is locked down', () => {
  it('stays on the app page: other pages, sites, files and schemes are refused, as are redirects', () => {
    const { contents, fire } = fakeContents();
    lockDownContents(contents, appPage);
    expect(fire('will-navigate', `${appUrl}?print=minutes`)).toBe(false);
    for (const url of [
      'https://example.com/',
      'http://127.0.0.1:8080/',
      'file:///etc/passwd',
      `file://${appPage}/../../../../etc/passwd`,
      'javascript:alert(1)',
      'data:text/html,<script>1</script>',
    ]) {
      expect(fire('will-navigate', url), url).toBe(true);
      expect(fire('will-redirect', url), url).toBe(true);
    }
  });

  it('opens no new window and attaches no webview', () => {
    const { contents, fire, open } = fakeContents();
    lockDownContents(contents, appPage);
    expect(open()).toEqual({ action: 'deny' });
    expect(fire('will-attach-webview')).toBe(true);
  });

  it('denies every permission and device, and puts the CSP on every response', () => {
    const { session, s } = fakeSession();
    lockDownSession(session);
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      let granted: boolean | null = null;
      s.request?.(null, permission, (ok) => (granted = ok));
      expect(granted, permission).toBe(false);
    }
    expect(s.check?.()).toBe(false);
    expect(s.device?.()).toBe(false);
    let answered: { responseHeaders: Record<string, string[]> } | null = null;
    s.headers?.(
      { responseHeaders: { 'Content-Security-Policy': ['default-src *'] } },
      (r) => (answered = r as typeof answered),
    );
    const policy = Object.entries(answered!.responseHeaders).find(
      ([k]) => k.toLowerCase() === 'content-security-policy',
    )![1];
    expect(policy.join(';')).toContain("default-src 'self'");
    expect(policy.join(';')).not.toContain('default-src *');
  });
});
