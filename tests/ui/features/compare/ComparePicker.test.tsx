import { Box } from 'ink';
import { cleanup, render } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { buildAlignContext, mostSimilar } from '../../../../src/analysis/align';
import { ComparePicker } from '../../../../src/ui/features/compare/ComparePicker';
import { articleFromText, seedCorpus } from '../../../helpers/corpus';
import { tick, until } from '../../helpers';

afterEach(() => cleanup());

const corpus = seedCorpus();
const ctx = buildAlignContext(corpus.articles);
const ranked = mostSimilar(ctx, corpus.articles[0].id).map((s) => corpus.articles.findIndex((a) => a.id === s.id));

describe('the compare picker (ink-select-input)', () => {
  it('lists the other articles most similar first, with their similarity', () => {
    // The picker floats over the frame (position absolute): a box of the terminal's height gives it room.
    const { lastFrame } = render(
      <Box height={29}>
        <ComparePicker align={ctx} left={0} current={null} cols={100} rows={30} colour={false} onPick={() => {}} />
      </Box>,
    );
    const lines = lastFrame()!.split('\n');
    expect(lines.join('\n')).toContain('Compare with');
    const scores = lines.flatMap((l) => {
      const m = /(\d\.\d\d) {2}/.exec(l);
      return m ? [Number(m[1])] : [];
    });
    expect(scores).toHaveLength(ranked.length);
    expect([...scores].sort((x, y) => y - x)).toEqual(scores);
    expect(lines.join('\n')).toContain(corpus.articles[ranked[0]].headline.value.slice(0, 20));
    for (const l of lines) expect(l.length).toBeLessThanOrEqual(100);
  });

  it('Enter picks the highlighted article; ↓ moves to the next', async () => {
    const picked: number[] = [];
    const { stdin, lastFrame } = render(
      <Box height={29}>
        <ComparePicker align={ctx} left={0} current={null} cols={100} rows={30} colour={false} onPick={(a) => picked.push(a)} />
      </Box>,
    );
    const highlighted = () => lastFrame()!.split('\n').find((l) => l.includes('❯')) ?? '';
    await until(() => expect(highlighted()).toContain(corpus.articles[ranked[0]].headline.value.slice(0, 40)));
    stdin.write('\r');
    await until(() => expect(picked).toEqual([ranked[0]]));
    stdin.write('\x1b[B');
    await until(() => expect(highlighted()).toContain(corpus.articles[ranked[1]].headline.value.slice(0, 40)));
    // ink-select-input re-subscribes its key handler in an effect after drawing the move.
    await tick();
    stdin.write('\r');
    await until(() => expect(picked).toEqual([ranked[0], ranked[1]]));
  });

  it('starts on the article shown now', async () => {
    const picked: number[] = [];
    const { stdin } = render(<ComparePicker align={ctx} left={0} current={ranked[2]} cols={100} rows={30} colour={false} onPick={(a) => picked.push(a)} />);
    await tick();
    stdin.write('\r');
    await until(() => expect(picked).toEqual([ranked[2]]));
  });
});

describe('the compare picker with copies', () => {
  const text = (n: number) => `Harbour news\n\nThe Quellport harbour board approved a new tram line to the ferry terminal on Monday, board chair Ada Vell said. Work starts in ${n} weeks.\n`;
  const original = articleFromText(text(3), 'orig');
  const copy = articleFromText(text(3), 'copy');
  const report = articleFromText('Trams\n\nA tram line to the Quellport ferry terminal won approval from the harbour board, whose chair Ada Vell spoke of jobs.\n', 'other');
  const reportCopy = articleFromText('Trams\n\nA tram line to the Quellport ferry terminal won approval from the harbour board, whose chair Ada Vell spoke of jobs.\n', 'other2');
  const football = articleFromText('Cup final\n\nHarrow Rovers beat Castlebay 3-1 in the cup replay on Saturday.\n', 'f');
  const dupCtx = buildAlignContext([original, copy, report, reportCopy, football]);

  it("lists the article's own copy as one, and folds a candidate's copy into its line", () => {
    const { lastFrame } = render(
      <Box height={29}>
        <ComparePicker align={dupCtx} left={0} current={null} cols={100} rows={30} colour={false} onPick={() => {}} />
      </Box>,
    );
    const frame = lastFrame()!;
    expect(frame).toMatch(/1\.00 {2}Harbour news .*\(identical to this one\)/);
    expect(frame).toMatch(/Trams .*\(\+1 copy\)/);
    expect(frame.match(/Trams/g)).toHaveLength(1);
  });
});
