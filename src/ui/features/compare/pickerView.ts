// The compare picker on screen, over the comparison: a title, the find line (or how to use it),
// then the articles with the highlighted one marked, and the position below.
import type { Rect } from '../../shared/layout';
import type { Line } from '../../shared/lines';
import { fitBlock, fitLine, seg } from '../../shared/lines';
import { indicatorLine } from '../../shared/scrolled';
import { followCursor } from '../../shared/scroll';
import { theme } from '../../shared/theme';
import { truncateToWidth } from '../../shared/text/wrap';
import type { ArticleChoice, ArticlePickerState } from './picker';

/** Title, find line and rule above the rows, the position below. */
const FRAME_ROWS = 4;

export function articlePickerCapacity(height: number): number {
  return Math.max(1, height - FRAME_ROWS);
}

export function articlePickerLines(choices: readonly ArticleChoice[], picker: ArticlePickerState, current: number | null, rect: Rect): Line[] {
  const { width } = rect;
  const capacity = articlePickerCapacity(rect.height);
  const top = followCursor(picker.cursor, picker.top, capacity, choices.length);
  const find =
    picker.finding || picker.find
      ? [seg(' / ', theme.helpKey), seg(picker.find), ...(picker.finding ? [seg('▏')] : [])]
      : [seg(' / to find by headline or outlet · ↑ ↓ j k choose · Enter · Esc keeps the current one', theme.placeholder)];
  const lines: Line[] = [
    fitLine([seg(' Compare with… (similarity, most similar first)', theme.helpTitle)], width),
    fitLine(find, width),
    fitLine([seg('─'.repeat(width), theme.separator)], width),
  ];
  if (choices.length === 0) {
    const none = picker.find ? ' No article matches.' : ' No other article shares any words with this one.';
    lines.push(fitLine([seg(none, theme.placeholder)], width));
  }
  for (let i = top; i < Math.min(choices.length, top + capacity); i++) {
    const choice = choices[i];
    const chosen = i === picker.cursor;
    const mark = choice.value === current ? '• ' : '  ';
    const style = chosen ? theme.cursorFocused : undefined;
    lines.push(fitLine([seg(`${chosen ? '❯' : ' '}${mark}${truncateToWidth(choice.label, Math.max(1, width - 3))}`, style)], width, style));
  }
  return [...fitBlock(lines, width, rect.height - 1), indicatorLine(top, capacity, choices.length, width)];
}
