// Ranks articles for a query: every article holding all of a branch's words matches (the
// count is exact, nothing is capped); BM25F over lead and body scores it, with the headline
// scored apart and added, names and quotes from the analysis add evidence, and neighbouring
// query words standing close together add a proximity bonus. Proximity needs each article's words read in order, so
// it is computed lazily, best bound first, only as far down the ranking as is asked for.
import { accumulate, effectiveDf, idf, MAX_SATURATED, newCounts, wordScore, type Counts } from './bm25';
import { namesMatch } from './names';
import { expandSlot, planBranch, type IdRun, type PlannedBranch } from './plan';
import type { Postings } from './postings';
import { MAX_SLOTS, ProximityScanner } from './proximity';
import { isSearchable, parseQuery, type ParsedQuery } from './query';
import { slotWeigher } from './slotWeights';
import { articleSnippets, type SnippetBranch, type SnippetQuery } from './snippets';
import type { ArticleResult, HitKind, SearchIndex, SearchOptions, SearchResults, Snippet } from './types';

const NEAR = 1;
const COMPLETE = 2;
/** Ranking weights; `npm run bench -- --only=ranking` scores a grid around them on the development queries, with leave-one-topic-out cross-validation. */
export const RANKING = {
  /**
   * A near match (lacking one word) keeps this share of its score and is ranked with the full
   * matches, not below them all: an article about the subject that lacks a side word is more
   * use than one that holds every word, some only as typos of common words ('crop' as 'corp').
   */
  nearShare: 0.8,
  /** The headline is scored apart from the text (its own saturation) and added at this share. */
  headlineShare: 0.75,
  /** Neighbouring query words next to each other in order add this share of the rarer one's idf (times the most a word can score). */
  proximity: 0.05,
};

interface BranchRun {
  plan: PlannedBranch;
  /** Per slot: the vocabulary words it stands for. */
  textRuns: IdRun[][];
  idf: number[];
  /** Per article: COMPLETE (all words, phrases in place), NEAR (all but one word), and its BM25F score. */
  base: Float64Array;
  matched: Uint8Array;
  /** Proximity: pair weights, the most it can add, and a scanner over the text stream. */
  pairWeights: number[];
  maxBonus: number;
  scanner: ProximityScanner | null;
}

/** Which fields the query's `in:` lets words match in, and which only add evidence. */
interface FieldUse {
  textOn: number[];
  analysisOn: number[];
  /** Words must be found in the text fields (false: only in quotes / entity names). */
  textMatches: boolean;
  analysisMatches: boolean;
}

function fieldUse(kinds: readonly HitKind[], hasAnalysis: boolean): FieldUse {
  if (!kinds.length) return { textOn: [1, 1, 1], analysisOn: hasAnalysis ? [1, 1] : [0, 0], textMatches: true, analysisMatches: false };
  const k = new Set(kinds);
  const body = k.has('text') || k.has('faq') ? 1 : 0;
  const textOn = [k.has('headline') ? 1 : 0, body, body];
  const analysisOn = hasAnalysis ? [k.has('entity') ? 1 : 0, k.has('quote') ? 1 : 0] : [0, 0];
  return { textOn, analysisOn, textMatches: textOn.some(Boolean), analysisMatches: analysisOn.some(Boolean) };
}

const pool = new Map<number, Counts[]>();
function countsFor(size: number, n: number): Counts[] {
  let list = pool.get(size);
  if (!list) pool.set(size, (list = []));
  while (list.length < n) list.push(newCounts(size));
  for (let i = 0; i < n; i++) {
    list[i].exact.fill(0);
    list[i].prefix.fill(0);
    list[i].typo.fill(0);
  }
  return list.slice(0, n);
}

/** Articles the query's filters let through (outlet, a speaker's quotes, articles with quotes or entities for `in:`). */
function articleFilter(index: SearchIndex, parsed: ParsedQuery): (doc: number) => boolean {
  const { articles, analysis } = index;
  const outletOk = (doc: number) => {
    const outlet = articles[doc].outlet.value;
    return outlet !== null && parsed.outlets.some((o) => namesMatch(o, [outlet]));
  };
  const onlyAnalysis = parsed.kinds.length > 0 && parsed.kinds.every((k) => k === 'quote' || k === 'entity');
  const speakerVerdicts = new Map<string, boolean>();
  const speakerOk = (doc: number) =>
    (analysis?.perArticle[doc].quotes ?? []).some((q) => {
      const name = q.speaker?.name ?? '';
      let ok = speakerVerdicts.get(name + '\u0000' + (q.speaker?.entity ?? ''));
      if (ok === undefined) {
        const names = q.speaker ? [q.speaker.name, ...((q.speaker.entity && analysis?.entities.get(q.speaker.entity)?.aliases) || [])] : [];
        const entity = q.speaker?.entity ? analysis?.entities.get(q.speaker.entity) : undefined;
        if (entity) names.push(entity.name);
        ok = parsed.speakers.every((s) => namesMatch(s, names));
        speakerVerdicts.set(name + '\u0000' + (q.speaker?.entity ?? ''), ok);
      }
      return ok;
    });
  const hasKinds = (doc: number) => {
    const own = analysis?.perArticle[doc];
    return parsed.kinds.some((k) => (k === 'quote' ? (own?.quotes.length ?? 0) > 0 : k === 'entity' ? (own?.entities.length ?? 0) > 0 : true));
  };
  return (doc) =>
    (!parsed.outlets.length || outletOk(doc)) && (!parsed.speakers.length || speakerOk(doc)) && (!onlyAnalysis || hasKinds(doc));
}

/** Slot bits per text term id, for reading articles' word streams. */
function slotMasks(p: Postings, runs: IdRun[][]): Uint32Array {
  const masks = new Uint32Array(p.terms.length);
  runs.forEach((list, s) => {
    for (const r of list) for (let id = r.from; id < r.to; id++) masks[id] |= 1 << s;
  });
  return masks;
}

/** Articles holding an excluded term (a word, or the start of one; a phrase with its words in order). */
function excludedArticles(index: SearchIndex, plan: PlannedBranch, allow: Uint8Array): Uint8Array {
  const p = index.text.postings;
  const out = new Uint8Array(p.size);
  for (const g of plan.excluded.groups) {
    const slots = plan.excluded.slots.slice(g.first, g.last + 1);
    const runs = slots.map((s) => expandSlot(p.terms, s, false));
    const has = runs.map((list) => {
      const docs = new Uint8Array(p.size);
      for (const r of list) for (let q = p.start[r.from]; q < p.start[r.to]; q++) docs[p.docs[q]] = 1;
      return docs;
    });
    const scanner = slots.length > 1 ? new ProximityScanner(p, slotMasks(p, runs), slots.length, [{ first: 0, last: slots.length - 1, adjacent: true }]) : null;
    for (let d = 0; d < p.size; d++) {
      if (!allow[d] || out[d] || !has.every((h) => h[d])) continue;
      if (!scanner || scanner.scan(d).phrasesFound) out[d] = 1;
    }
  }
  return out;
}

function runBranch(index: SearchIndex, plan: PlannedBranch, use: FieldUse, allow: Uint8Array, typingLast: boolean, near: boolean): BranchRun {
  const { text, analysis } = index;
  const p = text.postings;
  const size = p.size;
  const slots = plan.slots.slice(0, MAX_SLOTS);
  const groups = plan.groups.filter((g) => g.last < MAX_SLOTS);
  const textRuns = slots.map((s, i) => expandSlot(p.terms, s, typingLast && i === slots.length - 1));
  const analysisRuns = analysis ? slots.map((s, i) => expandSlot(analysis.postings.terms, s, typingLast && i === slots.length - 1)) : [];
  const idfs = slots.map((_, i) => {
    const source = use.textMatches || !analysis ? p : analysis.postings;
    const runs = use.textMatches || !analysis ? textRuns[i] : analysisRuns[i];
    return idf(size, effectiveDf(source, runs));
  });
  const pooled = countsFor(size, slots.length * 2);
  const textCounts = pooled.slice(0, slots.length);
  const headCounts = pooled.slice(slots.length);
  const base = new Float64Array(size);
  const matched = new Uint8Array(size);
  const analysisCounts = analysis ? slots.map(() => newCounts(size)) : [];
  slots.forEach((_, i) => {
    accumulate(p, text.norms, textRuns[i], use.textOn, textCounts[i], headCounts[i]);
    if (analysis) accumulate(analysis.postings, analysis.norms, analysisRuns[i], use.analysisOn, analysisCounts[i]);
  });
  const excluded = plan.excluded.groups.length ? excludedArticles(index, plan, allow) : null;
  const allowMissing = near && slots.length >= 2 ? 1 : 0;
  for (let d = 0; d < size; d++) {
    if (!allow[d] || (excluded && excluded[d])) continue;
    let score = 0;
    let missing = 0;
    for (let i = 0; i < slots.length; i++) {
      const t = textCounts[i];
      const h = headCounts[i];
      const te = t.exact[d] + t.prefix[d] + t.typo[d] + h.exact[d] + h.prefix[d] + h.typo[d];
      const a = analysis ? analysisCounts[i] : null;
      const inAnalysis = a ? a.exact[d] + a.prefix[d] + a.typo[d] : 0;
      // Most articles lack some word: they are let go before any word of theirs is scored.
      if (!((use.textMatches && te > 0) || (use.analysisMatches && inAnalysis > 0)) && ++missing > allowMissing) break;
      score += RANKING.headlineShare * wordScore(h.exact[d], h.prefix[d], h.typo[d], idfs[i]);
      if (a) score += wordScore(t.exact[d] + a.exact[d], t.prefix[d] + a.prefix[d], t.typo[d] + a.typo[d], idfs[i]);
      else score += wordScore(t.exact[d], t.prefix[d], t.typo[d], idfs[i]);
    }
    if (missing <= allowMissing) {
      matched[d] = missing ? NEAR : COMPLETE;
      base[d] = missing ? score * RANKING.nearShare : score;
    }
  }
  // Phrases need the words in order: read the word streams of the articles that hold them all.
  const needsStream = slots.length > 1 && use.textMatches;
  const masks = needsStream ? slotMasks(p, textRuns) : null;
  const scanner = masks ? new ProximityScanner(p, masks, slots.length, groups) : null;
  if (scanner && groups.some((g) => g.adjacent)) {
    for (let d = 0; d < size; d++) if (matched[d] && !scanner.scan(d).phrasesFound) matched[d] = 0;
  }
  const pairWeights = slots.slice(1).map((_, i) => RANKING.proximity * MAX_SATURATED * Math.min(idfs[i], idfs[i + 1]));
  const maxBonus = scanner ? pairWeights.reduce((a, b) => a + b, 0) : 0;
  return { plan: { ...plan, slots, groups }, textRuns, idf: idfs, base, matched, pairWeights, maxBonus, scanner };
}

function bonusOf(run: BranchRun, doc: number): number {
  if (!run.scanner || !run.matched[doc]) return 0;
  const { pairs } = run.scanner.scan(doc);
  let bonus = 0;
  for (let i = 0; i < pairs.length; i++) bonus += run.pairWeights[i] * pairs[i];
  return bonus;
}

/** A min-heap of scores, to know the n-th best so far. */
class TopScores {
  private readonly heap: number[] = [];
  constructor(private readonly n: number) {}
  push(x: number): void {
    const h = this.heap;
    if (h.length < this.n) {
      h.push(x);
      let i = h.length - 1;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (h[parent] <= h[i]) break;
        [h[parent], h[i]] = [h[i], h[parent]];
        i = parent;
      }
    } else if (x > h[0]) {
      h[0] = x;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < h.length && h[l] < h[m]) m = l;
        if (r < h.length && h[r] < h[m]) m = r;
        if (m === i) break;
        [h[m], h[i]] = [h[i], h[m]];
        i = m;
      }
    }
  }
  /** The n-th best score, or -Infinity while fewer than n were pushed. */
  get floor(): number {
    return this.heap.length < this.n ? -Infinity : this.heap[0];
  }
}

/**
 * The exact ranking, produced lazily: articles are taken in order of their score without
 * proximity, from a heap (a keystroke asks for the first screen, not for thousands sorted);
 * once the next one's score plus the most proximity can add falls below the n-th best final
 * score, the first n are settled.
 */
class LazyRanking {
  /** Positions into `docs` not yet taken, a heap with the best bound on top. */
  private readonly heap: Uint32Array;
  private heapSize: number;
  /** Positions taken, in the order taken. */
  private readonly taken: number[] = [];
  private readonly finals: Float64Array;
  /** `ranked` is exact up to here. */
  private exact = 0;
  private ranked: number[] = [];

  constructor(
    private readonly docs: Uint32Array,
    private readonly upper: Float64Array,
    private readonly maxBonus: number,
    private readonly final: (doc: number) => number,
  ) {
    this.heap = new Uint32Array(docs.length);
    for (let i = 0; i < docs.length; i++) this.heap[i] = i;
    this.heapSize = docs.length;
    for (let i = (this.heapSize >> 1) - 1; i >= 0; i--) this.siftDown(i);
    this.finals = new Float64Array(docs.length);
  }

  get size(): number {
    return this.docs.length;
  }

  /** Position a before b: a higher bound, then reading order. */
  private before(a: number, b: number): boolean {
    const { upper, docs } = this;
    return upper[a] > upper[b] || (upper[a] === upper[b] && docs[a] < docs[b]);
  }

  private siftDown(i: number): void {
    const { heap } = this;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < this.heapSize && this.before(heap[l], heap[m])) m = l;
      if (r < this.heapSize && this.before(heap[r], heap[m])) m = r;
      if (m === i) return;
      const swap = heap[m];
      heap[m] = heap[i];
      heap[i] = swap;
      i = m;
    }
  }

  private pop(): number {
    const top = this.heap[0];
    this.heap[0] = this.heap[--this.heapSize];
    this.siftDown(0);
    return top;
  }

  /** Positions into `docs` of the first n in rank order, and their final scores. */
  top(n: number): { at: number[]; scores: Float64Array } {
    n = Math.min(n, this.docs.length);
    if (n > this.exact) {
      const best = new TopScores(n);
      for (const at of this.taken) best.push(this.finals[at]);
      while (this.heapSize > 0) {
        const at = this.heap[0];
        if (this.taken.length >= n && this.upper[at] + this.maxBonus < best.floor) break;
        this.pop();
        const f = this.maxBonus > 0 ? this.final(this.docs[at]) : this.upper[at];
        this.finals[at] = f;
        best.push(f);
        this.taken.push(at);
      }
      this.ranked = this.taken.slice();
      this.ranked.sort((a, b) => this.finals[b] - this.finals[a] || this.docs[a] - this.docs[b]);
      this.exact = this.heapSize === 0 ? this.docs.length : n;
    }
    return { at: this.ranked.slice(0, n), scores: this.finals };
  }
}

/**
 * The words of an article's text fields marked in `standing` (by term id: they stand for a
 * query word), each once, read from the index's word stream; `seen` is scratch, one mark per term id.
 */
function standingWords(p: Postings, doc: number, standing: Uint8Array, seen: Uint8Array): string[] {
  const ids: number[] = [];
  const stream = p.stream!;
  for (let at = p.streamStart![doc], end = p.streamStart![doc + 1]; at < end; at++) {
    const id = stream[at];
    if (standing[id] && !seen[id]) {
      seen[id] = 1;
      ids.push(id);
    }
  }
  for (const id of ids) seen[id] = 0;
  return ids.map((id) => p.terms[id]);
}

function emptyResults(query: string, warnings: string[], needsAnalysis: boolean): SearchResults {
  return { query, total: 0, near: 0, slice: () => [], snippets: () => [], needsAnalysis, warnings };
}

/** Ranked articles for a query in the syntax of `QUERY_SYNTAX_HELP`; never throws on odd input. */
export function search(index: SearchIndex, query: string, opts: SearchOptions = {}): SearchResults {
  const parsed = parseQuery(query);
  const warnings = [...parsed.warnings];
  const wantsAnalysis = parsed.kinds.some((k) => k === 'quote' || k === 'entity') || parsed.speakers.length > 0;
  const needsAnalysis = wantsAnalysis && !index.analysis;
  if (!isSearchable(parsed) || index.articles.length === 0) return emptyResults(query, warnings, needsAnalysis);
  const size = index.articles.length;
  const use = fieldUse(parsed.kinds, index.analysis !== null);
  if (!use.textMatches && !index.analysis) return emptyResults(query, warnings, needsAnalysis);
  const filter = articleFilter(index, parsed);
  const allow = new Uint8Array(size);
  for (let d = 0; d < size; d++) allow[d] = filter(d) ? 1 : 0;

  const finding = parsed.branches.filter((b) => b.include.length);
  if (finding.some((b) => planBranch(b).slots.length > MAX_SLOTS)) warnings.push(`only the first ${MAX_SLOTS} words of a branch are searched`);
  const typingLast = opts.typing === true && !/\s$/.test(query);
  const near = opts.near === true && !use.analysisMatches && !parsed.speakers.length;
  const runs = finding.map((b, i) => runBranch(index, planBranch(b), use, allow, typingLast && i === finding.length - 1, near));

  // Candidates: every article some branch matches (or, for filters alone, every article they let through).
  // Counted, then listed in typed arrays: a short prefix matches most of the corpus, and JS arrays
  // grown to thousands of numbers at every keystroke filled the young generation (a scavenge a few keystrokes).
  const upper = new Float64Array(size);
  /** Per article: COMPLETE, NEAR (its best branch lacks one word), or 0. */
  const kind = new Uint8Array(size);
  let fullCount = 0;
  let nearCount = 0;
  if (runs.length) {
    for (let d = 0; d < size; d++) {
      let best = -1;
      let whole = false;
      for (const r of runs) {
        if (!r.matched[d]) continue;
        if (r.base[d] > best) best = r.base[d];
        whole ||= r.matched[d] === COMPLETE;
      }
      if (best < 0) continue;
      upper[d] = best;
      kind[d] = whole ? COMPLETE : NEAR;
      if (whole) fullCount++;
      else nearCount++;
    }
  } else {
    const exclusions = parsed.branches.flatMap((b) => b.exclude);
    const excluded = exclusions.length ? excludedArticles(index, planBranch({ include: [], exclude: exclusions }), allow) : null;
    for (let d = 0; d < size; d++) {
      if (allow[d] && !(excluded && excluded[d])) {
        kind[d] = COMPLETE;
        fullCount++;
      }
    }
  }
  let docs = new Uint32Array(fullCount);
  const nearDocs = new Uint32Array(nearCount);
  for (let d = 0, full = 0, nearAt = 0; d < size; d++) {
    if (kind[d] === COMPLETE) docs[full++] = d;
    else if (kind[d] === NEAR) nearDocs[nearAt++] = d;
  }

  // Weighers are kept across keystrokes: the words not being typed weigh as they did.
  const p = index.text.postings;
  const weighers = runs.map((r, b) =>
    r.plan.slots.map((slot, s) => slotWeigher(p.terms, r.textRuns[s], slot, typingLast && b === runs.length - 1 && s === r.plan.slots.length - 1)),
  );
  const snippetQuery: SnippetQuery = {
    branches: runs.map((r, b): SnippetBranch => ({ slots: r.plan.slots, groups: r.plan.groups, idf: r.idf, weigh: (word, s) => weighers[b][s](word) })),
    kinds: parsed.kinds,
    speakers: parsed.speakers,
    // With `in:quotes` / `in:entities` / `by:` a quote or an entity's names must hold every word.
    whole: use.analysisMatches || parsed.speakers.length ? ['quote', 'entity'] : ['entity'],
  };
  const extrasOf = (doc: number) => ({
    quotes: index.analysis?.perArticle[doc].quotes ?? [],
    entities: index.analysis?.perArticle[doc].entities ?? [],
    allEntities: index.analysis?.entities ?? new Map(),
  });
  const seen = new Uint8Array(p.stream ? p.terms.length : 0);
  // The words the index matched for some query word are those looked for in the text.
  let standing: Uint8Array | null = null;
  const standingMarks = () => {
    if (!standing) {
      standing = new Uint8Array(p.terms.length);
      for (const r of runs) for (const list of r.textRuns) for (const run of list) standing.fill(1, run.from, run.to);
    }
    return standing;
  };
  const snippets = (doc: number, max?: number): Snippet[] =>
    articleSnippets(index.articles[doc], extrasOf(doc), snippetQuery, max, p.stream ? standingWords(p, doc, standingMarks(), seen) : undefined);
  // Quotes, speakers and entity names are units: their words must stand in one of them.
  if (use.analysisMatches || parsed.speakers.length) {
    docs = docs.filter((d) => snippets(d, 1).length > 0);
  }

  const maxBonus = Math.max(0, ...runs.map((r) => r.maxBonus));
  const total = docs.length;
  const docArray = new Uint32Array(total + nearDocs.length);
  docArray.set(docs);
  docArray.set(nearDocs, total);
  const final = (doc: number) =>
    Math.max(...runs.map((r) => (r.matched[doc] ? r.base[doc] + bonusOf(r, doc) : -1)));
  // Plain loops: typed arrays' from() with a map function took a third of a short prefix's keystroke.
  const bounds = new Float64Array(docArray.length);
  for (let i = 0; i < docArray.length; i++) bounds[i] = upper[docArray[i]];
  const ranking = new LazyRanking(docArray, bounds, maxBonus, final);
  return {
    query,
    total,
    near: nearDocs.length,
    slice(from, to) {
      const { at, scores } = ranking.top(to);
      return at.slice(from).map((i): ArticleResult => {
        const doc = docArray[i];
        const article = index.articles[doc];
        return { index: doc, article: article.id, headline: article.headline.value, score: scores[i], complete: kind[doc] === COMPLETE };
      });
    },
    snippets,
    needsAnalysis,
    warnings,
  };
}
