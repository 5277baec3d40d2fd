// Files and records that were skipped (or loaded with a caveat), each with its reason.
import type { LoadProblem } from '../../../corpus/types';
import type { Line } from '../../shared/lines';
import { seg } from '../../shared/lines';
import { theme } from '../../shared/theme';
import { wrapString } from '../../shared/text/wrap';

const documents = new WeakMap<readonly LoadProblem[], { width: number; lines: Line[] }>();

/** All lines of the view at a width, before scrolling; kept for the last width. */
export function problemsDocument(problems: readonly LoadProblem[], width: number): Line[] {
  const known = documents.get(problems);
  if (known?.width === width) return known.lines;
  const lines = buildProblems(problems, width);
  documents.set(problems, { width, lines });
  return lines;
}

function buildProblems(problems: readonly LoadProblem[], width: number): Line[] {
  const skipped = problems.filter((p) => p.severity === 'skipped').length;
  const lines: Line[] = [
    [seg(`  Skipped files: ${skipped}, warnings: ${problems.length - skipped}`, theme.helpTitle)],
    [],
  ];
  if (problems.length === 0) lines.push([seg('  Nothing was skipped while loading.', theme.placeholder)]);
  const inner = Math.max(1, width - 6);
  for (const p of problems) {
    for (const text of wrapString(p.path, Math.max(1, width - 2))) lines.push([seg('  '), seg(text, theme.problemPath)]);
    const label = p.severity === 'skipped' ? 'skipped' : 'warning';
    wrapString(`${label}: ${p.reason}`, inner).forEach((text, i) =>
      lines.push([seg('    '), seg(text, i === 0 && p.severity === 'skipped' ? theme.problemSkipped : theme.problemWarning)]),
    );
    lines.push([]);
  }
  return lines;
}
