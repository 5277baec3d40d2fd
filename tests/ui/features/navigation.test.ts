// Where Esc goes: one navigation stack for every feature. Opening a view, or an article from a
// view, pushes where it came from; Esc pops it.
import { describe, expect, it } from 'vitest';
import { goBack, goTo, goToReader, initialNav } from '../../../src/ui/shared/nav';
import { contextOf } from '../../../src/ui/state';
import { drive } from './drive';
import { analysedState, featureCorpus } from './fixtures';

const corpus = featureCorpus();

describe('the navigation stack', () => {
  it('Esc from a quote opened from Quotes returns to Quotes, on the same quote; Esc again to the articles', () => {
    const opened = drive(corpus, analysedState(corpus), ['Q', 'j', 'enter']);
    expect(opened.state.view).toBe('browse');
    expect(contextOf(opened.state)).toBe('reader');
    const back = drive(corpus, opened.state, ['escape']);
    expect(contextOf(back.state)).toBe('quotes');
    expect(back.state.quotes.cursor).toBe(1);
    const out = drive(corpus, back.state, ['escape']);
    expect(out.state.view).toBe('browse');
    expect(out.state.back).toEqual([]);
  });

  it('an article chosen in the list starts a new trail: Esc in the reader then goes to the list', () => {
    const opened = drive(corpus, analysedState(corpus), ['Q', 'j', 'enter', 'tab', 'enter']);
    expect(opened.state.back).toEqual([]);
    expect(drive(corpus, opened.state, ['escape']).state).toMatchObject({ view: 'browse', focus: 'list' });
  });

  it('going to a view already on the stack goes back to it, so the stack never loops', () => {
    const inQuotes = goTo(initialNav, 'quotes');
    const reading = goToReader(inQuotes);
    expect(reading.back).toEqual(['browse', 'quotes']);
    const again = goTo(reading, 'quotes');
    expect(again).toMatchObject({ view: 'quotes', back: ['browse'] });
    expect(goBack(again)).toMatchObject({ view: 'browse', back: [] });
    expect(goBack(initialNav)).toBeNull();
  });
});
