// A small corpus with a hand-made analysis (entities, quotes), so the UI features are tested
// apart from the analyser's judgement.
import type { Analysis, Entity, EntityType, Quote } from '../../../src/analysis/types';
import type { Article, Corpus } from '../../../src/corpus/types';
import { buildAnalysisData } from '../../../src/ui/sources/analysis/data';
import type { AnalysisData } from '../../../src/ui/sources/analysis/data';
import type { UiState } from '../../../src/ui/state';
import { initialState } from '../../../src/ui/state';
import { longParagraphs, makeArticle } from '../fixtures';

export function featureCorpus(): Corpus {
  const articles: Article[] = [
    makeArticle({
      id: 'a',
      headline: 'Mayor Ada Brook opens the harbour bridge',
      outlet: 'Harbour Times',
      date: '2024-05-02',
      paragraphs: [
        'Ada Brook cut the ribbon on Tuesday. "This bridge joins two halves of one city," said Ada Brook.',
        ...longParagraphs(8),
        'Later, Brook told the Port Authority that "traffic will ease within a month".',
      ],
    }),
    makeArticle({
      id: 'b',
      headline: 'Port Authority counts the cost',
      paragraphs: ['The Port Authority said the bridge cost more than planned. "We expected this," an engineer said.', ...longParagraphs(2)],
    }),
    makeArticle({
      id: 'c',
      headline: 'A quiet day in Lisbon',
      outlet: 'Daily Example',
      date: '2024-05-03',
      paragraphs: ['Nothing happened in Lisbon, where Ada Brook was once a student.'],
    }),
  ];
  return { name: 'features', articles, problems: [] };
}

/** Every occurrence of `name` in the article as a mention. */
function mentionsOf(article: Article, name: string) {
  const out = [];
  for (let at = article.text.indexOf(name); at >= 0; at = article.text.indexOf(name, at + 1)) {
    out.push({ article: article.id, span: { start: at, end: at + name.length } });
  }
  return out;
}

function entity(corpus: Corpus, id: string, name: string, type: EntityType, forms: string[], aliases: string[] = []): Entity {
  const mentions = corpus.articles.flatMap((a) => {
    const spans = forms.flatMap((f) => mentionsOf(a, f));
    // "Ada Brook" also contains "Brook": keep the longest mention at each place.
    return spans.filter((m) => !spans.some((o) => o !== m && o.span.start <= m.span.start && o.span.end >= m.span.end && o.span.end - o.span.start > m.span.end - m.span.start));
  });
  return { id, name, type, aliases, mentions };
}

function quote(corpus: Corpus, article: string, text: string, speaker: Quote['speaker'], n: number): Quote {
  const a = corpus.articles.find((x) => x.id === article)!;
  const start = a.text.indexOf(text);
  if (start < 0) throw new Error(`no "${text}" in ${article}`);
  return { id: `${article}_q${n}`, article, span: { start, end: start + text.length }, text, speaker };
}

export function featureAnalysis(corpus: Corpus): Analysis {
  return {
    entities: [
      entity(corpus, 'person:ada-brook', 'Ada Brook', 'person', ['Ada Brook', 'Brook'], ['Brook']),
      entity(corpus, 'org:port-authority', 'Port Authority', 'organization', ['Port Authority']),
      entity(corpus, 'place:lisbon', 'Lisbon', 'place', ['Lisbon']),
    ],
    quotes: [
      quote(corpus, 'a', 'This bridge joins two halves of one city,', { name: 'Ada Brook', entity: 'person:ada-brook' }, 0),
      quote(corpus, 'a', 'traffic will ease within a month', { name: 'Ada Brook', entity: 'person:ada-brook' }, 1),
      quote(corpus, 'b', 'We expected this,', null, 0),
    ],
  };
}

export function featureData(corpus = featureCorpus()): AnalysisData {
  return buildAnalysisData(corpus.articles, featureAnalysis(corpus));
}

/** The initial state with the analysis finished. */
export function analysedState(corpus = featureCorpus(), init: Parameters<typeof initialState>[0] = {}): UiState {
  return { ...initialState(init), analysis: { phase: 'ready', data: featureData(corpus) } };
}
