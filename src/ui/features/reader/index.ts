// The reader pane as the registry sees it.
import type { CommonAction } from '../../shared/actions';
import { readerDocument, readerTextRows, readerTextWidth } from '../../shared/articleDocument';
import type { Desk, DeskViewport } from '../../shared/desk';
import { shownArticle } from '../../shared/desk';
import type { Feature } from '../../shared/feature';
import { reduceReader } from './state';

export const readerFeature: Feature<Desk, CommonAction, DeskViewport> = {
  contexts: ['reader'],
  actions: [],
  reduce: reduceReader,
  viewport: ({ corpus, state }, layout) => {
    const width = readerTextWidth(layout.reader);
    // Until one is opened the reader shows the article under the cursor, which Enter opens.
    const open = corpus.articles[shownArticle(state)] ?? null;
    return {
      readerRows: readerTextRows(layout.reader),
      readerLines: open ? readerDocument(open, width).length : 0,
      readerDoc: (article) => readerDocument(corpus.articles[article], width),
    };
  },
};
