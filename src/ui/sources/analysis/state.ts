// Analysis as UI state: it runs after the first frame and reports progress as actions, so the
// title bar, the sidebar and the Quotes view are pure functions of the state like everything else.
import type { AnalysisData } from './data';
import type { AnalysisStage } from './runner';

export type AnalysisState =
  | { phase: 'waiting' }
  | { phase: 'running'; done: number; total: number; stage: AnalysisStage }
  | { phase: 'ready'; data: AnalysisData }
  | { phase: 'failed'; reason: string };

export type AnalysisAction =
  | { type: 'analysisProgress'; done: number; total: number; stage: AnalysisStage }
  | { type: 'analysisReady'; data: AnalysisData }
  | { type: 'analysisFailed'; reason: string };

export function isAnalysisAction(action: { type: string }): action is AnalysisAction {
  return action.type === 'analysisProgress' || action.type === 'analysisReady' || action.type === 'analysisFailed';
}

export function reduceAnalysis(state: AnalysisState, action: AnalysisAction): AnalysisState {
  switch (action.type) {
    case 'analysisProgress':
      // A late progress report never undoes the result.
      return state.phase === 'ready' ? state : { phase: 'running', done: action.done, total: action.total, stage: action.stage };
    case 'analysisReady':
      return { phase: 'ready', data: action.data };
    case 'analysisFailed':
      return { phase: 'failed', reason: action.reason };
  }
}

export function readyData(state: AnalysisState): AnalysisData | null {
  return state.phase === 'ready' ? state.data : null;
}

/** For the title bar while analysis runs or after it failed; null before it starts and once it is ready. */
export function analysisLabel(state: AnalysisState): string | null {
  switch (state.phase) {
    case 'running':
      return state.stage === 'entities' ? `analysing ${state.done}/${state.total}` : `finding quotes ${state.done}/${state.total}`;
    case 'failed':
      return 'analysis failed';
    case 'waiting':
    case 'ready':
      return null;
  }
}

/** What a view needing analysis shows in its place until it is ready. */
export function analysisPlaceholder(state: AnalysisState): string {
  if (state.phase === 'failed') return `Analysis failed: ${state.reason}`;
  if (state.phase === 'running') {
    return state.stage === 'entities' ? `analysing… ${state.done}/${state.total} articles` : `finding quotes… ${state.done}/${state.total} articles`;
  }
  return 'analysing…';
}
