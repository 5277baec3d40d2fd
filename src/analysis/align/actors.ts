// Who each article is about: its principal actors, so that alike reports of different actors'
// events (stock splits by seven companies, one results table after another) stay apart.
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
 * organisations named in its lead (title line and first LEAD_SENTENCES sentences), and in a large
 * corpus the rare words of its headline, which name the subject even where no entity was found (an
 * upper-case headline over a body that never names the company). Actors common to much of the
 * corpus are left out.
 */
export function principalActors(articles: readonly Article[], entities: readonly Entity[]): Set<string>[] {
  const indexOf = new Map(articles.map((a, i) => [a.id, i]));
  const leads = articles.map(leadEnd);
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
      if (i !== undefined && inLead(articles[i], span, leads[i])) actors[i].add(ENTITY_KEY + entity.id);
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

/** The end of the lead: the LEAD_SENTENCES-th sentence's end, or the body's when it has fewer. */
function leadEnd(article: Article): number {
  const sentences = article.sentences;
  return sentences.length >= LEAD_SENTENCES ? sentences[LEAD_SENTENCES - 1].end : article.body.end;
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
