// Groups an article's sentences into "frames": the unit attribution works on.
// A frame is a sentence, or several when a quotation runs across sentence ends
// ("…months. We are…," she said.) or a quoted question/exclamation is followed by its
// lowercase cue ("Why?" asked Smith.). Every quote lies in exactly one frame.
import type { Article, Span } from '../../corpus/types';
import type { QuotedSpan } from './marks';
import { INVERTED_VERBS } from './lexicon';
import { TITLE_ABBREVIATIONS } from '../../corpus/sentences';

export interface Frame {
  span: Span;
  paragraph: number;
  quotes: QuotedSpan[];
}

function paragraphOf(paragraphs: Span[], pos: number): number {
  for (let i = 0; i < paragraphs.length; i++) {
    if (pos >= paragraphs[i].start && pos < paragraphs[i].end) return i;
  }
  return -1;
}

// A sentence that opens with a name and a speech verb ("Clinton said. …", "Rep. Jane Doe (D-Mo.) asked").
const NAME_THEN_VERB = new RegExp(`^(?:\\p{Lu}[\\p{L}.'’-]*\\s+|\\([^)\\n]{1,12}\\)\\s+){1,5}(?:${[...INVERTED_VERBS].join('|')})\\b`, 'u');

// A sentence that is only a name and a verb ("Vitter demanded.", "Smith said."): after a quotation, its cue.
const BARE_CUE = new RegExp(`^(?:\\p{Lu}[\\p{L}.'’-]*\\s+){1,3}(?:${[...INVERTED_VERBS].join('|')}|\\p{Ll}+ed)[.]?\\s*$`, 'u');

/**
 * "“How many times?” Clinton said.": a quoted question or exclamation ends a sentence for the
 * splitter, but the name and verb that follow are its cue, so the two sentences are one frame.
 */
function cueFollows(text: string, last: Span, next: Span): boolean {
  const end = text.slice(Math.max(last.start, next.start - 8), next.start);
  const following = text.slice(next.start, next.end);
  // After a full stop only a bare cue ("“…we will win.” Smith said.") and not a new sentence about Smith.
  return (/[?!][”"]\s*$/u.test(end) && NAME_THEN_VERB.test(following.slice(0, 80))) ||
    (/[.?!][”"]\s*$/u.test(end) && BARE_CUE.test(following));
}

// A title's abbreviation ending a sentence ("said Del. Jane Doe"): the splitter keeps these together,
// but an article's sentences may come from elsewhere (a cached parse, another splitter).
const TITLE_END = new RegExp(`\\b(?:${[...TITLE_ABBREVIATIONS].map((t) => t[0].toUpperCase() + t.slice(1)).join('|')})\\.\\s*$`, 'u');

function straddles(quotes: QuotedSpan[], boundary: number): boolean {
  return quotes.some((q) => q.outer.start < boundary && q.outer.end > boundary);
}

export function buildFrames(article: Article, quotes: QuotedSpan[]): Frame[] {
  const { text, paragraphs } = article;
  const units = article.sentences.length > 0 ? article.sentences : paragraphs;
  const spans: Span[] = [];
  for (const s of units) {
    const last = spans[spans.length - 1];
    const samePara = last !== undefined && paragraphOf(paragraphs, last.start) === paragraphOf(paragraphs, s.start);
    const joins = last !== undefined && samePara &&
      (straddles(quotes, s.start) || straddles(quotes, last.end) || /^\p{Ll}/u.test(text.slice(s.start, s.start + 1)) ||
        cueFollows(text, last, s) || TITLE_END.test(text.slice(Math.max(last.start, s.start - 12), s.start)));
    if (joins) last.end = Math.max(last.end, s.end);
    else spans.push({ start: s.start, end: s.end });
  }
  const frames: Frame[] = spans.map((span) => ({ span, paragraph: paragraphOf(paragraphs, span.start), quotes: [] }));
  for (const q of quotes) {
    const f = frames.find((fr) => q.outer.start >= fr.span.start && q.outer.start < fr.span.end);
    if (f) {
      f.quotes.push(q);
      f.span.end = Math.max(f.span.end, q.outer.end);
    } else {
      // A quote the sentence splitter left out: it still gets a frame of its own.
      frames.push({ span: { ...q.outer }, paragraph: paragraphOf(paragraphs, q.outer.start), quotes: [q] });
    }
  }
  return frames.sort((a, b) => a.span.start - b.span.start);
}
