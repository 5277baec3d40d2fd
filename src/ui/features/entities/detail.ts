// The entity detail view: its names, and every article that mentions it with how often.
import type { Line } from '../../shared/lines';
import { seg } from '../../shared/lines';
import { theme } from '../../shared/theme';
import { plural } from '../../shared/text/plural';
import { truncateToWidth, wrapString } from '../../shared/text/wrap';
import { dateLabel, outletLabel } from '../../shared/articleLabels';
import type { AnalysisData } from '../../sources/analysis/data';

const TYPE_NAMES = { person: 'person', organization: 'organisation', place: 'place' } as const;

const documents = new WeakMap<AnalysisData, Map<string, Line[]>>();

/** All lines of the detail view before scrolling; built once per entity and width. */
export function entityDocument(data: AnalysisData, id: string, width: number): Line[] {
  let byKey = documents.get(data);
  if (!byKey) documents.set(data, (byKey = new Map()));
  const key = `${width}:${id}`;
  let doc = byKey.get(key);
  if (!doc) byKey.set(key, (doc = buildDocument(data, id, width)));
  return doc;
}

function buildDocument(data: AnalysisData, id: string, width: number): Line[] {
  const s = data.byId.get(id);
  if (!s) return [[seg('  This entity is no longer in the analysis.', theme.placeholder)]];
  const w = Math.max(1, width - 4);
  const { entity } = s;
  const lines: Line[] = [
    ...wrapString(entity.name, w).map((t) => [seg('  '), seg(t, theme.headline)]),
    ...wrapString(`${TYPE_NAMES[entity.type]} · ${plural(s.mentions, 'mention')} in ${plural(s.articles.length, 'article')}`, w).map((t) => [seg(`  ${t}`, theme.meta)]),
    [],
  ];
  const aliases = entity.aliases.length > 0 ? `Also called: ${entity.aliases.join(', ')}` : 'No other names.';
  for (const t of wrapString(aliases, w)) lines.push([seg(`  ${t}`)]);
  lines.push([], [seg('  Articles', theme.helpTitle)]);
  const byCount = [...s.articles].sort((a, b) => (s.perArticle.get(b) ?? 0) - (s.perArticle.get(a) ?? 0) || a - b);
  for (const i of byCount) {
    const a = data.articles[i];
    const count = String(s.perArticle.get(i) ?? 0).padStart(5);
    const rest = truncateToWidth(`  ${a.headline.value} · ${outletLabel(a)} · ${dateLabel(a)}`, Math.max(1, width - 7));
    lines.push([seg(count, theme.helpKey), seg(rest)]);
  }
  return lines;
}
