// Scrolling arithmetic shared by every pane and view: how far a key moves, and where a window
// over a list of rows may start.

export type ScrollAction = { type: 'move'; by: number } | { type: 'page'; dir: 1 | -1; half?: boolean } | { type: 'first' } | { type: 'last' };

export const clamp = (n: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, n));

/** The largest useful first row: the last page ends at the last line. */
function maxTop(lines: number, rows: number): number {
  return Math.max(0, lines - Math.max(1, rows));
}

/** Keeps the cursor's row visible with the smallest change of the first row shown. */
export function followCursor(cursor: number, top: number, rows: number, count: number): number {
  const r = Math.max(1, rows);
  let next = top;
  if (cursor < next) next = cursor;
  if (cursor >= next + r) next = cursor - r + 1;
  return clamp(next, 0, maxTop(count, r));
}

export function isScroll(action: { type: string }): action is ScrollAction {
  return action.type === 'move' || action.type === 'page' || action.type === 'first' || action.type === 'last';
}

/** How far an action moves in a pane of `rows` rows; ±Infinity for the ends. */
export function stepFor(action: ScrollAction, rows: number): number {
  const r = Math.max(1, rows);
  switch (action.type) {
    case 'move':
      return action.by;
    case 'page':
      return action.dir * (action.half ? Math.max(1, Math.floor(r / 2)) : r);
    case 'first':
      return -Infinity;
    case 'last':
      return Infinity;
  }
}

/** A scroll position after a step, kept within the document. */
export function scroll(top: number, step: number, lines: number, rows: number): number {
  const next = step === -Infinity ? 0 : step === Infinity ? lines : top + step;
  return clamp(next, 0, maxTop(lines, rows));
}

/** A document's first row after a scroll key, in a pane of `rows` rows over `lines` lines. */
export function scrollBy(top: number, action: ScrollAction, lines: number, rows: number): number {
  return scroll(top, stepFor(action, rows), lines, rows);
}

/** The row a scroll key sends a cursor over `count` rows to, before clamping: the caller keeps it in range. */
export function cursorTarget(cursor: number, action: ScrollAction, rows: number, count: number): number {
  const step = stepFor(action, rows);
  return step === -Infinity ? 0 : step === Infinity ? count - 1 : cursor + step;
}

/** A cursor over `count` rows after a step, and the first row shown so it stays visible. */
export function moveCursor(cursor: number, top: number, action: ScrollAction, rows: number, count: number): { cursor: number; top: number } {
  const next = clamp(cursorTarget(cursor, action, rows, count), 0, Math.max(0, count - 1));
  return { cursor: next, top: followCursor(next, top, rows, count) };
}
