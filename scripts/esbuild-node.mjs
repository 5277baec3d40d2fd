// The esbuild options every bundle of rknews code for Node shares: the program, eval and bench
// (scripts/build.mjs) and the model trainers (scripts/run-ts.mjs).
export const nodeBundle = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  logLevel: 'warning',
  // Node 20 has Unicode property escapes (/\p{Lu}/u); left to esbuild's default, every such literal became
  // `new RegExp(...)`, a new object each time a hot function ran (a tenth of the entity tagger's cost).
  supported: { 'regexp-unicode-property-escapes': true },
  // Bundled CommonJS packages (React) call require() for Node built-ins.
  banner: { js: "import { createRequire as __rkCreateRequire } from 'node:module'; const require = __rkCreateRequire(import.meta.url);" },
};
