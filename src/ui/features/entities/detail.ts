// The entity detail view: its names, and every article that mentions it with how often, each
// mention on a row of its own with the words around it; Enter opens the article at the one chosen.
import type { Line } from '../../shared/lines';
import { fitLine, seg } from '../../shared/lines';
import { markStyle, theme } from '../../shared/theme';
import { plural } from '../../shared/text/plural';
import { displayWidth, truncateToWidth, wrapString } from '../../shared/text/wrap';
import { dateLabel, outletLabel } from '../../shared/articleLabels';
import type { AnalysisData } from '../../sources/analysis/data';

/** A row of the view that opens an article at a mention. */
export interface MentionTarget {
  row: number;
  article: number;
  start: number;
}

export interface EntityDocument {
  lines: Line[];
  /** The mentions, in the order shown. */
  targets: MentionTarget[];
}

const TYPE_NAMES = { person: 'person', organization: 'organisation', place: 'place' } as const;

const documents = new WeakMap<AnalysisData, Map<string, EntityDocument>>();

/** All lines of the detail view before scrolling; built once per entity and width. */
export function entityDocument(data: AnalysisData, id: string, width: number): EntityDocument {
  let byKey = documents.get(data);
  if (!byKey) documents.set(data, (byKey = new Map()));
  const key = `${width}:${id}`;
  let doc = byKey.get(key);
  if (!doc) byKey.set(key, (doc = buildDocument(data, id, width)));
  return doc;
}

const INDENT = '      ';
/** How far around a mention the words are looked for. */
const CONTEXT_CHARS = 160;

const flat = (t: string) => t.replace(/\s+/g, ' ');

/** The mention with the words around it on one row: as much before as after, cut at spaces. */
function mentionLine(text: string, start: number, end: number, width: number): Line {
  const mention = truncateToWidth(flat(text.slice(start, end)), Math.max(1, width - INDENT.length));
  const budget = Math.max(0, width - INDENT.length - displayWidth(mention));
  let before = flat(text.slice(Math.max(0, start - CONTEXT_CHARS), start));
  if (displayWidth(before) > Math.floor(budget / 2)) before = `…${before.slice(-(Math.floor(budget / 2) - 1)).replace(/^\S*\s?/, '')}`;
  if (budget < 2) before = '';
  const room = budget - displayWidth(before);
  let after = flat(text.slice(end, end + CONTEXT_CHARS));
  if (displayWidth(after) > room) after = room < 2 ? '' : `${after.slice(0, room - 1).replace(/\s?\S*$/, '')}…`;
  return fitLine([seg(INDENT), seg(before, theme.meta), seg(mention, markStyle('hit')), seg(after, theme.meta)], width);
}

function buildDocument(data: AnalysisData, id: string, width: number): EntityDocument {
  const s = data.byId.get(id);
  if (!s) return { lines: [[seg('  This entity is no longer in the analysis.', theme.placeholder)]], targets: [] };
  const w = Math.max(1, width - 4);
  const { entity } = s;
  const lines: Line[] = [
    ...wrapString(entity.name, w).map((t) => [seg('  '), seg(t, theme.headline)]),
    ...wrapString(`${TYPE_NAMES[entity.type]} · ${plural(s.mentions, 'mention')} in ${plural(s.articles.length, 'article')}`, w).map((t) => [seg(`  ${t}`, theme.meta)]),
    [],
  ];
  const aliases = entity.aliases.length > 0 ? `Also called: ${entity.aliases.join(', ')}` : 'No other names.';
  for (const t of wrapString(aliases, w)) lines.push([seg(`  ${t}`)]);
  lines.push([], [seg('  Mentions by article', theme.helpTitle)]);
  const byCount = [...s.articles].sort((a, b) => (s.perArticle.get(b) ?? 0) - (s.perArticle.get(a) ?? 0) || a - b);
  const byArticle = new Map<number, { start: number; end: number }[]>();
  for (const m of s.ordered) byArticle.set(m.article, [...(byArticle.get(m.article) ?? []), m]);
  const targets: MentionTarget[] = [];
  for (const i of byCount) {
    const a = data.articles[i];
    const count = String(s.perArticle.get(i) ?? 0).padStart(5);
    const rest = truncateToWidth(`  ${a.headline.value} · ${outletLabel(a)} · ${dateLabel(a)}`, Math.max(1, width - 7));
    lines.push([seg(count, theme.helpKey), seg(rest)]);
    for (const m of byArticle.get(i) ?? []) {
      targets.push({ row: lines.length, article: i, start: m.start });
      lines.push(mentionLine(a.text, m.start, m.end, width));
    }
  }
  return { lines, targets };
}
