// PolNeAR as converted in ../shared/dev/polnear: each article's quoted strings that lie in an
// attribution's content (gold quotes). Candidates are matched to them with the scorer's rule
// (score/polnear.py): normalised texts equal, or one containing the other and covering 80% of it.
import { readFileSync } from 'node:fs';

export interface GoldQuote { start: number; text: string; source: string; speaker_kind: string; heads: string[] }
export interface GoldArticle { id: string; text: string; quotes: GoldQuote[] }

export function readGold(path: string): GoldArticle[] {
  return JSON.parse(readFileSync(path, 'utf8')) as GoldArticle[];
}

/** The scorer's text normalisation: NFKC, straight quotes, collapsed space, lower case, marks and trailing punctuation off. */
export function normalise(s: string): string {
  let t = s.normalize('NFKC').replace(/[’‘]/gu, "'").replace(/[“”]/gu, '"').replace(/\s+/gu, ' ').trim().toLowerCase();
  for (let prev = ''; prev !== t;) {
    prev = t;
    t = t.replace(/^[ "']+|[ "']+$/gu, '').replace(/(?:\.\.\.|…|[,.;:!?\s])+$/u, '').replace(/^(?:\.\.\.|…|[,.;:\s])+/u, '');
  }
  return t;
}

/** 2 when equal, 1 when one holds the other and covers 80% of it, else 0. */
export function similarity(a: string, b: string): number {
  if (a === b) return 2;
  if (a && b && (a.includes(b) || b.includes(a)) && Math.min(a.length, b.length) / Math.max(a.length, b.length) >= 0.8) return 1;
  return 0;
}

/** For each candidate, the index of the gold quote it matches one to one (equal texts first, then the nearest), or -1. */
export function matchGold(gold: GoldQuote[], candidates: { text: string; start: number }[]): number[] {
  const g = gold.map((q) => normalise(q.text));
  const c = candidates.map((q) => normalise(q.text));
  const pairs: [number, number, number, number][] = [];
  g.forEach((gt, i) => c.forEach((ct, j) => {
    const sim = similarity(gt, ct);
    if (sim > 0) pairs.push([-sim, Math.abs(candidates[j].start - gold[i].start), i, j]);
  }));
  pairs.sort((a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2] || a[3] - b[3]);
  const out = candidates.map(() => -1);
  const used = new Set<number>();
  for (const [, , i, j] of pairs) {
    if (used.has(i) || out[j] >= 0) continue;
    used.add(i);
    out[j] = i;
  }
  return out;
}
