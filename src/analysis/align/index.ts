// Cross-source comparison: align two articles sentence by sentence, rank similar articles, find stories.
export { alignArticles, SHARED_SENTENCE_THRESHOLD } from './align';
export { buildAlignContext, buildVocabulary, contextWithVocabulary } from './context';
export { articleSimilarity, mostSimilar, neighbourEdges, type SimilarityEdge } from './similarity';
export { findStories, STORY_DATE_WINDOW_DAYS, STORY_LINK, STORY_MEAN, STORY_NEIGHBOURS } from './stories';
export type { AlignContext, Alignment, OverlapSentence, SharedSentence, SimilarArticle, Story, StoryMember, Duplicate, DuplicateKind } from './types';
export { duplicateKind, duplicateLabel, duplicatesOf, foldDuplicates, mostSimilarDistinct, NEAR_DUPLICATE, type FoldedSimilar } from './duplicates';
