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
  /** The slot beside the reader for a sidebar (entities), when one is shown. */
  sidebar: Rect | null;
}

export interface LayoutOptions {
  /** Columns for a sidebar beside the reader; 0 or absent for none. */
  sidebarWidth?: number;
}

const clamp = (n: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, n));

export function computeLayout(cols: number, rows: number, options: LayoutOptions = {}): Layout {
  const c = Math.max(0, Math.floor(cols));
  const r = Math.max(0, Math.floor(rows));
  const frameRows = Math.max(1, r - 1);
  const tooSmall = c < MIN_COLS || r < MIN_ROWS;
  const bodyHeight = Math.max(0, frameRows - 2);
  const body: Rect = { top: 1, left: 0, width: c, height: bodyHeight };
  const listWidth = clamp(Math.floor(c * 0.36), 28, 50);
  // One column of separator after the list, and one before a sidebar.
  const sidebarWidth = options.sidebarWidth ? clamp(options.sidebarWidth, 16, Math.max(16, c - listWidth - 40)) : 0;
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
  };
}
