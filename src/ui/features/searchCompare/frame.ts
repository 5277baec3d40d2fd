// The frame's part for search, compare and coverage: which screen replaces the body, and the
// geometry each gives the reducer (Viewport.search/compare/coverage).
import type { FrameInput } from '../../frame';
import type { Layout } from '../../shared/layout';
import type { Line } from '../../shared/lines';
import { fitBlock, seg } from '../../shared/lines';
import type { Viewport } from '../../state';
import { theme } from '../../shared/theme';
import { compareBody, compareGeometry } from '../compare/frame';
import { coverageBody, coverageGeometry } from '../coverage/frame';
import { searchBody, searchGeometry } from '../search/frame';

export { withSearchMarks } from '../search/frame';

export function searchCompareViewport(input: FrameInput, layout: Layout): Pick<Viewport, 'search' | 'compare' | 'coverage'> {
  return { search: searchGeometry(input, layout), compare: compareGeometry(input, layout), coverage: coverageGeometry(input, layout) };
}

/** A screen that has only a message: what it waits for, or why there is nothing to show. */
function messageLines(text: string, rect: Layout['body']): Line[] {
  return fitBlock([[], [seg(' '), seg(text, theme.placeholder)]], rect.width, rect.height);
}

export function searchCompareBody(input: FrameInput, layout: Layout): Line[] | null {
  const body =
    input.state.view === 'search'
      ? searchBody(input, layout)
      : input.state.view === 'compare'
        ? compareBody(input, layout)
        : input.state.view === 'coverage'
          ? coverageBody(input, layout)
          : null;
  return typeof body === 'string' ? messageLines(body, layout.body) : body;
}
