// What the UI derives once from a finished analysis: lookups by article index and entity id,
// entity counts, and quotes per article. Built once when analysis ends, so key presses and
// frames only read it; built in steps (analysisDataSteps), so the reader builds it in time slices:
// on Reuters it took about a second, in which the screen froze.
import type { Analysis, Entity, EntityType, Quote } from '../../../analysis/types';
import { complete } from '../../../analysis/slices';
import type { Article } from '../../../corpus/types';

export interface EntitySummary {
  entity: Entity;
  mentions: number;
  /** Corpus indices of the articles that mention it, in corpus order. */
  articles: readonly number[];
  /** Mentions per article index. */
  perArticle: ReadonlyMap<number, number>;
  /** Every mention as (article index, start, end), in reading order through the corpus. */
  ordered: readonly { article: number; start: number; end: number }[];
}

export interface EntityGroup {
  type: EntityType;
  title: string;
  entities: readonly EntitySummary[];
}

export interface AnalysisData {
  analysis: Analysis;
  /** The corpus's articles, which offsets and article indices refer to. */
  articles: readonly Article[];
  articleIndex: ReadonlyMap<string, number>;
  /** People, organisations, places; each sorted by mentions, then articles, then name. */
  groups: readonly EntityGroup[];
  /** The groups' entities in display order: the sidebar cursor indexes this. */
  entities: readonly EntitySummary[];
  byId: ReadonlyMap<string, EntitySummary>;
  /** Quotes of each article by position in the text. */
  quotesByArticle: ReadonlyMap<number, readonly Quote[]>;
  /** Entity ids mentioned in each article. */
  entitiesByArticle: ReadonlyMap<number, ReadonlySet<string>>;
}

const GROUPS: readonly { type: EntityType; title: string }[] = [
  { type: 'person', title: 'People' },
  { type: 'organization', title: 'Organisations' },
  { type: 'place', title: 'Places' },
];

/**
 * An entity's summary. Its mentions in reading order and its counts per article are made when first
 * asked for (an entity chosen, a story's coverage): made for every entity of Reuters at once they
 * were a third of a million objects the reader held, and most of the time it took to build this.
 */
class Summary implements EntitySummary {
  readonly mentions: number;
  readonly articles: readonly number[];
  #ordered: EntitySummary['ordered'] | null = null;
  #perArticle: Map<number, number> | null = null;

  constructor(
    readonly entity: Entity,
    private readonly articleIndex: ReadonlyMap<string, number>,
  ) {
    const at: number[] = [];
    for (const m of entity.mentions) {
      const article = articleIndex.get(m.article);
      if (article !== undefined) at.push(article);
    }
    at.sort((a, b) => a - b);
    this.mentions = at.length;
    this.articles = at.filter((a, k) => k === 0 || a !== at[k - 1]);
  }

  get ordered(): EntitySummary['ordered'] {
    this.#ordered ??= this.entity.mentions
      .flatMap((m) => {
        const article = this.articleIndex.get(m.article);
        return article === undefined ? [] : [{ article, start: m.span.start, end: m.span.end }];
      })
      .sort((a, b) => a.article - b.article || a.start - b.start);
    return this.#ordered;
  }

  get perArticle(): ReadonlyMap<number, number> {
    if (!this.#perArticle) {
      this.#perArticle = new Map();
      for (const m of this.ordered) this.#perArticle.set(m.article, (this.#perArticle.get(m.article) ?? 0) + 1);
    }
    return this.#perArticle;
  }
}

// The order of localeCompare, many times faster: most entities tie on counts, so names decide.
const byName = new Intl.Collator().compare;
const byMentions = (a: EntitySummary, b: EntitySummary) =>
  b.mentions - a.mentions || b.articles.length - a.articles.length || byName(a.entity.name, b.entity.name);

/** Items between two yields of analysisDataSteps. */
const STEP = 500;
/** Mentions summarised between two yields: one entity of Reuters has thousands, so a step of 500 entities could hold the UI for 0.4 s. */
const STEP_MENTIONS = 5_000;

/**
 * The items sorted as a stable sort would, a bounded step at a time: runs of STEP sorted, then
 * merged, a yield after every STEP items. Sorting Reuters' 20,000-odd places at once held the reader for 0.1 s.
 */
export function* sortSteps<T>(items: T[], compare: (a: T, b: T) => number): Generator<void, T[]> {
  let runs: T[][] = [];
  for (let i = 0; i < items.length; i += STEP) {
    runs.push(items.slice(i, i + STEP).sort(compare));
    yield;
  }
  while (runs.length > 1) {
    const merged: T[][] = [];
    for (let r = 0; r < runs.length; r += 2) {
      const [a, b = []] = [runs[r], runs[r + 1]];
      const out: T[] = [];
      let i = 0;
      let j = 0;
      // Ties go to the earlier run, which keeps the sort stable.
      while (i < a.length || j < b.length) {
        out.push(j >= b.length || (i < a.length && compare(a[i], b[j]) <= 0) ? a[i++] : b[j++]);
        if (out.length % STEP === 0) yield;
      }
      merged.push(out);
    }
    runs = merged;
  }
  return runs[0] ?? [];
}

export function buildAnalysisData(articles: readonly Article[], analysis: Analysis): AnalysisData {
  return complete(analysisDataSteps(articles, analysis));
}

/** buildAnalysisData a bounded step at a time: it yields after every STEP entities or quotes. */
export function* analysisDataSteps(articles: readonly Article[], analysis: Analysis): Generator<void, AnalysisData> {
  const articleIndex = new Map(articles.map((a, i) => [a.id, i]));
  const summaries: EntitySummary[] = [];
  let mentions = 0;
  for (let k = 0; k < analysis.entities.length; k++) {
    const s = new Summary(analysis.entities[k], articleIndex);
    if (s.mentions > 0) summaries.push(s);
    mentions += analysis.entities[k].mentions.length;
    if (k % STEP === STEP - 1 || mentions >= STEP_MENTIONS) {
      mentions = 0;
      yield;
    }
  }
  const groups: EntityGroup[] = [];
  for (const g of GROUPS) {
    yield;
    groups.push({ ...g, entities: yield* sortSteps(summaries.filter((s) => s.entity.type === g.type), byMentions) });
  }
  const entities = groups.flatMap((g) => g.entities);

  yield;
  const quotesByArticle = new Map<number, Quote[]>();
  for (let k = 0; k < analysis.quotes.length; k++) {
    const q = analysis.quotes[k];
    if (k % STEP === STEP - 1) yield;
    const i = articleIndex.get(q.article);
    if (i === undefined) continue;
    const list = quotesByArticle.get(i) ?? [];
    list.push(q);
    quotesByArticle.set(i, list);
  }
  for (const list of quotesByArticle.values()) list.sort((a, b) => a.span.start - b.span.start);

  yield;
  const entitiesByArticle = new Map<number, Set<string>>();
  for (let k = 0; k < summaries.length; k++) {
    const s = summaries[k];
    if (k % STEP === STEP - 1) yield;
    for (const i of s.articles) {
      const set = entitiesByArticle.get(i) ?? new Set<string>();
      set.add(s.entity.id);
      entitiesByArticle.set(i, set);
    }
  }
  return {
    analysis,
    articles,
    articleIndex,
    groups,
    entities,
    byId: new Map(entities.map((s) => [s.entity.id, s])),
    quotesByArticle,
    entitiesByArticle,
  };
}
