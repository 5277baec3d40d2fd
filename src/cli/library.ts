// The commands that bring news into the library (add, feeds, fetch).
import { FeedsFileError } from '../feeds/subscriptions';
import { libraryPaths } from '../library/paths';
import { DEFAULT_NET_OPTIONS } from '../net/fetcher';
import type { NetOptions } from '../net/types';
import { UsageError, type Invocation } from './args';
import { runAdd } from './commands/add';
import { FEEDS_SUBCOMMANDS, runFeeds } from './commands/feeds';
import { runFetch } from './commands/fetch';
import type { Output } from './output';
import { progressBar } from './progressBar';

type CommandInvocation = Extract<Invocation, { kind: 'command' }>;

/** Network options from --timeout, --retries and --max-size. Throws UsageError on a bad value. */
function netOptions(inv: CommandInvocation): NetOptions {
  const { timeout, retries } = inv.options;
  const opts = { ...DEFAULT_NET_OPTIONS };
  if (typeof timeout === 'string') {
    if (!/^\d+(?:\.\d+)?$/.test(timeout) || Number(timeout) <= 0) throw new UsageError(`--timeout takes a number of seconds, not '${timeout}'`);
    opts.timeoutMs = Math.round(Number(timeout) * 1000);
  }
  if (typeof retries === 'string') {
    if (!/^\d+$/.test(retries)) throw new UsageError(`--retries takes a whole number, not '${retries}'`);
    opts.retries = Number(retries);
  }
  if (inv.maxSize !== undefined) opts.maxBytes = inv.maxSize;
  return opts;
}

/** Checks what the grammar cannot, before anything is fetched or written. */
export function validateLibraryCommand(inv: CommandInvocation): void {
  if (inv.command === 'add' || inv.command === 'fetch') netOptions(inv);
  if (inv.command === 'feeds') {
    const [sub, ...rest] = inv.positionals;
    // An own property only: 'constructor' or 'toString' must not pass for a subcommand.
    const spec = Object.hasOwn(FEEDS_SUBCOMMANDS, sub) ? FEEDS_SUBCOMMANDS[sub] : undefined;
    if (!spec) throw new UsageError(`feeds takes add, list, remove, import or export, not '${sub}'`);
    if (rest.length < spec.min || rest.length > spec.max) throw new UsageError(`usage: rknews feeds ${sub} ${spec.args}`.trimEnd());
  }
}

export async function runLibraryCommand(inv: CommandInvocation, io: Output): Promise<number> {
  try {
    return await dispatch(inv, io);
  } catch (error) {
    // A damaged subscription list has been set aside; the message says where.
    if (!(error instanceof FeedsFileError)) throw error;
    io.err(`rknews: ${error.message}\n`);
    return 1;
  }
}

function dispatch(inv: CommandInvocation, io: Output): Promise<number> | number {
  const paths = libraryPaths(inv.library);
  const json = inv.options.json === true;
  // The bar writes cursor controls of its own, so it goes to stderr directly, not through io.err's escaping.
  const bar = progressBar((t) => process.stderr.write(t), process.stderr.isTTY === true);
  switch (inv.command) {
    case 'add':
      return runAdd(inv.positionals, paths, netOptions(inv), json, io, bar);
    case 'feeds':
      return runFeeds(inv.positionals, paths, json, io);
    case 'fetch':
      return runFetch(paths, netOptions(inv), json, io, bar);
    default:
      throw new Error(`command '${inv.command}' is no library command`);
  }
}
