// The help overlay: every key of every context, generated from the keymap.
import type { LoadProblem } from '../../../corpus/types';
import { QUERY_SYNTAX_HELP } from '../../../search/query';
import type { Binding, KeyGuide } from '../../shared/binding';
import type { Line } from '../../shared/lines';
import { seg } from '../../shared/lines';
import { theme } from '../../shared/theme';
import { displayWidth } from '../../shared/text/wrap';

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

/** All lines of the help text, before scrolling; built once per corpus (the keys do not change). */
export function helpDocument(problems: readonly LoadProblem[], keys: KeyGuide): Line[] {
  let doc = documents.get(problems);
  if (!doc) documents.set(problems, (doc = buildHelp(problems, keys)));
  return doc;
}

function buildHelp(problems: readonly LoadProblem[], keys: KeyGuide): Line[] {
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
    ...section('Everywhere', keys.everywhere),
    ...keys.contexts.flatMap((c) => section(c.title, c.bindings.filter((b) => !keys.everywhere.includes(b)))),
    [seg('  Search queries (/)', theme.helpTitle)],
    ...QUERY_SYNTAX_HELP.split('\n').map((l) => [seg(`    ${l}`)]),
  ];
}
