/**
 * Where the default dataset lives: the user's data folder, the same one Electron's
 * app.getPath('userData') gives, so the window, the browser host and the command line share it.
 */
import { homedir } from 'node:os';
import { join } from 'node:path';

export const PRODUCT_NAME = 'AutoCredify Mapper';
export const DATASET_EXTENSION = '.acmap';

export function userDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  // Lets tests and portable installs point every host at another folder.
  if (env.AUTOCREDIFY_DATA_DIR) return env.AUTOCREDIFY_DATA_DIR;
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), PRODUCT_NAME);
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', PRODUCT_NAME);
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), PRODUCT_NAME);
}

export function defaultStorePath(env: NodeJS.ProcessEnv = process.env): string {
  return join(userDataDir(env), `mapping${DATASET_EXTENSION}`);
}
