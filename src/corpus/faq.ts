// Question-and-answer blocks: a line opening with "Q:" (or "Question:") followed by one opening
// with "A:" (or "Answer:"). Markers may start paragraphs or lines within one.
import { trimSpan } from './sentences';
import type { FaqEntry, Span } from './types';

const MARKER = /^[^\S\n]*(Q|A|Question|Answer)[^\S\n]*:[^\S\n]*/gm;

interface Part {
  kind: 'Q' | 'A';
  span: Span;
}

/** A question marker anywhere: without one a text holds no Q/A pair, whatever its paragraphs. */
const QUESTION = /Q(?:uestion)?[^\S\n]*:/;

/** Whether the text may hold a Q/A pair: when not, its paragraphs need not be found to know. */
export function mayHoldFaq(text: string): boolean {
  return QUESTION.test(text);
}

/** Q/A pairs in the given paragraphs; spans cover the text after the markers. */
export function findFaq(text: string, paragraphs: Span[]): FaqEntry[] {
  const faq: FaqEntry[] = [];
  let pending: Span | null = null;
  for (const paragraph of paragraphs) {
    const parts = partsOf(text, paragraph);
    if (parts.length === 0) pending = null; // ordinary text between a question and an answer
    for (const part of parts) {
      if (part.kind === 'Q') pending = part.span;
      else if (pending) {
        faq.push({ question: pending, answer: part.span });
        pending = null;
      }
    }
  }
  return faq;
}

/** The Q and A parts of one paragraph, each running to the next marker or the paragraph's end. */
function partsOf(text: string, paragraph: Span): Part[] {
  const slice = text.slice(paragraph.start, paragraph.end);
  if (!slice.includes(':')) return [];
  const marks = [...slice.matchAll(MARKER)];
  if (marks.length === 0 || marks[0].index !== 0) return [];
  return marks
    .map((m, i): Part => {
      const start = paragraph.start + m.index + m[0].length;
      const end = i + 1 < marks.length ? paragraph.start + marks[i + 1].index : paragraph.end;
      const kind = m[1].startsWith('Q') ? 'Q' : 'A';
      return { kind, span: trimSpan(text, { start, end }) };
    })
    .filter((p) => p.span.end > p.span.start);
}
