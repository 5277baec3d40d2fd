// Every style on screen, in one place. Colour is removed later when NO_COLOR is set;
// bold, dim and inverse stay, so the cursor and headings remain visible without colour.
import type { Style } from './lines';
import type { MarkStyle } from './marks';

export const theme = {
  titleBar: { inverse: true, bold: true },
  titleBarFill: { inverse: true },
  statusKey: { bold: true, color: 'cyan' },
  statusText: { dim: true },
  statusMessage: { color: 'yellow' },
  separator: { dim: true },
  cursorFocused: { inverse: true },
  cursorUnfocused: { bold: true, underline: true },
  unreadMark: { color: 'cyan', bold: true },
  unreadHeadline: { bold: true },
  readHeadline: {},
  listMeta: { dim: true },
  headline: { bold: true },
  meta: { color: 'gray' },
  unknownMeta: { italic: true, dim: true },
  caption: { italic: true, dim: true },
  captionBar: { dim: true },
  indicator: { dim: true },
  placeholder: { dim: true },
  helpTitle: { bold: true, underline: true },
  helpKey: { bold: true, color: 'cyan' },
  problemPath: { bold: true },
  problemSkipped: { color: 'red' },
  problemWarning: { color: 'yellow' },
  warning: { bold: true, color: 'yellow' },
  quoteText: { italic: true },
  quoteSpeaker: { bold: true },
  notice: { bold: true, color: 'green' },
  // An article's own markup (Markdown), and the blocks it sets apart.
  strong: { bold: true },
  emphasis: { italic: true },
  link: { underline: true },
  code: { color: 'cyan' },
  sectionHeading: { bold: true, underline: true },
  blockMarker: { dim: true },
} satisfies Record<string, Style>;

const markStyles: Record<MarkStyle, Style> = {
  person: { color: 'green' },
  organization: { color: 'magenta' },
  place: { color: 'blue' },
  quote: { italic: true, color: 'yellow' },
  speaker: { underline: true },
  hit: { inverse: true },
  'current-hit': { inverse: true, bold: true, color: 'yellow' },
  // Words that differ inside an overlapping pair of the compare view: visible without colour too,
  // and italic as well, so they still stand out inside the bold, underlined counterpart sentence.
  differ: { bold: true, underline: true, italic: true, color: 'yellow' },
};

export function markStyle(style: MarkStyle): Style {
  return markStyles[style];
}

/** The same style without colours, for NO_COLOR. */
export function withoutColour(style: Style): Style {
  const { color: _c, backgroundColor: _b, ...rest } = style;
  return rest;
}
