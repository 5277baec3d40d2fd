// Counts are exact: what search says matches is what a plain scan of every article finds,
// on the seeds and on a generated corpus of 3,000 articles (typos, swapped and dropped words).
import { describe, expect, it } from 'vitest';
import { synthArticles } from '../../bench/synth';
import type { Article } from '../../src/corpus/types';
import { buildSearchIndex, search } from '../../src/search';
import { stem } from '../../src/search/stem';
import { boundedEditDistance, typoAllowance, wordTokens } from '../../src/search/text';
import { seedCorpus } from '../helpers/corpus';

/** An article's word runs as search reads them: the stated headline apart from the text (never joined to it). */
function runs(a: Article): string[][] {
  const headline = a.titleLine ? [] : a.headline.from === 'explicit' ? [wordTokens(a.headline.value)] : [];
  return [...headline, wordTokens(a.text)];
}

/** Articles holding the phrase's words next to each other, by a scan of every article. */
function scanPhrase(articles: readonly Article[], phrase: string): string[] {
  const words = wordTokens(phrase);
  return articles
    .filter((a) => runs(a).some((run) => run.some((_, i) => words.every((w, k) => run[i + k] === w))))
    .map((a) => a.id);
}

/** A document word a plain query word stands for: itself, a longer word it starts, another form, a typo within the allowance. */
function standsFor(word: string, token: string): boolean {
  if (word === token || (token.length >= 2 && word.startsWith(token))) return true;
  if (/^[a-z]{4,}$/.test(token) && /^[a-z]{4,}$/.test(word) && stem(word) === stem(token)) return true;
  const allowed = typoAllowance(token.length);
  return allowed > 0 && boundedEditDistance(word, token, allowed) <= allowed;
}

const stemmable = (w: string) => /^[a-z]{4,}$/.test(w);

/** The other forms of a query word's one-edit corrections count too, when there are at most three corrections. */
function correctionStems(vocabulary: readonly string[], token: string): Set<string> {
  const allowed = typoAllowance(token.length);
  if (!allowed) return new Set();
  const corrections = vocabulary.filter(
    (w) => w !== token && !w.startsWith(token) && !(stemmable(w) && stemmable(token) && stem(w) === stem(token)) && boundedEditDistance(w, token, 1) === 1,
  );
  return new Set(corrections.length <= 3 ? corrections.filter(stemmable).map(stem) : []);
}

function scanWords(articles: readonly Article[], query: string): string[] {
  const tokens = wordTokens(query);
  const vocabulary = [...new Set(articles.flatMap((a) => runs(a).flat()))];
  const extra = tokens.map((t) => correctionStems(vocabulary, t));
  // Each distinct word is judged once per query word.
  const verdicts = tokens.map(() => new Map<string, boolean>());
  const judged = (w: string, i: number) => {
    let v = verdicts[i].get(w);
    if (v === undefined) verdicts[i].set(w, (v = standsFor(w, tokens[i]) || (stemmable(w) && extra[i].has(stem(w)))));
    return v;
  };
  return articles
    .filter((a) => {
      const words = [...new Set(runs(a).flat())];
      return tokens.every((_, i) => words.some((w) => judged(w, i)));
    })
    .map((a) => a.id);
}

const found = (articles: Article[], q: string) => {
  const r = search(buildSearchIndex(articles), q);
  return r.slice(0, r.total).map((a) => a.article).sort();
};

describe('counts against a plain scan', () => {
  const seeds = seedCorpus().articles;
  const synth = synthArticles({ articles: 3000, seed: 5, maxSentences: 15 });
  const synthIndex = buildSearchIndex(synth);
  const synthFound = (q: string) => {
    const r = search(synthIndex, q);
    expect(r.slice(0, r.total)).toHaveLength(r.total);
    return r.slice(0, r.total).map((a) => a.article).sort();
  };

  it('phrases and exact words on the seeds', () => {
    for (const q of ['korea', 'putin', 'space launch center', 'north korean', 'the', 'vladimir putin', 'arms', 'of the']) {
      expect(found(seeds, `"${q}"`), q).toEqual(scanPhrase(seeds, q).sort());
    }
  });

  it('plain words (prefixes, other forms, typos) on the seeds', () => {
    for (const q of ['korea', 'putn', 'satelite', 'missle launch', 'kim putin', 'unconditonal suport', 'artilery']) {
      expect(found(seeds, q), q).toEqual(scanWords(seeds, q).sort());
    }
  });

  it('phrases and words on 3,000 generated articles', { timeout: 60_000 }, () => {
    for (const q of ['korea', 'putin', 'north korean leader', 'the', 'russian president', 'weapons']) {
      const ids = synthFound(`"${q}"`);
      expect(ids.length, q).toBeGreaterThan(0);
      expect(ids, q).toEqual(scanPhrase(synth, q).sort());
    }
    for (const q of ['satelite', 'kremlin spokesman', 'artilery shells', 'unconditonal']) {
      expect(synthFound(q), q).toEqual(scanWords(synth, q).sort());
    }
  });
});
