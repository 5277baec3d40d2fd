// What one large article costs: the reader opening a 5 MB line without blanks, and how long
// analysing a 2 MB (and a 5 MB) article keeps the event loop from answering (a UI's keys).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadavg } from 'node:os';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { analyseCorpus } from '../src/analysis';
import { parseArticle } from '../src/corpus/parse';
import type { Article } from '../src/corpus/types';
import { readerDocument } from '../src/ui/shared/articleDocument';
import { readerLines } from '../src/ui/features/reader/view';
import { median } from './stats';

const BBC = fileURLToPath(new URL('../../shared/corpora/bbc', import.meta.url));

/** The bbc texts joined, cut to `chars` characters, as one article. */
function joinedBbc(chars: number): Article {
  const parts: string[] = [];
  let length = 0;
  for (const section of readdirSync(BBC).sort()) {
    for (const file of readdirSync(join(BBC, section)).sort()) {
      const text = readFileSync(join(BBC, section, file), 'utf8');
      parts.push(text);
      length += text.length + 2;
      if (length >= chars) return article(`bbc-${chars}`, parts.join('\n\n').slice(0, chars));
    }
  }
  // Fewer characters than asked: repeat the texts.
  const once = parts.join('\n\n');
  return article(`bbc-${chars}`, once.repeat(Math.ceil(chars / once.length)).slice(0, chars));
}

const article = (id: string, text: string) => parseArticle({ id, path: `${id}.txt`, text, meta: {} });

/** A headline and one line of `chars` letters without a blank, as in the issue. */
function noSpaceLine(chars: number): string {
  let seed = 1;
  const letters: string[] = [];
  for (let i = 0; i < chars; i++) {
    seed = (seed * 1103515245 + 12345) >>> 0;
    letters.push(String.fromCharCode(97 + (seed >>> 16) % 26));
  }
  return `A headline\n\n${letters.join('')}\n`;
}

/** Parsing the article and drawing the reader's first screen of it (80×40), median of `runs`. */
function timeOpen(text: string, runs: number): { parse: number; open: number } {
  const parse: number[] = [];
  const open: number[] = [];
  for (let i = 0; i < runs; i++) {
    let t = performance.now();
    const a = article(`open-${i}`, text);
    parse.push(performance.now() - t);
    t = performance.now();
    readerDocument(a, 78);
    readerLines({ article: a, top: 0, rect: { top: 0, left: 0, width: 80, height: 40 } });
    open.push(performance.now() - t);
  }
  return { parse: median(parse), open: median(open) };
}

/** Event-loop delay while analysing the article: what a key press waits for at worst. */
async function lagDuringAnalysis(a: Article): Promise<{ p99: number; max: number; ms: number; limited: boolean }> {
  const h = monitorEventLoopDelay({ resolution: 10 });
  h.enable();
  const t = performance.now();
  const analysis = await analyseCorpus([a]);
  const ms = performance.now() - t;
  h.disable();
  // The histogram is in nanoseconds and includes the 10 ms sampling interval.
  return { p99: h.percentile(99) / 1e6 - 10, max: h.max / 1e6 - 10, ms, limited: (analysis.limited?.length ?? 0) > 0 };
}

export async function benchBounds(): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  const line = noSpaceLine(5_000_000);
  const { parse, open } = timeOpen(line, 3);
  out['bounds.parse_ms_5mb_line'] = parse;
  out['bounds.open_ms_5mb_line'] = open;
  console.log(`5 MB line without blanks: parse ${parse.toFixed(0)} ms, reader open ${open.toFixed(0)} ms (median of 3)`);

  // The language model loads on first use: once, before the measured runs.
  await analyseCorpus([article('warm-up', 'Kim Jong Un met Vladimir Putin in Vladivostok, Reuters said.')]);
  for (const mb of [2, 5]) {
    const a = joinedBbc(mb * 1_000_000);
    const lag = await lagDuringAnalysis(a);
    out[`bounds.lag_p99_ms_${mb}mb`] = lag.p99;
    out[`bounds.lag_max_ms_${mb}mb`] = lag.max;
    out[`bounds.analysis_ms_${mb}mb`] = lag.ms;
    // Lag is wall time: on a busy machine each step waits for the CPU too, so the load is given.
    console.log(
      `analysis of one ${mb} MB article (bbc joined${lag.limited ? ', limited' : ''}): ${lag.ms.toFixed(0)} ms; event-loop lag p99 ${lag.p99.toFixed(0)} ms, max ${lag.max.toFixed(0)} ms (load average ${loadavg()[0].toFixed(1)})`,
    );
  }
  return out;
}
