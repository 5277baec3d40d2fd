// Loads the full-screen reader's code (Ink, React, Yoga) for the first frame. Yoga's WebAssembly
// loader reads its inlined binary through `fetch` when there is one: in Node the first touch of
// `fetch` loads undici and runs its data-URL parser over the binary, some 30–60 ms before the first
// frame in a CPU profile here. Without `fetch` the loader decodes the same bytes itself; `fetch`
// is put back as it was once the module (and Yoga's top-level await) has loaded.
export async function loadReader(): Promise<typeof import('./run')> {
  const fetch = Object.getOwnPropertyDescriptor(globalThis, 'fetch');
  if (!fetch?.configurable) return import('./run');
  Object.defineProperty(globalThis, 'fetch', { value: undefined, configurable: true, writable: true });
  try {
    return await import('./run');
  } finally {
    Object.defineProperty(globalThis, 'fetch', fetch);
  }
}
