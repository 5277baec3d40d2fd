import { describe, expect, it } from 'vitest';
import { parseInvocation, parseSize, UsageError } from '../../src/cli/args';
import { runCli } from '../helpers/cli';

const none = () => false;

describe('parseInvocation', () => {
  it('reads a command with repeatable --corpus and --json', () => {
    const inv = parseInvocation(['list', '-c', 'a', '--corpus', 'b', '--json'], none);
    expect(inv).toMatchObject({ kind: 'command', command: 'list', corpus: ['a', 'b'], options: { json: true } });
  });

  it('treats bare paths as the reader on those paths', () => {
    const inv = parseInvocation(['some/folder', 'x.jsonl'], none);
    expect(inv).toEqual({ kind: 'tui', corpus: ['some/folder', 'x.jsonl'], maxSize: undefined });
  });

  it('rejects a bare word that is neither a command nor a path', () => {
    expect(() => parseInvocation(['lisst'], none)).toThrow(UsageError);
    expect(parseInvocation(['lisst'], () => true)).toMatchObject({ kind: 'tui', corpus: ['lisst'] });
  });

  it('rejects unknown options and wrong argument counts', () => {
    expect(() => parseInvocation(['list', '--frobnicate'], none)).toThrow(UsageError);
    expect(() => parseInvocation(['show'], none)).toThrow(/show takes 1 argument/);
    expect(() => parseInvocation(['list', 'extra'], none)).toThrow(UsageError);
  });

  it('takes the words after search or quotes as one query, quoted or not', () => {
    expect(parseInvocation(['search', 'arms', 'deal', '--limit', '3'], none)).toMatchObject({ positionals: ['arms deal'], options: { limit: '3' } });
    expect(parseInvocation(['search', 'arms deal'], none)).toMatchObject({ positionals: ['arms deal'] });
    expect(parseInvocation(['quotes', 'full', 'support'], none)).toMatchObject({ positionals: ['full support'] });
    expect(parseInvocation(['quotes'], none)).toMatchObject({ positionals: [] });
    expect(() => parseInvocation(['search'], none)).toThrow(/search takes 1 argument/);
  });

  it('names the command and its options when an option is unknown, and says what a misused one needs', () => {
    expect(() => parseInvocation(['list', '--bogus'], none)).toThrow(/^list has no option --bogus; it takes -c\/--corpus, --library, --max-size, -h\/--help, --json$/);
    expect(() => parseInvocation(['--bogus'], none)).toThrow(/^rknews has no option --bogus/);
    expect(() => parseInvocation(['list', '-x'], none)).toThrow(/^list has no option -x/);
    expect(() => parseInvocation(['list', '--corpus'], none)).toThrow(/^--corpus needs a value/);
    expect(() => parseInvocation(['list', '-c', '--json'], none)).toThrow(/^-c needs a value \(one starting with '-' is written --corpus=VALUE\)/);
    expect(() => parseInvocation(['list', '--json=yes'], none)).toThrow(/^--json takes no value$/);
    expect(() => parseInvocation(['list', '--constructor'], none)).toThrow(/^list has no option --constructor/);
    expect(parseInvocation(['search', '--limit=2', '--', '-x'], none)).toMatchObject({ positionals: ['-x'], options: { limit: '2' } });
  });

  it('parses sizes with units', () => {
    expect(parseSize('10M')).toBe(10 * 1024 * 1024);
    expect(parseSize('500k')).toBe(512_000);
    expect(parseSize('123')).toBe(123);
    expect(() => parseSize('ten')).toThrow(UsageError);
  });
});

describe('rknews (built) usage', () => {
  it("names a feeds subcommand it doesn't know, even one that is an object's built-in property", () => {
    for (const sub of ['bogus', 'constructor', 'toString']) {
      const r = runCli(['feeds', sub]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`feeds takes add, list, remove, import or export, not '${sub}'`);
    }
  });

  it('prints help and version with exit 0', () => {
    const help = runCli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/Commands:[\s\S]*list[\s\S]*show ID/);
    const version = runCli(['--version']);
    expect(version.code).toBe(0);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    expect(help.stdout).toMatch(/Search syntax[\s\S]*"a phrase"[\s\S]*in:quotes/);
    expect(runCli(['help', 'search']).stdout).toMatch(/Query syntax:[\s\S]*by:NAME/);
    const one = runCli(['help', 'show']);
    expect(one.code).toBe(0);
    expect(one.stdout).toMatch(/^rknews show ID/);
  });

  it("says which options a command takes on an unknown one, in rknews' words, not Node's", () => {
    const r = runCli(['list', '--bogus']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("rknews: list has no option --bogus; it takes -c/--corpus, --library, --max-size, -h/--help, --json\nTry 'rknews --help'.\n");
  });

  it('searches the words of an unquoted query, and takes the type names the reader shows', () => {
    const quoted = runCli(['search', '"full and unconditional"', '--json']);
    const unquoted = runCli(['search', 'full', 'and', 'unconditional', '--json']);
    expect(unquoted.code).toBe(0);
    const ids = (out: string) => (JSON.parse(out) as { results: { article: string }[] }).results.map((r) => r.article);
    expect(ids(unquoted.stdout).length).toBeGreaterThan(0);
    expect(ids(unquoted.stdout)).toEqual(expect.arrayContaining(ids(quoted.stdout)));
    const types = (args: string[]) => new Set((JSON.parse(runCli(['entities', ...args, '--json']).stdout) as { type: string }[]).map((e) => e.type));
    expect(types(['--type', 'org'])).toEqual(new Set(['organization']));
    expect(types(['--type', 'People'])).toEqual(new Set(['person']));
    expect(types(['--type=location'])).toEqual(new Set(['place']));
    const bad = runCli(['entities', '--type', 'thing']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--type takes person \(people\), organization \(org, organisation\) or place \(location\), not 'thing'/);
  });

  it('exits 2 with a usage hint on an unknown command or option', () => {
    for (const args of [['lisst'], ['list', '--nope'], ['help', 'nope']]) {
      const r = runCli(args);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/rknews --help/);
      expect(r.stdout).toBe('');
    }
  });

  it('never echoes escape sequences from what the user typed', () => {
    for (const args of [['show', '\x1b[31mX\x1b]0;pwned\x07'], ['list', '--bad\x1b[2J']]) {
      const r = runCli(args);
      expect(r.code).not.toBe(0);
      expect(r.stderr).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f-\x9f]/);
      expect(r.stderr.length).toBeGreaterThan(0);
    }
  });

  it('does not start the reader without a terminal and points at rknews list', () => {
    const r = runCli([]);
    expect(r.code).toBe(1);
    expect(r.stderr + r.stdout).toMatch(/rknews list/);
  });
});
