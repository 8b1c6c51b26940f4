// Decides whether a URL is the app's own page: the one file the window loads. Used to allow
// navigation and to check the sender of every IPC call. No Electron import, so it is unit-tested.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * True when `url` is a `file:` URL of exactly `appPage` (an absolute path), ignoring the query
 * and the fragment the renderer's router may use. Anything else — http(s), data:, another
 * file, a UNC host — is not the app.
 */
export function isAppUrl(url: string, appPage: string, windows = process.platform === 'win32'): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'file:' || parsed.host !== '') return false;
  parsed.search = '';
  parsed.hash = '';
  let file: string;
  try {
    file = fileURLToPath(parsed, { windows });
  } catch {
    return false;
  }
  const paths = windows ? path.win32 : path.posix;
  const a = paths.normalize(file);
  const b = paths.normalize(appPage);
  // Windows paths are case-insensitive, and Chromium may spell the drive letter differently.
  return windows ? a.toLowerCase() === b.toLowerCase() : a === b;
}
