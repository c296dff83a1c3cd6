import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

export const APP_DIR_NAME = 'Circlekeeper';
export const DATA_DIR_ENV = 'CIRCLEKEEPER_DATA_DIR';

/**
 * The platform's usual place for application data, the same folder Electron's
 * app.getPath('userData') gives for an app named Circlekeeper, so browser
 * mode and the desktop app share one data file.
 */
export function defaultDataDir(platform: NodeJS.Platform, env: NodeJS.ProcessEnv, home: string = homedir()): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), APP_DIR_NAME);
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', APP_DIR_NAME);
  return join(env.XDG_CONFIG_HOME ?? join(home, '.config'), APP_DIR_NAME);
}

/** --data-dir wins over the environment variable, which wins over the default. */
export function resolveDataDir(argv: readonly string[], env: NodeJS.ProcessEnv, platform: NodeJS.Platform): string {
  const flag = readFlag(argv, '--data-dir');
  if (flag) return resolve(flag);
  const fromEnv = env[DATA_DIR_ENV];
  if (fromEnv) return resolve(fromEnv);
  return defaultDataDir(platform, env);
}

/** Reads `--name value` or `--name=value`. */
export function readFlag(argv: readonly string[], name: string): string | undefined {
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === name) return argv[i + 1];
    if (arg?.startsWith(`${name}=`)) return arg.slice(name.length + 1);
  }
  return undefined;
}
