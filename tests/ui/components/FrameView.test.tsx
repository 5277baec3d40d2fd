import { describe, expect, it } from 'vitest';
import { textProps } from '../../../src/ui/shared/components/FrameView';

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
