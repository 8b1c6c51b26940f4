// Where the app keeps its data when no path is given: the same folder Electron's
// app.getPath('userData') gives for the app named Dabir, so the command line and the app agree.
import os from 'node:os';
import path from 'node:path';

export function userDataFolder(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
): string {
  const home = os.homedir();
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), 'Dabir');
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', 'Dabir');
  return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), 'Dabir');
}

export function defaultDataFile(): string {
  return path.join(userDataFolder(), 'dabir.sqlite');
}

/** Headquarters' data file (`--hq`): beside the province's, never the same file. */
export function defaultHqDataFile(): string {
  return path.join(userDataFolder(), 'dabir-hq.sqlite');
}
