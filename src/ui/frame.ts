// The whole screen as a pure function of the corpus, the UI state and the terminal size.
// It also reports the geometry the reducer needs (the Viewport), from the same layout,
// so scrolling limits and what is drawn always agree. Each feature of the registry adds its
// parts: a full-body screen, geometry, marks in the reader, title-bar parts, a side pane.
import type { Corpus } from '../corpus/types';
import { listCapacity, listLines } from './features/list/view';
import { readerLines } from './features/reader/view';
import { KEY_GUIDE } from './keymap';
import type { ScreenInput, SidePane } from './shared/feature';
import type { Layout } from './shared/layout';
import { computeLayout } from './shared/layout';
import { shownArticle } from './shared/desk';
import type { Line } from './shared/lines';
import { fitBlock, fitLine, seg } from './shared/lines';
import { cursorRow, listCount, listOrder } from './shared/listFilter';
import type { Mark } from './shared/marks';
import { followCursor } from './shared/scroll';
import { theme } from './shared/theme';
import { analysisLabel } from './sources/analysis/state';
import type { SearchCompareSources } from './sources/sources';
import type { UiState, Viewport } from './state';
import { contextOf, FEATURE_LIST } from './state';
import { statusLine } from './views/statusLine';
import { titleBarLine } from './views/titleBar';
import { tooSmallLines } from './views/tooSmall';

export interface FrameInput {
  corpus: Corpus;
  state: UiState;
  cols: number;
  rows: number;
  /** Styling for the open article's text, under the features' own marks. */
  marks?: readonly Mark[];
  /** A one-off message for the status line. */
  message?: string | null;
  /** A pane beside the reader, in place of the features' (the entity sidebar's). */
  sidebar?: SidePane | null;
  /** The search index and the alignment context, once built. */
  searchCompare?: SearchCompareSources;
  /** What a fetch of the library's feeds is doing, for the title bar. */
  libraryStatus?: string | null;
}

export interface Frame {
  lines: Line[];
  layout: Layout;
  viewport: Viewport;
}

function screenOf(input: FrameInput): ScreenInput<UiState> {
  return { corpus: input.corpus, state: input.state, cols: input.cols, rows: input.rows, sources: input.searchCompare, keyGuide: KEY_GUIDE };
}

function viewportOf(screen: ScreenInput<UiState>, layout: Layout): Viewport {
  const parts = FEATURE_LIST.map((f) => f.viewport?.(screen, layout) ?? {});
  return Object.assign({ articles: screen.corpus.articles.length, listRows: 1, readerRows: 1, readerLines: 0 }, ...parts) as Viewport;
}

/** A screen that has only a message: what it waits for, or why there is nothing to show. */
function messageLines(text: string, rect: Layout['body']): Line[] {
  return fitBlock([[], [seg(' '), seg(text, theme.placeholder)]], rect.width, rect.height);
}

/** The features' marks over the open article, laid over the given ones. */
function readerMarks(input: FrameInput, screen: ScreenInput<UiState>): readonly Mark[] {
  const marks = [...(input.marks ?? [])];
  for (const f of FEATURE_LIST) if (f.marks) marks.push(...f.marks(screen));
  return marks;
}

function browseLines(input: FrameInput, screen: ScreenInput<UiState>, layout: Layout, side: SidePane | null): Line[] {
  const { corpus, state } = input;
  const { body } = layout;
  const list = fitBlock(
    listLines({
      articles: corpus.articles,
      order: listOrder(state),
      cursor: state.cursor,
      // A restored cursor or a smaller terminal can leave the cursor off screen: follow it.
      top: followCursor(cursorRow(state), state.listTop, listCapacity(layout.list.height), listCount(state, corpus.articles.length)),
      read: state.read,
      focused: state.focus === 'list',
      rect: layout.list,
    }),
    layout.list.width,
    body.height,
  );
  // A sidebar too wide to sit beside the reader takes the reader's place while it has the keys.
  const folded = layout.sidebarFolded && side && state.focus === 'sidebar';
  const reader = fitBlock(
    folded
      ? side.render(layout.reader)
      : // Until one is opened, the reader previews the article under the list's cursor (an empty list: none).
        readerLines({ article: corpus.articles[state.open === null && listCount(state, corpus.articles.length) === 0 ? -1 : shownArticle(state)] ?? null, top: state.open === null ? 0 : state.readerTop, rect: layout.reader, marks: readerMarks(input, screen) }),
    layout.reader.width,
    body.height,
  );
  const separator = seg('│', theme.separator);
  const sideLines = layout.sidebar ? fitBlock(side ? side.render(layout.sidebar) : [], layout.sidebar.width, body.height) : null;
  // Each pane is cut and padded to its width already (fitBlock): placed side by side as they are.
  return list.map((l, i) => (sideLines ? [...l, separator, ...reader[i], separator, ...sideLines[i]] : [...l, separator, ...reader[i]]));
}

function bodyLines(input: FrameInput, screen: ScreenInput<UiState>, layout: Layout, side: SidePane | null): Line[] {
  for (const f of FEATURE_LIST) {
    const body = f.body?.(screen, layout);
    if (typeof body === 'string') return messageLines(body, layout.body);
    if (body) return body;
  }
  return browseLines(input, screen, layout, side);
}

function sidePaneOf(input: FrameInput): SidePane | null {
  if (input.sidebar) return input.sidebar;
  for (const f of FEATURE_LIST) {
    const pane = f.sidePane?.(input.state, input.cols);
    if (pane) return pane;
  }
  return null;
}

function titleParts(input: FrameInput, screen: ScreenInput<UiState>): string[] {
  const label = analysisLabel(input.state.analysis);
  return [...(label ? [label] : []), ...FEATURE_LIST.flatMap((f) => f.title?.(screen) ?? []), ...(input.libraryStatus ? [input.libraryStatus] : [])];
}

export function renderFrame(input: FrameInput): Frame {
  const side = sidePaneOf(input);
  const layout = computeLayout(input.cols, input.rows, { sidebarWidth: side?.width, browsing: input.state.open === null });
  const screen = screenOf(input);
  const viewport = viewportOf(screen, layout);
  if (layout.tooSmall) return { lines: tooSmallLines(layout.cols, layout.rows, layout.frameRows), layout, viewport };
  const lines = [
    titleBarLine(input.corpus, layout.cols, titleParts(input, screen)),
    ...bodyLines(input, screen, layout, side),
    statusLine(contextOf(input.state), layout.cols, input.message ?? null),
  ];
  return { lines: lines.slice(0, layout.frameRows).map((l) => fitLine(l, layout.cols)), layout, viewport };
}
