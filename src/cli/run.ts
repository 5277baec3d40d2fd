// Dispatches a parsed command to its implementation.
import type { Corpus } from '../corpus/types';
import type { Invocation } from './args';
import { runList } from './commands/list';
import { runShow } from './commands/show';
import type { Output } from './output';

type CommandInvocation = Extract<Invocation, { kind: 'command' }>;

export async function runCommand(inv: CommandInvocation, corpus: Corpus, io: Output): Promise<number> {
  const json = inv.options.json === true;
  switch (inv.command) {
    case 'list':
      return runList(corpus, json, io);
    case 'show':
      return runShow(corpus, inv.positionals[0], json, io);
    default:
      throw new Error(`command '${inv.command}' has no implementation`);
  }
}
