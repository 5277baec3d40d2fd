// Scores extracted entities against the hand-checked gold (shared/gold/seeds.json), with exactly
// the matching rule of the gold README: hits, over-merges, duplicates, optional names left out of
// precision, recall per gold type and typed recall.
import { readFileSync } from 'node:fs';
import type { Article } from '../../src/corpus/types';
import type { Entity, EntityType } from '../../src/analysis/types';

export interface GoldEntity {
  name: string;
  mentions: string[];
  accept?: string[];
}

export interface GoldDoc {
  file: string;
  people: GoldEntity[];
  organizations: GoldEntity[];
  places: GoldEntity[];
  optional?: string[];
}

/** What the scorer needs of one extracted entity in one article. */
export interface ExtractedView {
  name: string;
  type: EntityType;
  aliases: string[];
  /** The text of each of its mentions in this article. */
  mentionTexts: string[];
}

export interface TypeScore {
  /** Gold entities of this type. */
  gold: number;
  /** Extracted entities of this type (optional names left out). */
  extracted: number;
  /** Extracted entities of this type that hit a gold entity (of any type): the precision numerator. */
  correct: number;
  /** Gold entities of this type that were hit: the recall numerator. */
  found: number;
  /** ... and hit by an entity of the same type. */
  typedFound: number;
  precision: number;
  recall: number;
  typedRecall: number;
}

export interface Finding {
  file: string;
  name: string;
  type: EntityType;
  outcome: 'miss' | 'false-positive' | 'over-merge' | 'duplicate' | 'wrong-type';
}

export interface EntityEval {
  byType: Record<EntityType, TypeScore>;
  overall: TypeScore;
  overMerges: number;
  duplicates: number;
  findings: Finding[];
}

export const TYPES: EntityType[] = ['person', 'organization', 'place'];

export function loadGold(path: string): GoldDoc[] {
  return JSON.parse(readFileSync(path, 'utf8')) as GoldDoc[];
}

/** The README's equality: case, punctuation, hyphens, spacing, a leading "the" and a trailing "'s" ignored. */
export function goldKey(s: string): string {
  let t = s.normalize('NFKC').toLowerCase().replace(/[’‘`]/g, "'").trim();
  t = t.replace(/'s$/, '').replace(/^the\s+/, '');
  return t.replace(/[^\p{L}\p{N}]/gu, '');
}

/** Adapts a corpus's merged entities to the scorer: a gold file name is matched to the article whose id or path it names. */
export function entitiesByFile(articles: Article[], entities: Entity[]): (file: string) => ExtractedView[] | undefined {
  return (file) => {
    const stem = file.replace(/\.[^.]+$/, '');
    const article = articles.find((a) => a.id === stem || a.id === file || a.path.endsWith('/' + file) || a.path === file);
    if (!article) return undefined;
    return entities
      .map((e) => ({ e, spans: e.mentions.filter((m) => m.article === article.id).map((m) => m.span) }))
      .filter(({ spans }) => spans.length > 0)
      .sort((a, b) => Math.min(...a.spans.map((s) => s.start)) - Math.min(...b.spans.map((s) => s.start)))
      .map(({ e, spans }) => ({
        name: e.name, type: e.type, aliases: e.aliases,
        mentionTexts: spans.map((s) => article.text.slice(s.start, s.end)),
      }));
  };
}

export function evaluateEntities(gold: GoldDoc[], extractedFor: (file: string) => ExtractedView[] | undefined): EntityEval {
  type Counts = Pick<TypeScore, 'gold' | 'extracted' | 'correct' | 'found' | 'typedFound'>;
  const count = (): Counts => ({ gold: 0, extracted: 0, correct: 0, found: 0, typedFound: 0 });
  const raw = Object.fromEntries(TYPES.map((t) => [t, count()])) as Record<EntityType, Counts>;
  const findings: Finding[] = [];
  let overMerges = 0;
  let duplicates = 0;

  for (const doc of gold) {
    const golds = [
      ...doc.people.map((g) => ({ g, type: 'person' as EntityType })),
      ...doc.organizations.map((g) => ({ g, type: 'organization' as EntityType })),
      ...doc.places.map((g) => ({ g, type: 'place' as EntityType })),
    ].map(({ g, type }) => ({ name: g.name, type, keys: new Set([g.name, ...g.mentions, ...(g.accept ?? [])].map(goldKey)) }));
    const optional = new Set((doc.optional ?? []).map(goldKey));
    for (const g of golds) raw[g.type].gold++;

    const hit = new Set<number>();
    for (const x of extractedFor(doc.file) ?? []) {
      const keys = new Set([x.name, ...x.aliases, ...x.mentionTexts].map(goldKey));
      const matches = golds.flatMap((g, i) => ([...g.keys].some((k) => keys.has(k)) ? [i] : []));
      if (matches.length === 0 && [...keys].some((k) => optional.has(k))) continue;
      raw[x.type].extracted++;
      const note = (outcome: Finding['outcome']): void => void findings.push({ file: doc.file, name: x.name, type: x.type, outcome });
      if (matches.length === 0) note('false-positive');
      else if (matches.length > 1) {
        overMerges++;
        note('over-merge');
      } else if (hit.has(matches[0])) {
        duplicates++;
        note('duplicate');
      } else {
        const g = golds[matches[0]];
        hit.add(matches[0]);
        raw[x.type].correct++;
        raw[g.type].found++;
        if (g.type === x.type) raw[g.type].typedFound++;
        else note('wrong-type');
      }
    }
    golds.forEach((g, i) => {
      if (!hit.has(i)) findings.push({ file: doc.file, name: g.name, type: g.type, outcome: 'miss' });
    });
  }

  const finish = (c: Counts): TypeScore => ({
    ...c,
    precision: c.extracted ? c.correct / c.extracted : 1,
    recall: c.gold ? c.found / c.gold : 1,
    typedRecall: c.gold ? c.typedFound / c.gold : 1,
  });
  const total = count();
  for (const t of TYPES) for (const k of Object.keys(total) as (keyof Counts)[]) total[k] += raw[t][k];
  return {
    byType: Object.fromEntries(TYPES.map((t) => [t, finish(raw[t])])) as Record<EntityType, TypeScore>,
    overall: finish(total),
    overMerges,
    duplicates,
    findings,
  };
}

export function formatEntityEval(r: EntityEval): string {
  const pct = (x: number): string => x.toFixed(3);
  const row = (label: string, s: TypeScore): string =>
    `| ${label.padEnd(12)} | ${String(s.gold).padStart(4)} | ${String(s.extracted).padStart(9)} | ${String(s.correct).padStart(4)} | ${pct(s.precision)} | ${pct(s.recall)} | ${pct(s.typedRecall)} |`;
  const lines = [
    '| entities     | gold | extracted | hits | precision | recall | typed recall |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...TYPES.map((t) => row(t, r.byType[t])),
    row('all', r.overall),
    '',
    `over-merges ${r.overMerges}, duplicates ${r.duplicates}`,
    ...r.findings.map((f) => `  ${f.outcome.padEnd(14)} ${f.file}  ${f.type}  ${f.name}`),
  ];
  return lines.join('\n');
}
