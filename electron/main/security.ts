// Locks down every web contents and session the app creates (lockdown.ts says how).
import { app } from 'electron';
import { lockDownContents, lockDownSession } from './lockdown';

/** Call before the first window is created; covers windows made later too. */
export function lockDownWebContents(appPage: string): void {
  app.on('web-contents-created', (_event, contents) => {
    lockDownContents(contents, appPage);
    lockDownSession(contents.session);
  });
}
