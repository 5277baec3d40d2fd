// CoNLL-2003 dev through the whole entity pipeline (tagger, grouping, corpus merge), scored as
// ../shared/dev/score/conll.py scores `rknews entities --json`: exact span and type, MISC not scored.
import { basename, join } from 'node:path';
import { extractEntities } from '../../src/analysis/entities';
import { loadCorpus } from '../../src/corpus';
import { readGold } from '../train/data';
import { scoreMentions, type Predicted } from '../train/score';

const TYPE = { person: 'PER', organization: 'ORG', place: 'LOC' } as const;

export function conllDevFigures(dir: string): string {
  const gold = readGold(join(dir, 'dev.gold.json'));
  const corpus = loadCorpus([join(dir, 'dev')]);
  const docOf = new Map(corpus.articles.map((a) => [a.id, basename(a.path).replace(/\.txt$/, '')]));
  const predicted = new Map<string, Predicted[]>();
  for (const e of extractEntities(corpus.articles)) {
    for (const m of e.mentions) {
      const doc = docOf.get(m.article);
      if (!doc) continue;
      const list = predicted.get(doc) ?? [];
      list.push({ start: m.span.start, end: m.span.end, type: TYPE[e.type] });
      predicted.set(doc, list);
    }
  }
  return `CoNLL-2003 dev (${gold.length} articles, ${corpus.articles.length} loaded), mention level, exact span and type:\n${scoreMentions(gold, predicted)}`;
}
