// The search screen: the prompt, a summary with the exact count, then the matching articles
// in rank order, each a heading and its best passage with the matched characters
// highlighted. Only the visible rows are built (and only their articles ranked).
import type { Article } from '../../../corpus/types';
import type { Snippet } from '../../../search/types';
import type { Line, Segment, Style } from '../../shared/lines';
import { fitBlock, fitLine, seg } from '../../shared/lines';
import type { Rect } from '../../shared/layout';
import { displayWidth, truncateToWidth } from '../../shared/text/wrap';
import { indicatorLine } from '../../shared/scrolled';
import { dateLabel, outletLabel } from '../../shared/articleLabels';
import { ROWS_PER_ARTICLE, type SearchResults } from './results';
import type { SearchState } from './state';

const searchStyles = {
  prompt: { bold: true, color: 'cyan' },
  caret: { inverse: true },
  summary: { dim: true },
  heading: { bold: true },
  headingMeta: { dim: true },
  kind: { dim: true },
  match: { bold: true, underline: true, color: 'yellow' },
  speaker: { italic: true },
  selected: { inverse: true },
} satisfies Record<string, Style>;

/** Rows above the results (prompt, summary) and below (position indicator). */
const ABOVE = 2;
const BELOW = 1;
const KIND_WIDTH = 9;
const SPEAKER_MAX = 24;

export function resultRows(height: number): number {
  return Math.max(1, height - ABOVE - BELOW);
}

const merge = (base: Style | undefined, extra: Style | undefined): Style | undefined =>
  base || extra ? { ...base, ...extra } : undefined;

/**
 * The passage around the first match, cut to `width` columns, line breaks shown as spaces,
 * matched characters styled. A cut is marked with an ellipsis.
 */
export function snippetSegments(hit: Snippet, width: number, base?: Style): Segment[] {
  const text = hit.text.replace(/\s/g, ' ');
  const ranges = hit.textHighlights;
  let from = 0;
  if (displayWidth(text) > width && ranges.length > 0) {
    // Keep some context before the first match: a third of the width.
    from = Math.max(0, ranges[0].start - Math.floor(width / 3));
    while (from > 0 && text[from - 1] !== ' ' && ranges[0].start - from < width / 2) from--;
  }
  const out: Segment[] = [];
  if (from > 0) out.push(seg('…', base));
  let at = from;
  for (const r of ranges.filter((x) => x.end > from).sort((x, y) => x.start - y.start)) {
    const s = Math.max(r.start, at);
    if (s > at) out.push(seg(text.slice(at, s), base));
    if (r.end > s) out.push(seg(text.slice(s, r.end), merge(base, searchStyles.match)));
    at = Math.max(at, r.end);
  }
  if (at < text.length) out.push(seg(text.slice(at), base));
  // Cut to width with an ellipsis when the passage goes on.
  const used = out.reduce((n, s) => n + displayWidth(s.text), 0);
  if (used > width && width > 1) return [...fitLine(out, width - 1, base), seg('…', base)];
  return fitLine(out, width, base);
}

/** An article's heading row; the selection is shown on its passage row below. */
function headingLine(a: Article, rank: number, width: number): Line {
  const meta = ` · ${outletLabel(a)} · ${dateLabel(a)}`;
  const number = `${rank + 1}. `;
  const room = Math.max(8, width - 1 - displayWidth(number) - displayWidth(meta));
  return fitLine(
    [seg(' ' + number), seg(truncateToWidth(a.headline.value, room), searchStyles.heading), seg(meta, searchStyles.headingMeta)],
    width,
  );
}

function resultLine(hit: Snippet | null, selected: boolean, width: number): Line {
  const base = selected ? searchStyles.selected : undefined;
  if (!hit) return fitLine([seg('   ', base)], width, base);
  const speaker = hit.kind === 'quote' && hit.speaker ? ` — ${truncateToWidth(hit.speaker, SPEAKER_MAX)}` : '';
  const room = Math.max(1, width - 3 - KIND_WIDTH - displayWidth(speaker));
  const line: Line = [
    seg('   ', base),
    seg(hit.kind.padEnd(KIND_WIDTH), merge(base, searchStyles.kind)),
    ...snippetSegments(hit, room, base),
  ];
  if (speaker) line.push(seg(speaker, merge(base, searchStyles.speaker)));
  return fitLine(line, width, base);
}

export interface SearchViewProps {
  articles: readonly Article[];
  state: SearchState;
  /** Null while the index is being built. */
  results: SearchResults | null;
  /** A note for the summary row (e.g. quotes and entities not searchable yet). */
  note: string | null;
  rect: Rect;
}

const count = (n: number) => `${n.toLocaleString('en')} ${n === 1 ? 'article' : 'articles'}`;

function summary(results: SearchResults | null, query: string, note: string | null): string {
  const tail = note ? ` · ${note}` : '';
  if (!results) return `building the search index…${tail}`;
  if (!query.trim()) return `type to search; ↑ recalls earlier queries; ? lists the query syntax${tail}`;
  if (results.count === 0) return `no matches${tail}`;
  return `${count(results.count)}, best first${tail}`;
}

export function searchViewLines({ articles, state, results, note, rect }: SearchViewProps): Line[] {
  const { width, height } = rect;
  const prompt = fitLine([seg(' / ', searchStyles.prompt), seg(state.query), seg(' ', searchStyles.caret)], width);
  const lines: Line[] = [prompt, fitLine([seg(' '), seg(summary(results, state.query, note), searchStyles.summary)], width)];
  const rows = resultRows(height);
  if (results && results.count > 0) {
    const totalRows = results.count * ROWS_PER_ARTICLE;
    const top = Math.max(0, Math.min(state.top, totalRows - rows));
    const body: Line[] = [];
    for (let row = top; row < Math.min(totalRows, top + rows); row++) {
      const i = Math.floor(row / ROWS_PER_ARTICLE);
      const selected = i === state.selected;
      if (row % ROWS_PER_ARTICLE === 0) body.push(headingLine(articles[results.entry(i).index], i, width));
      else body.push(resultLine(results.best(i), selected, width));
    }
    lines.push(...fitBlock(body, width, rows), indicatorLine(top, rows, totalRows, width));
  } else {
    lines.push(...fitBlock([], width, rows + BELOW));
  }
  return lines.slice(0, Math.max(0, height));
}
