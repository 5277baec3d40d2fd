// What the analysis features add to a frame: the sidebar pane, the entity and Quotes views,
// reader marks, title-bar status, and the geometry their keys need. frame.ts calls these.
import type { Corpus } from '../../corpus/types';
import type { Layout, Rect } from '../shared/layout';
import type { Line } from '../shared/lines';
import type { Mark } from '../shared/marks';
import type { UiState, Viewport } from '../state';
import { readerDocument, readerTextWidth } from '../shared/articleDocument';
import { scrolledDocument, textRows } from '../shared/scrolled';
import { analysisLabel, readyData } from '../sources/analysis/state';
import { entityDocument } from './entities/detail';
import { sidebarCapacity, sidebarLines, sidebarWidth } from './entities/sidebar';
import { quotesCapacity, quotesLines } from './quotes/view';
import { analysisMarks } from './readerMarks';

/** The sidebar slot's content while the sidebar is shown. */
export function entitySidebar(state: UiState, cols: number): { width: number; render: (rect: Rect) => Line[] } | null {
  if (!state.entities.sidebar) return null;
  return {
    width: sidebarWidth(cols),
    render: (rect) => sidebarLines({ analysis: state.analysis, entities: state.entities, open: state.open, focused: state.focus === 'sidebar', rect }),
  };
}

/** The body of the entity detail and Quotes views; null for other views. */
export function analysisBody(state: UiState, body: Rect): Line[] | null {
  if (state.view === 'quotes') return quotesLines({ analysis: state.analysis, quotes: state.quotes, rect: body });
  if (state.view === 'entity') {
    const data = readyData(state.analysis);
    const id = state.entities.detail;
    const doc = data && id ? entityDocument(data, id, body.width) : [];
    return scrolledDocument(doc, state.entities.detailTop, body.width, body.height);
  }
  return null;
}

export function analysisViewport(corpus: Corpus, state: UiState, layout: Layout): Partial<Viewport> {
  const data = readyData(state.analysis);
  const id = state.entities.detail;
  const width = readerTextWidth(layout.reader);
  return {
    sidebarRows: layout.sidebar ? sidebarCapacity(layout.sidebar.height) : 1,
    entityRows: textRows(layout.body.height),
    entityLines: state.view === 'entity' && data && id ? entityDocument(data, id, layout.body.width).length : 0,
    quotesRows: quotesCapacity(layout.body.height),
    readerDoc: (article) => readerDocument(corpus.articles[article], width),
  };
}

/** The analysis marks with those given (search hits) laid over them. */
export function withAnalysisMarks(given: readonly Mark[] | undefined, state: UiState): readonly Mark[] {
  const own = analysisMarks(state);
  if (!given || given.length === 0) return own;
  return own.length === 0 ? given : [...own, ...given];
}

/** Title-bar parts: analysis progress, and the entity the list is narrowed to. */
export function analysisTitle(state: UiState): string[] {
  const label = analysisLabel(state.analysis);
  const parts = label ? [label] : [];
  if (state.listFilter) parts.push(`filter: ${state.listFilter.label} (${state.listFilter.articles.length})`);
  return parts;
}
