// A fingerprint of the parsing and analysis code (src/corpus, src/analysis), set by the build
// (scripts/build.mjs): caches made by other code are not reused. 'dev' when run unbundled.
declare const __ANALYSIS_VERSION__: string | undefined;

export const ANALYSIS_VERSION = typeof __ANALYSIS_VERSION__ === 'string' ? __ANALYSIS_VERSION__ : 'dev';
