// The entity sidebar and detail view as the registry sees them.
import type { CommonAction } from '../../shared/actions';
import type { Desk } from '../../shared/desk';
import type { Feature } from '../../shared/feature';
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

export const entitiesFeature: Feature<Host, EntityAction | CommonAction, EntitiesViewport> = {
  contexts: ['sidebar', 'entityFind', 'entity'],
  actions: ['toggleSidebar', 'pickEntity', 'entityDetail', 'jumpMention', 'toggleEntityScope', 'findEntity', 'findEntityDone'],
  reduce: reduceEntities,
  settle: settleEntities,
  body: ({ state }, { body }) => (state.view === 'entity' ? scrolledDocument(detailDocument(state, body.width) ?? [], state.entities.detailTop, body.width, body.height) : null),
  viewport: ({ state }, layout) => ({
    sidebarRows: sidebarCapacity((layout.sidebar ?? layout.reader).height),
    entityRows: textRows(layout.body.height),
    entityLines: detailDocument(state, layout.body.width)?.length ?? 0,
  }),
  marks: ({ state }) => entityMarks(state),
  sidePane: (state, cols) =>
    state.entities.sidebar
      ? {
          width: sidebarWidth(cols),
          render: (rect) => sidebarLines({ analysis: state.analysis, entities: state.entities, open: state.open, focused: state.focus === 'sidebar', rect }),
        }
      : null,
};
