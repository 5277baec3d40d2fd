// The article list: two rows an article (read mark and headline; outlet and date).
// Only the visible rows are built, so a corpus of any size costs the same.
import type { Article } from '../../../corpus/types';
import type { Line, Style } from '../../shared/lines';
import { fitLine, seg } from '../../shared/lines';
import type { Rect } from '../../shared/layout';
import { theme } from '../../shared/theme';
import { truncateToWidth } from '../../shared/text/wrap';
import { dateLabel, outletLabel } from '../../shared/articleLabels';

const ROWS_PER_ARTICLE = 2;

/** Articles the list can show in a pane `height` rows tall. */
export function listCapacity(height: number): number {
  return Math.max(1, Math.floor(height / ROWS_PER_ARTICLE));
}

export interface ListProps {
  articles: readonly Article[];
  /** The articles shown, by index, when the list is narrowed (rows and `top` then count these). */
  order?: readonly number[] | null;
  cursor: number;
  top: number;
  read: ReadonlySet<number>;
  focused: boolean;
  rect: Rect;
}

export function listLines({ articles, order = null, cursor, top, read, focused, rect }: ListProps): Line[] {
  const width = rect.width;
  const total = order ? order.length : articles.length;
  if (total === 0) return [fitLine([seg(' No articles.', theme.placeholder)], width)];
  const lines: Line[] = [];
  const count = listCapacity(rect.height);
  for (let row = top; row < Math.min(total, top + count); row++) {
    const i = order ? order[row] : row;
    const a = articles[i];
    const isRead = read.has(i);
    const atCursor = i === cursor;
    const cursorStyle: Style | undefined = atCursor ? (focused ? theme.cursorFocused : theme.cursorUnfocused) : undefined;
    const over = (s: Style): Style => (cursorStyle ? { ...s, ...cursorStyle } : s);
    const mark = isRead ? seg('  ', over({})) : seg('• ', over(theme.unreadMark));
    const headline = truncateToWidth(a.headline.value, width - 3);
    lines.push(fitLine([mark, seg(headline, over(isRead ? theme.readHeadline : theme.unreadHeadline))], width, cursorStyle));
    const meta = truncateToWidth(`${outletLabel(a)} · ${dateLabel(a)}`, width - 3);
    lines.push(fitLine([seg('  ', over({})), seg(meta, over(theme.listMeta))], width, cursorStyle));
  }
  return lines;
}
