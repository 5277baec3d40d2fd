// The whole screen as a pure function of the corpus, the UI state and the terminal size.
// It also reports the geometry the reducer needs (the Viewport), from the same layout,
// so scrolling limits and what is drawn always agree.
import type { Corpus } from '../corpus/types';
import type { Line } from './shared/lines';
import { fitBlock, fitLine, joinColumns, seg } from './shared/lines';
import type { Layout, Rect } from './shared/layout';
import { computeLayout } from './shared/layout';
import { analysisBody, analysisTitle, analysisViewport, entitySidebar, withAnalysisMarks } from './features/analysisFrame';
import { cursorRow, listCount, listOrder } from './shared/listFilter';
import type { Mark } from './shared/marks';
import { searchCompareBody, searchCompareViewport, withSearchMarks } from './features/searchCompare/frame';
import type { SearchCompareSources } from './sources/sources';
import type { UiState, Viewport } from './state';
import { contextOf, followCursor } from './state';
import { theme } from './shared/theme';
import { helpDocument } from './features/help/view';
import { listCapacity, listLines } from './features/list/view';
import { problemsDocument } from './features/problems/view';
import { readerDocument, readerLines, readerTextRows, readerTextWidth } from './shared/articleDocument';
import { scrolledDocument, textRows } from './shared/scrolled';
import { statusLine } from './views/statusLine';
import { titleBarLine } from './views/titleBar';
import { tooSmallLines } from './views/tooSmall';
import { articleOutlets } from './features/list/outletFilter';

export interface FrameInput {
  corpus: Corpus;
  state: UiState;
  cols: number;
  rows: number;
  /** Styling for the open article's text (entity mentions, quotes, search hits). */
  marks?: readonly Mark[];
  /** A one-off message for the status line. */
  message?: string | null;
  /** A pane beside the reader (the entity sidebar): its width and its lines for a rect. */
  sidebar?: { width: number; render: (rect: Rect) => Line[] } | null;
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

function viewportOf(input: FrameInput, layout: Layout): Viewport {
  const { corpus, state } = input;
  const open = state.open === null ? null : corpus.articles[state.open];
  const body = layout.body;
  return {
    articles: corpus.articles.length,
    listRows: listCapacity(layout.list.height),
    readerRows: readerTextRows(layout.reader),
    readerLines: open ? readerDocument(open, readerTextWidth(layout.reader)).length : 0,
    helpRows: textRows(body.height),
    helpLines: state.overlay === 'help' ? helpDocument(corpus.problems).length : 0,
    problemsRows: textRows(body.height),
    problemsLines: state.view === 'problems' ? problemsDocument(corpus.problems, body.width).length : 0,
    outlets: articleOutlets(corpus),
    ...analysisViewport(corpus, state, layout),
    ...searchCompareViewport(input, layout),
  };
}

function bodyLines(input: FrameInput, layout: Layout): Line[] {
  const { corpus, state } = input;
  const { body } = layout;
  if (state.overlay === 'help') return scrolledDocument(helpDocument(corpus.problems), state.helpTop, body.width, body.height);
  if (state.view === 'problems') {
    return scrolledDocument(problemsDocument(corpus.problems, body.width), state.problemsTop, body.width, body.height);
  }
  const featureBody = analysisBody(state, body) ?? searchCompareBody(input, layout);
  if (featureBody) return featureBody;
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
  const reader = fitBlock(
    readerLines({
      article: state.open === null ? null : corpus.articles[state.open],
      top: state.readerTop,
      rect: layout.reader,
      marks: withSearchMarks(withAnalysisMarks(input.marks, state), input),
    }),
    layout.reader.width,
    body.height,
  );
  const separator = seg('│', theme.separator);
  const side = layout.sidebar && input.sidebar ? fitBlock(input.sidebar.render(layout.sidebar), layout.sidebar.width, body.height) : null;
  return list.map((l, i) =>
    joinColumns([
      { line: l, width: layout.list.width },
      { line: [separator], width: 1 },
      { line: reader[i], width: layout.reader.width },
      ...(layout.sidebar ? [{ line: [separator], width: 1 }, { line: side?.[i] ?? [], width: layout.sidebar.width }] : []),
    ]),
  );
}

export function renderFrame(given: FrameInput): Frame {
  const input = { ...given, sidebar: given.sidebar ?? entitySidebar(given.state, given.cols) };
  const layout = computeLayout(input.cols, input.rows, { sidebarWidth: input.sidebar?.width });
  const viewport = viewportOf(input, layout);
  if (layout.tooSmall) return { lines: tooSmallLines(layout.cols, layout.rows, layout.frameRows), layout, viewport };
  const lines = [
    titleBarLine(input.corpus, layout.cols, [...analysisTitle(input.state), ...(input.libraryStatus ? [input.libraryStatus] : [])]),
    ...bodyLines(input, layout),
    statusLine(contextOf(input.state), layout.cols, input.message ?? null),
  ];
  return { lines: lines.slice(0, layout.frameRows).map((l) => fitLine(l, layout.cols)), layout, viewport };
}
