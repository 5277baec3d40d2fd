import { describe, expect, it } from 'vitest';
import { findClosingSourceTag, normaliseDate, readDateLine } from '../../src/corpus/metadata';

describe('normaliseDate', () => {
  it.each([
    ['2023-09-14', '2023-09-14'],
    ['2023/9/4', '2023-09-04'],
    ['1987-02-26T15:01:01', '1987-02-26'],
    ['2023-09-14T23:30:00-05:00', '2023-09-14'],
    ['September 14, 2023', '2023-09-14'],
    ['Sept. 14, 2023', '2023-09-14'],
    ['14 September 2023', '2023-09-14'],
    ['Thu, 14 Sep 2023 10:00:00 GMT', '2023-09-14'],
    ['26-FEB-1987 15:01:01.79', '1987-02-26'],
    ['  2024-02-29 ', '2024-02-29'],
  ])('%s -> %s', (stated, iso) => {
    expect(normaliseDate(stated)).toBe(iso);
  });

  it.each(['Wednesday', 'last year', 'Feb 26', '2023-02-29', '2023-13-01', '09/10/2023', '2023-09-14 and more', ''])(
    'refuses %j',
    (stated) => {
      expect(normaliseDate(stated)).toBeNull();
    },
  );
});

describe('readDateLine', () => {
  it('reads a labelled date prefix and says where the rest of the line starts', () => {
    const text = 'date 2023-09-14 Leaders attend a meeting. (AP Photo)\n\nBody.';
    const line = readDateLine(text, 0);
    expect(line?.date).toBe('2023-09-14');
    expect(text.slice(line!.end)).toMatch(/^Leaders attend/);
  });

  it('reads a line that is only a date, and refuses a sentence that starts with one', () => {
    expect(readDateLine('2023-09-14\nBody.', 0)?.date).toBe('2023-09-14');
    expect(readDateLine('September 14, 2023 was a hot day.', 0)).toBeNull();
  });

  it('treats a labelled line without a full date as metadata without a date', () => {
    expect(readDateLine('Date: Wednesday\nBody.', 0)).toEqual({ date: null, end: 15 });
    expect(readDateLine('Dated furniture sells well.', 0)).toBeNull();
  });
});

describe('findClosingSourceTag', () => {
  const tag = (text: string) => findClosingSourceTag(text, { start: 0, end: text.length });

  it('finds a parenthesised agency after the last sentence', () => {
    const text = 'It went well. (Yonhap)  \n';
    expect(tag(text)).toEqual({ outlet: 'Yonhap', start: text.indexOf('(') });
  });

  it('refuses credits, notes and parentheses inside a sentence', () => {
    expect(tag('It went well. (AP Photo)')).toBeNull();
    expect(tag('It went well. (Reporting by Jane Doe)')).toBeNull();
    expect(tag('It went well. (END)')).toBeNull();
    expect(tag('It came from the Commission (SEC)')).toBeNull();
  });
});

describe('findClosingSourceTag with wire sign-offs', () => {
  const tag = (text: string) => findClosingSourceTag(text, { start: 0, end: text.length });

  it('reads a sign-off on its own line, after a sentence or set off by spaces, in any case', () => {
    const text = 'Rates fell.\n REUTER\n';
    expect(tag(text)).toEqual({ outlet: 'Reuters', start: text.indexOf('REUTER') });
    expect(tag('Rates fell. reuter...')?.outlet).toBe('Reuters');
    expect(tag('total 55.8 (33.7).        REUTER')?.outlet).toBe('Reuters');
  });

  it('does not take an agency named in the last sentence as a sign-off', () => {
    expect(tag('Some information came from Associated Press and Reuters.')).toBeNull();
    expect(tag('the chairman told Reuters')).toBeNull();
  });
});
