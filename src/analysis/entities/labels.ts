// Where a name stands like a label rather than in running text: alone at the end of the text (the
// sign-off "REUTER") or at the start of a line of figures ("Shr 1.20 vs 1.10", "Net 5.6 mln",
// "NOTE: ...", "Pay April 15"). One such mention proves nothing; the same word standing there in
// hundreds of articles of a corpus is boilerplate (see merge.ts).
import type { Span } from '../../corpus/types';

/** How far into the rest of its line a label's figures start. */
const FIGURES_WITHIN = 20;

export function inLabelPosition(text: string, span: Span): boolean {
  if (!/\S/.test(text.slice(span.end))) return true;
  const lineStart = text.lastIndexOf('\n', span.start - 1) + 1;
  if (/\S/.test(text.slice(lineStart, span.start))) return false;
  const lineEnd = text.indexOf('\n', span.end);
  const rest = text.slice(span.end, lineEnd < 0 ? text.length : lineEnd).trim();
  return rest === '' || rest.startsWith(':') || /\d/.test(rest.slice(0, FIGURES_WITHIN));
}
