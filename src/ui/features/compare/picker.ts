// The picker of the compare view's right-hand article, as state: most similar first, with the
// similarity, narrowed by what was typed after / (part of a headline or outlet, any case or
// accent). Every key moves it one step, however fast keys come (a burst of ↓ moves one row per key).
// Copies are folded: the left article's own duplicates are listed first and said to be copies,
// and a candidate's duplicates are counted on its line instead of taking lines of their own.
import type { AlignContext, Duplicate } from '../../../analysis/align';
import { duplicatesOf, mostSimilarDistinct } from '../../../analysis/align';
import type { CommonAction } from '../../shared/actions';
import { outletLabel } from '../../shared/articleLabels';
import { moveCursor } from '../../shared/scroll';
import { plural } from '../../shared/text/plural';

/** The picker lists at most this many articles: beyond them similarity is negligible. */
const MAX_CHOICES = 100;

export interface ArticleChoice {
  /** Article index. */
  value: number;
  label: string;
}

export interface ArticlePickerState {
  /** What was typed to find an article. */
  find: string;
  /** Whether keys go to the find line. */
  finding: boolean;
  /** The highlighted row among the choices listed. */
  cursor: number;
  /** First row shown. */
  top: number;
}

export type ArticlePickerAction = { type: 'findArticle' } | { type: 'findArticleDone'; keep: boolean };

/** What the reducer needs of the picker on screen: the choices listed now and the rows shown. */
export interface PickerGeometry {
  values: readonly number[];
  rows: number;
}

/** Lower case without accents, for matching what is typed. */
const folded = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** " (+2 copies)" for a candidate with duplicates folded into it. */
function foldedNote(duplicates: readonly Duplicate[]): string {
  return duplicates.length === 0 ? '' : ` (+${plural(duplicates.length, 'copy', 'copies')})`;
}

const allChoices = new WeakMap<AlignContext, Map<number, { choice: ArticleChoice; key: string }[]>>();

function choicesFor(align: AlignContext, left: number): { choice: ArticleChoice; key: string }[] {
  let byLeft = allChoices.get(align);
  if (!byLeft) allChoices.set(align, (byLeft = new Map()));
  let found = byLeft.get(left);
  if (!found) {
    const line = (id: string, lead: string, tail = '') => {
      const value = align.indexOf.get(id) ?? 0;
      const a = align.articles[value];
      return { choice: { value, label: `${lead}  ${a.headline.value} · ${outletLabel(a)}${tail}` }, key: folded(`${a.headline.value} ${outletLabel(a)}`) };
    };
    const id = align.articles[left].id;
    const own = duplicatesOf(align, id).map((d) => line(d.id, d.similarity.toFixed(2), d.kind === 'identical' ? ' (identical to this one)' : ' (near-duplicate of this one)'));
    const others = mostSimilarDistinct(align, id, MAX_CHOICES).map((s) => line(s.id, s.similarity.toFixed(2), foldedNote(s.duplicates)));
    byLeft.set(left, (found = [...own, ...others]));
  }
  return found;
}

/** The articles to choose from beside `left`, narrowed by `find`. */
export function articleChoices(align: AlignContext, left: number, find: string): ArticleChoice[] {
  const wanted = folded(find.trim());
  return choicesFor(align, left)
    .filter((c) => !wanted || c.key.includes(wanted))
    .map((c) => c.choice);
}

/** Opened on the article shown now. */
export function openArticlePicker(values: readonly number[], current: number | null, rows: number): ArticlePickerState {
  const at = Math.max(0, values.indexOf(current ?? -1));
  return { find: '', finding: false, cursor: at, top: Math.max(0, at - Math.max(1, rows) + 1) };
}

export type ArticlePickerOutcome = { picker: ArticlePickerState } | { chosen: number } | { cancelled: true };

const refound = (p: ArticlePickerState, find: string): ArticlePickerOutcome => ({ picker: { ...p, find, cursor: 0, top: 0 } });

export function reduceArticlePicker(p: ArticlePickerState, action: CommonAction | ArticlePickerAction, g: PickerGeometry): ArticlePickerOutcome {
  const count = g.values.length;
  if (p.finding) {
    switch (action.type) {
      case 'input':
        return refound(p, p.find + action.text);
      case 'erase':
        return refound(p, [...p.find].slice(0, -1).join(''));
      case 'clearInput':
        return refound(p, '');
      case 'findArticleDone':
        return action.keep ? { picker: { ...p, finding: false } } : refound({ ...p, finding: false }, '');
      case 'move':
        return { picker: { ...p, finding: false, ...moveCursor(p.cursor, p.top, action, g.rows, count) } };
      default:
        return { picker: p };
    }
  }
  switch (action.type) {
    case 'move':
    case 'page':
    case 'first':
    case 'last':
      return { picker: { ...p, ...moveCursor(p.cursor, p.top, action, g.rows, count) } };
    case 'findArticle':
      return { picker: { ...p, finding: true } };
    case 'open':
      return p.cursor < count ? { chosen: g.values[p.cursor] } : { picker: p };
    case 'back':
      return { cancelled: true };
    default:
      return { picker: p };
  }
}
