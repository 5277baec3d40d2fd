// Writing results: JSON documents, diagnostics, and text tables fitted to the terminal.
import stringWidth from 'string-width';
import { printable } from '../corpus/sanitize';
import type { LoadProblem } from '../corpus/types';

export interface Output {
  out: (text: string) => void;
  err: (text: string) => void;
  /** Terminal width when stdout is a terminal; undefined when piped (then nothing is truncated). */
  columns?: number;
  color: boolean;
}

export function processOutput(): Output {
  const tty = process.stdout.isTTY === true;
  return {
    out: (text) => process.stdout.write(text),
    // Diagnostics echo what the user typed and what the file system holds (ids, paths, options,
    // a damaged file's bytes in an error), which may carry escape sequences of their own: shown
    // escaped, never removed, so an unterminated sequence cannot swallow the rest of the message.
    err: (text) => process.stderr.write(printable(text)),
    columns: tty ? process.stdout.columns || 80 : undefined,
    color: tty && !('NO_COLOR' in process.env && process.env.NO_COLOR !== ''),
  };
}

export function writeJson(io: Output, value: unknown): void {
  io.out(JSON.stringify(value, null, 2) + '\n');
}

/** Names each skipped file or record with its reason, one line each, on stderr (sanitised by `err`). */
export function reportProblems(io: Output, problems: LoadProblem[]): void {
  for (const p of problems) {
    // Paths come from the file system and may hold control characters too.
    const label = p.severity === 'skipped' ? 'skipped' : 'warning';
    io.err(`rknews: ${label}: ${p.path}: ${p.reason}\n`);
  }
}

export function bold(io: Output, text: string): string {
  return io.color ? `\x1b[1m${text}\x1b[22m` : text;
}

export function dim(io: Output, text: string): string {
  return io.color ? `\x1b[2m${text}\x1b[22m` : text;
}

/** Cuts text to a display width, marking the cut with an ellipsis. */
export function truncate(text: string, width: number): string {
  if (stringWidth(text) <= width) return text;
  if (width <= 1) return width === 1 ? '…' : '';
  let out = '';
  for (const ch of text) {
    if (stringWidth(out + ch) > width - 1) break;
    out += ch;
  }
  return out + '…';
}

function pad(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - stringWidth(text)));
}

/**
 * Lays out rows as columns separated by two spaces. The last column takes what width is left
 * (at least 10) and is truncated to fit; without a width nothing is truncated.
 */
export function formatTable(io: Output, header: string[], rows: string[][]): string {
  const fixed = header.slice(0, -1).map((h, i) => Math.max(stringWidth(h), ...rows.map((r) => stringWidth(r[i]))));
  const used = fixed.reduce((a, b) => a + b + 2, 0);
  const last = io.columns === undefined ? undefined : Math.max(10, io.columns - used);
  const line = (cells: string[]) => {
    const head = cells.slice(0, -1).map((c, i) => pad(c, fixed[i]) + '  ').join('');
    const tail = cells[cells.length - 1];
    return (head + (last === undefined ? tail : truncate(tail, last))).trimEnd();
  };
  return [bold(io, line(header)), ...rows.map(line)].join('\n') + '\n';
}
