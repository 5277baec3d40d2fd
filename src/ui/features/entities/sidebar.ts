// The entity sidebar: people, organisations and places with their article and mention counts,
// those in the open article marked; the open article's only by default (a: the corpus's), and a
// find line to narrow them by name. Only the visible rows are built.
import type { Line, Style } from '../../shared/lines';
import { fitLine, seg } from '../../shared/lines';
import type { Rect } from '../../shared/layout';
import { markStyle, theme } from '../../shared/theme';
import { displayWidth, truncateToWidth } from '../../shared/text/wrap';
import { indicatorLine } from '../../shared/scrolled';
import type { AnalysisState } from '../../sources/analysis/state';
import { analysisPlaceholder, readyData } from '../../sources/analysis/state';
import type { EntitiesState } from './state';
import { cursorEntity, followEntity, sidebarModel } from './rows';
import { scopeMode } from './scope';

const clamp = (n: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, n));

/** The sidebar's width for a terminal width (the layout may narrow it further). */
export function sidebarWidth(cols: number): number {
  return clamp(Math.floor(cols * 0.24), 22, 34);
}

/** Entity rows shown in a sidebar `height` rows tall: the title and the legend (or find line) above, the position below. */
export function sidebarCapacity(height: number): number {
  return Math.max(1, height - 3);
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

/** What the count columns are, in words, right-aligned over them. */
function legendLine(width: number): Line {
  const words = width >= 26 ? 'articles · mentions' : 'mentions';
  return fitLine([seg(' '.repeat(Math.max(1, width - displayWidth(words)))), seg(words, theme.indicator)], width);
}

/** The find line: what was typed, with a cursor while typing. */
function findLine(find: string, typing: boolean, width: number): Line {
  return fitLine([seg(' / ', theme.helpKey), seg(truncateToWidth(find, Math.max(1, width - 4))), ...(typing ? [seg('▏')] : [])], width);
}

export function sidebarLines({ analysis, entities, open, focused, rect }: SidebarProps): Line[] {
  const width = rect.width;
  const scope = { open, corpusWide: entities.corpusWide, find: entities.find };
  const article = scopeMode(scope) === 'article';
  const titleStyle = focused ? { ...theme.helpTitle, inverse: true } : theme.helpTitle;
  // Narrow, the mode alone says what is listed.
  const title: Line =
    width >= 24
      ? [seg(' Entities', titleStyle), seg(` · ${article ? 'this article' : 'corpus'}`, theme.indicator)]
      : [seg(article ? ' This article' : ' Whole corpus', titleStyle)];
  const data = readyData(analysis);
  if (!data) return [title, [], fitLine([seg(` ${analysisPlaceholder(analysis)}`, theme.placeholder)], width)];
  const second = entities.finding || entities.find ? findLine(entities.find, entities.finding, width) : legendLine(width);
  const model = sidebarModel(data, scope);
  const { rows } = model;
  const lines: Line[] = [fitLine(title, width), second];
  if (rows.length === 0) {
    const why = data.entities.length === 0 ? 'No entities found.' : entities.find ? 'No entity matches.' : 'None in this article (a: all).';
    return [...lines, fitLine([seg(` ${why}`, theme.placeholder)], width)];
  }
  const capacity = sidebarCapacity(rect.height);
  const cursor = cursorEntity(model, entities.cursor);
  // A restored state or a smaller terminal can leave the cursor off screen: follow it.
  const top = followEntity(model, cursor, entities.top, capacity);
  const inOpen = open === null ? undefined : data.entitiesByArticle.get(open);
  for (const row of rows.slice(top, top + capacity)) {
    if (row.kind === 'group') {
      const titled = `${row.title} (${row.count})`;
      lines.push(fitLine([seg(` ${truncateToWidth(titled, width - 1)}`, theme.helpTitle)], width));
      continue;
    }
    const s = data.entities[row.ordinal];
    const atCursor = row.ordinal === cursor;
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
  while (lines.length < capacity + 2) lines.push([]);
  lines.push(indicatorLine(top, capacity, rows.length, width));
  return lines;
}
