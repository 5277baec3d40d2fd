// A frame is a list of styled lines computed by pure functions; Ink only prints them.
// Exact widths are decided here, so no line can be wider than its pane.
import { screenText } from './text/safe';
import { displayWidth, fitToWidth } from './text/wrap';

export interface Style {
  color?: string;
  backgroundColor?: string;
  bold?: boolean;
  dim?: boolean;
  italic?: boolean;
  underline?: boolean;
  inverse?: boolean;
}

export interface Segment {
  text: string;
  style?: Style;
}

export type Line = Segment[];

export function seg(text: string, style?: Style): Segment {
  return style ? { text: screenText(text), style } : { text: screenText(text) };
}

/** Cuts the line to `width` columns and pads it with blanks (in `fill` style) to exactly `width`. */
export function fitLine(line: Line, width: number, fill?: Style): Line {
  const out: Line = [];
  let used = 0;
  for (const s of line) {
    if (used >= width) break;
    const w = displayWidth(s.text);
    if (used + w <= width) {
      out.push(s);
      used += w;
    } else {
      const cut = fitToWidth(s.text, width - used);
      out.push({ ...s, text: cut });
      used += displayWidth(cut);
    }
  }
  if (used < width) out.push(fill ? { text: ' '.repeat(width - used), style: fill } : { text: ' '.repeat(width - used) });
  return out;
}

const STYLE_KEYS = ['color', 'backgroundColor', 'bold', 'dim', 'italic', 'underline', 'inverse'] as const;

function sameStyle(a: Style | undefined, b: Style | undefined): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  return STYLE_KEYS.every((k) => a[k] === b[k]);
}

/** Whether two lines show the same text in the same styles, segment by segment. */
export function sameLine(a: Line, b: Line): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  return a.every((s, i) => s.text === b[i].text && sameStyle(s.style, b[i].style));
}

/**
 * The line with each run of adjacent segments of one style made one segment: the same text on
 * screen in fewer pieces (panes and marks cut lines into many, and each piece is a node Ink lays out).
 */
export function mergeRuns(line: Line): Line {
  const out: Line = [];
  for (const s of line) {
    const last = out[out.length - 1];
    if (last && sameStyle(last.style, s.style)) out[out.length - 1] = last.style ? { text: last.text + s.text, style: last.style } : { text: last.text + s.text };
    else out.push(s);
  }
  return out;
}

/** Lays panes side by side: each part is cut and padded to its width. */
export function joinColumns(parts: { line: Line; width: number; fill?: Style }[]): Line {
  return parts.flatMap((p) => fitLine(p.line, p.width, p.fill));
}

/** The lines of a pane, cut or padded to exactly `height` rows of `width` columns. */
export function fitBlock(lines: Line[], width: number, height: number, fill?: Style): Line[] {
  const out: Line[] = [];
  for (let i = 0; i < height; i++) out.push(fitLine(lines[i] ?? [], width, fill));
  return out;
}

