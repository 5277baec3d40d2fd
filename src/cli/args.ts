// Command-line grammar: which commands exist, which options each takes, and parsing into one shape.
import { existsSync } from 'node:fs';
import { parseArgs, type ParseArgsConfig } from 'node:util';

export class UsageError extends Error {}

type OptionSpec = NonNullable<ParseArgsConfig['options']>[string];

const COMMON: Record<string, OptionSpec> = {
  corpus: { type: 'string', short: 'c', multiple: true },
  library: { type: 'string' },
  'max-size': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
};
const JSON_OPT: Record<string, OptionSpec> = { json: { type: 'boolean' } };
/** Commands that fetch into the library: they take no corpus. */
const LIBRARY_OPTS: Record<string, OptionSpec> = { library: { type: 'string' }, help: { type: 'boolean', short: 'h' } };
const NET_OPTS: Record<string, OptionSpec> = { 'max-size': { type: 'string' }, timeout: { type: 'string' }, retries: { type: 'string' } };
const NET_HELP = [
  '--timeout SECONDS   give up on a page or feed after this long (default 30)',
  '--retries N         tries again after a temporary failure (default 2)',
  '--max-size SIZE     refuse a page or feed larger than SIZE (default 10M)',
];

export interface CommandSpec {
  name: string;
  /** Positional arguments, as shown in usage lines. */
  args: string;
  /** How many positionals it takes, at least and at most. */
  arity: [number, number];
  summary: string;
  options: Record<string, OptionSpec>;
  /** Extra help lines for `rknews help COMMAND`. */
  details: string[];
  /** The positionals are the words of one query (`search arms deal` is `search "arms deal"`): joined, they count as one. */
  query?: boolean;
}

export const COMMANDS: CommandSpec[] = [
  {
    name: 'list', args: '', arity: [0, 0], summary: 'list the articles (id, date, outlet, headline)',
    options: { ...COMMON, ...JSON_OPT },
    details: ['JSON: [{id, path, headline, outlet, date, words, provenance: {headline, outlet, date}}]', 'outlet and date are null when unknown; date is ISO 8601.'],
  },
  {
    name: 'show', args: 'ID', arity: [1, 1], summary: 'print one article (ID or a unique prefix of it)',
    options: { ...COMMON, ...JSON_OPT },
    details: ['JSON: {id, path, headline, outlet, date, text, caption, paragraphs, sentences, faq}', 'Every {start, end} is a character offset into text.'],
  },
  {
    name: 'entities', args: '', arity: [0, 0], summary: 'people, organisations and places, aliases merged',
    options: { ...COMMON, ...JSON_OPT, type: { type: 'string' } },
    details: ['--type person|organization|place   only that type (also people, org, organisation, location, plurals)', 'JSON: [{id, name, type, aliases, articles: [id], mentions: [{article, start, end, text}]}]'],
  },
  {
    name: 'quotes', args: '[QUERY]', arity: [0, 1], summary: 'quotations and who said them', query: true,
    options: { ...COMMON, ...JSON_OPT, speaker: { type: 'string' } },
    details: [
      'QUERY: words that must all occur in the quotation or speaker name (quoting them is optional)',
      '--speaker NAME   only quotations by NAME (any alias: "putin" finds Vladimir Putin)',
      'JSON: [{id, article, text, speaker, speakerEntity, start, end}]; speaker is null when unknown',
    ],
  },
  {
    name: 'search', args: 'QUERY', arity: [1, 1], summary: 'articles matching a query, best first, with their matching passages', query: true,
    options: { ...COMMON, ...JSON_OPT, limit: { type: 'string' } },
    details: [
      'QUERY: one or more words (rknews search arms deal is rknews search "arms deal"); quote a phrase inside it as \'"a phrase"\'',
      '--limit N   the first N articles (default: all), after a line "showing N of M: ..."',
      'Every article holding all the words of the query matches (typos forgiven), best first; ranked among',
      'them, the articles lacking only one of the words (of a query of two or more), said as such.',
      'In:quotes, in:entities and by: run the quote and entity analysis first; other queries never wait for it.',
      'JSON: {total, near, results: [{article, score, headline, complete, snippets: [{kind, text, start, end,',
      '  highlights: [{start, end}], speaker?, entity?}]}]}: total articles hold every word, near ones',
      '  (complete: false) lack one; in rank order (score never rises down the list); kind is text, headline, quote, faq or entity;',
      '  start/end and highlights are offsets into the article text (-1 for a headline the text does not hold).',
    ],
  },
  {
    name: 'compare', args: 'A B', arity: [2, 2], summary: 'what two articles both report, differently, or only one does',
    options: { ...COMMON, ...JSON_OPT },
    details: [
      'JSON: {a, b, similarity, shared: [{a, b, score, sameness}], overlap: [{a, b, score, sameness, differ: {a: [span], b: [span]}}],',
      '  onlyA: [span], onlyB: [span]}; each sentence and span is {start, end, text}. shared: the same fact in both;',
      '  overlap: a shared core one side changes (differ: the words that differ); sameness: the probability of the same fact.',
      'Only the two articles are analysed; the corpus vocabulary is cached (keyed by the articles) in the cache folder.',
    ],
  },
  {
    name: 'stories', args: '', arity: [0, 0], summary: 'groups of articles about the same event',
    options: { ...COMMON, ...JSON_OPT },
    details: [
      'One event: similar words, dates within a week, and the same principal actors (people and organisations of',
      '  the lead; in a large corpus also the rare words of the headline), so two companies\' stock splits are two stories.',
      'JSON: [{id, title, articles: [id], members: [{id, headline, outlet, date, duplicates: [{id, kind, similarity}]}]}];',
      '  articles lists every article, members the distinct ones with their copies (kind identical or near) folded in.',
    ],
  },
  {
    name: 'add', args: 'URL...', arity: [1, Infinity], summary: 'fetch web articles into the library',
    options: { ...LIBRARY_OPTS, ...NET_OPTS, ...JSON_OPT },
    details: [...NET_HELP, 'JSON: [{url, status, id, path, error}]; status is added, updated, unchanged, duplicate or failed'],
  },
  {
    name: 'feeds', args: 'ACTION ...', arity: [1, Infinity], summary: 'feed subscriptions: add URL..., list, remove URL|N, import FILE, export',
    options: { ...LIBRARY_OPTS, ...JSON_OPT },
    details: [
      'add URL...     subscribe (RSS 2.0, RSS 1.0/RDF, Atom or JSON Feed); nothing is fetched until `rknews fetch`',
      'list           the subscriptions, with when each was last fetched (JSON: [{url, title, fetchedAt, error}])',
      'remove URL|N   unsubscribe (N: the number `feeds list` shows); the saved articles stay',
      'import FILE    subscriptions from an OPML file, or a newsboat urls file',
      'export         the subscriptions as OPML on stdout',
    ],
  },
  {
    name: 'fetch', args: '', arity: [0, 0], summary: 'update all feeds into the library',
    options: { ...LIBRARY_OPTS, ...NET_OPTS, ...JSON_OPT },
    details: [...NET_HELP, 'JSON: {feeds: [{url, title, status, added, updated, error, problems: [{url, reason}]}], added, updated, failed}'],
  },
];

export const GLOBAL_OPTION_HELP = [
  '-c, --corpus PATH   a folder (read recursively) or file to load; repeatable (default: the library, else the bundled seeds)',
  '    --library PATH  the library folder (default: the XDG data folder, ~/.local/share/rknews)',
  '    --max-size SIZE skip files larger than SIZE (bytes, or with k/M/G; default 10M)',
  '    --json          one JSON document on stdout (diagnostics go to stderr)',
  '-h, --help          help; `rknews help COMMAND` for one command',
  '-V, --version       print the version',
];

export type Invocation =
  | { kind: 'version' }
  | { kind: 'help'; command?: string }
  | { kind: 'tui'; corpus: string[]; maxSize?: number; library?: string }
  | { kind: 'command'; command: string; positionals: string[]; corpus: string[]; maxSize?: number; library?: string; options: Record<string, string | boolean | undefined> };

/** Parses argv (without node and script) into what to run. Throws UsageError on bad usage. */
export function parseInvocation(argv: string[], pathExists: (p: string) => boolean = existsSync): Invocation {
  const first = argv.find((a) => !a.startsWith('-'));
  if (first === 'help') return helpInvocation(argv.filter((a) => a !== 'help'));
  const spec = COMMANDS.find((c) => c.name === first);
  if (!spec) {
    // `rknews PATH` opens the reader; a bare word that is no path is a mistyped command.
    if (first !== undefined && !pathExists(first) && /^[a-z][a-z-]*$/i.test(first)) {
      throw new UsageError(`unknown command '${first}' (and no file or folder of that name)`);
    }
    return tuiInvocation(argv);
  }

  const { values, positionals } = strictParse(argv, spec.options, spec.name);
  if (values.help) return { kind: 'help', command: spec.name };
  const words = positionals.slice(1);
  const args = spec.query && words.length > 0 ? [words.join(' ')] : words;
  const [min, max] = spec.arity;
  if (args.length < min || args.length > max) {
    throw new UsageError(`${spec.name} takes ${describeArity(spec)}: rknews ${spec.name} ${spec.args}`.trimEnd());
  }
  const { corpus, 'max-size': maxSize, library, help: _help, ...options } = values;
  return {
    kind: 'command',
    command: spec.name,
    positionals: args,
    corpus: (corpus as string[] | undefined) ?? [],
    maxSize: parseSize(maxSize as string | undefined),
    library: library as string | undefined,
    options: options as Record<string, string | boolean | undefined>,
  };
}

function tuiInvocation(argv: string[]): Invocation {
  const { values, positionals } = strictParse(argv, { ...COMMON, version: { type: 'boolean', short: 'V' } }, 'rknews');
  if (values.version) return { kind: 'version' };
  if (values.help) return { kind: 'help' };
  const corpus = [...((values.corpus as string[] | undefined) ?? []), ...positionals];
  return { kind: 'tui', corpus, maxSize: parseSize(values['max-size'] as string | undefined), library: values.library as string | undefined };
}

function helpInvocation(rest: string[]): Invocation {
  const named = rest.find((a) => !a.startsWith('-'));
  if (named && !COMMANDS.some((c) => c.name === named)) throw new UsageError(`unknown command '${named}'`);
  return { kind: 'help', command: named };
}

/**
 * parseArgs without its strict mode, whose errors are Node's own wording ("To specify a positional argument
 * starting with a '-', place it …"): each option token is checked here instead, so every refusal names the
 * command and what it takes.
 */
function strictParse(argv: string[], options: Record<string, OptionSpec>, command: string) {
  const parsed = parseArgs({ args: argv, options, allowPositionals: true, strict: false, tokens: true });
  for (const token of parsed.tokens) {
    if (token.kind !== 'option') continue;
    const spec = Object.hasOwn(options, token.name) ? options[token.name] : undefined;
    if (!spec) throw new UsageError(`${command} has no option ${token.rawName}; it takes ${optionList(options)}`);
    if (spec.type === 'boolean' && token.value !== undefined) throw new UsageError(`${token.rawName} takes no value`);
    if (spec.type === 'string' && (token.value === undefined || (!token.inlineValue && token.value.startsWith('-')))) {
      throw new UsageError(`${token.rawName} needs a value (one starting with '-' is written ${token.rawName.startsWith('--') ? token.rawName : `--${token.name}`}=VALUE)`);
    }
  }
  return parsed;
}

function optionList(options: Record<string, OptionSpec>): string {
  return Object.entries(options).map(([name, o]) => (o.short ? `-${o.short}/--${name}` : `--${name}`)).join(', ');
}

function describeArity(spec: CommandSpec): string {
  const [min, max] = spec.arity;
  if (max === 0) return 'no arguments';
  if (max === Infinity) return `at least ${min} argument${min > 1 ? 's' : ''}`;
  if (min === max) return `${min} argument${min > 1 ? 's' : ''}`;
  return `${min} to ${max} arguments`;
}

const SIZE_UNITS: Record<string, number> = { '': 1, b: 1, k: 1024, kb: 1024, m: 1024 ** 2, mb: 1024 ** 2, g: 1024 ** 3, gb: 1024 ** 3 };

/** "10M" → 10485760. Undefined stays undefined (the loader's default applies). */
export function parseSize(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const match = /^(\d+(?:\.\d+)?)\s*([a-z]*)$/i.exec(text.trim());
  const unit = match ? SIZE_UNITS[match[2].toLowerCase()] : undefined;
  if (!match || unit === undefined) throw new UsageError(`--max-size takes a size such as 500k or 10M, not '${text}'`);
  return Math.round(Number(match[1]) * unit);
}
