import { DATA_DIR_ENV, readFlag, resolveDataDir } from '../backend/data-dir';

export interface DataLocation {
  dir: string;
  /** True when --data-dir or CIRCLEKEEPER_DATA_DIR chose it. */
  explicit: boolean;
}

/**
 * The same rules as browser mode (--data-dir, then the environment variable),
 * but Electron's own userData folder as the default: it is the platform
 * folder resolveDataDir would pick, and Electron knows it best.
 */
export function electronDataLocation(
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
  platform: NodeJS.Platform,
  userData: () => string,
): DataLocation {
  const explicit = Boolean(readFlag(argv, '--data-dir') || env[DATA_DIR_ENV]);
  return explicit ? { dir: resolveDataDir(argv, env, platform), explicit } : { dir: userData(), explicit };
}
