// The speaker picker: a reducer over the Quotes view, so every key moves it one step (a burst of
// ↓ moves one row per key), j and k move like everywhere, and / finds a speaker by name.
import { describe, expect, it } from 'vitest';
import type { Analysis, Quote } from '../../../../src/analysis/types';
import type { Corpus } from '../../../../src/corpus/types';
import { keyNames } from '../../../../src/ui/keymap';
import { buildAnalysisData } from '../../../../src/ui/sources/analysis/data';
import { contextOf, initialState } from '../../../../src/ui/state';
import type { UiState } from '../../../../src/ui/state';
import { makeArticle } from '../../fixtures';
import { drive } from '../drive';

const speakers = ['Mara Quell', 'Tobin Ashgrove', 'Élodie Brant', 'Kim Ode'];

/** One article a speaker, each quoted as often as their place in `speakers` says (Mara most). */
function pickerCorpus(): { corpus: Corpus; state: UiState } {
  const articles = speakers.map((name, i) =>
    makeArticle({ id: `art${i}`, headline: `Story ${i}`, paragraphs: Array.from({ length: speakers.length - i }, (_, n) => `${name} said "words ${i} ${n} here" today.`) }),
  );
  const quotes = articles.flatMap((a, i) =>
    Array.from({ length: speakers.length - i }, (_, n): Quote => {
      const text = `words ${i} ${n} here`;
      const start = a.text.indexOf(text);
      return { id: `${a.id}_q${n}`, article: a.id, span: { start, end: start + text.length }, text, speaker: { name: speakers[i], entity: `person:${i}` } };
    }),
  );
  const analysis: Analysis = { entities: [], quotes };
  const corpus: Corpus = { name: 'speakers', problems: [], articles };
  return { corpus, state: { ...initialState(), analysis: { phase: 'ready', data: buildAnalysisData(articles, analysis) } } };
}

const { corpus, state } = pickerCorpus();
const highlighted = (screen: string[]) => screen.find((l) => l.startsWith('❯'))?.trim();

describe('the speaker picker', () => {
  it('lists all speakers, then by number of quotes; j, k and ↓ ↑ move one row per key, a burst of ↓ included', () => {
    const open = drive(corpus, state, ['Q', 's']);
    expect(contextOf(open.state)).toBe('speakers');
    expect(highlighted(open.screen)).toBe('❯• All speakers (10)');
    expect(highlighted(drive(corpus, open.state, ['j', 'j']).screen)).toBe('❯  Tobin Ashgrove (3)');
    expect(highlighted(drive(corpus, open.state, ['j', 'j', 'k']).screen)).toBe('❯  Mara Quell (4)');
    // Three ↓ sent at once reach the keymap as three keys.
    const burst = keyNames('\x1b[B', { downArrow: true });
    expect(highlighted(drive(corpus, open.state, [...burst, ...burst, ...burst]).screen)).toBe('❯  Élodie Brant (2)');
    expect(drive(corpus, open.state, ['down', 'down', 'down']).state.quotes.picker.cursor).toBe(3);
  });

  it('Enter chooses the highlighted speaker and narrows the quotes; the picker reopens on them', () => {
    const chosen = drive(corpus, state, ['Q', 's', 'j', 'j', 'enter']);
    expect(chosen.state.overlay).toBeNull();
    expect(chosen.state.quotes.speakerName).toBe('Tobin Ashgrove');
    expect(chosen.screen.join('\n')).toContain('3 of 10 quotes · Tobin Ashgrove');
    expect(highlighted(drive(corpus, chosen.state, ['s']).screen)).toBe('❯• Tobin Ashgrove (3)');
  });

  it('/ finds a speaker by typing part of the name (any case or accent); Enter keeps it, Enter again chooses', () => {
    const found = drive(corpus, state, ['Q', 's', '/', 'e', 'l', 'o']);
    expect(contextOf(found.state)).toBe('speakerFind');
    expect(found.screen.join('\n')).toContain(' / elo▏');
    expect(highlighted(found.screen)).toBe('❯  Élodie Brant (2)');
    expect(found.screen.join('\n')).not.toContain('Mara Quell');
    const chosen = drive(corpus, found.state, ['enter', 'enter']);
    expect(chosen.state.quotes.speakerName).toBe('Élodie Brant');
    const cleared = drive(corpus, found.state, ['escape']);
    expect(contextOf(cleared.state)).toBe('speakers');
    expect(cleared.screen.join('\n')).toContain('Mara Quell');
  });
});
