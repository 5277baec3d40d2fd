import { render } from 'ink-testing-library';
import { describe, expect, it } from 'vitest';
import { FrameView, textProps } from '../../../src/ui/shared/components/FrameView';
import { mergeRuns, sameLine, seg } from '../../../src/ui/shared/lines';

describe('textProps', () => {
  const style = { color: 'cyan', backgroundColor: 'blue', bold: true, inverse: true, dim: true };

  it('maps a style onto Ink Text props', () => {
    expect(textProps(style, true)).toMatchObject({ color: 'cyan', backgroundColor: 'blue', bold: true, inverse: true, dimColor: true });
  });

  it('drops colours without colour (NO_COLOR) but keeps bold, dim and inverse', () => {
    const props = textProps(style, false);
    expect(props.color).toBeUndefined();
    expect(props.backgroundColor).toBeUndefined();
    expect(props).toMatchObject({ bold: true, inverse: true, dimColor: true });
  });
});

describe('mergeRuns', () => {
  const bold = { bold: true };
  it('makes adjacent segments of one style one segment, and keeps style changes', () => {
    const line = [seg(' a'), seg('b'), seg('c', bold), seg('d', { bold: true }), seg('e'), seg('f', { bold: true, dim: true })];
    expect(mergeRuns(line)).toEqual([seg(' ab'), seg('cd', bold), seg('e'), seg('f', { bold: true, dim: true })]);
  });

  it('leaves an empty line empty', () => {
    expect(mergeRuns([])).toEqual([]);
  });
});

describe('sameLine', () => {
  it('compares lines by their text and styles, not by identity', () => {
    expect(sameLine([seg(' a'), seg('b', { bold: true })], [seg(' a'), seg('b', { bold: true })])).toBe(true);
    expect(sameLine([seg(' a')], [seg(' b')])).toBe(false);
    expect(sameLine([seg('a', { inverse: true })], [seg('a')])).toBe(false);
    expect(sameLine([seg('a', { color: 'cyan' })], [seg('a', { color: 'blue' })])).toBe(false);
    expect(sameLine([seg('ab')], [seg('a'), seg('b')])).toBe(false);
  });
});

describe('FrameView', () => {
  it('shows a changed row of a new frame, and keeps the rows that stayed', () => {
    const frame = (cursor: number) => [0, 1, 2].map((i) => [seg(i === cursor ? `> row ${i}` : `  row ${i}`)]);
    const { lastFrame, rerender } = render(<FrameView lines={frame(0)} colour />);
    expect(lastFrame()).toBe('> row 0\n  row 1\n  row 2');
    rerender(<FrameView lines={frame(1)} colour />);
    expect(lastFrame()).toBe('  row 0\n> row 1\n  row 2');
  });
});
