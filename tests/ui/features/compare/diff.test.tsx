// The compare view highlights the words that differ inside an overlapping pair, on both sides.
import { render } from 'ink-testing-library';
import { describe, expect, it } from 'vitest';
import { alignArticles, buildAlignContext } from '../../../../src/analysis/align';
import { FrameView } from '../../../../src/ui/shared/components/FrameView';
import { layoutColumns } from '../../../../src/ui/features/compare/columns';
import { initialCompare } from '../../../../src/ui/features/compare/state';
import { compareSummary, summaryText } from '../../../../src/ui/features/compare/summary';
import { compareMetrics, compareViewLines } from '../../../../src/ui/features/compare/view';
import { articleFromText } from '../../../helpers/corpus';

const x = articleFromText('Quellport news\n\nPremier Ada Vell-Marin has dismissed reports she told President Tomas Brack she would quit.\n', 'x');
const y = articleFromText('Brelia news\n\nPremier Ada Vell-Marin promised President Tomas Brack she would stand down.\n', 'y');
const other = articleFromText('Cup final\n\nHarrow Rovers beat Castlebay 3-1 in the cup replay on Saturday.\n', 'f');

describe('compare view of an overlapping pair', () => {
  const alignment = alignArticles(x, y, buildAlignContext([x, y, other]));
  const rect = { top: 1, left: 0, width: 100, height: 12 };
  const columns = layoutColumns(x, y, alignment, compareMetrics(rect).textWidths, true);
  const lines = compareViewLines({
    articles: [x, y],
    columns,
    state: { ...initialCompare(0, 1), cursor: [-1, -1] },
    summary: summaryText(compareSummary(alignment, null, 0, 1)),
    rect,
  });

  it('marks the pair with ≈ and counts it in the summary', () => {
    const { lastFrame, unmount } = render(<FrameView lines={lines} colour={false} />);
    const frame = lastFrame() ?? '';
    expect(frame).toContain('0 same · 1 overlap · only left 0 · only right 0');
    expect(frame).toMatch(/≈ Premier Ada Vell-Marin has[\s\S]*≈ Premier Ada Vell-Marin promised/);
    unmount();
  });

  it('underlines exactly the differing words on each side (bold and underlined, so visible without colour)', () => {
    // ink-testing-library renders without colour codes, so the styled segments are checked.
    const underlined = lines.flatMap((l) => l.filter((seg) => seg.style?.underline && seg.style?.bold).map((seg) => seg.text));
    const words = underlined.join(' ').split(/\s+/).filter(Boolean).sort();
    expect(words).toEqual(['has', 'dismissed', 'reports', 'she', 'told', 'quit', 'promised', 'stand', 'down'].sort());
  });
});
