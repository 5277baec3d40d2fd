// Reads an annotated CoNLL-2003 split as converted in ../shared/dev (text and gold character spans).
import { readFileSync } from 'node:fs';
import type { TagType } from '../../src/analysis/entities/tagger/decode';
import { mayBeInside } from '../../src/analysis/entities/tagger/features';
import { tagTokens } from '../../src/analysis/entities/tagger/tokens';

export interface GoldDoc {
  id: string;
  text: string;
  mentions: { start: number; end: number; type: TagType; kind: string }[];
  /** Each sentence's span and kind (headline, dateline, caps, table, prose). */
  sentences: [number, number, string][];
}

export function readGold(path: string): GoldDoc[] {
  const raw = JSON.parse(readFileSync(path, 'utf8')) as {
    id: string; text: string; mentions: { start: number; end: number; type: string; kind: string }[]; sentence_spans: [number, number, string][];
  }[];
  return raw.map((d) => ({ id: d.id, text: d.text, sentences: d.sentence_spans, mentions: d.mentions.map((m) => ({ ...m, type: m.type as TagType })) }));
}

/**
 * Words newswire writes in lower case more often than capitalised where position explains nothing:
 * a word written in capitals in a headline is read as such a word.
 */
export function lowercaseWords(docs: { text: string }[]): string[] {
  const lower = new Map<string, number>();
  const cap = new Map<string, number>();
  for (const d of docs) {
    for (const m of d.text.matchAll(/(?<=[\p{Ll},;] )\p{L}[\p{L}'-]*/gu)) {
      const w = m[0];
      const l = w.toLowerCase();
      const map = w === l ? lower : /^\p{Lu}\p{Ll}/u.test(w) ? cap : undefined;
      map?.set(l, (map.get(l) ?? 0) + 1);
    }
  }
  return [...lower].filter(([w, n]) => n >= 2 && n > (cap.get(w) ?? 0)).map(([w]) => w).sort();
}

/** Tokens without capitals or digits inside annotated names ("Bank of England", "Leonardo da Vinci", "AT & T"). */
export function insideWords(docs: GoldDoc[]): string[] {
  const out = new Set<string>();
  for (const d of docs) {
    for (const m of d.mentions) {
      for (const t of tagTokens(d.text.slice(m.start, m.end))) if (!mayBeInside(t.text)) out.add(t.text);
    }
  }
  return [...out].sort();
}
