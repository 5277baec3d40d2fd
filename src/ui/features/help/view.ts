// The help overlay: every key of every context, generated from the keymap.
import type { LoadProblem } from '../../../corpus/types';
import { QUERY_SYNTAX_HELP } from '../../../search/query';
import { CONTEXT_TITLES, GLOBAL_KEYS, KEYMAP, SCROLL_KEYS } from '../../keymap';
import type { Binding } from '../../keymap';
import type { Line } from '../../shared/lines';
import { seg } from '../../shared/lines';
import type { Context } from '../../state';
import { theme } from '../../shared/theme';
import { displayWidth } from '../../shared/text/wrap';

/** Every context, in the order of CONTEXT_TITLES, so a new one cannot be left out. */
const ORDER = Object.keys(CONTEXT_TITLES) as Context[];
const KEY_COLUMN = 18;

function section(title: string, bindings: readonly Binding[]): Line[] {
  return [
    [seg(`  ${title}`, theme.helpTitle)],
    ...bindings.map((b) => [
      seg('    '),
      seg(b.label, theme.helpKey),
      seg(' '.repeat(Math.max(1, KEY_COLUMN - displayWidth(b.label)))),
      seg(b.does),
    ]),
    [],
  ];
}

const documents = new WeakMap<readonly LoadProblem[], Line[]>();

/** All lines of the help text, before scrolling; built once per corpus. */
export function helpDocument(problems: readonly LoadProblem[]): Line[] {
  let doc = documents.get(problems);
  if (!doc) documents.set(problems, (doc = buildHelp(problems)));
  return doc;
}

function buildHelp(problems: readonly LoadProblem[]): Line[] {
  const skipped = problems.length;
  // The note on skipped files comes first: the key list is longer than a screen.
  return [
    [seg('  Keys', theme.helpTitle)],
    [
      seg('  '),
      seg(
        skipped === 0
          ? 'Nothing was skipped while loading.'
          : `${skipped} ${skipped === 1 ? 'file or record' : 'files or records'} skipped or loaded with a warning: press p to list them.`,
      ),
    ],
    [],
    ...section('Everywhere', [...SCROLL_KEYS, ...GLOBAL_KEYS]),
    ...ORDER.flatMap((c) => section(CONTEXT_TITLES[c], KEYMAP[c].filter((b) => !SCROLL_KEYS.includes(b)))),
    [seg('  Search queries (/)', theme.helpTitle)],
    ...QUERY_SYNTAX_HELP.split('\n').map((l) => [seg(`    ${l}`)]),
  ];
}
