// Quotation extraction and attribution: extractQuotes(article, entities) -> Quote[].
//
// Rules (see cues.ts for the attribution patterns, speaker.ts for resolution):
// - Every span inside double quotation marks (straight or curly) in the body's paragraphs
//   is a candidate; apostrophes and single quotes never delimit a quotation.
// - Whether a quotation is someone's words or a scare quote, title or label is learned: a
//   logistic model (speech.ts) over its features (features.ts: length, how its frame credits it,
//   the words around its marks, a speech verb nearby), trained on PolNeAR by scripts/train-quotes.
//   A label nobody is credited with (after "titled", "so-called", "the film") is always left out.
// - A frame (sentence, or sentences joined by a quotation) credits all its quotations to the
//   speaker its cue names. A frame that opens with a quotation and has no cue continues the
//   speaker of the frame directly before it (same paragraph, or the end of the previous one);
//   reported speech without marks ("Smith said the plan…") counts as that frame's speaker.
// - "he"/"she"/"the 21-year-old" -> the last person credited or named as a subject (skipping
//   one whose title gives the other gender); "it" -> the last organisation credited;
//   "they" -> the last group ("MPs", "officials"); "the report/agency" -> the outlet named
//   earlier. Speakers link to entities (Speaker.name is then the entity's canonical name).
// - A frame no cue credits goes to the first person it names when a verb of saying follows
//   them ("Smith then called the plan “a mistake”"). Anything else keeps speaker null.
import type { Article, Span } from '../../corpus/types';
import type { Entity, Quote } from '../types';
import { findQuotedSpans, type QuotedSpan } from './marks';
import { buildFrames, type Frame } from './frames';
import { findCue, findSpeechSubject, segmentsOf, signOffAfter } from './cues';
import { isGroup, newContext, resolvePhrase, type Context, type Resolved } from './speaker';
import { LABEL_WORDS } from './lexicon';
import { firstNamedSpeaker, noteLonePerson, noteSubject, pronounSubject, subjectSpeaker, typesNamed } from './subjects';
import { speakerKey, type LinkTrace } from './link';
import { candidateFeatures, titleCased } from './features';
import { isSpeech } from './speech';

export { filterQuotes, type QuoteFilter } from './filter';

/** A quotation introduced as a name or title rather than as speech. */
function isLabel(text: string, q: QuotedSpan): boolean {
  const before = text.slice(Math.max(0, q.outer.start - 30), q.outer.start);
  // "on CBS's “Face the Nation,”", "a broadcast of “Fox News Sunday”": a programme or work, not words said.
  if (/(?:\b(?:on|of|in)|\p{L}['’]s)\s*$/u.test(before) && titleCased(text.slice(q.inner.start, q.inner.end))) return true;
  const m = before.match(/([\p{L}-]+)\s*,?\s*$/u); // a colon introduces speech, never a title
  if (!m) return false;
  const word = m[1].toLowerCase();
  // "what it called “a clear threat …”": someone's words, not a name.
  if (/\bwhat\s+[\p{L}'’]+\s+(?:called|calls|dubbed|termed|described as)\s*$/iu.test(before)) return false;
  return LABEL_WORDS.has(word) || /\bknown as\s*$/iu.test(before);
}

// "PENCE: Well, look, …": a transcript's speaker label in capitals opening a quotation.
const TRANSCRIPT_LABEL = /^\p{Lu}[\p{Lu}'’.-]+(?:\s+\p{Lu}[\p{Lu}'’.-]+){0,2}(?=:\s)/u;

/**
 * The person a transcript label names ("WALLACE" for Chris Wallace): a person the article
 * mentions whose name ends in the label, else the label itself when it opens two or more of the
 * article's quotations (a transcript's turns). A one-off "UPDATE:" names nobody.
 */
function transcriptSpeaker(ctx: Context, labels: Map<string, number>, q: QuotedSpan): { speaker: Resolved; cue: Span } | null {
  const text = ctx.article.text;
  const m = TRANSCRIPT_LABEL.exec(text.slice(q.inner.start, q.inner.start + 60));
  if (!m) return null;
  const cue = { start: q.inner.start, end: q.inner.start + m[0].length };
  const key = speakerKey(m[0]);
  const person = ctx.local.find((e) => e.type === 'person' && speakerKey(e.name.split(/\s+/u).pop() ?? '') === key);
  if (person) return { speaker: { speaker: { name: person.name, entity: person.id }, kind: 'person' }, cue };
  return (labels.get(key) ?? 0) >= 2 ? { speaker: { speaker: { name: m[0] }, kind: 'person' }, cue } : null;
}

/** How many quotations each transcript label opens. */
function labelCounts(text: string, quotes: QuotedSpan[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const q of quotes) {
    const m = TRANSCRIPT_LABEL.exec(text.slice(q.inner.start, q.inner.start + 60));
    if (m) counts.set(speakerKey(m[0]), (counts.get(speakerKey(m[0])) ?? 0) + 1);
  }
  return counts;
}

/** True when nothing but punctuation precedes the frame's first quotation. */
function opensWithQuote(text: string, frame: Frame): boolean {
  const seg = segmentsOf(frame)[0];
  return /^[\s\p{P}]*$/u.test(text.slice(seg.start, seg.end));
}

function remember(ctx: Context, r: Resolved | null): void {
  if (!r) return;
  if (isGroup(r)) ctx.lastGroup = r;
  else if (r.kind === 'person') {
    ctx.lastPerson = r;
    ctx.persons.push(r);
  }
  else if (r.speaker.entity) ctx.lastThing = r;
}

/** A quotation in the article with what the model that decides whether it is someone's words reads. */
export interface Candidate {
  quote: Quote;
  /** False when the quotation was closed implicitly (its text goes on in the next one). */
  closed: boolean;
  features: string[];
}

/**
 * Every quotation of the article that is not a label, with its speaker and features (ids are
 * provisional): extractQuotes keeps those the model accepts; scripts/train-quotes learns from all.
 */
export function quoteCandidates(article: Article, entities: Entity[], trace?: LinkTrace): Candidate[] {
  const { text } = article;
  const spans = findQuotedSpans(text, article.paragraphs);
  const frames = buildFrames(article, spans);
  const labels = labelCounts(text, spans);
  const ctx = newContext(article, entities, trace);
  const out: Candidate[] = [];
  let previous: { frame: Frame; speaker: Resolved | null } | null = null;

  for (const frame of frames) {
    const subject = noteSubject(ctx, frame);
    if (frame.quotes.length === 0) {
      // Reported speech without quotation marks still tells who "he" or "it" is later.
      const cue = findSpeechSubject(text, frame);
      const r = cue ? resolvePhrase(ctx, cue.phrase, cue.phrase.start) : null;
      if (r) remember(ctx, r);
      else noteLonePerson(ctx, frame);
      previous = { frame, speaker: r };
      continue;
    }
    const start = frame.quotes[0].outer.start;
    let cue = findCue(text, frame);
    let speaker: Resolved | null = cue ? resolvePhrase(ctx, cue.phrase, start) : null;
    // A colon clause credits only a person: not "The question will be: …".
    if (cue?.kind === 'colon' && speaker?.kind !== 'person') [cue, speaker] = [null, null];
    const adjacent: boolean = previous !== null && previous.frame.paragraph >= frame.paragraph - 1;
    const continues: boolean = !cue && !!previous?.speaker && adjacent && opensWithQuote(text, frame);
    if (continues) speaker = previous!.speaker;
    const label = cue ? null : transcriptSpeaker(ctx, labels, frame.quotes[0]);
    if (label) speaker = label.speaker;
    // Also when the cue names nobody resolvable ("what it called “…”" with no "it" before).
    const pronoun: Span | null = !speaker && !continues && !label ? pronounSubject(text, frame) : null;
    const bySubject: Resolved | null = !speaker && !continues && !label
      ? subjectSpeaker(ctx, frame, subject) ?? (pronoun ? resolvePhrase(ctx, pronoun, pronoun.start) : null) : null;
    if (bySubject) speaker = bySubject;
    const named = typesNamed(ctx, frame);
    const credited = speaker !== null;
    speaker ??= cue || continues || label ? null : firstNamedSpeaker(ctx, frame);
    const how = cue ? `cue:${cue.kind}` : continues ? 'continues' : label ? 'transcript' : bySubject ? 'subject' : 'cue:none';

    for (const q of frame.quotes) {
      // In a list of signed quotations ("“…” ― A / “…” ― B") each one has its own speaker.
      const signed = signOffAfter(text, q.outer);
      const title = isLabel(text, q);
      // A title or name nobody is credited with is no one's words ("the so-called “rotten core”");
      // one inside reported speech may be ("he dubbed him “the little senator”"): the model decides.
      if (title && how === 'cue:none' && !signed) continue;
      const own = signed ? resolvePhrase(ctx, signed.phrase, q.outer.start) : null;
      const who = own ?? speaker;
      const cueSpan = own ? signed!.cue : cue && speaker ? cue.cue : label?.cue;
      const quote: Quote = {
        id: '',
        article: article.id,
        span: { ...q.inner },
        text: text.slice(q.inner.start, q.inner.end),
        speaker: who ? { ...who.speaker } : null,
        ...(cueSpan ? { cue: { ...cueSpan } } : {}),
      };
      out.push({ quote, closed: q.closed, features: candidateFeatures(text, frame, q, signed ? 'signed' : how, own !== null || credited, named, title) });
    }
    remember(ctx, speaker);
    previous = { frame, speaker };
  }
  return out;
}

/** The article's quotes; `trace` takes in every name looked up among the entities, with its answer. */
export function extractQuotes(article: Article, entities: Entity[], trace?: LinkTrace): Quote[] {
  const kept = quoteCandidates(article, entities, trace).filter((c) => isSpeech(c.features));
  const quotes = kept.map((c, k) => ({ ...c.quote, id: `${article.id}:q${k + 1}` }));
  // A quotation left open at a paragraph's end goes on in the next one: same speaker,
  // even when only the later part carries the cue ("…me.\n\n"The election…," he added.).
  for (let i = quotes.length - 2; i >= 0; i--) {
    const next = quotes[i + 1];
    if (!kept[i].closed && quotes[i].speaker === null && next.speaker) quotes[i].speaker = { ...next.speaker };
  }
  return quotes;
}
