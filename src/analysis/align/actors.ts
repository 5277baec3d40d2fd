// Who each article is about: its principal actors, so that alike reports of different actors'
// events (stock splits by seven companies, one results table after another) stay apart.
import { datelineLength } from '../../corpus/headline';
import type { Article, Span } from '../../corpus/types';
import type { Entity } from '../types';
import { termOf, wordTokens } from './tokens';
import { LEAD_SENTENCES } from './weights';

/**
 * A headline word in at most this share of the corpus's headlines names the article's own subject:
 * a company, a person, a place. Words of the formula ("stock", "split", "payout", "qtr", "net") are
 * in hundreds of Reuters headlines, a company's name in a few. Below 1 / this many articles no word
 * is rare on that evidence (one outlet's words for an event are not another's), and headlines give
 * no actors.
 */
const HEADLINE_RARE_SHARE = 0.002;

/**
 * An actor in more than this share of the articles (and more than ACTOR_COMMON_MIN) is part of the
 * setting, not of one event ("Reuters", a dateline's month taken for an organisation), and is not
 * counted; nor is an entity whose name is made of words this common in headlines. Small corpora
 * keep all their actors.
 */
const ACTOR_COMMON_SHARE = 0.01;
const ACTOR_COMMON_MIN = 20;

/** Entity actors' keys start with this, which no headline term does. */
const ENTITY_KEY = '@';

/** Actors are people and organisations: places are mostly datelines and settings. */
const ACTOR_TYPES: ReadonlySet<Entity['type']> = new Set(['person', 'organization']);

/**
 * For each article (in corpus order), its principal actors as keys: the people and
 * organisations named in its lead (title line and first LEAD_SENTENCES sentences, not the
 * dateline: "ST. LOUIS" taken for an organisation tied the results of every company based there),
 * and in a large corpus the rare words of its headline, which name the subject even where no entity was found (an
 * upper-case headline over a body that never names the company). Actors common to much of the
 * corpus are left out.
 */
export function principalActors(articles: readonly Article[], entities: readonly Entity[]): Set<string>[] {
  const indexOf = new Map(articles.map((a, i) => [a.id, i]));
  const leads = articles.map(leadEnd);
  const datelines = articles.map(datelineOf);
  const actors: Set<string>[] = articles.map(() => new Set());
  const headlineTerms = articles.map(headlineTermsOf);
  const headlineDf = countAcross(headlineTerms);
  const common = Math.max(ACTOR_COMMON_MIN, ACTOR_COMMON_SHARE * articles.length);
  // A name made only of the corpus's headline formula ("Qtr", taken for a person in results
  // tables) names nobody in particular.
  const formulaic = (name: string) => [...termsOf(name)].every((term) => (headlineDf.get(term) ?? 0) > common);
  for (const entity of entities) {
    if (!ACTOR_TYPES.has(entity.type) || formulaic(entity.name)) continue;
    for (const { article, span } of entity.mentions) {
      const i = indexOf.get(article);
      if (i !== undefined && inLead(articles[i], span, leads[i]) && !within(span, datelines[i])) actors[i].add(ENTITY_KEY + entity.id);
    }
  }
  const rare = Math.floor(HEADLINE_RARE_SHARE * articles.length);
  headlineTerms.forEach((terms, i) => {
    for (const term of terms) if (headlineDf.get(term)! <= rare) actors[i].add(term);
  });
  const actorDf = countAcross(actors);
  return actors.map((set) => new Set([...set].filter((key) => actorDf.get(key)! <= common)));
}

/**
 * Two articles (or stories) may tell one event unless both name their actors and they share too
 * few: one person or organisation, or two rare headline words (one alone is often part of a common
 * name: "Northern" of Northern Telecom and of Great Northern Nekoosa).
 */
export function actorsAgree(x: ReadonlySet<string>, y: ReadonlySet<string>): boolean {
  if (x.size === 0 || y.size === 0) return true;
  const [small, large] = x.size <= y.size ? [x, y] : [y, x];
  let shared = 0;
  for (const key of small) {
    if (!large.has(key)) continue;
    shared += key.startsWith(ENTITY_KEY) ? 1 : 0.5;
    if (shared >= 1) return true;
  }
  return false;
}

/**
 * A headline is a formula ("<company> 1st qtr net", "<company> sets payout") when its words other
 * than rare ones are together those of at least this many headlines. A takeover's headlines
 * ("Dixons gets 20 pct of Cyclops") and prose headlines ("Huge rush for Jet Airways shares") are
 * not, so the companies in them can still be one story. At 20 it split no Reuters story that 5
 * splits; at 5 bbc's stories are unchanged (its headlines are prose).
 */
const FORMULA_MIN_HEADLINES = 5;

/**
 * Whose results, payout or split a formula headline reports: its rare words before its first
 * common one (the company's name and ticker, "Brelia Mining Corp <BRM>": "Corp" is common), and
 * the first of them. Null for other headlines, and in corpora too small for rare words. Companies
 * of one kind share rare words ("AB", "Basin"), so the subject, not one shared word, tells their
 * reports apart.
 */
export interface HeadlineSubject {
  first: string;
  run: ReadonlySet<string>;
}

export function headlineSubjects(articles: readonly Article[]): (HeadlineSubject | null)[] {
  const headlineTerms = articles.map((article) => [...headlineTermsOf(article)]);
  const df = countAcross(headlineTerms.map((terms) => new Set(terms)));
  const rare = Math.floor(HEADLINE_RARE_SHARE * articles.length);
  const common = Math.max(ACTOR_COMMON_MIN, ACTOR_COMMON_SHARE * articles.length);
  const formulaOf = (terms: string[]) => terms.filter((term) => df.get(term)! > rare).sort().join(' ');
  const formulaCount = countAcross(headlineTerms.map((terms) => new Set([formulaOf(terms)])));
  return headlineTerms.map((terms) => {
    const firstCommon = terms.findIndex((term) => df.get(term)! > common);
    const run = (firstCommon < 0 ? terms : terms.slice(0, firstCommon)).filter((term) => df.get(term)! <= rare);
    const formula = formulaOf(terms) !== '' && formulaCount.get(formulaOf(terms))! >= FORMULA_MIN_HEADLINES;
    return run.length > 0 && formula ? { first: run[0], run: new Set(run) } : null;
  });
}

/**
 * Two groups' formula headlines may report one company's event unless both have subjects and no
 * subject's first word is in the other group's runs: "H.J. Heinz Co" and "Heinz" agree, "Pharmacia
 * AB" and "Gambro AB" do not.
 */
export function subjectsAgree(x: SubjectSet, y: SubjectSet): boolean {
  if (x.firsts.size === 0 || y.firsts.size === 0) return true;
  for (const first of x.firsts) if (y.runs.has(first)) return true;
  for (const first of y.firsts) if (x.runs.has(first)) return true;
  return false;
}

/** A group's headline subjects, all together. */
export interface SubjectSet {
  firsts: Set<string>;
  runs: Set<string>;
}

export function subjectSetOf(subject: HeadlineSubject | null): SubjectSet {
  return subject ? { firsts: new Set([subject.first]), runs: new Set(subject.run) } : { firsts: new Set(), runs: new Set() };
}

/** The end of the lead: the LEAD_SENTENCES-th sentence's end, or the body's when it has fewer. */
function leadEnd(article: Article): number {
  const sentences = article.sentences;
  return sentences.length >= LEAD_SENTENCES ? sentences[LEAD_SENTENCES - 1].end : article.body.end;
}

/** The wire dateline that opens the first sentence (empty when there is none). */
function datelineOf(article: Article): Span {
  const first = article.sentences[0];
  if (!first) return { start: 0, end: 0 };
  return { start: first.start, end: first.start + datelineLength(article.text.slice(first.start, first.end)) };
}

function within(span: Span, outer: Span): boolean {
  return span.start >= outer.start && span.end <= outer.end;
}

function inLead(article: Article, span: Span, end: number): boolean {
  const title = article.titleLine;
  return span.end <= end || (title !== null && span.start >= title.start && span.end <= title.end);
}

function headlineTermsOf(article: Article): Set<string> {
  return termsOf(article.headline.value);
}

/** A text's content words, numbers left out (a figure is not an actor). */
function termsOf(text: string): Set<string> {
  const terms = new Set<string>();
  for (const token of wordTokens(text, { start: 0, end: text.length })) {
    const term = termOf(token.surface);
    if (term !== null && !/^\p{N}/u.test(term)) terms.add(term);
  }
  return terms;
}

function countAcross(sets: readonly Set<string>[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const set of sets) for (const key of set) counts.set(key, (counts.get(key) ?? 0) + 1);
  return counts;
}
