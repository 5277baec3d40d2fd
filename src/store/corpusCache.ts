// Corpus-level analysis results (merged entities, quotes with linked speakers, stories), cached by
// a fingerprint of the corpus (every article's id and text, in order) and of the analysis code, so
// that a warm start reads them instead of merging and linking again. Mentions and quotes are kept
// as offsets (article index, start, end) into the corpus, never as copies of its text; every one is
// checked against the articles on reading, and a file that fails is set aside and recomputed.
import { createHash } from 'node:crypto';
import { readdirSync, statSync, unlinkSync } from 'node:fs';
import { dirname, join } from 'node:path';
import * as v from 'valibot';
import type { Story } from '../analysis/align';
import type { Entity, Quote } from '../analysis/types';
import { ANALYSIS_VERSION } from '../corpus/analysisVersion';
import { textHash } from '../corpus/hash';
import type { Article } from '../corpus/types';
import { printable } from '../corpus/sanitize';
import { damagedCacheWarning, readJsonFile, writeFileAtomic } from './atomicFile';
import { storePaths } from './paths';
import { CorpusEntitiesFileSchema, CorpusQuotesFileSchema, CorpusStoriesFileSchema, spanFits } from './schemas';

const FORMAT = 'rknews-corpus-analysis-1';
/** The results of this many corpora are kept (the newest written); older ones are removed. */
const KEEP_CORPORA = 8;

export type CorpusProduct = 'entities' | 'quotes' | 'stories';

export function corpusCacheDir(dir = storePaths().cache): string {
  return join(dir, `corpus-${ANALYSIS_VERSION}`);
}

/** The corpus-level cache beside an entity cache's folder: a test's or a benchmark's caches stay together. */
export function corpusCacheBeside(entityCacheDir: string): string {
  return corpusCacheDir(dirname(entityCacheDir));
}

/** A fingerprint of every article's id and text, in corpus order, and of the analysis code. */
export function corpusKey(articles: readonly Article[]): string {
  const hash = createHash('sha256').update(`${FORMAT}\u0000${ANALYSIS_VERSION}`);
  for (const a of articles) hash.update(`\u0000${a.id}\u0000${textHash(a.text)}`);
  return hash.digest('base64url').slice(0, 32);
}

export interface CorpusCache {
  readonly key: string;
  entities(): Entity[] | null;
  quotes(): Quote[] | null;
  stories(): Story[] | null;
  /** Saves a product; returns a warning when it could not be written (never throws). */
  save(product: 'entities', value: Entity[]): string | null;
  save(product: 'quotes', value: Quote[]): string | null;
  save(product: 'stories', value: Story[]): string | null;
  /** For the user: files found damaged (set aside) or not matching the corpus (recomputed). */
  readonly warnings: string[];
}

export function openCorpusCache(articles: readonly Article[], dir = corpusCacheDir(), key = corpusKey(articles)): CorpusCache {
  const warnings: string[] = [];
  const fileOf = (product: CorpusProduct) => join(dir, `${key}.${product}.json`);
  const indexOf = new Map(articles.map((a, i) => [a.id, i]));
  const fits = (article: number, start: number, end: number) => article < articles.length && spanFits({ start, end }, articles[article].text.length);

  function read<S extends v.GenericSchema>(product: CorpusProduct, schema: S): v.InferOutput<S> | null {
    const got = readJsonFile(fileOf(product), schema);
    if (got.status === 'corrupt') warnings.push(damagedCacheWarning(`${product}`, got));
    if (got.status !== 'ok') return null;
    if ((got.value as { key: string }).key !== key) return null;
    return got.value;
  }

  /** A file that parsed but whose offsets do not fit the corpus (edited by hand, or a hash clash). */
  const misfit = (product: CorpusProduct) => {
    warnings.push(`the ${product} cache did not fit the corpus and was recomputed`);
    return null;
  };

  function write(product: CorpusProduct, body: unknown): string | null {
    try {
      writeFileAtomic(fileOf(product), JSON.stringify({ format: FORMAT, key, ...(body as object) }));
      prune(dir);
      return null;
    } catch (error) {
      return `could not write the ${product} cache: ${printable((error as Error).message)}`;
    }
  }

  return {
    key,
    warnings,
    entities() {
      const file = read('entities', CorpusEntitiesFileSchema);
      if (!file) return null;
      const out: Entity[] = [];
      for (const e of file.entities) {
        const m = e.mentions;
        if (m.length % 3 !== 0) return misfit('entities');
        const mentions: Entity['mentions'] = [];
        for (let k = 0; k < m.length; k += 3) {
          if (!fits(m[k], m[k + 1], m[k + 2])) return misfit('entities');
          mentions.push({ article: articles[m[k]].id, span: { start: m[k + 1], end: m[k + 2] } });
        }
        out.push({ id: e.id, name: e.name, type: e.type, aliases: e.aliases, mentions });
      }
      return out;
    },
    quotes() {
      const file = read('quotes', CorpusQuotesFileSchema);
      if (!file) return null;
      const out: Quote[] = [];
      for (const q of file.quotes) {
        if (!fits(q.a, q.s, q.e) || (q.cue && !fits(q.a, q.cue[0], q.cue[1]))) return misfit('quotes');
        const article = articles[q.a];
        out.push({
          id: q.id,
          article: article.id,
          span: { start: q.s, end: q.e },
          text: q.t ?? article.text.slice(q.s, q.e),
          speaker: q.who,
          ...(q.cue ? { cue: { start: q.cue[0], end: q.cue[1] } } : {}),
        });
      }
      return out;
    },
    stories() {
      const file = read('stories', CorpusStoriesFileSchema);
      if (!file) return null;
      const known = (id: string) => indexOf.has(id);
      const ok = file.stories.every((s) => s.articles.every(known) && s.members.every((m) => known(m.id) && m.duplicates.every((d) => known(d.id))));
      return ok ? file.stories : misfit('stories');
    },
    save(product: CorpusProduct, value: Entity[] | Quote[] | Story[]): string | null {
      switch (product) {
        case 'entities':
          return write(product, {
            entities: (value as Entity[]).map((e) => ({
              id: e.id,
              name: e.name,
              type: e.type,
              aliases: e.aliases,
              mentions: e.mentions.flatMap((m) => [indexOf.get(m.article)!, m.span.start, m.span.end]),
            })),
          });
        case 'quotes':
          return write(product, {
            quotes: (value as Quote[]).map((q) => {
              const a = indexOf.get(q.article)!;
              const sliced = articles[a].text.slice(q.span.start, q.span.end);
              return { id: q.id, a, s: q.span.start, e: q.span.end, who: q.speaker, ...(q.text === sliced ? {} : { t: q.text }), ...(q.cue ? { cue: [q.cue.start, q.cue.end] } : {}) };
            }),
          });
        case 'stories':
          return write(product, { stories: value });
      }
    },
  } as CorpusCache;
}

/** Removes the files of all but the KEEP_CORPORA most recently written corpora (best effort). */
function prune(dir: string): void {
  try {
    const files = readdirSync(dir).filter((f) => /^[\w-]{32}\.\w+\.json$/.test(f));
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
