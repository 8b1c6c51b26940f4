// The webPreferences of every window: the security baseline of style.md, spelled out so a
// test can pin it. Type-only Electron import, so this file runs without Electron.
import type { WebPreferences } from 'electron';

export function secureWebPreferences(preload: string): WebPreferences {
  return {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webviewTag: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    // A file dropped on the window would otherwise replace the app's page.
    navigateOnDragDrop: false,
    safeDialogs: true,
    spellcheck: false,
  };
}
