// Help texts, generated from the command table so usage and help cannot disagree.
import { QUERY_SYNTAX_HELP } from '../search/query';
import { COMMANDS, GLOBAL_OPTION_HELP } from './args';

const FORMATS = [
  'Input formats:',
  '  .txt, .md     one article per file; optional front matter between --- lines at the top',
  '                (title, source or outlet, date, url, author)',
  '  .jsonl        one article per line; .json: an array of articles. Fields: title,',
  '                body | text | content, source | outlet, date, url, author, id',
  '  Folders are read recursively; other file types in them are ignored.',
];

export function generalHelp(version: string): string {
  const width = Math.max(...COMMANDS.map((c) => `${c.name} ${c.args}`.length));
  return [
    `rknews ${version} — a terminal news reader for studying how a story is reported`,
    '',
    'Usage:',
    '  rknews [PATH...]            open the reader (default: the library when it has articles, else the bundled seeds)',
    '  rknews COMMAND [ARGS] [OPTIONS]',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${`${c.name} ${c.args}`.padEnd(width)}   ${c.summary}`),
    `  ${'help COMMAND'.padEnd(width)}   help for one command`,
    '',
    'Options:',
    ...GLOBAL_OPTION_HELP.map((l) => `  ${l}`),
    '',
    'Search syntax (rknews search, and / in the reader):',
    ...QUERY_SYNTAX_HELP.split('\n').map((l) => `  ${l}`),
    '',
    ...FORMATS,
    '',
    'Exit status: 0 success, 1 failure (for example nothing could be loaded), 2 bad usage.',
    '',
  ].join('\n');
}

export function commandHelp(name: string): string {
  const spec = COMMANDS.find((c) => c.name === name)!;
  const options = Object.keys(spec.options).map((o) => `--${o}`).join(' ');
  return [
    `rknews ${spec.name} ${spec.args}`.trimEnd() + ` — ${spec.summary}`,
    '',
    `Options: ${options}`,
    ...spec.details.map((d) => `  ${d}`),
    ...(spec.name === 'search' ? ['', 'Query syntax:', ...QUERY_SYNTAX_HELP.split('\n').map((l) => `  ${l}`)] : []),
    '',
  ].join('\n');
}
