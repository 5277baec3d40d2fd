// The reader pane: the window of the open article's wrapped lines on screen, with marks
// (quotes, mentions, search hits) laid over its text.
import type { Article } from '../../../corpus/types';
import type { ReaderLine } from '../../shared/articleDocument';
import { CAPTION_BAR, MARGIN, readerDocument, readerTextRows, readerTextWidth } from '../../shared/articleDocument';
import type { Rect } from '../../shared/layout';
import type { Line } from '../../shared/lines';
import { fitLine, seg } from '../../shared/lines';
import type { Mark } from '../../shared/marks';
import { markSegments } from '../../shared/marks';
import { blockLineSegments } from '../../shared/blockText';
import { clampTop, indicatorLine } from '../../shared/scrolled';
import { theme } from '../../shared/theme';

const EMPHASIS = { heading: theme.sectionHeading, quote: theme.quoteText, code: theme.code };
const RULE = '─'.repeat(12);

function renderLine(a: Article, line: ReaderLine, marks: readonly Mark[]): Line {
  switch (line.role) {
    case 'headline':
      return [seg(line.text, theme.headline)];
    case 'meta':
      return line.parts;
    case 'blank':
      return [];
    case 'caption':
      return [seg(CAPTION_BAR, theme.captionBar), ...markSegments(a.text, line.span, marks, theme.caption)];
    case 'body': {
      const base = line.emphasis ? EMPHASIS[line.emphasis] : undefined;
      const text = line.block ? blockLineSegments(a.text, line.span, line.block, marks, base) : markSegments(a.text, line.span, marks, base);
      return line.prefix ? [seg(line.prefix, theme.blockMarker), ...text] : text;
    }
    case 'rule':
      return [seg(RULE, theme.separator)];
  }
}

export interface ReaderProps {
  article: Article | null;
  top: number;
  rect: Rect;
  marks?: readonly Mark[];
}

export function readerLines({ article, top, rect, marks = [] }: ReaderProps): Line[] {
  const width = rect.width;
  const pad = seg(' '.repeat(MARGIN));
  if (!article) {
    return [[], fitLine([pad, seg('Select an article and press Enter to read it.', theme.placeholder)], width)];
  }
  const doc = readerDocument(article, readerTextWidth(rect));
  const rows = readerTextRows(rect);
  const first = clampTop(top, rows, doc.length);
  const lines: Line[] = [];
  for (let i = first; i < Math.min(doc.length, first + rows); i++) {
    lines.push(fitLine([pad, ...renderLine(article, doc[i], marks)], width));
  }
  while (lines.length < rows) lines.push([]);
  lines.push(indicatorLine(first, rows, doc.length, width));
  return lines;
}
