// The picker for the compare view's right-hand article: most similar first, with the similarity.
// Copies are folded: the left article's own duplicates are listed first and said to be copies,
// and a candidate's duplicates are counted on its line instead of taking lines of their own.
import { useMemo } from 'react';
import type { AlignContext, Duplicate } from '../../../analysis/align';
import { duplicatesOf, mostSimilarDistinct } from '../../../analysis/align';
import { Picker, pickerGeometry } from '../../shared/components/Picker';
import { plural } from '../../shared/text/plural';
import { outletLabel } from '../../shared/articleLabels';

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
  const choices = useMemo(() => {
    const line = (id: string, lead: string, tail = '') => {
      const index = align.indexOf.get(id) ?? 0;
      const a = align.articles[index];
      return { key: id, label: `${lead}  ${a.headline.value} · ${outletLabel(a)}${tail}`, value: index };
    };
    const own = duplicatesOf(align, align.articles[left].id).map((d) =>
      line(d.id, d.similarity.toFixed(2), d.kind === 'identical' ? ' (identical to this one)' : ' (near-duplicate of this one)'),
    );
    const others = mostSimilarDistinct(align, align.articles[left].id, MAX_CHOICES).map((s) => line(s.id, s.similarity.toFixed(2), foldedNote(s.duplicates)));
    return [...own, ...others];
  }, [align, left]);
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

/** " (+2 copies)" for a candidate with duplicates folded into it. */
function foldedNote(duplicates: readonly Duplicate[]): string {
  return duplicates.length === 0 ? '' : ` (+${plural(duplicates.length, 'copy', 'copies')})`;
}
