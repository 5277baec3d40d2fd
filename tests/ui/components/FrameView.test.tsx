import { describe, expect, it } from 'vitest';
import { textProps } from '../../../src/ui/shared/components/FrameView';
import { mergeRuns, seg } from '../../../src/ui/shared/lines';

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
