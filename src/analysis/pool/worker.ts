// An analysis worker thread (built as dist/analysis-worker.js): the per-article work, and the
// corpus-wide entity merge, which would block the UI thread for seconds on a large corpus.
import { parentPort } from 'node:worker_threads';
import { mergeEntities } from '../entities';
import { articleEntitySteps, articleQuoteSteps } from '../perArticle';
import { complete } from '../slices';
import type { Entity } from '../types';
import { entityChunkEnd, type FromWorker, type PerArticleEntities, type ToWorker } from './protocol';

const port = parentPort;
if (!port) throw new Error('the analysis worker runs only as a worker thread');

let toMerge: PerArticleEntities[] = [];
let entities: Entity[] = [];

const reply = (message: FromWorker) => port.postMessage(message);

function handle(message: ToWorker): void {
  switch (message.kind) {
    case 'entities':
      return reply({ kind: 'done', id: message.id, results: message.articles.map((a) => complete(articleEntitySteps(a))) });
    case 'mergeInput':
      toMerge.push(...message.items);
      return;
    case 'merge':
      entities = mergeEntities(toMerge);
      toMerge = [];
      return reply({ kind: 'done', id: message.id, results: [entities.length] });
    case 'take':
      return reply({ kind: 'done', id: message.id, results: entities.slice(message.from, entityChunkEnd(entities, message.from)) });
    case 'entitiesInput':
      if (message.first) entities = [];
      entities.push(...message.entities);
      return;
    case 'quotes':
      return reply({ kind: 'done', id: message.id, results: message.articles.map((a) => complete(articleQuoteSteps(a, entities))) });
  }
}

port.on('message', (message: ToWorker) => {
  try {
    handle(message);
  } catch (error) {
    const id = 'id' in message ? message.id : -1;
    reply({ kind: 'error', id, message: error instanceof Error ? error.message : String(error) });
  }
});
