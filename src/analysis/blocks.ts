// What one article may cost: its text is analysed in blocks of at most BLOCK_CHARS, so that no
// step runs long between two yields to the event loop, and only up to MAX_ANALYSED_CHARS, so that
// no article costs more than a few seconds however large. A longer article is still read and
// searched whole; its analysis says how much of it was analysed.
import type { Article, Span } from '../corpus/types';
import { firstNotBefore } from './bisect';

/**
 * Articles up to this long are analysed whole (all but 9 of bbc's 2,213 and 3 of Reuters' 19,043),
 * longer ones a block at a time: a block costs about 40 ms here, rarely over 100 ms.
 */
export const BLOCK_CHARS = 8_000;
/** Text past this offset is not analysed: a few seconds of entity and quote extraction. */
export const MAX_ANALYSED_CHARS = 500_000;

export interface AnalysisLimit {
  /** Characters from the start of the text that were analysed. */
  analysedChars: number;
  reason: string;
}

export interface AnalysisPlan {
  /** Consecutive spans from the start of the text; one span covering it all for most articles. */
  blocks: Span[];
  limited: AnalysisLimit | null;
}

const plans = new WeakMap<Article, AnalysisPlan>();

/** How the article is analysed: whole, or in blocks cut at paragraph or sentence starts. */
export function analysisPlan(article: Article): AnalysisPlan {
  let plan = plans.get(article);
  if (!plan) plans.set(article, (plan = makePlan(article)));
  return plan;
}

function makePlan(article: Article): AnalysisPlan {
  const { text } = article;
  if (text.length <= BLOCK_CHARS) return { blocks: [{ start: 0, end: text.length }], limited: null };
  const stop = Math.min(text.length, MAX_ANALYSED_CHARS);
  const paragraphStarts = article.paragraphs.map((p) => p.start);
  const sentenceStarts = article.sentences.map((s) => s.start);
  const blocks: Span[] = [];
  let p = 0;
  let s = 0;
  for (let start = 0; start < stop; ) {
    const limit = Math.min(stop, start + BLOCK_CHARS);
    let end = limit;
    if (limit < text.length) {
      // The last paragraph start in the block's later half, else the last sentence start, else a blank.
      while (p < paragraphStarts.length && paragraphStarts[p] <= limit) p++;
      while (s < sentenceStarts.length && sentenceStarts[s] <= limit) s++;
      const half = start + BLOCK_CHARS / 2;
      const paragraph = p > 0 ? paragraphStarts[p - 1] : -1;
      const sentence = s > 0 ? sentenceStarts[s - 1] : -1;
      end = paragraph > half ? paragraph : sentence > start ? sentence : blankBefore(text, start, limit);
    }
    blocks.push({ start, end });
    // At the bound, the last block ends where a paragraph or sentence starts, not in mid-sentence.
    if (limit === stop) break;
    start = end;
  }
  const analysedChars = blocks[blocks.length - 1].end;
  const limited =
    analysedChars < text.length
      ? { analysedChars, reason: `longer than ${MAX_ANALYSED_CHARS.toLocaleString('en')} characters, the most one article is analysed for` }
      : null;
  return { blocks, limited };
}

/** Where to cut text[start, limit) without a sentence start: after its last blank, else at `limit` (never inside a surrogate pair). */
function blankBefore(text: string, start: number, limit: number): number {
  for (let k = limit; k > start + BLOCK_CHARS / 2; k--) if (/\s/.test(text[k - 1])) return k;
  const c = text.charCodeAt(limit - 1);
  return c >= 0xd800 && c <= 0xdbff ? limit - 1 : limit;
}

/**
 * The article cut down to one block: its text is the block's, and every span is shifted into it
 * (spans crossing the block's edges are clipped), so analysis runs on it as on a short article.
 */
export function blockArticle(article: Article, block: Span): Article {
  if (block.start === 0 && block.end === article.text.length) return article;
  const within = (spans: readonly Span[]) => clipSpans(spans, block);
  const one = (span: Span | null) => (span ? (within([span])[0] ?? null) : null);
  return {
    ...article,
    text: article.text.slice(block.start, block.end),
    caption: one(article.caption),
    titleLine: one(article.titleLine),
    body: one(article.body) ?? { start: 0, end: 0 },
    paragraphs: within(article.paragraphs),
    sentences: within(article.sentences),
    faq: [],
  };
}

/** Sorted, non-overlapping spans that meet the block, clipped to it and shifted to start at its start. */
function clipSpans(spans: readonly Span[], block: Span): Span[] {
  // The first span ending after the block's start, by bisection: blocks are many, spans more.
  const lo = firstNotBefore(spans.length, (i) => spans[i].end <= block.start);
  const out: Span[] = [];
  for (let i = lo; i < spans.length && spans[i].start < block.end; i++) {
    const start = Math.max(spans[i].start, block.start) - block.start;
    const end = Math.min(spans[i].end, block.end) - block.start;
    if (end > start) out.push({ start, end });
  }
  return out;
}

export const shiftSpan = (span: Span, by: number): Span => ({ start: span.start + by, end: span.end + by });
