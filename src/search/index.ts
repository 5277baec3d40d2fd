// Search over articles: an inverted index over headline, lead and body (names and quotes
// beside it once the analysis is there); a query ranks every article that matches, and each
// article's best passages are its snippets, with highlights as offsets into its text.
export { buildSearchIndex, startIndexBuild, withAnalysis, type IndexBuild } from './build';
export { search } from './engine';
export { isSearchable, parseQuery, QUERY_SYNTAX_HELP } from './query';
// The candidate stage on its own, for lists that rank with their own rules (the TUI's quote filter).
export { buildCandidateIndex, findCandidates, type CandidateIndex } from './candidates';
export { wordTokens } from './text';
export type { ParsedQuery, QueryBranch, QueryTerm, TermKind } from './query';
export type { ArticleResult, SearchIndex, SearchOptions, SearchResults, Snippet } from './types';
