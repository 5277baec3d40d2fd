// Composition root: parse the command line, load the corpus, hand over to the CLI or the TUI.
import { fileURLToPath } from 'node:url';
import { version } from '../package.json';
import { parseInvocation, UsageError, type Invocation } from './cli/args';
import { commandHelp, generalHelp } from './cli/help';
import { defaultCorpus, LIBRARY_COMMANDS } from './cli/corpusChoice';
import { endQuietlyOnClosedPipe } from './cli/closedPipe';
import { processOutput, reportProblems } from './cli/output';
import { loadCorpus } from './corpus';
import { libraryPaths } from './library/paths';
import { loadReader } from './ui/loadReader';
import { unexpectedErrorText } from './ui/terminal';

const SEEDS = fileURLToPath(new URL('../seeds', import.meta.url));

// The commands (analysis with its tagger model, search, the library's fetching and HTML extraction)
// load only when one is run: the reader's first frame does not wait for code it runs later, if ever.
const commands = () => import('./cli/run');

async function main(argv: string[]): Promise<number> {
  const io = processOutput();
  let inv: Invocation;
  try {
    inv = parseInvocation(argv);
    if (inv.kind === 'command') await (await commands()).validateOptions(inv);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    io.err(`rknews: ${err.message}\nTry 'rknews --help'.\n`);
    return 2;
  }
  if (inv.kind === 'version') {
    io.out(`${version}\n`);
    return 0;
  }
  if (inv.kind === 'help') {
    io.out(inv.command ? commandHelp(inv.command) : generalHelp(version));
    return 0;
  }
  if (inv.kind === 'command' && LIBRARY_COMMANDS.has(inv.command)) return (await import('./cli/library')).runLibraryCommand(inv, io);
  // No path: the library when it holds articles (or was named with --library), else the seeds.
  const fallback = defaultCorpus(inv.library, SEEDS);
  const paths = inv.corpus.length > 0 ? inv.corpus : fallback.paths;
  const loaded = loadCorpus(paths, { maxFileBytes: inv.maxSize });
  const corpus = inv.corpus.length === 0 ? { ...loaded, name: fallback.source } : loaded;
  if (inv.kind === 'command') reportProblems(io, corpus.problems);
  if (corpus.articles.length === 0) {
    if (inv.kind === 'tui') reportProblems(io, corpus.problems);
    io.err('rknews: no article could be loaded\n');
    return 1;
  }
  if (inv.kind === 'tui') {
    const { runTui } = await loadReader();
    // Without a path the reader shows the library (or the seeds until it has articles): R fetches into it.
    const library = inv.corpus.length === 0 ? libraryPaths(inv.library) : undefined;
    const load = () => ({ ...loadCorpus([library!.articles], { maxFileBytes: inv.maxSize }), name: 'library' });
    return runTui({ corpus, library: library && { paths: library, load } });
  }
  return (await commands()).runCommand(inv, corpus, io);
}

endQuietlyOnClosedPipe(process.stdout);
endQuietlyOnClosedPipe(process.stderr);
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`rknews: ${unexpectedErrorText(err)}\n`);
    process.exitCode = 1;
  },
);
