// Locks down every web contents and session the app creates: no navigation away from the app's
// page, no new windows, no webviews, no permissions, and a strict CSP on every response.
import { app, type Session, type WebContents } from 'electron';
import { isAppUrl } from './app-url';
import { withContentSecurityPolicy } from '../contract/csp';

/** Call before the first window is created; covers windows made later too. */
export function lockDownWebContents(appPage: string): void {
  app.on('web-contents-created', (_event, contents) => {
    lockDownContents(contents, appPage);
    lockDownSession(contents.session);
  });
}

function lockDownContents(contents: WebContents, appPage: string): void {
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

function lockDownSession(session: Session): void {
  if (lockedSessions.has(session)) return;
  lockedSessions.add(session);
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.webRequest.onHeadersReceived((details, callback) =>
    callback({ responseHeaders: withContentSecurityPolicy(details.responseHeaders) }),
  );
}
