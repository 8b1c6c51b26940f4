// Creates the app's one window: sandboxed, showing only the built renderer page.
import { BrowserWindow, dialog } from 'electron';
import type { AppFiles } from './app-files';
import { secureWebPreferences } from './web-preferences';

export function createMainWindow(files: AppFiles): BrowserWindow {
  const window = new BrowserWindow({
    title: 'دبیر',
    width: 1280,
    height: 860,
    minWidth: 960,
    minHeight: 640,
    show: false,
    autoHideMenuBar: true,
    backgroundColor: '#ffffff',
    webPreferences: secureWebPreferences(files.preload),
  });
  // Shown once painted, so the secretary never sees a blank white frame.
  window.once('ready-to-show', () => window.show());
  window.loadFile(files.page).catch((error: unknown) => {
    const detail = error instanceof Error ? error.message : String(error);
    dialog.showErrorBox('دبیر', `صفحهٔ برنامه باز نشد: ${detail}`);
  });
  return window;
}
