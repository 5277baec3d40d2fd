// Dispatches a parsed command to its implementation.
import type { Corpus } from '../corpus/types';
import { UsageError, type Invocation } from './args';
import { parseEntityType } from './entityTypeOption';
import { LIBRARY_COMMANDS } from './corpusChoice';
import type { Output } from './output';

type CommandInvocation = Extract<Invocation, { kind: 'command' }>;

/** Checks option values that the grammar alone cannot, before any work is done. */
export async function validateOptions(inv: CommandInvocation): Promise<void> {
  // The library commands' code (HTML extraction, 1.2 MB) loads only for them.
  if (LIBRARY_COMMANDS.has(inv.command)) return (await import('./library')).validateLibraryCommand(inv);
  const { type, limit } = inv.options;
  if (typeof type === 'string') parseEntityType(type);
  if (typeof limit === 'string' && !/^[1-9]\d*$/.test(limit)) throw new UsageError(`--limit takes a positive whole number, not '${limit}'`);
}

// Each command's code is loaded when it is run: the analysis (with its tagger and speech models,
// 4.4 MB of the bundle) was compiled and evaluated by every command, text search and list too.
const analysis = () => import('./analysis');

export async function runCommand(inv: CommandInvocation, corpus: Corpus, io: Output): Promise<number> {
  const json = inv.options.json === true;
  const str = (name: string) => (typeof inv.options[name] === 'string' ? (inv.options[name] as string) : undefined);
  switch (inv.command) {
    case 'list':
      return (await import('./commands/list')).runList(corpus, json, io);
    case 'show':
      return (await import('./commands/show')).runShow(corpus, inv.positionals[0], json, io);
    case 'entities': {
      const analysed = await (await analysis()).analyseForCli(corpus, io, 'entities');
      return (await import('./commands/entities')).runEntities(corpus, analysed, str('type') === undefined ? undefined : parseEntityType(str('type')!), json, io);
    }
    case 'quotes': {
      const analysed = await (await analysis()).analyseForCli(corpus, io);
      return (await import('./commands/quotes')).runQuotes(corpus, analysed, inv.positionals[0], str('speaker'), json, io);
    }
    case 'search':
      return (await import('./commands/search')).runSearch(corpus, inv.positionals[0], str('limit') === undefined ? undefined : Number(str('limit')), json, io);
    case 'compare':
      return (await import('./commands/compare')).runCompare(corpus, inv.positionals, json, io);
    case 'stories':
      return (await import('./commands/compare')).runStories(corpus, json, io);
    default:
      throw new Error(`command '${inv.command}' has no implementation`);
  }
}
