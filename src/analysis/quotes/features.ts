// What the speech model (speech.ts) reads of a quotation candidate: its length, how the frame
// credits it, the word before its opening mark, the character after its closing one, and signs
// of speech (a speech verb in the frame, first-person words inside). Features are strings; the
// model weighs those it learned and ignores the rest.
import type { QuotedSpan } from './marks';
import type { Frame } from './frames';
import { segmentsOf } from './cues';
import { SPEECH_WORD } from './lexicon';

export function wordCount(s: string): number {
  return s.match(/[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

const SMALL_WORDS = new Set(['and', 'the', 'of', 'a', 'an', 'in', 'on', 'for', 'to', 'at', 'with', '&']);

/** Up to eight words, every one but the small ones capitalised: the shape of a title ("Face the Nation"). */
export function titleCased(s: string): boolean {
  const words = s.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu) ?? [];
  if (words.length === 0 || words.length > 8 || !/^[\p{Lu}\p{N}]/u.test(words[0] ?? '')) return false;
  return words.every((w) => SMALL_WORDS.has(w.toLowerCase()) || /^[\p{Lu}\p{N}]/u.test(w));
}

// First- and second-person words: a quotation that has them is someone talking.
const PERSONAL = /(?:^|[^\p{L}])(?:I|I['’]\p{L}+|[Ww]e|[Ww]e['’]\p{L}+|[Mm]y|[Oo]ur|me|us|[Yy]ou|[Yy]ou['’]\p{L}+|[Yy]our)(?![\p{L}])/u;

function lengthBucket(words: number): string {
  return words <= 3 ? `w${words}` : words <= 6 ? 'w4-6' : 'w7+';
}

/** The word or mark right before the opening quotation mark, lower case ("^" at a paragraph's start). */
function wordBefore(text: string, at: number): string {
  const m = /([\p{L}\p{N}'’-]+|\S)\s*$/u.exec(text.slice(Math.max(0, at - 30), at));
  if (!m || /\n\s*$/u.test(text.slice(Math.max(0, at - 3), at))) return '^';
  return m[1].toLowerCase();
}

/** The kind of character right after the closing mark. */
function charAfter(text: string, at: number): string {
  const c = text[at];
  if (c === undefined || c === '\n') return '$';
  if (/\p{L}/u.test(c)) return 'letter';
  if (/\s/u.test(c)) return /\p{Lu}/u.test(text[at + 1] ?? '') ? 'space-cap' : 'space';
  return c;
}

/** The word right after the closing mark and a space, lower case ("ad" of "the “No Comparison” ad"), or "". */
function wordAfter(text: string, at: number): string {
  return /^\s([\p{L}'’-]+)/u.exec(text.slice(at, at + 30))?.[1].toLowerCase() ?? '';
}

/**
 * The features of quotation `q` of `frame`. `credit` says how the frame credits its quotations
 * ("cue:after", "continues", "subject", "cue:none", …); `speaker` whether anyone was credited;
 * `named` the types of the entities the frame names outside its quotations.
 */
export function candidateFeatures(
  text: string, frame: Frame, q: QuotedSpan, credit: string, speaker: boolean, named: ReadonlySet<string>, label: boolean,
): string[] {
  const inner = text.slice(q.inner.start, q.inner.end).trim();
  const length = lengthBucket(wordCount(inner));
  const k = frame.quotes.indexOf(q);
  const segments = segmentsOf(frame);
  const outside = (from: number, to: number) => segments.slice(from, to).some((s) => SPEECH_WORD.test(text.slice(s.start, s.end)));
  const out = [
    length, `credit:${credit}`, `${length}|${credit}`, `before:${wordBefore(text, q.outer.start)}`, `after:${charAfter(text, q.outer.end)}`,
    `quotes:${Math.min(frame.quotes.length, 3)}`,
  ];
  if (speaker) out.push('speaker', `${length}|speaker`);
  for (const type of named) out.push(`names:${type}`, `${length}|names:${type}`);
  const next = wordAfter(text, q.outer.end);
  if (next) out.push(`next:${next}`);
  // "calling him a “stiff”", "calls it “the pearl”": a speech verb a few words before the mark.
  if (SPEECH_WORD.test(text.slice(Math.max(frame.span.start, q.outer.start - 30), q.outer.start))) out.push('verb-near', `${length}|verb-near`);
  if (outside(0, k + 1)) out.push('verb-before', `${length}|verb-before`);
  if (outside(k + 1, segments.length)) out.push('verb-after', `${length}|verb-after`);
  if (/^[\s\p{P}]*$/u.test(text.slice(segments[0].start, segments[0].end)) && k === 0) out.push('opens-frame');
  if (/[.,!?;:]$/u.test(inner)) out.push('ends-in-punctuation');
  if (/^\p{Lu}/u.test(inner)) out.push('capital');
  if (titleCased(inner)) out.push('title-case');
  if (PERSONAL.test(inner)) out.push('personal');
  if (!q.closed) out.push('open');
  if (label) out.push('label', `${length}|label`, `label|${credit}`);
  return out;
}
