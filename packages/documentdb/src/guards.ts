import type { RawDocumentDBEvent } from './document-db-event';

/**
 * Whether a value is an event Lambda sends from an Amazon DocumentDB change stream: its
 * `eventSource` is `aws:docdb`. Only the field that names the source is checked, not every
 * field {@link DocumentDBEvent} reads.
 *
 * @example
 * ```ts
 * import { DocumentDBEvent, isDocumentDBEvent } from '@evt/documentdb';
 *
 * export const handler = async (raw: unknown) => {
 *   if (!isDocumentDBEvent(raw)) throw new TypeError('not a DocumentDB event');
 *   return new DocumentDBEvent(raw).events.length;
 * };
 * ```
 */
export function isDocumentDBEvent(raw: unknown): raw is RawDocumentDBEvent {
  return (
    (raw as { eventSource?: unknown } | null | undefined)?.eventSource ===
    'aws:docdb'
  );
}
