// What locking down one web contents and its session means: no navigation away from the app's
// page, no new windows, no webviews, every permission denied, the strict CSP on every response.
// Electron's types only, no Electron at run time: tested in Node with stand-ins.
import type { Session, WebContents } from 'electron';
import { withContentSecurityPolicy } from '../contract/csp';
import { isAppUrl } from './app-url';

export function lockDownContents(contents: WebContents, appPage: string): void {
  contents.on('will-navigate', (event) => {
    if (!isAppUrl(event.url, appPage)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isAppUrl(event.url, appPage)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

const lockedSessions = new WeakSet<Session>();

export function lockDownSession(session: Session): void {
  if (lockedSessions.has(session)) return;
  lockedSessions.add(session);
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.webRequest.onHeadersReceived((details, callback) =>
    callback({ responseHeaders: withContentSecurityPolicy(details.responseHeaders) }),
  );
}
