// The entity sidebar and detail view as the registry sees them.
import type { CommonAction } from '../../shared/actions';
import type { Desk } from '../../shared/desk';
import type { Feature } from '../../shared/feature';
import type { Rect } from '../../shared/layout';
import type { Line } from '../../shared/lines';
import { seg } from '../../shared/lines';
import { theme } from '../../shared/theme';
import { scrolledDocument, textRows } from '../../shared/scrolled';
import type { AnalysisState } from '../../sources/analysis/state';
import { readyData } from '../../sources/analysis/state';
import { entityDocument } from './detail';
import { entityMarks } from './marks';
import { sidebarCapacity, sidebarLines, sidebarWidth } from './sidebar';
import type { EntitiesState, EntitiesViewport, EntityAction } from './state';
import { reduceEntities, settleEntities } from './state';

type Host = Desk & { entities: EntitiesState; analysis: AnalysisState };

/** The detail view's text, when it is shown. */
function detailDocument(state: Host, width: number) {
  const data = readyData(state.analysis);
  const id = state.entities.detail;
  return state.view === 'entity' && data && id ? entityDocument(data, id, width) : null;
}

/** The detail view on screen, the chosen mention's row marked. */
function detailLines(state: Host, body: Rect): Line[] {
  const doc = detailDocument(state, body.width);
  if (!doc) return scrolledDocument([], 0, body.width, body.height);
  const chosen = doc.targets[state.entities.detailCursor]?.row;
  const lines = chosen === undefined ? doc.lines : doc.lines.map((l, i) => (i === chosen ? [seg('    ▸ ', theme.helpKey), ...l.slice(1)] : l));
  return scrolledDocument(lines, state.entities.detailTop, body.width, body.height);
}

export const entitiesFeature: Feature<Host, EntityAction | CommonAction, EntitiesViewport> = {
  contexts: ['sidebar', 'entityFind', 'entity'],
  actions: ['toggleSidebar', 'pickEntity', 'entityDetail', 'jumpMention', 'toggleEntityScope', 'findEntity', 'findEntityDone'],
  reduce: reduceEntities,
  settle: settleEntities,
  body: ({ state }, { body }) => (state.view === 'entity' ? detailLines(state, body) : null),
  viewport: ({ state }, layout) => {
    const doc = detailDocument(state, layout.body.width);
    return {
      sidebarRows: sidebarCapacity((layout.sidebar ?? layout.reader).height),
      entityRows: textRows(layout.body.height),
      entityLines: doc?.lines.length ?? 0,
      entityTargets: doc?.targets ?? [],
    };
  },
  marks: ({ state }) => entityMarks(state),
  sidePane: (state, cols) =>
    state.entities.sidebar
      ? {
          width: sidebarWidth(cols),
          render: (rect) => sidebarLines({ analysis: state.analysis, entities: state.entities, open: state.open, focused: state.focus === 'sidebar', rect }),
        }
      : null,
};
