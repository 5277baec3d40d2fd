// The reader's code is loaded without Yoga touching `fetch` (in Node that loads undici before the
// first frame), and `fetch` is as it was afterwards.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadReader } from '../../src/ui/loadReader';

const original = Object.getOwnPropertyDescriptor(globalThis, 'fetch')!;

afterEach(() => {
  Object.defineProperty(globalThis, 'fetch', original);
});

describe('loadReader', () => {
  it('loads Ink and Yoga without calling fetch, and puts fetch back', async () => {
    const spy = vi.fn(original.value ?? original.get?.call(globalThis));
    const watched = { ...original, value: spy };
    delete (watched as PropertyDescriptor).get;
    delete (watched as PropertyDescriptor).set;
    Object.defineProperty(globalThis, 'fetch', watched);
    const { runTui } = await loadReader();
    expect(typeof runTui).toBe('function');
    expect(spy).not.toHaveBeenCalled();
    expect(globalThis.fetch).toBe(spy);
    expect(Object.getOwnPropertyDescriptor(globalThis, 'fetch')).toEqual(watched);
  });
});
