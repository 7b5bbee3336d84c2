import {
  type DocumentDBChangeEvent,
  DocumentDBEvent,
  type RawDocumentDBEvent,
} from '@evt/documentdb';

/** One request to the search index, keyed by the document's ObjectId. */
type IndexRequest =
  | { op: 'index'; id: string; document: Record<string, unknown> }
  | { op: 'update'; id: string; set: Record<string, unknown>; unset: string[] }
  | { op: 'delete'; id: string };

/** The search index request a change calls for, or undefined for one that needs none. */
function requestFor(change: DocumentDBChangeEvent): IndexRequest | undefined {
  const id = change.documentObjectId;
  if (id === undefined) return undefined;
  switch (change.operationType) {
    case 'insert':
    case 'replace': {
      const { _id, ...document } = change.fullDocument ?? {};
      return { op: 'index', id, document };
    }
    case 'update': {
      // With the UpdateLookup full document setting the whole document is there; without it,
      // only what changed.
      if (change.fullDocument !== undefined) {
        const { _id, ...document } = change.fullDocument;
        return { op: 'index', id, document };
      }
      const description = change.updateDescription;
      return {
        op: 'update',
        id,
        set: { ...description?.updatedFields },
        unset: [...(description?.removedFields ?? [])],
      };
    }
    case 'delete':
      return { op: 'delete', id };
    default:
      return undefined;
  }
}

/**
 * Keeps a search index in step with a DocumentDB collection: each change of the batch becomes
 * an index, partial update or delete request, in stream order. The last resume token is
 * returned so a backfill job knows where the stream was.
 */
export const handler = async (raw: RawDocumentDBEvent) => {
  const batch = new DocumentDBEvent(raw);
  const requests = [];
  for (const { event: change } of batch.events) {
    const request = requestFor(change);
    if (request) {
      requests.push({
        ...request,
        index: `${change.databaseName}.${change.collectionName}`,
        changedAt: change.clusterTimeAsDate.toISOString(),
      });
    }
  }
  return {
    cluster: batch.eventSourceArn,
    requests,
    lastResumeToken: batch.events.at(-1)?.event.resumeToken,
  };
};
