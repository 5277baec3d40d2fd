// Scores extracted quotes against the gold file, with the matching rule of
// /work/shared/gold/README.md: text equal ignoring case, surrounding quotation marks,
// whitespace and trailing punctuation; speaker right when it names the gold speaker
// (or any form of its gold entity), possibly after a title/role or before an appositive,
// or matches a `speaker_accept` pattern.
import type { Quote } from '../../src/analysis/types';

interface GoldEntity { name: string; mentions: string[]; accept?: string[] }
interface GoldQuote { text: string; speaker: string; kind: string; speaker_accept?: string[] }
export interface GoldArticle {
  file: string;
  people: GoldEntity[];
  organizations: GoldEntity[];
  places: GoldEntity[];
  quotes: GoldQuote[];
}

export interface QuoteRow {
  file: string;
  gold: string;
  goldSpeaker: string;
  found: boolean;
  speaker: string | null;
  speakerRight: boolean;
}

export interface QuoteEval {
  total: number;
  found: number;
  speakersRight: number;
  extras: { file: string; text: string; speaker: string | null }[];
  rows: QuoteRow[];
}

/** Quote text for comparison: case, surrounding marks, whitespace and trailing punctuation ignored. */
export function normQuote(s: string): string {
  return s.toLowerCase().replace(/[‘’]/gu, "'").replace(/\s+/gu, ' ').trim()
    .replace(/^["“”«»'\s]+|["“”«»'\s]+$/gu, '')
    .replace(/[\s.,;:!?"“”'»]+$/u, '');
}

/** Name key of the entity rule: case, punctuation, hyphens, spacing, a leading "the", a trailing "'s" ignored. */
export function normName(s: string): string {
  return s.toLowerCase().replace(/[‘’]/gu, "'").trim().replace(/^the\s+/u, '').replace(/'s$/u, '')
    .replace(/[^\p{L}\p{N}]/gu, '');
}

function nameWords(s: string): string[] {
  return s.split(/\s+/u).map(normName).filter(Boolean);
}

function endsWithWords(name: string, form: string): boolean {
  const n = nameWords(name);
  const f = nameWords(form);
  return f.length > 0 && f.length <= n.length && f.every((w, i) => n[n.length - f.length + i] === w);
}

/** Every form that names the gold speaker: itself, and its gold entity's name, mentions and accept forms. */
function speakerForms(a: GoldArticle, speaker: string): string[] {
  const all = [...a.people, ...a.organizations, ...(a.places ?? [])];
  const key = normName(speaker);
  const e = all.find((x) => normName(x.name) === key || x.mentions.some((m) => normName(m) === key));
  return [speaker, ...(e ? [e.name, ...e.mentions, ...(e.accept ?? [])] : [])];
}

export function speakerRight(a: GoldArticle, g: GoldQuote, name: string | null): boolean {
  if (!name) return false;
  const forms = speakerForms(a, g.speaker);
  const head = name.split(',')[0];
  for (const f of forms) {
    if (normName(name) === normName(f) || normName(head) === normName(f)) return true;
    if (endsWithWords(name, f) || endsWithWords(head, f)) return true;
  }
  return (g.speaker_accept ?? []).some((p) => new RegExp(p, 'iu').test(name));
}

export function evaluateQuotes(gold: GoldArticle[], quotesFor: (file: string) => Quote[]): QuoteEval {
  const result: QuoteEval = { total: 0, found: 0, speakersRight: 0, extras: [], rows: [] };
  for (const a of gold) {
    const got = quotesFor(a.file);
    const used = new Set<Quote>();
    for (const g of a.quotes) {
      result.total++;
      const hit = got.find((q) => !used.has(q) && normQuote(q.text) === normQuote(g.text));
      if (hit) used.add(hit);
      const right = hit ? speakerRight(a, g, hit.speaker?.name ?? null) : false;
      if (hit) result.found++;
      if (right) result.speakersRight++;
      result.rows.push({ file: a.file, gold: g.text, goldSpeaker: g.speaker, found: !!hit, speaker: hit?.speaker?.name ?? null, speakerRight: right });
    }
    for (const q of got) if (!used.has(q)) result.extras.push({ file: a.file, text: q.text, speaker: q.speaker?.name ?? null });
  }
  return result;
}

const cut = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

export function formatQuoteEval(e: QuoteEval): string {
  const lines = [
    `Quotes: found ${e.found}/${e.total}, speakers right ${e.speakersRight}/${e.total}, extras ${e.extras.length}`,
  ];
  for (const r of e.rows) {
    const mark = !r.found ? 'MISS' : r.speakerRight ? 'ok  ' : 'SPKR';
    lines.push(`  ${mark} ${r.file.slice(0, 3)} ${cut(r.gold, 48).padEnd(48)} gold: ${r.goldSpeaker} | got: ${r.speaker ?? '—'}`);
  }
  for (const x of e.extras) lines.push(`  EXTRA ${x.file.slice(0, 3)} ${cut(x.text, 48).padEnd(48)} got: ${x.speaker ?? '—'}`);
  return lines.join('\n');
}
