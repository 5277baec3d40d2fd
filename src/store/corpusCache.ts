// Corpus-level analysis results (merged entities, quotes with linked speakers, stories), cached by
// a fingerprint of the corpus (every article's id and text, in order) and of the analysis code, so
// that a warm start reads them instead of merging and linking again. Mentions and quotes are kept
// as offsets (article index, start, end) into the corpus, never as copies of its text; every one is
// checked against the articles on reading, and a file that fails is set aside or recomputed.
// Reading and writing go a slice at a time: the reader's UI thread runs them. A file is JSON Lines
// (a header, then an item a line), so that even parsing it is done a line at a time: parsing the
// 6 MB of Reuters' entities in one piece blocked the UI for up to a quarter of a second.
import { createHash } from 'node:crypto';
import { readdirSync, statSync, unlinkSync } from 'node:fs';
import { dirname, join } from 'node:path';
import * as v from 'valibot';
import type { Story } from '../analysis/align';
import { complete, SLICE_MS, yieldToEventLoop } from '../analysis/slices';
import type { Entity, Quote } from '../analysis/types';
import { ANALYSIS_VERSION } from '../corpus/analysisVersion';
import { textHash } from '../corpus/hash';
import type { Article } from '../corpus/types';
import { printable } from '../corpus/sanitize';
import { damagedCacheWarning, readTextFileAsync, setAsideDamaged, writeLinesAtomicAsync } from './atomicFile';
import { storePaths } from './paths';
import { CorpusEntitySchema, CorpusFileHeaderSchema, CorpusQuoteSchema, CorpusStorySchema, firstProblem, spanFits } from './schemas';

const FORMAT = 'rknews-corpus-analysis-2';
/** The results of this many corpora are kept (the newest written); older ones are removed. */
const KEEP_CORPORA = 8;

export type CorpusProduct = 'entities' | 'quotes' | 'stories';

function corpusCacheDir(dir = storePaths().cache): string {
  return join(dir, `corpus-${ANALYSIS_VERSION}`);
}

/** The corpus-level cache beside an entity cache's folder: a test's or a benchmark's caches stay together. */
export function corpusCacheBeside(entityCacheDir: string): string {
  return corpusCacheDir(dirname(entityCacheDir));
}

/** A fingerprint of every article's id and text, in corpus order, and of the analysis code. */
export function corpusKey(articles: readonly Article[]): string {
  return complete(corpusKeySteps(articles));
}

/** corpusKey an article at a time: hashing (and first parsing) every article of Reuters blocked the reader for 0.7 s. */
export function* corpusKeySteps(articles: readonly Article[]): Generator<void, string> {
  const hash = createHash('sha256').update(`${FORMAT}\u0000${ANALYSIS_VERSION}`);
  for (const a of articles) {
    hash.update(`\u0000${a.id}\u0000${textHash(a.text)}`);
    yield;
  }
  return hash.digest('base64url').slice(0, 32);
}

export interface CorpusCache {
  readonly key: string;
  entities(): Promise<Entity[] | null>;
  quotes(): Promise<Quote[] | null>;
  stories(): Promise<Story[] | null>;
  /** Saves a product; resolves with a warning when it could not be written (never rejects). */
  save(product: 'entities', value: Entity[]): Promise<string | null>;
  save(product: 'quotes', value: Quote[]): Promise<string | null>;
  save(product: 'stories', value: Story[]): Promise<string | null>;
  /** For the user: files found damaged (set aside) or not matching the corpus (recomputed). */
  readonly warnings: string[];
}

/** Maps the items a slice at a time, yielding to the event loop between slices; null as soon as one maps to null. */
async function mapInSlices<T, R>(items: readonly T[], f: (item: T) => R | null): Promise<R[] | null> {
  const out: R[] = [];
  let sliceStart = performance.now();
  for (const item of items) {
    const r = f(item);
    if (r === null) return null;
    out.push(r);
    if (performance.now() - sliceStart >= SLICE_MS) {
      await yieldToEventLoop();
      sliceStart = performance.now();
    }
  }
  return out;
}

export function openCorpusCache(articles: readonly Article[], dir = corpusCacheDir(), key = corpusKey(articles)): CorpusCache {
  const warnings: string[] = [];
  const fileOf = (product: CorpusProduct) => join(dir, `${key}.${product}.jsonl`);
  const indexOf = new Map(articles.map((a, i) => [a.id, i]));
  const fits = (article: number, start: number, end: number) => article < articles.length && spanFits({ start, end }, articles[article].text.length);

  /** The file's items, each checked and turned back into what the analysis made; null when absent, for another corpus, or not fitting. */
  async function read<S extends v.GenericSchema, R>(product: CorpusProduct, item: S, toValue: (raw: v.InferOutput<S>) => R | null): Promise<R[] | null> {
    const file = fileOf(product);
    const got = await readTextFileAsync(file);
    if (got.status === 'corrupt') warnings.push(damagedCacheWarning(product, got));
    if (got.status !== 'ok') return null;
    const damaged = (reason: string) => {
      warnings.push(damagedCacheWarning(product, setAsideDamaged(file, reason)));
      return null;
    };
    const lines = got.text.split('\n');
    let header: v.InferOutput<typeof CorpusFileHeaderSchema>;
    try {
      const parsed = v.safeParse(CorpusFileHeaderSchema, JSON.parse(lines[0]));
      if (!parsed.success) return damaged(`unexpected structure (${firstProblem(parsed.issues)})`);
      header = parsed.output;
    } catch (error) {
      return damaged((error as Error).message);
    }
    // Another version's file, or another corpus's (a hash clash): not damaged, only not this one's.
    if (header.format !== FORMAT || header.key !== key || header.product !== product) return null;
    if (lines.length !== header.count + 1) return damaged(`${lines.length - 1} items where the header says ${header.count}`);
    let problem: string | null = null;
    const values = await mapInSlices(lines.slice(1), (line) => {
      try {
        const parsed = v.safeParse(item, JSON.parse(line));
        if (parsed.success) return toValue(parsed.output);
        problem = `unexpected structure (${firstProblem(parsed.issues)})`;
      } catch (error) {
        problem = (error as Error).message;
      }
      return null;
    });
    if (problem !== null) return damaged(problem);
    if (values === null) warnings.push(`the ${product} cache did not fit the corpus and was recomputed`);
    return values;
  }

  const toEntity = (e: v.InferOutput<typeof CorpusEntitySchema>): Entity | null => {
    const m = e.mentions;
    if (m.length % 3 !== 0) return null;
    const mentions: Entity['mentions'] = [];
    for (let k = 0; k < m.length; k += 3) {
      if (!fits(m[k], m[k + 1], m[k + 2])) return null;
      mentions.push({ article: articles[m[k]].id, span: { start: m[k + 1], end: m[k + 2] } });
    }
    return { id: e.id, name: e.name, type: e.type, aliases: e.aliases, mentions };
  };

  const toQuote = (q: v.InferOutput<typeof CorpusQuoteSchema>): Quote | null => {
    if (!fits(q.a, q.s, q.e) || (q.cue && !fits(q.a, q.cue[0], q.cue[1]))) return null;
    const article = articles[q.a];
    const speaker = q.who ? { name: q.who.name, ...(q.who.entity === undefined ? {} : { entity: q.who.entity }) } : null;
    return {
      id: q.id,
      article: article.id,
      span: { start: q.s, end: q.e },
      text: q.t ?? article.text.slice(q.s, q.e),
      speaker,
      ...(q.cue ? { cue: { start: q.cue[0], end: q.cue[1] } } : {}),
    };
  };

  const known = (id: string) => indexOf.has(id);
  const toStory = (s: Story): Story | null =>
    s.articles.every(known) && s.members.every((m) => known(m.id) && m.duplicates.every((d) => known(d.id))) ? s : null;

  const compactEntity = (e: Entity) => ({
    id: e.id,
    name: e.name,
    type: e.type,
    aliases: e.aliases,
    mentions: e.mentions.flatMap((m) => [indexOf.get(m.article)!, m.span.start, m.span.end]),
  });

  const compactQuote = (q: Quote) => {
    const a = indexOf.get(q.article)!;
    const sliced = articles[a].text.slice(q.span.start, q.span.end);
    return { id: q.id, a, s: q.span.start, e: q.span.end, who: q.speaker, ...(q.text === sliced ? {} : { t: q.text }), ...(q.cue ? { cue: [q.cue.start, q.cue.end] } : {}) };
  };

  async function write<T>(product: CorpusProduct, items: readonly T[], compact: (item: T) => unknown): Promise<string | null> {
    const parts = await mapInSlices(items, (item) => JSON.stringify(compact(item)));
    try {
      const header = JSON.stringify({ format: FORMAT, key, product, count: items.length });
      await writeLinesAtomicAsync(fileOf(product), [header, ...parts!]);
      prune(dir);
      return null;
    } catch (error) {
      return `could not write the ${product} cache: ${printable((error as Error).message)}`;
    }
  }

  return {
    key,
    warnings,
    entities: () => read('entities', CorpusEntitySchema, toEntity),
    quotes: () => read('quotes', CorpusQuoteSchema, toQuote),
    stories: () => read('stories', CorpusStorySchema, toStory),
    save(product: CorpusProduct, value: Entity[] | Quote[] | Story[]): Promise<string | null> {
      switch (product) {
        case 'entities':
          return write(product, value as Entity[], compactEntity);
        case 'quotes':
          return write(product, value as Quote[], compactQuote);
        case 'stories':
          return write(product, value as Story[], (s) => s);
      }
    },
  } as CorpusCache;
}

/** Removes the files of all but the KEEP_CORPORA most recently written corpora (best effort). */
function prune(dir: string): void {
  try {
    const files = readdirSync(dir).filter((f) => /^[\w-]{32}\.\w+\.jsonl$/.test(f));
    const newest = new Map<string, number>();
    for (const f of files) {
      const key = f.slice(0, 32);
      newest.set(key, Math.max(newest.get(key) ?? 0, statSync(join(dir, f)).mtimeMs));
    }
    const old = new Set([...newest].sort((a, b) => b[1] - a[1]).slice(KEEP_CORPORA).map(([key]) => key));
    for (const f of files) if (old.has(f.slice(0, 32))) unlinkSync(join(dir, f));
  } catch {
    // Another rknews pruned it first, or the folder is unreadable: the next write tries again.
  }
}
