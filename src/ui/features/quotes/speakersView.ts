// The speaker picker on screen: a title, the find line (or how to use it), then the speakers
// with the highlighted one marked, and the position below.
import type { Rect } from '../../shared/layout';
import type { Line } from '../../shared/lines';
import { fitBlock, fitLine, seg } from '../../shared/lines';
import { indicatorLine } from '../../shared/scrolled';
import { followCursor } from '../../shared/scroll';
import { theme } from '../../shared/theme';
import { truncateToWidth } from '../../shared/text/wrap';
import type { AnalysisData } from '../../sources/analysis/data';
import type { SpeakerPickerState } from './speakers';
import { speakerRows } from './speakers';

/** Title, find line and rule above the rows, the position below. */
const FRAME_ROWS = 4;

export function speakerPickerCapacity(height: number): number {
  return Math.max(1, height - FRAME_ROWS);
}

export function speakerPickerLines(data: AnalysisData, picker: SpeakerPickerState, current: string | null, rect: Rect): Line[] {
  const { width } = rect;
  const rows = speakerRows(data, picker.find);
  const capacity = speakerPickerCapacity(rect.height);
  const top = followCursor(picker.cursor, picker.top, capacity, rows.length);
  const find =
    picker.finding || picker.find
      ? [seg(' / ', theme.helpKey), seg(picker.find), ...(picker.finding ? [seg('▏')] : [])]
      : [seg(' / to find a speaker by name · ↑ ↓ j k choose · Enter · Esc keeps the current one', theme.placeholder)];
  const lines: Line[] = [fitLine([seg(' Choose a speaker', theme.helpTitle)], width), fitLine(find, width), fitLine([seg('─'.repeat(width), theme.separator)], width)];
  if (rows.length === 0) lines.push(fitLine([seg(' No speaker matches.', theme.placeholder)], width));
  for (let i = top; i < Math.min(rows.length, top + capacity); i++) {
    const row = rows[i];
    const chosen = i === picker.cursor;
    const mark = row.speaker === current ? '• ' : '  ';
    lines.push(fitLine([seg(`${chosen ? '❯' : ' '}${mark}${truncateToWidth(row.label, Math.max(1, width - 3))}`, chosen ? theme.cursorFocused : undefined)], width, chosen ? theme.cursorFocused : undefined));
  }
  const body = fitBlock(lines, width, rect.height - 1);
  return [...body, indicatorLine(top, capacity, rows.length, width)];
}
