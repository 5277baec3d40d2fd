// The speaker picker over the Quotes view: "All speakers" first, then speakers by number of quotes.
import { useMemo } from 'react';
import { Picker, pickerGeometry } from '../../shared/components/Picker';
import type { AnalysisData } from '../../sources/analysis/data';
import { speakerChoices } from './filter';

export interface SpeakerPickerProps {
  data: AnalysisData;
  /** The speaker chosen now (speakerKey), null for all. */
  current: string | null;
  cols: number;
  rows: number;
  colour: boolean;
  onChoose: (speaker: string | null, name: string | null) => void;
}

interface Choice {
  speaker: string | null;
  name: string | null;
}

export function SpeakerPicker({ data, current, cols, rows, colour, onChoose }: SpeakerPickerProps) {
  const { width, limit } = pickerGeometry(cols, rows, 60);
  const choices = useMemo(
    () => [
      { key: '*', label: `All speakers (${data.analysis.quotes.length})`, value: { speaker: null, name: null } as Choice },
      ...speakerChoices(data).map((c) => ({ key: c.key, label: `${c.name} (${c.quotes})`, value: { speaker: c.key, name: c.name } as Choice })),
    ],
    [data],
  );
  return (
    <Picker
      title="Choose a speaker"
      choices={choices}
      isCurrent={(choice) => choice.speaker === current}
      width={width}
      limit={limit}
      cols={cols}
      colour={colour}
      onChoose={(choice) => onChoose(choice.speaker, choice.name)}
    />
  );
}
