// The top line: what is open and how much of it there is.
import type { Corpus } from '../../corpus/types';
import type { Line } from '../shared/lines';
import { fitLine, seg } from '../shared/lines';
import { theme } from '../shared/theme';
import { plural } from '../shared/text/plural';
import { displayWidth, truncateToWidth } from '../shared/text/wrap';

export interface CorpusSummary {
  articles: number;
  outlets: number;
  /** Articles whose outlet is known, and whose date is. */
  withOutlet: number;
  dated: number;
  firstDate: string | null;
  lastDate: string | null;
  skipped: number;
  warnings: number;
}

const summaries = new WeakMap<Corpus, CorpusSummary>();

/** Counts for the title bar; computed once per corpus. */
function summarise(corpus: Corpus): CorpusSummary {
  const known = summaries.get(corpus);
  if (known) return known;
  const outlets = new Set<string>();
  let withOutlet = 0;
  let dated = 0;
  let firstDate: string | null = null;
  let lastDate: string | null = null;
  for (const a of corpus.articles) {
    if (a.outlet.value) {
      outlets.add(a.outlet.value);
      withOutlet++;
    }
    const d = a.date.value;
    if (d) {
      dated++;
      if (firstDate === null || d < firstDate) firstDate = d;
      if (lastDate === null || d > lastDate) lastDate = d;
    }
  }
  const summary = {
    articles: corpus.articles.length,
    outlets: outlets.size,
    withOutlet,
    dated,
    firstDate,
    lastDate,
    skipped: corpus.problems.filter((p) => p.severity === 'skipped').length,
    warnings: corpus.problems.filter((p) => p.severity === 'warning').length,
  };
  summaries.set(corpus, summary);
  return summary;
}

/**
 * What the outlets and dates describe, said honestly: "1 of 5 dated: 2023-09-14", not a date
 * that reads as the whole corpus's; "1 outlet for 2 of 5", not "1 outlet".
 */
export function coverage(s: CorpusSummary): { outlets: string; dates: string } {
  const some = (n: number) => (n < s.articles ? `${n} of ${s.articles}` : null);
  const range = s.firstDate === s.lastDate ? s.firstDate : `${s.firstDate} – ${s.lastDate}`;
  const outletShare = some(s.withOutlet);
  return {
    outlets: s.withOutlet === 0 ? 'no outlet known' : outletShare ? `${plural(s.outlets, 'outlet')} for ${outletShare}` : plural(s.outlets, 'outlet'),
    dates: s.dated === 0 ? 'undated' : some(s.dated) ? `${some(s.dated)} dated: ${range}` : `${range}`,
  };
}

/** `status`: what is going on (analysis progress, a filter), kept after the article count. */
export function titleBarLine(corpus: Corpus, width: number, status: readonly string[] = []): Line {
  const s = summarise(corpus);
  const { outlets, dates } = coverage(s);
  // In display order; `drop` ranks what goes first when the terminal is narrow (0: never).
  const parts = [
    { text: 'rknews', drop: 4 },
    { text: corpus.name, drop: 0 },
    { text: plural(s.articles, 'article'), drop: 0 },
    ...status.map((text) => ({ text, drop: 0 })),
    { text: outlets, drop: 1 },
    { text: dates, drop: 3 },
    { text: `${s.skipped} skipped`, drop: 0 },
    ...(s.warnings > 0 ? [{ text: plural(s.warnings, 'warning'), drop: 2 }] : []),
  ];
  const render = () => ` ${parts.map((p) => p.text).join(' · ')} `;
  for (let rank = 1; rank <= 4 && displayWidth(render()) > width; rank++) {
    const at = parts.findIndex((p) => p.drop === rank);
    if (at >= 0) parts.splice(at, 1);
  }
  return fitLine([seg(truncateToWidth(render(), width), theme.titleBar)], width, theme.titleBarFill);
}
