// Every window gets the security baseline of style.md and the bundled preload.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { appFiles } from '../../electron/main/app-files';
import { secureWebPreferences } from '../../electron/main/web-preferences';

describe('secureWebPreferences', () => {
  it('isolates, sandboxes and disables Node and webviews', () => {
    const prefs = secureWebPreferences('/app/out/preload/index.cjs');
    expect(prefs).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      navigateOnDragDrop: false,
    });
  });
});

describe('appFiles', () => {
  it('finds the CommonJS preload and the renderer page next to out/main', () => {
    const out = path.resolve('/app/out');
    expect(appFiles(path.join(out, 'main'))).toEqual({
      preload: path.join(out, 'preload', 'index.cjs'),
      page: path.join(out, 'renderer', 'index.html'),
    });
  });
});
