// The passages of one matching article that show why it matched: its headline, sentences,
// FAQ entries, quotes (with their speakers) and, for `in:entities`, entity mentions; each
// with the words that matched highlighted, best first. Computed only for the articles on
// screen or printed, never for every match.
import type { Entity, Quote } from '../analysis/types';
import { eachParagraph } from '../corpus/parse';
import { splitSentences } from '../corpus/sentences';
import type { Article, Span } from '../corpus/types';
import { speakerNames } from './fields';
import { mergeRanges } from './highlight';
import { namesMatch } from './names';
import { stem } from './stem';
import type { Slot, TermGroup } from './plan';
import { boundedEditDistance, escapeRegExp, foldText, isWordChar, typoAllowance, WORD_RUN, wordsWithOffsets, wordTokens, type WordAt } from './text';
import type { HitKind, Snippet } from './types';

/** What a branch of the query looks for, as the snippet finder needs it. */
export interface SnippetBranch {
  slots: Slot[];
  groups: TermGroup[];
  idf: number[];
  /** Whether a folded word stands for slot s, and how well (0: not at all). */
  weigh(word: string, slot: number): number;
}

export interface SnippetQuery {
  branches: SnippetBranch[];
  /** Kinds of passage asked for (`in:`); empty: all but entity mentions. */
  kinds: readonly HitKind[];
  /** `by:` names. */
  speakers: readonly string[];
  /** In these kinds a passage must hold every word of a branch (a quote, an entity's names). */
  whole: readonly HitKind[];
}

export interface ArticleExtras {
  quotes: readonly Quote[];
  entities: readonly Entity[];
  allEntities: ReadonlyMap<string, Entity>;
}

/** How well a folded word stands for a query word: the word 1, another form of it 0.8, a longer word it starts 0.55, a typo 0.3 (0.2 at two edits). */
export function weighWord(word: string, slot: Slot, typing: boolean): number {
  const { token, mode } = slot;
  if (word === token) return 1;
  switch (mode) {
    case 'exact':
      return 0;
    case 'prefix':
      return word.startsWith(token) ? 0.55 : 0;
    case 'suffix':
      return word.endsWith(token) ? 0.55 : 0;
    case 'infix':
      return word.includes(token) ? 0.55 : 0;
    case 'word': {
      // Porter2 keeps a word's first letter: words starting differently have different stems.
      if (word.length >= 4 && word[0] === token[0] && stem(word) === stem(token)) return 0.8;
      if (token.length >= 2 && word.startsWith(token)) return 0.55;
      const allowed = typoAllowance(token.length);
      if (!allowed) return 0;
      const d = boundedEditDistance(word, token, allowed);
      if (d <= allowed) return d > 1 ? 0.2 : 0.3;
      if (typing) {
        for (let n = token.length - allowed; n <= token.length + allowed; n++) {
          if (n > 0 && n < word.length && boundedEditDistance(word.slice(0, n), token, allowed) <= allowed) return 0.15;
        }
      }
      return 0;
    }
  }
}

interface Draft {
  kind: HitKind;
  span: Span | null;
  text: string;
  speaker?: string;
  speakerNames?: string[];
  entity?: string;
}

/** Where a derived headline's words stand in the text: it collapses whitespace and may end in "…". */
function locateDerived(text: string, headline: string): Span | null {
  const words = headline.replace(/(…|\.\.\.)$/, '').trim().split(/\s+/).filter(Boolean);
  if (!words.length) return null;
  const found = new RegExp(words.map(escapeRegExp).join('\\s+'), 'u').exec(text);
  return found ? { start: found.index, end: found.index + found[0].length } : null;
}

const inside = (inner: Span, outer: Span | null) => outer !== null && inner.start >= outer.start && inner.end <= outer.end;
const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/** Per query: whether a folded word stands for some word of some branch (most words of an article do not). */
const standsCache = new WeakMap<SnippetQuery, Map<string, boolean>>();

function stands(query: SnippetQuery, word: string): boolean {
  let known = standsCache.get(query);
  if (!known) standsCache.set(query, (known = new Map()));
  let yes = known.get(word);
  if (yes === undefined) {
    yes = query.branches.some((b) => b.slots.some((_, s) => b.weigh(word, s) > 0));
    known.set(word, yes);
  }
  return yes;
}

/** An article's folded text and its passages' words: kept for the articles last shown, as a query is typed over them. */
interface FoldedArticle {
  folded: string;
  /** By passage span (start * 2^32 + end): its folded words, offsets into the passage. */
  passages: Map<number, WordAt[]>;
}
const foldedArticles = new Map<Article, FoldedArticle>();
const FOLDED_KEPT = 256;

function foldedArticle(article: Article): FoldedArticle {
  let known = foldedArticles.get(article);
  if (known) foldedArticles.delete(article);
  else {
    known = { folded: foldText(article.text), passages: new Map() };
    if (foldedArticles.size >= FOLDED_KEPT) foldedArticles.delete(foldedArticles.keys().next().value!);
  }
  foldedArticles.set(article, known);
  return known;
}

/** The folded words of the passage at `span` (folding goes letter by letter, so the folded article holds the folded passage). */
function wordsIn(article: FoldedArticle, span: Span): WordAt[] {
  const key = span.start * 2 ** 32 + span.end;
  let words = article.passages.get(key);
  if (!words) article.passages.set(key, (words = wordsWithOffsets(article.folded.slice(span.start, span.end))));
  return words;
}

/**
 * Where the article's words that stand for a query word start, in order: with `words` (those
 * words, from the index), found by looking for them alone; else read in one pass over the whole
 * text. Only the sentences around them need splitting and matching. Null
 * when a passage folded alone may differ from its share of the whole text (a capital sigma
 * lower-cases by its context), so every sentence is matched.
 */
function matchedOffsets(article: Article, query: SnippetQuery, words?: readonly string[]): number[] | null {
  if (article.text.includes('\u03A3')) return null;
  const { folded } = foldedArticle(article);
  const offsets: number[] = [];
  if (!words) {
    for (const m of folded.matchAll(WORD_RUN)) if (stands(query, m[0])) offsets.push(m.index);
    return offsets;
  }
  // Only the few words that stand are looked for, as whole words.
  for (const w of words) {
    for (let at = folded.indexOf(w); at >= 0; at = folded.indexOf(w, at + 1)) {
      if (!isWordChar(folded[at - 1]) && !isWordChar(folded[at + w.length])) offsets.push(at);
    }
  }
  return offsets.sort((a, b) => a - b);
}

/** Whether some offset lies in [start, end) (offsets sorted). */
function anyWithin(offsets: readonly number[], start: number, end: number): boolean {
  let lo = 0;
  let hi = offsets.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (offsets[mid] < start) lo = mid + 1;
    else hi = mid;
  }
  return lo < offsets.length && offsets[lo] < end;
}

/** A span whose edges cut no word, so its words are the whole text's words inside it. */
function cutsNoWord(text: string, span: Span): boolean {
  const joined = (at: number) => at > 0 && at < text.length && isWordChar(text[at - 1]) && isWordChar(text[at]);
  return !joined(span.start) && !joined(span.end);
}

/** Sentences of the paragraphs split so far, by article and paragraph: the same articles stay on screen while a query is typed. */
const paragraphSentences = new WeakMap<Article, Map<number, readonly Span[]>>();

function sentencesOf(article: Article, paragraph: number, span: Span): readonly Span[] {
  let known = paragraphSentences.get(article);
  if (!known) paragraphSentences.set(article, (known = new Map()));
  let sentences = known.get(paragraph);
  if (!sentences) known.set(paragraph, (sentences = splitSentences(article.text, span)));
  return sentences;
}

/**
 * The article's sentences that may match: with `offsets`, only those of the paragraphs
 * holding a matched word are split (the article's sentences are its paragraphs' sentences),
 * and of them only those holding one are kept, and no paragraph after the last matched word
 * is looked for; without, all of them.
 */
function candidateSentences(article: Article, offsets: readonly number[] | null): readonly Span[] {
  if (!offsets) return article.sentences;
  const out: Span[] = [];
  if (!offsets.length) return out;
  const last = offsets[offsets.length - 1];
  let i = 0;
  for (const p of eachParagraph(article)) {
    if (p.start > last) break;
    if (anyWithin(offsets, p.start, p.end)) {
      for (const s of sentencesOf(article, i, p)) {
        if (anyWithin(offsets, s.start, s.end) || !cutsNoWord(article.text, s)) out.push(s);
      }
    }
    i++;
  }
  return out;
}

/** The article cut into passages: headline, FAQ entries, sentences (those not inside them, of `sentences`), caption, quotes. */
function passages(article: Article, extras: ArticleExtras, sentences: readonly Span[] = article.sentences): Draft[] {
  const drafts: Draft[] = [];
  const slice = (kind: HitKind, span: Span): Draft => ({ kind, span, text: article.text.slice(span.start, span.end) });
  let headlineSpan: Span | null = article.titleLine;
  if (headlineSpan) drafts.push(slice('headline', headlineSpan));
  else if (article.headline.value.trim()) {
    headlineSpan = article.headline.from === 'derived' ? locateDerived(article.text, article.headline.value) : null;
    drafts.push(headlineSpan ? slice('headline', headlineSpan) : { kind: 'headline', span: null, text: article.headline.value });
  }
  const faqSpans = article.faq.flatMap((e) => [e.question, e.answer]);
  for (const span of faqSpans) drafts.push(slice('faq', span));
  for (const s of sentences) if (!inside(s, headlineSpan) && !faqSpans.some((f) => overlaps(s, f))) drafts.push(slice('text', s));
  const caption = article.caption;
  // Sentences lie in the paragraphs: only a caption overlapping one needs them all.
  const overlapsSentence = (c: Span) => article.paragraphs.some((p) => overlaps(p, c)) && article.sentences.some((s) => overlaps(s, c));
  if (caption && !overlapsSentence(caption)) drafts.push(slice('text', caption));
  for (const q of extras.quotes) {
    drafts.push({ ...slice('quote', q.span), ...(q.speaker ? { speaker: q.speaker.name, speakerNames: speakerNames(q, extras.allEntities) } : {}) });
  }
  return drafts;
}

interface Found {
  draft: Draft;
  score: number;
  /** Offsets into the draft's text. */
  ranges: Span[];
  /** Slots of the best branch found here. */
  covered: number;
  complete: boolean;
}

/** The part of a word to highlight: the fragment for `'text` inside a word, else the whole word. */
function wordRange(w: { word: string; start: number; end: number }, slot: Slot): Span {
  if (slot.mode === 'infix' && w.word !== slot.token) {
    const at = w.word.indexOf(slot.token);
    if (at >= 0) return { start: w.start + at, end: w.start + at + slot.token.length };
  }
  return { start: w.start, end: w.end };
}

/**
 * How a passage matches the branch: which words it holds, where, and a score (word weights by
 * idf, all words together, phrases in order). `words`: the passage's folded words, when known;
 * `standing`: when known, every word of the article that stands for some query word.
 */
function matchPassage(text: string, branch: SnippetBranch, words = wordsWithOffsets(foldText(text)), standing?: ReadonlySet<string>): Found | null {
  const S = branch.slots.length;
  const best = new Float64Array(S);
  const at: number[][] = branch.slots.map(() => []);
  words.forEach((w, i) => {
    // A word the index matched for no query word weighs 0 for every slot: not weighed at all.
    if (standing && !standing.has(w.word)) return;
    for (let s = 0; s < S; s++) {
      const weight = branch.weigh(w.word, s);
      if (weight <= 0) continue;
      at[s].push(i);
      if (weight > best[s]) best[s] = weight;
    }
  });
  // A phrase counts only where its words stand next to each other, in order.
  const ranges: Span[] = [];
  for (const g of branch.groups) {
    if (!g.adjacent) {
      for (let s = g.first; s <= g.last; s++) for (const i of at[s]) ranges.push(wordRange(words[i], branch.slots[s]));
      continue;
    }
    let found = false;
    for (const i of at[g.first]) {
      let ok = true;
      for (let s = g.first + 1; s <= g.last && ok; s++) ok = at[s].includes(i + s - g.first);
      if (!ok) continue;
      found = true;
      ranges.push({ start: words[i].start, end: words[i + g.last - g.first].end });
    }
    if (!found) for (let s = g.first; s <= g.last; s++) best[s] = 0;
  }
  let score = 0;
  let covered = 0;
  for (let s = 0; s < S; s++) {
    if (best[s] <= 0) continue;
    covered++;
    score += best[s] * branch.idf[s];
  }
  if (!covered) return null;
  const complete = covered === S;
  if (complete && S > 1) score *= 1.5;
  return { draft: { kind: 'text', span: null, text }, score, ranges, covered, complete };
}

const KIND_BONUS: Record<HitKind, number> = { headline: 1.15, quote: 1.1, faq: 1, text: 1, entity: 1 };

/** The first mention of the entity in the article, in a form that matched if any did. */
function entityDraft(article: Article, entity: Entity, branch: SnippetBranch): Found | null {
  const names = [...new Set([entity.name, ...entity.aliases])];
  const found = matchPassage(names.join(' · '), branch);
  if (!found || !found.complete) return null;
  const mentions = entity.mentions.filter((m) => m.article === article.id).sort((a, b) => a.span.start - b.span.start);
  if (!mentions.length) return null;
  const text = (m: (typeof mentions)[number]) => article.text.slice(m.span.start, m.span.end);
  const mention = mentions.find((m) => wordTokens(text(m)).some((w) => branch.slots.some((_, s) => branch.weigh(w, s) > 0))) ?? mentions[0];
  const t = text(mention);
  return { draft: { kind: 'entity', span: mention.span, text: t, entity: entity.id }, score: found.score, ranges: [{ start: 0, end: t.length }], covered: found.covered, complete: true };
}

function toSnippet(found: Found): Snippet {
  const { draft } = found;
  const textHighlights = mergeRanges(found.ranges);
  const start = draft.span ? draft.span.start : -1;
  const end = draft.span ? draft.span.end : -1;
  const highlights = draft.span ? textHighlights.map((r) => ({ start: r.start + start, end: r.end + start })) : [];
  return {
    kind: draft.kind,
    text: draft.text,
    start,
    end,
    highlights,
    textHighlights,
    ...(draft.speaker ? { speaker: draft.speaker } : {}),
    ...(draft.entity ? { entity: draft.entity } : {}),
  };
}

/**
 * The article's passages that match the query, best first (`words`: every word of the article
 * that stands for a query word, once, as the index has them, so that only they are looked for
 * in the text): a passage holding more of the
 * query's words (rarer words weigh more; all of them together, more still) before one
 * holding fewer, a headline or quote before a sentence that scores the same, then reading
 * order. A sentence whose matches all lie inside a quote listed already is left out.
 */
export function articleSnippets(article: Article, extras: ArticleExtras, query: SnippetQuery, max = Infinity, words?: readonly string[]): Snippet[] {
  const kinds = new Set(query.kinds);
  const wanted = (k: HitKind) => (kinds.size ? kinds.has(k) : k !== 'entity');
  const found: Found[] = [];
  const drafts = query.branches.length ? passages(article, extras, candidateSentences(article, matchedOffsets(article, query, words))) : [];
  // A passage's words are split once while the article stays on screen, unless the article
  // folds differently in parts (a capital sigma lower-cases by its context).
  const whole = article.text.includes('\u03A3') ? null : foldedArticle(article);
  const wordsOf = (draft: Draft) => (whole && draft.span ? wordsIn(whole, draft.span) : undefined);
  // The article's words that stand, from the index, spare weighing every other word of every passage.
  const standing = whole && words ? new Set(words) : undefined;
  for (const draft of drafts) {
    if (!wanted(draft.kind)) continue;
    if (draft.kind === 'quote' && query.speakers.length && !query.speakers.every((s) => namesMatch(s, draft.speakerNames ?? []))) continue;
    let best: Found | null = null;
    const passageWords = wordsOf(draft);
    for (const branch of query.branches) {
      const f = matchPassage(draft.text, branch, passageWords, standing);
      if (!f || (query.whole.includes(draft.kind) && !f.complete)) continue;
      if (!best || f.score > best.score) best = f;
    }
    if (best) found.push({ ...best, draft, score: best.score * KIND_BONUS[draft.kind] });
  }
  if (wanted('entity') && kinds.has('entity')) {
    for (const entity of extras.entities) {
      let best: Found | null = null;
      for (const branch of query.branches) {
        const f = entityDraft(article, entity, branch);
        if (f && (!best || f.score > best.score)) best = f;
      }
      if (best) found.push(best);
    }
  }
  if (!query.branches.length) {
    // A listing by filters alone (`in:quotes by:putin`): every passage of the kinds asked for.
    for (const q of extras.quotes) {
      if (!wanted('quote')) break;
      const names = speakerNames(q, extras.allEntities);
      if (query.speakers.length && !query.speakers.every((s) => namesMatch(s, names))) continue;
      const draft: Draft = { kind: 'quote', span: q.span, text: article.text.slice(q.span.start, q.span.end), ...(q.speaker ? { speaker: q.speaker.name } : {}) };
      found.push({ draft, score: 0, ranges: [], covered: 0, complete: true });
    }
    if (!query.speakers.length && !kinds.has('quote')) {
      const headline = passages(article, { ...extras, quotes: [] }).find((d) => d.kind === 'headline');
      if (headline) found.push({ draft: headline, score: 0, ranges: [], covered: 0, complete: true });
    }
  }
  const order = (f: Found) => (f.draft.span ? f.draft.span.start : -1);
  found.sort((a, b) => b.score - a.score || order(a) - order(b));
  const quotes = found.filter((f) => f.draft.kind === 'quote' && f.draft.span).map((f) => f.draft.span!);
  const kept = found.filter((f) => {
    if (f.draft.kind !== 'text' && f.draft.kind !== 'faq') return true;
    const span = f.draft.span!;
    const abs = f.ranges.map((r) => ({ start: r.start + span.start, end: r.end + span.start }));
    return !(abs.length && quotes.some((q) => abs.every((r) => r.start >= q.start && r.end <= q.end)));
  });
  return kept.slice(0, max).map(toSnippet);
}
