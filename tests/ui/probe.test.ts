import { mkdtempSync, readFileSync, readdirSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startProbe, type ProbeReport } from '../../src/ui/probe';

const read = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as ProbeReport;

describe('startProbe', () => {
  afterEach(() => vi.useRealTimers());

  it('does nothing without a path: the runner is returned as it is', () => {
    const run = async () => 1;
    const probe = startProbe(undefined);
    expect(probe.watch(run)).toBe(run);
    expect(startProbe('').watch(run)).toBe(run);
  });

  it('records an analysis, passes its result through and writes the report when it settles', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    const dir = mkdtempSync(join(tmpdir(), 'rknews-probe-'));
    const path = join(dir, 'probe.json');
    const probe = startProbe(path);
    // Busy until it has taken 30 ms of CPU, however loaded the machine.
    const cpuMs = (since: NodeJS.CpuUsage) => {
      const { user, system } = process.cpuUsage(since);
      return (user + system) / 1000;
    };
    const watched = probe.watch(async (n: number) => {
      const start = process.cpuUsage();
      while (cpuMs(start) < 30);
      return n * 2;
    });
    await expect(watched(21)).resolves.toBe(42);
    expect(existsSync(path)).toBe(false); // written once the result has been drawn
    await vi.runAllTimersAsync();
    const [record] = read(path).analyses;
    expect(record.outcome).toBe('ok');
    expect(record.resolvedMs).toBeGreaterThanOrEqual(record.startMs);
    expect(record.settledMs).toBeGreaterThanOrEqual(record.resolvedMs!);
    expect(record.rssAfterMb).toBeGreaterThan(0);
    expect(record.heapUsedAfterMb).toBeGreaterThan(0);
    expect(record.heapUsedAfterMb).toBeLessThan(record.rssAfterMb!);
    expect(record.cpuMs).toBeGreaterThanOrEqual(30);
    expect(Object.keys(record.lag!)).toEqual(['samples', 'mean', 'p50', 'p99', 'max']);
    probe.finish();
    const final = read(path);
    expect(final.exitMs).not.toBeNull();
    expect(final.sessionLag).not.toBeNull();
    expect(final.analyses).toHaveLength(1);
    expect(readdirSync(dir)).toEqual(['probe.json']); // no temporary file left
  });

  it('passes a failure through and records it', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    const path = join(mkdtempSync(join(tmpdir(), 'rknews-probe-')), 'probe.json');
    const probe = startProbe(path);
    await expect(probe.watch(async () => Promise.reject(new Error('stopped')))()).rejects.toThrow('stopped');
    await vi.runAllTimersAsync();
    expect(read(path).analyses[0].outcome).toBe('failed');
  });

  it('never throws when the report cannot be written', () => {
    const probe = startProbe('/dev/null/cannot/be/here.json');
    expect(() => probe.finish()).not.toThrow();
  });
});
