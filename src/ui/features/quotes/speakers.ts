// The speaker picker over the Quotes view, as state: "All speakers" first, then speakers by
// number of quotes, narrowed by what was typed after / (part of a name, any case or accent).
// Every key moves it one step, however fast keys come (a burst of ↓ moves one row per key).
import type { CommonAction } from '../../shared/actions';
import { moveCursor } from '../../shared/scroll';
import type { AnalysisData } from '../../sources/analysis/data';
import { speakerChoices } from './filter';

export interface SpeakerPickerState {
  /** What was typed to find a speaker. */
  find: string;
  /** Whether keys go to the find line. */
  finding: boolean;
  /** The highlighted row among the choices listed. */
  cursor: number;
  /** First row shown. */
  top: number;
}

export const initialPicker: SpeakerPickerState = { find: '', finding: false, cursor: 0, top: 0 };

export interface SpeakerRow {
  /** speakerKey, null for all speakers. */
  speaker: string | null;
  name: string | null;
  label: string;
}

export type SpeakerPickerAction = { type: 'findSpeaker' } | { type: 'findSpeakerDone'; keep: boolean };

/** Lower case without accents, for matching what is typed against names. */
const folded = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

const listed = new WeakMap<AnalysisData, { find: string; rows: SpeakerRow[] }>();

/** The rows for what was typed: all speakers first (unless a name is being found), then by number of quotes. */
export function speakerRows(data: AnalysisData, find: string): SpeakerRow[] {
  const known = listed.get(data);
  if (known?.find === find) return known.rows;
  const wanted = folded(find.trim());
  const speakers = speakerChoices(data)
    .filter((c) => !wanted || folded(c.name).includes(wanted))
    .map((c) => ({ speaker: c.key, name: c.name, label: `${c.name} (${c.quotes})` }));
  const rows = wanted ? speakers : [{ speaker: null, name: null, label: `All speakers (${data.analysis.quotes.length})` }, ...speakers];
  listed.set(data, { find, rows });
  return rows;
}

/** Opened on the speaker chosen now. */
export function openPicker(data: AnalysisData, current: string | null, rows: number): SpeakerPickerState {
  const at = Math.max(0, speakerRows(data, '').findIndex((r) => r.speaker === current));
  return { ...initialPicker, cursor: at, top: Math.max(0, at - Math.max(1, rows) + 1) };
}

export type PickerOutcome = { picker: SpeakerPickerState } | { chosen: SpeakerRow } | { cancelled: true };

const refound = (p: SpeakerPickerState, find: string): PickerOutcome => ({ picker: { ...p, find, cursor: 0, top: 0 } });

export function reducePicker(p: SpeakerPickerState, action: CommonAction | SpeakerPickerAction, data: AnalysisData, rows: number): PickerOutcome {
  const choices = speakerRows(data, p.find);
  if (p.finding) {
    switch (action.type) {
      case 'input':
        return refound(p, p.find + action.text);
      case 'erase':
        return refound(p, [...p.find].slice(0, -1).join(''));
      case 'clearInput':
        return refound(p, '');
      case 'findSpeakerDone':
        return action.keep ? { picker: { ...p, finding: false } } : refound({ ...p, finding: false }, '');
      case 'move':
        return { picker: { ...p, finding: false, ...moveCursor(p.cursor, p.top, action, rows, choices.length) } };
      default:
        return { picker: p };
    }
  }
  switch (action.type) {
    case 'move':
    case 'page':
    case 'first':
    case 'last':
      return { picker: { ...p, ...moveCursor(p.cursor, p.top, action, rows, choices.length) } };
    case 'findSpeaker':
      return { picker: { ...p, finding: true } };
    case 'open':
      return choices[p.cursor] ? { chosen: choices[p.cursor] } : { picker: p };
    case 'back':
      return { cancelled: true };
    default:
      return { picker: p };
  }
}
