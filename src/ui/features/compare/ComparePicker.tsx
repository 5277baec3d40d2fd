// The picker for the compare view's right-hand article: most similar first, with the similarity.
import { useMemo } from 'react';
import type { AlignContext } from '../../../analysis/align';
import { mostSimilar } from '../../../analysis/align';
import { Picker, pickerGeometry } from '../../components/Picker';
import { outletLabel } from '../../views/list';

/** The picker lists at most this many articles: beyond them similarity is negligible. */
const MAX_CHOICES = 100;

export interface ComparePickerProps {
  align: AlignContext;
  /** Article index of the left column, and of the right one now. */
  left: number;
  current: number | null;
  cols: number;
  rows: number;
  colour: boolean;
  onPick: (article: number) => void;
}

export function ComparePicker({ align, left, current, cols, rows, colour, onPick }: ComparePickerProps) {
  const { width, limit } = pickerGeometry(cols, rows, 90);
  const choices = useMemo(
    () =>
      mostSimilar(align, align.articles[left].id, MAX_CHOICES).map((s) => {
        const index = align.indexOf.get(s.id) ?? 0;
        const a = align.articles[index];
        return { key: s.id, label: `${s.similarity.toFixed(2)}  ${a.headline.value} · ${outletLabel(a)}`, value: index };
      }),
    [align, left],
  );
  return (
    <Picker
      title="Compare with… (similarity, most similar first)"
      choices={choices}
      empty="No other article shares any words with this one."
      isCurrent={(index) => index === current}
      width={width}
      limit={limit}
      cols={cols}
      colour={colour}
      onChoose={onPick}
    />
  );
}
