// Who a later "he" or "she" points back to when a sentence names people without quoting them:
// the grammatical subject of the sentence, or the one acting when that subject is acted on.
import type { Span } from '../../corpus/types';
import { firstNotBefore } from '../bisect';
import type { Frame } from './frames';
import { fromMention, type Context, type Resolved } from './speaker';
import { ROLE_NOUNS, SPEECH_WORD, TITLES } from './lexicon';
import { isCapitalised, tokenize } from './tokens';

type Mention = Context['mentions'][number];

/** The index of the first mention starting at or after `pos`. */
const firstFrom = (mentions: Mention[], pos: number): number => firstNotBefore(mentions.length, (k) => mentions[k].span.start < pos);

// Lowercase words that may stand in a subject before the name ("shadow home secretary David Davis").
const SUBJECT_WORDS = new Set([...TITLES, ...ROLE_NOUNS, 'shadow', 'home', 'foreign', 'former', 'deputy', 'acting',
  'interim', 'senior', 'junior', 'new', 'the', 'a', 'an']);

// "X was sacked", "X has been given", "X was left": X is acted on.
const PASSIVE = /^\s+(?:was|were|is|are|(?:has|have|had) been|will be|would be|got|gets)\s+(?:\p{Ll}+ly\s+)?(?:\p{Ll}+(?:ed|en|wn)|sent|left|hit|cut|kept|lost|caught|held|told|sold|put|set|let)\b/u;
// "X has backed", "X would", "X says", "X agreed": X acts (a finite verb or an auxiliary follows).
const ACTIVE = /^\s+(?:(?:has|have|had|will|would|could|can|did|does|do|may|might|must|should|was|is|made|took|gave|went|came|saw|got|put|held|kept|met|won|left|sent|found|thought|brought|sought|wrote|spoke|began|became|drew|knew|led|paid)\b|(?!(?:as|his|its|this|thus|plus|us|whereas|across|towards|besides|unless)\b|\p{Ll}+ss\b)\p{Ll}+(?:ed|s)\b)/u;

// Words opening a subordinate clause: its subject does not take over ("X was asked if Y applied").
const SUBORDINATE = /\b(?:if|whether|when|whenever|because|that|unless|until|once|while|whilst|after|before|since|although|though|as|where)\s+(?:\p{Lu}[\p{L}.'’-]*\s+)*$/u;

const asSpeaker = (ctx: Context, m: Mention): Resolved => fromMention(ctx.article.text, m);

/** The person entities mentioned in a frame outside its quotations (possessive owners left out). */
function personsIn(ctx: Context, frame: Frame, until = frame.span.end): Mention[] {
  const { text } = ctx.article;
  const out: Mention[] = [];
  // Mentions are sorted by start: find the frame's first by bisection, stop at `until`.
  for (let i = firstFrom(ctx.mentions, frame.span.start); i < ctx.mentions.length && ctx.mentions[i].span.start < until; i++) {
    const m = ctx.mentions[i];
    if (m.entity.type === 'person' && !frame.quotes.some((q) => m.span.start >= q.outer.start && m.span.start < q.outer.end) &&
      !/^['’]s\b/u.test(text.slice(m.span.end, m.span.end + 3))) out.push(m); // "Smith's adviser Jones": Smith is no subject
  }
  return out;
}

/**
 * The person a frame names first, before its first quotation, when a verb of saying or
 * characterising stands between the two ("Paul then interjected, calling Rubio's credit “a welfare
 * transfer payment”", "Trump in his speech called them “rapists”"): who a quotation the cue rules
 * did not credit most likely belongs to.
 */
export function firstNamedSpeaker(ctx: Context, frame: Frame): Resolved | null {
  const first = frame.quotes[0]?.outer.start ?? frame.span.end;
  const [m] = personsIn(ctx, frame, first);
  return m && SPEECH_WORD.test(ctx.article.text.slice(m.span.end, first)) ? asSpeaker(ctx, m) : null;
}

/** The types of the entities a frame names outside its quotations ("person", "organization", "place"). */
export function typesNamed(ctx: Context, frame: Frame): Set<string> {
  const out = new Set<string>();
  for (let i = firstFrom(ctx.mentions, frame.span.start); i < ctx.mentions.length && ctx.mentions[i].span.start < frame.span.end; i++) {
    const m = ctx.mentions[i];
    if (!frame.quotes.some((q) => m.span.start >= q.outer.start && m.span.start < q.outer.end)) out.add(m.entity.type);
  }
  return out;
}

/**
 * Who a later "he" refers to, before anyone is quoted: a person named at the head of a
 * sentence ("Conservative shadow home secretary David Davis was worried…", "Oliver Letwin,
 * one of the men …, affects bewilderment"). When that person is acted on and a later clause
 * has a person acting ("X was sacked … - a move Y has backed. But he said"), it is the latter,
 * unless that clause is subordinate ("X was asked if Y would apply. He said").
 */
export function noteSubject(ctx: Context, frame: Frame): Mention | null {
  const { text } = ctx.article;
  const tokens = tokenize(text, frame.span.start, Math.min(frame.span.end, frame.span.start + 200));
  const cut = tokens.find((t) => !t.word || (!isCapitalised(t.text) && !SUBJECT_WORDS.has(t.text)));
  // "The Peter Hain "mongrel" attack": a name after "the" modifies a noun, it is no subject.
  const persons = personsIn(ctx, frame, cut?.start ?? frame.span.end)
    .filter((x) => !/\bthe\s+$/iu.test(text.slice(Math.max(0, x.span.start - 4), x.span.start)));
  const head = persons[persons.length - 1];
  if (!head) return null;
  const after = (m: Mention) => text.slice(m.span.end, m.span.end + 40);
  const actor = PASSIVE.test(after(head))
    ? personsIn(ctx, frame).filter((m) => m.span.start > head.span.end && m.entity !== head.entity && ACTIVE.test(after(m)) &&
      !SUBORDINATE.test(text.slice(Math.max(frame.span.start, m.span.start - 60), m.span.start))).pop()
    : undefined;
  ctx.lastPerson = asSpeaker(ctx, actor ?? head);
  return actor ?? head;
}

/**
 * The person a frame's subject names when a verb follows it and precedes the frame's first
 * quotation ("Cruz is praising Bush as “a man who…”", "Carson called the system “rotten”"): in
 * news, words quoted inside a sentence about what a person does are that person's.
 */
export function subjectSpeaker(ctx: Context, frame: Frame, subject: Mention | null): Resolved | null {
  if (frame.quotes.length === 0) return null;
  const first = frame.quotes[0].outer.start;
  const acts = (m: Mention) => {
    // An adverb may stand between subject and verb ("Gingrich cynically dismissed").
    const after = ctx.article.text.slice(m.span.end, m.span.end + 50)
      .replace(/^\s+(?:on\s+\p{Lu}\p{Ll}+day|yesterday|today)(?=\s)/u, '').replace(/^\s+\p{Ll}+ly(?=\s)/u, '');
    return ACTIVE.test(after) || /^,/u.test(after);
  };
  if (subject && subject.span.end <= first) return acts(subject) ? asSpeaker(ctx, subject) : null;
  // "In recent weeks, Reid has gone after Trump as a “…”": the subject after an opening phrase.
  const opened = personsIn(ctx, frame, first).find((m) =>
    /^[^,;:]{1,40},\s*$/u.test(ctx.article.text.slice(frame.span.start, m.span.start)));
  if (opened && acts(opened)) return asSpeaker(ctx, opened);
  // "The New York Post reports that …", "the Security Council issued a statement calling …":
  // an organisation opening the sentence and acting.
  let org: Mention | undefined;
  for (let i = firstFrom(ctx.mentions, frame.span.start); i < ctx.mentions.length && !org; i++) {
    const m = ctx.mentions[i];
    if (m.span.start >= first) break;
    if (m.entity.type === 'organization' && m.span.end <= first) org = m;
  }
  if (!org || !/^\W*(?:[Tt]he\s+)?$/u.test(ctx.article.text.slice(frame.span.start, org.span.start)) || !acts(org)) return null;
  return { speaker: { name: org.entity.name, entity: org.entity.id }, kind: 'thing' };
}

/**
 * A sentence without speech that names one person ("But that was not enough for Mr Sarkozy.")
 * makes that person what the next sentence's "he" refers to.
 */
export function noteLonePerson(ctx: Context, frame: Frame): void {
  // "He has worked on … Indiana Jones.": with a pronoun subject the name is an object.
  if (/^(?:he|she)\b/iu.test(ctx.article.text.slice(frame.span.start, frame.span.start + 4))) return;
  const persons = personsIn(ctx, frame);
  if (new Set(persons.map((m) => m.entity.id)).size !== 1) return;
  ctx.lastPerson = asSpeaker(ctx, persons[0]);
}

/**
 * "He has “extraordinarily good health”": a sentence opened by "he" or "she" and a verb, before
 * its first quotation. The pronoun's span, for the caller to resolve as it resolves any "he".
 */
export function pronounSubject(text: string, frame: Frame): Span | null {
  if (frame.quotes.length === 0) return null;
  const m = /^[\s\p{P}]*(?:(?:But|And|Yet|So|Now|Still|Later|Then|Instead),?\s+)?(He|She)(?=\s)/u.exec(text.slice(frame.span.start, frame.span.start + 40));
  if (!m) return null;
  const end = frame.span.start + m[0].length;
  const after = text.slice(end, end + 40).replace(/^\s+\p{Ll}+ly(?=\s)/u, '');
  return end <= frame.quotes[0].outer.start && ACTIVE.test(after) ? { start: end - m[1].length, end } : null;
}
