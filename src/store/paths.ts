// Where rknews keeps files between runs. env-paths follows the XDG base directory
// spec on Linux (XDG_STATE_HOME, XDG_CACHE_HOME) and the platform's own places elsewhere.
import envPaths from 'env-paths';

export interface StorePaths {
  /** Reading state (read marks, last position): small, worth keeping, not configuration. */
  state: string;
  /** Rebuildable caches. */
  cache: string;
}

/** Resolved on each call so a changed environment (tests, XDG_* overrides) is honoured. */
export function storePaths(): StorePaths {
  // env-paths calls the state directory `log` (XDG_STATE_HOME on Linux).
  const paths = envPaths('rknews', { suffix: '' });
  return { state: paths.log, cache: paths.cache };
}
