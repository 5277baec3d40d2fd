// Markdown bodies as display blocks: the text stays as written, and the markup (`#`, `**`, `>`, a
// link's URL, a code fence) becomes hidden ranges and styles, so every span still points into it.
// Parsing is CommonMark by mdast-util-from-markdown, whose nodes carry their source offsets.
import { fromMarkdown } from 'mdast-util-from-markdown';
import type { Node, PhrasingContent, RootContent } from 'mdast';
import { plainBlocks } from './plainBlocks';
import type { DisplayBlock, RunStyle, Span, StyledSpan } from './types';

/**
 * Longer bodies are laid out as plain text: the parser takes some microseconds a character (about
 * 0.6 s for 100,000 on this machine under load), and opening an article must not hold up the reader.
 */
export const MAX_MARKDOWN_CHARS = 100_000;
/** Lists, quotes and emphasis nested deeper than this are shown as written (and the walk stays shallow). */
const MAX_NESTING = 32;
/**
 * Input on which the parser's time grows with the square of its size or worse, laid out as plain
 * text instead: a line opening more quotes and list items than MAX_NESTING (20,000 `> ` took
 * seconds), and many emphasis or link marks (16,000 unmatched `*` took 100 s; 600 take about 0.3 s).
 */
const DEEP_NESTING = /(?:^|\n)[ \t]*(?:(?:>[ \t]*|(?:[-*+]|\d{1,9}[.)])[ \t]+)){33}/; // 33: MAX_NESTING + 1
const MAX_MARKS = 600;

function costlyToParse(source: string): boolean {
  if (source.length > MAX_MARKDOWN_CHARS || DEEP_NESTING.test(source)) return true;
  let marks = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    // * _ [ ]
    if ((c === 42 || c === 95 || c === 91 || c === 93) && ++marks > MAX_MARKS) return true;
  }
  return false;
}

interface Context {
  text: string;
  /** Where the parsed slice starts in the text: node offsets are relative to it. */
  base: number;
  depth: number;
  /** The innermost list item or quote the block stands in. */
  container: 'top' | 'item' | 'quote';
  /** Inside a block quote, at any depth: its `>` marks open each of its lines. */
  quoted: boolean;
}

/** The display blocks of text[range), read as Markdown; `paragraphs` lay out a body too long to parse. */
export function markdownBlocks(text: string, range: Span, paragraphs: Span[]): DisplayBlock[] {
  const source = text.slice(range.start, range.end);
  if (costlyToParse(source)) return plainBlocks(text, paragraphs);
  const tree = fromMarkdown(source);
  const out: DisplayBlock[] = [];
  for (const node of tree.children) addBlock(node, { text, base: range.start, depth: 0, container: 'top', quoted: false }, out);
  return out;
}

function spanOf(node: Node, ctx: Context): Span {
  return { start: ctx.base + (node.position?.start.offset ?? 0), end: ctx.base + (node.position?.end.offset ?? 0) };
}

function addBlock(node: RootContent, ctx: Context, out: DisplayBlock[], marker?: string): void {
  if (ctx.depth > MAX_NESTING) return asWritten(node, ctx, out);
  switch (node.type) {
    case 'paragraph':
    case 'heading': {
      const role = node.type === 'heading' ? 'heading' : ctx.container === 'top' ? 'paragraph' : ctx.container;
      const block = flowBlock(node.children, ctx, role);
      if (block) out.push(marker !== undefined ? { ...block, marker } : block);
      return;
    }
    case 'list':
      node.children.forEach((item, i) => {
        const itemMarker = node.ordered ? `${(node.start ?? 1) + i}.` : '•';
        item.children.forEach((child, k) => addBlock(child, { ...ctx, depth: ctx.depth + 1, container: 'item' }, out, k === 0 ? itemMarker : undefined));
      });
      return;
    case 'blockquote':
      for (const child of node.children) addBlock(child, { ...ctx, depth: ctx.depth + 1, container: 'quote', quoted: true }, out);
      return;
    case 'code':
      out.push({ role: 'code', spans: codeRows(spanOf(node, ctx), ctx), hidden: [], styles: [], depth: ctx.depth });
      return;
    case 'thematicBreak':
      out.push({ role: 'rule', spans: [], hidden: [], styles: [], depth: ctx.depth });
      return;
    case 'definition':
      return; // a link reference definition is markup only
    default:
      // HTML and anything else CommonMark knows as a block.
      asWritten(node, ctx, out);
  }
}

function asWritten(node: RootContent, ctx: Context, out: DisplayBlock[]): void {
  const span = spanOf(node, ctx);
  if (span.end > span.start) out.push({ role: 'paragraph', spans: [span], hidden: [], styles: [], depth: Math.min(ctx.depth, MAX_NESTING) });
}

/** A re-flowed block: its visible runs found in the inline nodes, everything else in its span hidden. */
function flowBlock(children: PhrasingContent[], ctx: Context, role: DisplayBlock['role']): DisplayBlock | null {
  const visible: Span[] = [];
  const styles: StyledSpan[] = [];
  for (const child of children) addInline(child, ctx, visible, styles, 0);
  if (visible.length === 0) return null;
  const shown = { start: visible[0].start, end: visible[visible.length - 1].end };
  return { role, spans: [shown], hidden: gapsBetween(visible), styles, depth: ctx.depth };
}

function addInline(node: PhrasingContent, ctx: Context, visible: Span[], styles: StyledSpan[], nesting: number): void {
  const span = spanOf(node, ctx);
  const styled = (style: RunStyle, inner: PhrasingContent[]) => {
    if (nesting >= MAX_NESTING) return void visible.push(span);
    const from = visible.length;
    for (const child of inner) addInline(child, ctx, visible, styles, nesting + 1);
    if (visible.length > from) styles.push({ start: visible[from].start, end: visible[visible.length - 1].end, style });
  };
  switch (node.type) {
    case 'text':
      visibleText(span, ctx, visible);
      return;
    case 'strong':
      return styled('strong', node.children);
    case 'emphasis':
      return styled('emphasis', node.children);
    case 'link':
    case 'linkReference':
      return styled('link', node.children);
    case 'inlineCode': {
      const ticks = /^`+/.exec(ctx.text.slice(span.start, span.end))?.[0].length ?? 0;
      const inner = { start: span.start + ticks, end: span.end - ticks };
      if (inner.end > inner.start) {
        visible.push(inner);
        styles.push({ ...inner, style: 'code' });
      }
      return;
    }
    case 'image':
    case 'imageReference': {
      // The alternative text stands where the picture was: "![alt](src)" shows "alt".
      const alt = node.alt ?? '';
      const at = alt === '' ? -1 : ctx.text.slice(span.start, span.end).indexOf(alt);
      if (at !== -1) visible.push({ start: span.start + at, end: span.start + at + alt.length });
      return;
    }
    case 'break':
      return; // a hard line break: the flow's blank takes its place
    default:
      // Inline HTML and the like: shown as written.
      if (span.end > span.start) visible.push(span);
  }
}

/**
 * A text node's source, less the backslash of each escape (`\*`) and, in a quote, the `>` marks
 * that open its continuation lines: the value the parser read, as ranges of the source.
 */
function visibleText(span: Span, ctx: Context, visible: Span[]): void {
  const markup = ctx.quoted ? /\\[!-/:-@[-`{-~]|\n[ \t]*(?:>[ \t]?)+/g : /\\[!-/:-@[-`{-~]/g;
  const source = ctx.text.slice(span.start, span.end);
  let from = span.start;
  for (const m of source.matchAll(markup)) {
    const at = span.start + m.index;
    // The escaped character and a quote line's newline stay visible; the marks before them do not.
    const hiddenStart = m[0][0] === '\n' ? at + 1 : at;
    const hiddenEnd = m[0][0] === '\n' ? at + m[0].length : at + 1;
    if (hiddenStart > from) visible.push({ start: from, end: hiddenStart });
    from = hiddenEnd;
  }
  if (span.end > from) visible.push({ start: from, end: span.end });
}

/** The rows of a code block without its fences, each from the block's common indentation. */
function codeRows(span: Span, ctx: Context): Span[] {
  const rows: Span[] = [];
  let start = span.start;
  while (start <= span.end) {
    let end = ctx.text.indexOf('\n', start);
    if (end === -1 || end > span.end) end = span.end;
    rows.push({ start, end });
    start = end + 1;
  }
  const fence = /^[ \t>]*(?:`{3,}|~{3,})/;
  const isFence = (row: Span) => fence.test(ctx.text.slice(row.start, row.end));
  if (rows.length > 0 && isFence(rows[0])) rows.shift();
  if (rows.length > 0 && isFence(rows[rows.length - 1])) rows.pop();
  const prefix = ctx.quoted ? /^[ \t]*(?:>[ \t]?)*/ : /^/;
  const opened = rows.map((r) => ({ start: r.start + (prefix.exec(ctx.text.slice(r.start, r.end))?.[0].length ?? 0), end: r.end }));
  const indent = opened.reduce((least, r) => (r.end > r.start ? Math.min(least, leadingBlanks(ctx.text, r)) : least), Infinity);
  return opened.map((r) => ({ start: Math.min(r.end, r.start + (Number.isFinite(indent) ? indent : 0)), end: r.end }));
}

function leadingBlanks(text: string, span: Span): number {
  let k = span.start;
  while (k < span.end && (text[k] === ' ' || text[k] === '\t')) k++;
  return k - span.start;
}

/** The ranges between consecutive visible runs (sorted, as the inline walk yields them). */
function gapsBetween(visible: Span[]): Span[] {
  const gaps: Span[] = [];
  for (let i = 1; i < visible.length; i++) {
    if (visible[i].start > visible[i - 1].end) gaps.push({ start: visible[i - 1].end, end: visible[i].start });
  }
  return gaps;
}
