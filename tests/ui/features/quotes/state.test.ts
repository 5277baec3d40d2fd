import { describe, expect, it } from 'vitest';
import { renderFrame } from '../../../../src/ui/frame';
import { contextOf } from '../../../../src/ui/state';
import { lineOfOffset } from '../../../../src/ui/shared/articleDocument';
import { drive } from '../drive';
import { analysedState, featureCorpus } from '../fixtures';

const corpus = featureCorpus();
const typed = (text: string) => [...text].map((c) => (c === ' ' ? 'space' : c));

describe('the Quotes view in the reducer', () => {
  it('Q opens it from the list and the reader; Esc goes back', () => {
    const fromList = drive(corpus, analysedState(corpus), ['Q']);
    expect(contextOf(fromList.state)).toBe('quotes');
    const fromReader = drive(corpus, analysedState(corpus), ['enter', 'Q']);
    expect(fromReader.state.view).toBe('quotes');
    const back = drive(corpus, fromReader.state, ['escape']);
    expect(back.state.view).toBe('browse');
    expect(back.state.focus).toBe('reader');
  });

  it('/ types into the filter line, forgiving typos; Enter keeps the filter, Esc clears it', () => {
    const typed_ = drive(corpus, analysedState(corpus), ['Q', '/', ...typed('trafic')]);
    expect(contextOf(typed_.state)).toBe('quoteFilter');
    expect(typed_.state.quotes.query).toBe('trafic');
    // The filter line shows the key at once; the list follows (the App applies it after the frame).
    expect(typed_.screen[1]).toMatch(/^ \/ trafic▏ +3 quotes/);
    const typing = drive(corpus, typed_.state, [{ type: 'quoteFilterApply' }]);
    expect(typing.screen.join('\n')).toContain('1 of 3 quotes');
    expect(typing.screen.join('\n')).toContain('“traffic will ease within a month” — Ada Brook');
    // Letters that are keys elsewhere (q, y, s) are typed here.
    const more = drive(corpus, typing.state, ['q', 'backspace', { type: 'quoteFilterApply' }]);
    expect(more.state.quit).toBe(false);
    expect(more.state.quotes.query).toBe('trafic');
    const kept = drive(corpus, more.state, ['enter']);
    expect(contextOf(kept.state)).toBe('quotes');
    expect(kept.state.quotes.query).toBe('trafic');
    const cleared = drive(corpus, kept.state, ['/', 'escape']);
    expect(cleared.state.quotes.query).toBe('');
    expect(cleared.screen.join('\n')).toContain('3 quotes');
  });

  it('the speaker choice narrows the list; all speakers again widens it', () => {
    const one = drive(corpus, analysedState(corpus), ['Q', { type: 'chooseSpeaker', speaker: 'person:ada-brook', name: 'Ada Brook' }]);
    expect(one.screen.join('\n')).toContain('2 of 3 quotes · Ada Brook');
    const all = drive(corpus, one.state, [{ type: 'chooseSpeaker', speaker: null, name: null }]);
    expect(all.screen.join('\n')).toContain('3 quotes · all speakers');
  });

  it('s opens the speaker picker as an overlay, Esc closes it', () => {
    const picking = drive(corpus, analysedState(corpus), ['Q', 's']);
    expect(contextOf(picking.state)).toBe('speakers');
    expect(drive(corpus, picking.state, ['escape']).state.overlay).toBeNull();
  });

  it('Enter opens the article with the quote highlighted and scrolled into view', () => {
    const r = drive(corpus, analysedState(corpus), ['Q', 'j', 'enter'], 100, 20);
    expect(r.state.view).toBe('browse');
    expect(r.state.open).toBe(0);
    expect(r.state.focus).toBe('reader');
    expect(r.state.quotes.opened).toBe('a_q1');
    const q = r.state.analysis.phase === 'ready' ? r.state.analysis.data.quotesByArticle.get(0)![1] : null;
    const line = lineOfOffset(r.frame.viewport.readerDoc!(0), q!.span.start);
    expect(line).toBeGreaterThanOrEqual(r.state.readerTop);
    expect(line).toBeLessThan(r.state.readerTop + r.frame.viewport.readerRows);
    expect(r.screen.join('\n')).toContain('traffic will ease');
    // Marked in the reader: the opened quote stands out from the others.
    const frame = renderFrame({ corpus, state: r.state, cols: 100, rows: 20 });
    const seg = frame.lines.flat().find((s) => s.text.includes('traffic will ease'));
    expect(seg?.style?.inverse).toBe(true);
  });

  it('y copies the chosen quote with its citation and asks for a confirmation', () => {
    const r = drive(corpus, analysedState(corpus), ['Q', 'y']);
    expect(r.state.effect).toEqual({
      serial: 1,
      note: 'copied quote to clipboard',
      copy: '“This bridge joins two halves of one city” — Ada Brook, “Mayor Ada Brook opens the harbour bridge”, Harbour Times, 2024-05-02',
    });
    // Unknown parts are left out; the trailing comma is the sentence's, not the speaker's.
    const unattributed = drive(corpus, r.state, ['G', 'y']);
    expect(unattributed.state.effect).toMatchObject({ serial: 2, copy: '“We expected this” — “Port Authority counts the cost”' });
  });

  it('y in the reader copies the quote opened from Quotes while it is in view, else the first quote in view', () => {
    const opened = drive(corpus, analysedState(corpus), ['Q', 'j', 'enter', 'y'], 100, 20);
    expect(opened.state.effect?.copy).toContain('traffic will ease within a month');
    const top = drive(corpus, analysedState(corpus), ['enter', 'y'], 100, 20);
    expect(top.state.effect?.copy).toContain('This bridge joins');
    // Scrolled past the first quote: the next one below the top is copied.
    const scrolled = drive(corpus, analysedState(corpus), ['enter', 'j', 'j', 'j', 'j', 'j', 'y'], 100, 20);
    expect(scrolled.state.effect?.copy).toContain('traffic will ease');
    const none = drive(corpus, analysedState(corpus), ['j', 'j', 'enter', 'y']);
    expect(none.state.effect).toMatchObject({ note: 'no quote to copy here' });
    expect(none.state.effect?.copy).toBeUndefined();
  });

  it('marks every quotation in the reader once the analysis is ready', () => {
    const r = drive(corpus, analysedState(corpus), ['enter']);
    const seg = r.frame.lines.flat().find((s) => s.text.includes('This bridge joins'));
    expect(seg?.style?.italic).toBe(true);
  });
});

describe('the filter line and the list', () => {
  it('Enter and ↓ on the filter line bring the list up to date before acting on it', () => {
    const typedOnly = drive(corpus, analysedState(corpus), ['Q', '/', ...typed('expected')]);
    expect(typedOnly.state.quotes.applied).toBe('');
    const done = drive(corpus, typedOnly.state, ['enter']);
    expect(done.state.quotes.applied).toBe('expected');
    expect(done.screen.join('\n')).toContain('1 of 3 quotes');
    const moved = drive(corpus, typedOnly.state, ['down']);
    expect(moved.state.quotes.applied).toBe('expected');
    expect(moved.state.quotes.cursor).toBe(0);
  });
});
