// Turns a cue's speaker phrase into a Speaker: an entity when the phrase names one,
// a role phrase ("South Korea’s foreign ministry spokesperson") when it names a role,
// the earlier speaker for a pronoun, the earlier source for "the report"/"the agency".
// A phrase that names nobody resolves to null: a quote is never credited by guess.
import type { Article, Span } from '../../corpus/types';
import type { Entity, Speaker } from '../types';
import { tokenize, isCapitalised, stripPossessive, type Token } from './tokens';
import { linkAnswer, linkName, personBySurname, speakerKey, type LinkTrace } from './link';
import { withoutAsides } from './cues';
import { isDemonym } from '../entities/gazetteer';
import {
  DETERMINERS, DOCUMENT_NOUNS, NAME_PARTICLES, ORG_DESCRIPTORS, ORG_NOUNS, POST_NOMINALS, PRONOUNS_OTHER, PRONOUNS_PERSON, PRONOUNS_THING, ROLE_NOUNS, SOURCE_NOUNS, TEMPORAL, TITLES,
} from './lexicon';

export type SpeakerKind = 'person' | 'thing';

export interface Resolved {
  speaker: Speaker;
  kind: SpeakerKind;
}

interface EntityMention {
  span: Span;
  entity: Entity;
}

/** What the resolver knows about an article and what it has read so far. */
export interface Context {
  article: Article;
  /** The corpus's entity a name refers to (linkName), each answer noted in the trace when there is one. */
  link(name: string): Entity | undefined;
  mentions: EntityMention[];
  /** The entities mentioned in this article: where a speaker's name is looked up first. */
  local: Entity[];
  lastPerson: Resolved | null;
  lastThing: Resolved | null;
  /** The last speaker named by a plural ("MPs", "the officials"): what "they said" points back to. */
  lastGroup: Resolved | null;
  /** Every person credited so far, for short names the entity list does not link ("Mr Dixon"). */
  persons: Resolved[];
  /** Genders the article gives by title ("Mr Smith"), so "she" never points at Mr Smith. */
  genders: Map<string, 'm' | 'f' | undefined>;
  /** Where a name may start after a title of each gender (titledPositions), found on first need. */
  titled?: { m: number[]; f: number[] };
}

const LINKS = new Set(['of', 'from', 'for', 'at']);
// Text right after a mention that marks it as a news source ("The X reported", "X news agency").
const SOURCE_AFTER = /^(?:['’]s)?\s+(?:(?:\S+\s+){0,2})?(?:report|reported|reports|reporting|news agency|agency|newspaper|daily|said|says|quoted)\b/u;
const SOURCE_BEFORE = /(?:according to|report(?:ed)? by|quoted by|reports? (?:from|in)|told)\s+(?:the\s+)?$/iu;

// Mentions by article, built once per entity list: a corpus has many articles, and
// scanning every entity's mentions for each one would be quadratic.
const mentionIndex = new WeakMap<Entity[], Map<string, EntityMention[]>>();

function mentionsOf(entities: Entity[], articleId: string): EntityMention[] {
  let index = mentionIndex.get(entities);
  if (!index) {
    index = new Map();
    for (const entity of entities) {
      for (const m of entity.mentions) {
        const list = index.get(m.article) ?? [];
        if (list.length === 0) index.set(m.article, list);
        list.push({ span: m.span, entity });
      }
    }
    for (const list of index.values()) list.sort((a, b) => a.span.start - b.span.start);
    mentionIndex.set(entities, index);
  }
  return index.get(articleId) ?? [];
}

/** What an article's quotes read of the corpus's entities: its mentions, in text order, and the entities they are of. */
export function entityView(article: Article, entities: Entity[]): { mentions: EntityMention[]; local: Entity[] } {
  const mentions = mentionsOf(entities, article.id);
  return { mentions, local: [...new Set(mentions.map((m) => m.entity))] };
}

export function newContext(article: Article, entities: Entity[], trace?: LinkTrace): Context {
  const { mentions, local } = entityView(article, entities);
  const link = (name: string) => {
    const found = linkName(name, article.id, entities, local);
    trace?.set(name, linkAnswer(found));
    return found;
  };
  return { article, link, mentions, local, lastPerson: null, lastThing: null, lastGroup: null, persons: [], genders: new Map() };
}

function fromEntity(e: Entity): Resolved {
  return { speaker: { name: e.name, entity: e.id }, kind: e.type === 'person' ? 'person' : 'thing' };
}

/**
 * The speaker a person mention names. When the entity it was merged into shares no word with
 * what the article writes ("Ben Carson" inside an entity named "Ted Cruz", bridged by a headline),
 * the merge is wrong for this mention: the written name speaks, unlinked.
 */
export function fromMention(text: string, m: EntityMention): Resolved {
  const written = text.slice(m.span.start, m.span.end).replace(/['’]s$/u, '');
  if (m.entity.name.includes(written) || written.includes(m.entity.name)) return fromEntity(m.entity); // the common case, cheaply
  const own = new Set(m.entity.name.split(/\s+/u).map(speakerKey));
  if (written.split(/\s+/u).some((w) => own.has(speakerKey(w)))) return fromEntity(m.entity);
  return { speaker: { name: written.replace(/\s+/gu, ' ') }, kind: 'person' };
}

const lower = (t: Token) => t.text.toLowerCase();

/** True when the article writes `word` in lower case somewhere, as a whole word. */
function writtenLower(text: string, word: string): boolean {
  const w = word.toLowerCase();
  if (w === word || !/^[\p{L}]+$/u.test(w)) return false;
  for (let i = text.indexOf(w); i >= 0; i = text.indexOf(w, i + 1)) {
    if (!/[\p{L}\p{N}]/u.test(text[i - 1] ?? '') && !/[\p{L}\p{N}]/u.test(text[i + w.length] ?? '')) return true;
  }
  return false;
}

function dropDeterminers(tokens: Token[]): Token[] {
  let i = 0;
  while (i < tokens.length - 1 && DETERMINERS.has(lower(tokens[i]))) i++;
  return tokens.slice(i);
}

/** The text a run of tokens covers, line breaks of hard-wrapped copy collapsed to spaces. */
function words(text: string, tokens: Token[]): string {
  return tokens.length === 0 ? '' : text.slice(tokens[0].start, tokens[tokens.length - 1].end).replace(/\s+/gu, ' ');
}

/** "a spokesperson from South Korea’s foreign ministry" -> "South Korea’s foreign ministry spokesperson". */
function rolePhrase(text: string, tokens: Token[]): string | null {
  const link = tokens.findIndex((t) => LINKS.has(lower(t)));
  const head = link > 0 ? tokens[link - 1] : tokens[tokens.length - 1];
  if (!ROLE_NOUNS.has(lower(head))) return null;
  // "Jane Doe MP" is a name with letters after it; "the Dunmore West MP", "a Labour MP" are roles.
  if (POST_NOMINALS.has(head.text) && !DETERMINERS.has(lower(tokens[0]))) return null;
  const role = words(text, dropDeterminers(link > 0 ? tokens.slice(0, link) : tokens));
  if (link <= 0) return role;
  const owner = words(text, dropDeterminers(tokens.slice(link + 1)));
  return owner ? `${owner} ${role}` : role;
}

/** The trailing capitalised name in a phrase, titles before it dropped ("Kremlin spokesman Dmitry Peskov" -> "Dmitry Peskov"). */
function trailingName(tokens: Token[]): Token[] {
  let i = tokens.length;
  // A possessive ends the run: "The Fabian Society's Sundar Katwala" -> "Sundar Katwala".
  // Lowercase particles stay inside a name ("Barend du Plessis", "Ursula von der Leyen").
  const inName = (k: number) => isCapitalised(tokens[k].text) ||
    (NAME_PARTICLES.has(tokens[k].text) && k > 0 && isCapitalised(tokens[k - 1].text));
  // "A" between capitalised words is an initial ("Charles A Blixt"), elsewhere an article.
  const initial = (k: number) => tokens[k].text === 'A' && k > 0 && isCapitalised(tokens[k - 1].text);
  while (i > 0 && inName(i - 1) && (!DETERMINERS.has(lower(tokens[i - 1])) || initial(i - 1)) &&
    (i === tokens.length || !/['’]s$/u.test(tokens[i - 1].text))) i--;
  if (i === tokens.length) return [];
  let end = tokens.length;
  while (end > i + 1 && POST_NOMINALS.has(tokens[end - 1].text)) end--;
  let run = tokens.slice(i, end);
  // A capitalised position word opening the run is no part of the name ("Fly-half Charlie Smith").
  if (run.length >= 3 && /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(run[0].text)) run = run.slice(1);
  let lastTitle = -1;
  run.forEach((t, k) => { if (TITLES.has(lower(t))) lastTitle = k; });
  return lastTitle >= 0 && lastTitle < run.length - 1 ? run.slice(lastTitle + 1) : run;
}

/** The latest organisation mentioned before `pos` whose name contains `noun`, or that appears as a news source. */
function antecedent(ctx: Context, noun: string, pos: number): Resolved | null {
  const text = ctx.article.text;
  const before = ctx.mentions.filter((m) => m.span.end <= pos && m.entity.type === 'organization');
  const named = before.filter((m) => new RegExp(`\\b${noun}\\b`, 'iu').test(m.entity.name));
  if (named.length > 0) return fromEntity(named[named.length - 1].entity);
  if (SOURCE_NOUNS.has(noun)) {
    const sources = before.filter((m) =>
      SOURCE_AFTER.test(text.slice(m.span.end, m.span.end + 40)) || SOURCE_BEFORE.test(text.slice(Math.max(0, m.span.start - 30), m.span.start)));
    if (sources.length > 0) return fromEntity(sources[sources.length - 1].entity);
  }
  if (ctx.lastThing?.speaker.entity) return ctx.lastThing;
  return null;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
// A role matches in any case, a name only capitalised: no `i` flag, which would loosen \p{Lu}.
const anyCase = (w: string) => [...escape(w)].map((c) => (c.toLowerCase() !== c.toUpperCase() ? `[${c.toLowerCase()}${c.toUpperCase()}]` : c)).join('');
/** One to four capitalised words: a personal name in a regular expression, captured. */
const NAME = '(\\p{Lu}[\\p{L}.\'’-]*(?:\\s+\\p{Lu}[\\p{L}.\'’-]*){0,3})';

// A word before a role that makes it another one ("Deputy Prime Minister", "former chairman", "vice-president").
const QUALIFIED = /\b(?:deputy|vice|former|shadow|acting|assistant|junior|ex|co|under)[\s-](?:\p{L}+\s+){0,2}$/iu;

/** True when the role matched at `at` is qualified ("Deputy Prime Minister John Prescott" is no "prime minister"). */
function qualified(text: string, at: number): boolean {
  return QUALIFIED.test(text.slice(Math.max(0, at - 40), at));
}

/**
 * "the prime minister said" -> the person the article earlier named with that role:
 * "Prime Minister Jane Doe" or "Jane Doe, the prime minister".
 */
function titleHolder(ctx: Context, tokens: Token[], pos: number): Resolved | null {
  // Only a title one person holds ("the minister", "the England coach"), not "the men".
  if (tokens.length > 4 || lower(tokens[0]) !== 'the' || !TITLES.has(lower(tokens[tokens.length - 1]))) return null;
  const role = tokens.slice(1).map((t) => anyCase(t.text)).join('\\s+');
  // "Deputy Prime Minister John Prescott" does not hold the role "the prime minister".
  const re = new RegExp(`\\b${role}\\s+${NAME}|${NAME},\\s+(?:[tT]he\\s+)?${role}\\b`, 'gu');
  let found: string | null = null;
  for (const m of ctx.article.text.slice(0, pos).matchAll(re)) {
    if (m[1] === undefined || !qualified(ctx.article.text, m.index ?? 0)) found = m[1] ?? m[2] ?? found;
  }
  if (!found || TEMPORAL.has(found.toLowerCase())) return tokens.length > 2 ? holderInFocus(ctx, tokens, pos) : null;
  found = found.replace(/\s+/gu, ' ');
  const linked = ctx.link(found);
  return linked ? fromEntity(linked) : { speaker: { name: found }, kind: 'person' };
}

/**
 * "the Dunmore West MP said" after "Labour MP Rhys Tallow …": a qualified role the article never
 * gave verbatim is an epithet for the person in focus, as "the Spaniard" is, but only when that
 * person is the one the article names with the role's head noun. Otherwise it is not resolved
 * (the caller keeps the role phrase): a qualifier may name another team, party or seat.
 */
function holderInFocus(ctx: Context, tokens: Token[], pos: number): Resolved | null {
  const focus = ctx.lastPerson?.speaker;
  if (!focus) return null;
  const head = anyCase(tokens[tokens.length - 1].text);
  const re = new RegExp(`\\b${head}\\s+${NAME}|${NAME},\\s+(?:[tT]he|an?)\\s+(?:[\\p{L}'’-]+\\s+){0,3}${head}\\b`, 'gu');
  const holders = new Set<string>();
  for (const m of ctx.article.text.slice(0, pos).matchAll(re)) {
    const name = (m[1] ?? m[2]).replace(/\s+/gu, ' ');
    if (TEMPORAL.has(name.toLowerCase()) || (m[1] !== undefined && qualified(ctx.article.text, m.index ?? 0))) continue;
    holders.add(ctx.link(name)?.id ?? name);
  }
  const [only] = holders;
  return holders.size === 1 && only === (focus.entity ?? focus.name) ? ctx.lastPerson : null;
}

/** Who "he" or "she" is: the last person credited or named as a subject, else the last person mentioned. */
function personBefore(ctx: Context, pos: number, pronoun?: string): Resolved | null {
  const wanted = pronoun === 'he' ? 'm' : pronoun === 'she' ? 'f' : undefined;
  const fits = (r: Resolved) => !wanted || genderOf(ctx, r.speaker.name) !== (wanted === 'm' ? 'f' : 'm');
  if (ctx.lastPerson && fits(ctx.lastPerson)) return ctx.lastPerson;
  const persons = ctx.mentions.filter((m) => m.span.end <= pos && m.entity.type === 'person').map((m) => fromEntity(m.entity));
  for (let i = persons.length - 1; i >= 0; i--) if (fits(persons[i])) return persons[i];
  return ctx.lastPerson;
}

const MALE_TITLES = 'Mr|Sir|Lord|King|Prince|Father';
const FEMALE_TITLES = 'Mrs|Ms|Miss|Lady|Dame|Baroness|Queen|Princess|Sister';
const MALE_TITLE = new RegExp(`\\b(?:${MALE_TITLES})\\.?\\s+`, 'gu');
const FEMALE_TITLE = new RegExp(`\\b(?:${FEMALE_TITLES})\\.?\\s+`, 'gu');
/** A capitalised word between a title and a surname ("Mr John Smith"). */
const GIVEN_NAME = /\p{Lu}\S*\s+/uy;

/**
 * Where a surname may start after a title: right after it ("Mr Smith") or after one capitalised
 * word more ("Mr John Smith"). Found once per article: building and running a regular expression
 * per name over the whole text was a sixth of quote extraction's time in a CPU profile.
 */
function titledPositions(text: string, title: RegExp): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(title)) {
    const at = m.index + m[0].length;
    out.push(at);
    GIVEN_NAME.lastIndex = at;
    if (GIVEN_NAME.test(text)) out.push(GIVEN_NAME.lastIndex);
  }
  return out;
}

const isWordChar = (c: string | undefined): boolean => c !== undefined && /\w/.test(c);

/** Whether `word` stands at `at` as a whole word's end (a regular expression's `\b` after it). */
function standsAt(text: string, word: string, at: number): boolean {
  const end = at + word.length;
  return text.startsWith(word, at) && isWordChar(text[end - 1]) !== isWordChar(text[end]);
}

/** A person's gender when the article gives it by a title before their surname ("Mr Smith", "Ms Jones"). */
function genderOf(ctx: Context, name: string): 'm' | 'f' | undefined {
  const surname = name.split(/\s+/).pop();
  if (!surname) return undefined;
  const key = `${name}|${ctx.article.id}`;
  if (ctx.genders.has(key)) return ctx.genders.get(key);
  const text = ctx.article.text;
  ctx.titled ??= { m: titledPositions(text, MALE_TITLE), f: titledPositions(text, FEMALE_TITLE) };
  const male = ctx.titled.m.some((at) => standsAt(text, surname, at));
  const female = ctx.titled.f.some((at) => standsAt(text, surname, at));
  const g = male === female ? undefined : male ? 'm' : 'f';
  ctx.genders.set(key, g);
  return g;
}

/**
 * Sports and profile copy names its subject again by an epithet: "the 21-year-old told
 * reporters", "the Spaniard said" (a demonym, from the entity gazetteer). It points back like "he".
 */
function isEpithet(tokens: Token[], ctx: Context): boolean {
  if (tokens.length !== 2 || lower(tokens[0]) !== 'the') return false;
  const w = tokens[1];
  return /^\d+-year-old$/u.test(w.text) || (isDemonym(w.text) && !ctx.mentions.some((m) => m.span.start === w.start));
}

/** Resolves the phrase of a cue found before `pos` (the quote's start). */
export function resolvePhrase(ctx: Context, phrase: Span, pos: number): Resolved | null {
  const text = ctx.article.text;
  const tokens = withoutAsides(tokenize(text, phrase.start, phrase.end));
  if (tokens.length === 0) return null;
  // "A lawyer for the victims, Jane Doe": the name in the appositive is the speaker.
  const comma = tokens.map((t) => t.text).lastIndexOf(',');
  const appositive = tokens.slice(comma + 1);
  if (comma > 0 && appositive.length > 0 && appositive.every((t) => t.word && isCapitalised(t.text))) {
    return resolvePhrase(ctx, { start: appositive[0].start, end: phrase.end }, pos);
  }
  const first = lower(tokens[0]);
  if (tokens.length === 1 && PRONOUNS_PERSON.has(first)) return personBefore(ctx, pos, first);
  if (tokens.length === 1 && PRONOUNS_THING.has(first)) return ctx.lastThing;
  if (isEpithet(tokens, ctx)) return personBefore(ctx, pos);
  if (tokens.length === 1 && first === 'they') return ctx.lastGroup;
  if (tokens.length === 1 && PRONOUNS_OTHER.has(first)) return null; // "we", "I" outside quotes: nobody named

  // Mentions inside the phrase, whole words only: a mention cut inside a word ("Jung Dae" of
  // "Jung Dae-jin") is not the name the phrase gives.
  const inside = ctx.mentions.filter((m) => m.span.start >= phrase.start && m.span.end <= phrase.end &&
    !/^-?[\p{L}\p{N}]/u.test(text.slice(m.span.end, m.span.end + 2)) && !/[\p{L}\p{N}-]$/u.test(text.slice(m.span.start - 1, m.span.start)));
  // A person named only as a modifier of a role ("a Jackson lawyer", "Smith's aide") is not the speaker.
  const person = [...inside].reverse().find((m) => m.entity.type === 'person' &&
    !tokens.some((t) => t.start >= m.span.end && ROLE_NOUNS.has(t.text)));
  if (person) return fromMention(text, person);

  // "Dr Jane Doe of the Patent Office": the name before the affiliation speaks, not the organisation.
  const link = tokens.findIndex((t) => LINKS.has(lower(t)));
  const named = link > 0 ? trailingName(tokens.slice(0, link)) : [];
  const role = rolePhrase(text, tokens);
  const org = [...inside].reverse().find((m) => m.entity.type === 'organization' &&
    !(named.length > 0 && m.span.start > tokens[link].start));
  if (org && !role) {
    // "The New York Times report", "the state-run KCNA news agency": descriptors after the name keep it the speaker.
    const after = tokens.filter((t) => t.start >= org.span.end && !/^['’]s$/u.test(t.text));
    if (after.every((t) => ORG_DESCRIPTORS.has(lower(t)))) {
      // A one-word mention an organisation took from a person's name ("Trump" of "Trump Tower").
      const person = personBySurname(text.slice(org.span.start, org.span.end), ctx.local);
      return fromEntity(person ?? org.entity);
    }
  }
  if (role) return titleHolder(ctx, tokens, pos) ?? { speaker: { name: role }, kind: 'person' };

  const core = dropDeterminers(tokens);
  const head = lower(core[core.length - 1]);
  if (core.length <= 2 && first === 'the' && (SOURCE_NOUNS.has(head) || ORG_NOUNS.has(head))) {
    return antecedent(ctx, head, pos);
  }

  const name = named.length > 0 ? named : trailingName(tokens);
  if (name.length > 0) {
    const nameText = stripPossessive(words(text, name));
    const linked = ctx.link(nameText);
    if (linked) return fromEntity(linked);
    const earlier = name.length === 1 && ctx.persons.find((p) => p.speaker.name.split(/\s+/).pop() === nameText);
    if (earlier) return earlier;
    const at = tokens.indexOf(name[0]);
    const titled = at > 0 && TITLES.has(lower(tokens[at - 1]));
    // "Earlier", "Hours", "Specifically": one capitalised word alone in the phrase that the
    // article also writes in lower case is a word opening the sentence, not a name.
    if (name.length === 1 && at === 0 && writtenLower(text, nameText)) return null;
    const definite = DETERMINERS.has(first);
    const orgLike = name.some((t) => ORG_NOUNS.has(lower(t)) || SOURCE_NOUNS.has(lower(t)));
    return { speaker: { name: nameText }, kind: titled || (!definite && !orgLike && name.length >= 2) ? 'person' : 'thing' };
  }
  // A common-noun phrase speaks only when its head can: a group, a source or an organisation
  // ("critics", "the newsletter"), not "the restoration of the older episodes".
  const headWord = lower(link > 0 ? tokens[link - 1] : tokens[tokens.length - 1]);
  const speaks = ROLE_NOUNS.has(headWord) || SOURCE_NOUNS.has(headWord) || DOCUMENT_NOUNS.has(headWord) || ORG_NOUNS.has(headWord) || /^\p{Ll}+s$/u.test(headWord) && !/ss$/u.test(headWord);
  return speaks ? { speaker: { name: words(text, core) }, kind: 'thing' } : null;
}

/** A speaker named by a plural noun rather than a name ("MPs", "officials", "the analysts"). */
export function isGroup(r: Resolved): boolean {
  if (r.speaker.entity) return false;
  const last = r.speaker.name.split(/\s+/).pop() ?? '';
  return /^(?:\p{Ll}+s|\p{Lu}{2,}s)$/u.test(last) && !/ss$/u.test(last);
}
