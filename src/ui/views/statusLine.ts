// The bottom line: the keys that work where the focus is, from the keymap itself.
// The keys that work everywhere (help, quit) are pinned to the right so a narrow terminal
// or a long list of context keys never hides them; context keys that do not fit are left out.
import type { Binding } from '../shared/binding';
import { KEYMAP, offeredGlobals } from '../keymap';
import type { Line } from '../shared/lines';
import { fitLine, seg } from '../shared/lines';
import type { Context } from '../state';
import { theme } from '../shared/theme';
import { displayWidth } from '../shared/text/wrap';

const GAP = '  ';

function hintSegments(bindings: readonly Binding[]): Line[] {
  return bindings.flatMap((b) => (b.hint ? [[seg(b.short ?? b.label, theme.statusKey), seg(` ${b.hint}`, theme.statusText)]] : []));
}

const widthOf = (line: Line) => line.reduce((n, s) => n + displayWidth(s.text), 0);

/** Lines made, by context, width and message: every frame draws one, and keys rarely change it. */
const made = new Map<string, Line>();
const MAX_MADE = 64;

/** A message (a warning from start-up) takes the line's start until the next key. */
export function statusLine(context: Context, width: number, message: string | null = null): Line {
  const key = `${context}\u0000${width}\u0000${message ?? ''}`;
  let line = made.get(key);
  if (!line) {
    if (made.size >= MAX_MADE) made.clear();
    made.set(key, (line = layoutStatusLine(context, width, message)));
  }
  return line;
}

function layoutStatusLine(context: Context, width: number, message: string | null): Line {
  const globals = hintSegments(offeredGlobals(context)).flatMap((h, i) => (i > 0 ? [seg(GAP), ...h] : h));
  const right = [...globals, seg(' ')];
  const left: Line = message ? [seg(` ${message} `, theme.warning)] : [];
  let room = width - widthOf(right) - 1 - widthOf(left);
  const hints: Line = [];
  for (const h of hintSegments(KEYMAP[context])) {
    const w = widthOf(h) + (hints.length > 0 ? GAP.length : 1);
    if (w > room - GAP.length) break;
    hints.push(...(hints.length > 0 ? [seg(GAP)] : [seg(' ')]), ...h);
    room -= w;
  }
  const used = widthOf(left) + widthOf(hints);
  const pad = Math.max(1, width - used - widthOf(right));
  return fitLine([...left, ...hints, seg(' '.repeat(pad)), ...right], width);
}
