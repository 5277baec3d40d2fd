// Dispatches a parsed command to its implementation.
import type { Corpus } from '../corpus/types';
import { analyseForCli } from './analysis';
import { UsageError, type Invocation } from './args';
import { parseEntityType } from './entityTypeOption';
import { LIBRARY_COMMANDS } from './corpusChoice';
import { validateLibraryCommand } from './library';
import { runCompare, runStories } from './commands/compare';
import { runEntities } from './commands/entities';
import { runList } from './commands/list';
import { runQuotes } from './commands/quotes';
import { runSearch } from './commands/search';
import { runShow } from './commands/show';
import type { Output } from './output';

type CommandInvocation = Extract<Invocation, { kind: 'command' }>;

/** Checks option values that the grammar alone cannot, before any work is done. */
export function validateOptions(inv: CommandInvocation): void {
  if (LIBRARY_COMMANDS.has(inv.command)) return validateLibraryCommand(inv);
  const { type, limit } = inv.options;
  if (typeof type === 'string') parseEntityType(type);
  if (typeof limit === 'string' && !/^[1-9]\d*$/.test(limit)) throw new UsageError(`--limit takes a positive whole number, not '${limit}'`);
}

export async function runCommand(inv: CommandInvocation, corpus: Corpus, io: Output): Promise<number> {
  const json = inv.options.json === true;
  const str = (name: string) => (typeof inv.options[name] === 'string' ? (inv.options[name] as string) : undefined);
  switch (inv.command) {
    case 'list':
      return runList(corpus, json, io);
    case 'show':
      return runShow(corpus, inv.positionals[0], json, io);
    case 'entities':
      return runEntities(corpus, await analyseForCli(corpus, io, 'entities'), str('type') === undefined ? undefined : parseEntityType(str('type')!), json, io);
    case 'quotes':
      return runQuotes(corpus, await analyseForCli(corpus, io), inv.positionals[0], str('speaker'), json, io);
    case 'search':
      return runSearch(corpus, inv.positionals[0], str('limit') === undefined ? undefined : Number(str('limit')), json, io);
    case 'compare':
      return runCompare(corpus, inv.positionals, json, io);
    case 'stories':
      return runStories(corpus, json, io);
    default:
      throw new Error(`command '${inv.command}' has no implementation`);
  }
}
