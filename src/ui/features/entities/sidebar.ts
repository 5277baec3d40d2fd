// The entity sidebar: people, organisations and places with their article and mention counts,
// those in the open article marked. Only the visible rows are built.
import type { Line, Style } from '../../shared/lines';
import { fitLine, seg } from '../../shared/lines';
import type { Rect } from '../../shared/layout';
import { markStyle, theme } from '../../shared/theme';
import { displayWidth, truncateToWidth } from '../../shared/text/wrap';
import { indicatorLine } from '../../shared/scrolled';
import type { AnalysisState } from '../../sources/analysis/state';
import { analysisPlaceholder, readyData } from '../../sources/analysis/state';
import type { EntitiesState } from './state';
import { followEntity, sidebarModel } from './rows';

const clamp = (n: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, n));

/** The sidebar's width for a terminal width (the layout may narrow it further). */
export function sidebarWidth(cols: number): number {
  return clamp(Math.floor(cols * 0.24), 22, 34);
}

/** Entity rows shown in a sidebar `height` rows tall: a title row above, the position below. */
export function sidebarCapacity(height: number): number {
  return Math.max(1, height - 2);
}

export interface SidebarProps {
  analysis: AnalysisState;
  entities: EntitiesState;
  /** Index of the article in the reader. */
  open: number | null;
  focused: boolean;
  rect: Rect;
}

/** Counts as right-aligned columns; narrow sidebars keep only the mentions. */
function countColumns(width: number, articles: string, mentions: string): string {
  return width >= 26 ? articles.padStart(4) + mentions.padStart(5) : mentions.padStart(4);
}

export function sidebarLines({ analysis, entities, open, focused, rect }: SidebarProps): Line[] {
  const width = rect.width;
  const title: Line = [seg(' Entities', focused ? { ...theme.helpTitle, inverse: true } : theme.helpTitle)];
  const data = readyData(analysis);
  if (!data) return [title, [], fitLine([seg(` ${analysisPlaceholder(analysis)}`, theme.placeholder)], width)];
  if (data.entities.length === 0) return [title, [], [seg(' No entities found.', theme.placeholder)]];
  const { rows } = sidebarModel(data);
  const capacity = sidebarCapacity(rect.height);
  // A restored state or a smaller terminal can leave the cursor off screen: follow it.
  const top = followEntity(data, entities.cursor, entities.top, capacity);
  const inOpen = open === null ? undefined : data.entitiesByArticle.get(open);
  const lines: Line[] = [fitLine(title, width)];
  for (const row of rows.slice(top, top + capacity)) {
    if (row.kind === 'group') {
      const counts = countColumns(width, 'art', 'ment');
      const room = width - counts.length - 2;
      const titled = `${row.title} (${row.count})`;
      const name = truncateToWidth(displayWidth(titled) <= room ? titled : row.title, room);
      lines.push(fitLine([seg(` ${name}`, theme.helpTitle), seg(' '.repeat(Math.max(1, width - counts.length - 1 - displayWidth(name)))), seg(counts, theme.indicator)], width));
      continue;
    }
    const s = data.entities[row.ordinal];
    const atCursor = row.ordinal === entities.cursor;
    const cursorStyle: Style | undefined = atCursor ? (focused ? theme.cursorFocused : theme.cursorUnfocused) : undefined;
    const over = (st: Style | undefined): Style | undefined => (cursorStyle ? { ...st, ...cursorStyle } : st);
    const counts = countColumns(width, String(s.articles.length), String(s.mentions));
    const chosen = s.entity.id === entities.selected;
    const mark = inOpen?.has(s.entity.id) ? seg('•', over(markStyle(s.entity.type))) : seg(' ', over(undefined));
    const name = truncateToWidth(s.entity.name, Math.max(1, width - counts.length - 3));
    const nameStyle: Style = chosen ? { bold: true, underline: true } : {};
    lines.push(
      fitLine(
        [mark, seg(' ', over(undefined)), seg(name, over(nameStyle)), seg(' '.repeat(Math.max(1, width - 2 - counts.length - displayWidth(name))), over(undefined)), seg(counts, over(theme.listMeta))],
        width,
        cursorStyle,
      ),
    );
  }
  while (lines.length < capacity + 1) lines.push([]);
  lines.push(indicatorLine(top, capacity, rows.length, width));
  return lines;
}
