// The bottom line: the keys that work where the focus is, from the keymap itself.
import type { Line } from '../lines';
import { fitLine, seg } from '../lines';
import { statusHints } from '../keymap';
import type { Context } from '../state';
import { theme } from '../theme';

/** A message (a warning from start-up) takes the line's start until the next key. */
export function statusLine(context: Context, width: number, message: string | null = null): Line {
  const line: Line = [];
  if (message) line.push(seg(` ${message} `, theme.warning), seg(' '));
  else line.push(seg(' '));
  statusHints(context).forEach(({ keys, hint }, i) => {
    if (i > 0) line.push(seg('  '));
    line.push(seg(keys, theme.statusKey), seg(` ${hint}`, theme.statusText));
  });
  return fitLine(line, width);
}
