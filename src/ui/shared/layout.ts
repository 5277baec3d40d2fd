// Where each part of the screen goes for a terminal size. The frame is kept one row
// shorter than the terminal: a frame as tall as the screen makes Ink clear and repaint
// everything on each change, which flickers.

export const MIN_COLS = 60;
export const MIN_ROWS = 15;

export interface Rect {
  top: number;
  left: number;
  width: number;
  height: number;
}

export interface Layout {
  cols: number;
  rows: number;
  /** Lines in the frame: at most rows - 1 (and at least one). */
  frameRows: number;
  tooSmall: boolean;
  /** Everything between the title bar and the status line. */
  body: Rect;
  list: Rect;
  reader: Rect;
  /** The slot beside the reader for a sidebar (entities), when one is shown and there is room for it. */
  sidebar: Rect | null;
  /** A sidebar was asked for but the reader would be too narrow beside it: it takes the reader's slot while focused. */
  sidebarFolded: boolean;
}

/** The reader keeps at least this many columns beside a sidebar; below it the sidebar gives way. */
export const READER_MIN_COLS = 30;
/** The list narrows to this many columns to make room for a sidebar. */
const LIST_MIN_COLS = 20;
const SIDEBAR_MIN_COLS = 16;

export interface LayoutOptions {
  /** Columns for a sidebar beside the reader; 0 or absent for none. */
  sidebarWidth?: number;
  /**
   * No article is open: the reader only previews the one under the cursor, so the list widens to
   * half the screen and its headlines are not cut at the narrow list's width.
   */
  browsing?: boolean;
}

/** The list's width while browsing: half the screen, up to what an 80-character headline needs. */
const BROWSING_LIST_MAX_COLS = 84;

const clamp = (n: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, n));

/**
 * The list's and the sidebar's columns. The sidebar narrows (to 16) to leave the reader 40; when
 * the reader would still be under READER_MIN_COLS, the list narrows too, and if that is not enough
 * the sidebar folds (0: it takes the reader's slot while focused).
 */
function besideReader(cols: number, wideList: number, wanted: number): { listWidth: number; sidebarWidth: number } {
  if (!wanted) return { listWidth: wideList, sidebarWidth: 0 };
  const sidebar = clamp(wanted, SIDEBAR_MIN_COLS, Math.max(SIDEBAR_MIN_COLS, cols - wideList - 40));
  if (cols - wideList - sidebar - 2 >= READER_MIN_COLS) return { listWidth: wideList, sidebarWidth: sidebar };
  const listWidth = Math.max(LIST_MIN_COLS, cols - 2 - READER_MIN_COLS - SIDEBAR_MIN_COLS);
  const room = cols - listWidth - 2 - READER_MIN_COLS;
  return room >= SIDEBAR_MIN_COLS ? { listWidth, sidebarWidth: Math.min(wanted, room) } : { listWidth: wideList, sidebarWidth: 0 };
}

export function computeLayout(cols: number, rows: number, options: LayoutOptions = {}): Layout {
  const c = Math.max(0, Math.floor(cols));
  const r = Math.max(0, Math.floor(rows));
  const frameRows = Math.max(1, r - 1);
  const tooSmall = c < MIN_COLS || r < MIN_ROWS;
  const bodyHeight = Math.max(0, frameRows - 2);
  const body: Rect = { top: 1, left: 0, width: c, height: bodyHeight };
  const narrowList = clamp(Math.floor(c * 0.36), 28, 50);
  // A sidebar needs the room more than the headlines: with one, the list keeps its width.
  const wideList = options.browsing && !options.sidebarWidth ? Math.max(narrowList, Math.min(Math.floor((c - 1) / 2), BROWSING_LIST_MAX_COLS)) : narrowList;
  const { listWidth, sidebarWidth } = besideReader(c, wideList, options.sidebarWidth ?? 0);
  // One column of separator after the list, and one before a sidebar.
  const readerWidth = Math.max(1, c - listWidth - 1 - (sidebarWidth ? sidebarWidth + 1 : 0));
  return {
    cols: c,
    rows: r,
    frameRows,
    tooSmall,
    body,
    list: { top: 1, left: 0, width: listWidth, height: bodyHeight },
    reader: { top: 1, left: listWidth + 1, width: readerWidth, height: bodyHeight },
    sidebar: sidebarWidth ? { top: 1, left: c - sidebarWidth, width: sidebarWidth, height: bodyHeight } : null,
    sidebarFolded: (options.sidebarWidth ?? 0) > 0 && sidebarWidth === 0,
  };
}
