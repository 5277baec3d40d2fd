// Mention-level scoring as ../shared/dev/score/conll.py does it (exact span and type; MISC not
// scored, a wrong prediction overlapping a gold MISC set aside), for quick figures while training.
import type { GoldDoc } from './data';

export interface Predicted {
  start: number;
  end: number;
  type: 'PER' | 'ORG' | 'LOC';
}

const TYPES = ['PER', 'ORG', 'LOC'] as const;

export function scoreMentions(gold: GoldDoc[], predicted: Map<string, Predicted[]>): string {
  const tp = { PER: 0, ORG: 0, LOC: 0 };
  const pred = { PER: 0, ORG: 0, LOC: 0 };
  const gn = { PER: 0, ORG: 0, LOC: 0 };
  const kindGold = new Map<string, number>();
  const kindHit = new Map<string, number>();
  let prosePredicted = 0;
  let proseHit = 0;
  for (const g of gold) {
    const exact = new Map<string, string>();
    for (const m of g.mentions) {
      if (m.type === 'MISC') continue;
      gn[m.type]++;
      kindGold.set(m.kind, (kindGold.get(m.kind) ?? 0) + 1);
      exact.set(`${m.start}:${m.end}:${m.type}`, m.kind);
    }
    const misc = g.mentions.filter((m) => m.type === 'MISC');
    const seen = new Set<string>();
    for (const p of predicted.get(g.id) ?? []) {
      let end = p.end;
      if (g.text[end - 1] === '.' && exact.has(`${p.start}:${end - 1}:${p.type}`)) end--;
      const k = `${p.start}:${end}:${p.type}`;
      if (seen.has(k)) continue;
      seen.add(k);
      const prose = g.sentences.some(([a, b, kind]) => kind === 'prose' && a <= p.start && p.start < b);
      if (exact.has(k)) {
        tp[p.type]++;
        pred[p.type]++;
        kindHit.set(exact.get(k)!, (kindHit.get(exact.get(k)!) ?? 0) + 1);
        if (prose) [prosePredicted, proseHit] = [prosePredicted + 1, proseHit + 1];
      } else if (!misc.some((m) => m.start < end && p.start < m.end)) {
        pred[p.type]++;
        if (prose) prosePredicted++;
      }
    }
  }
  const f = (t: number, p: number, n: number): string => {
    const P = p ? t / p : 0;
    const R = n ? t / n : 0;
    return `P ${P.toFixed(3)} R ${R.toFixed(3)} F1 ${(P + R ? (2 * P * R) / (P + R) : 0).toFixed(3)}`;
  };
  const sum = (o: Record<string, number>): number => Object.values(o).reduce((a, b) => a + b, 0);
  const lines = TYPES.map((t) => `  ${t.padEnd(5)} ${f(tp[t], pred[t], gn[t])}`);
  lines.push(`  micro ${f(sum(tp), sum(pred), sum(gn))}`);
  lines.push(`  prose sentences ${f(proseHit, prosePredicted, kindGold.get('prose') ?? 0)}`);
  lines.push('  recall by kind of line: ' + [...kindGold].map(([k, n]) => `${k} ${((kindHit.get(k) ?? 0) / n).toFixed(3)}`).join(', '));
  return lines.join('\n');
}
