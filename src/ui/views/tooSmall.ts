// Shown instead of the layout while the terminal is below the minimum size.
import type { Line } from '../shared/lines';
import { fitLine, seg } from '../shared/lines';
import { MIN_COLS, MIN_ROWS } from '../shared/layout';
import { theme } from '../shared/theme';
import { wrapString } from '../shared/text/wrap';

export function tooSmallLines(cols: number, rows: number, height: number): Line[] {
  const text = [
    ...wrapString('Terminal too small', cols).map((t) => [seg(t, theme.warning)]),
    ...wrapString(`It is ${cols}×${rows}; rknews needs at least ${MIN_COLS}×${MIN_ROWS}.`, cols).map((t) => [seg(t)]),
    ...wrapString('Enlarge the window, or press q to quit.', cols).map((t) => [seg(t, theme.statusText)]),
  ];
  return text.slice(0, height).map((l) => fitLine(l, cols));
}
