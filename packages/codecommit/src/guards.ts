import type { RawCodeCommitEvent } from './code-commit-event';

/**
 * Whether a value is an event a CodeCommit repository trigger sends to a Lambda function: its
 * first record's `eventSource` is `aws:codecommit`. Only the field that names the source is
 * checked, not every field {@link CodeCommitEvent} reads; an event with no records cannot be
 * told apart and is not one.
 *
 * @example
 * ```ts
 * import { CodeCommitEvent, isCodeCommitEvent } from '@evt/codecommit';
 *
 * export const handler = async (raw: unknown) => {
 *   if (!isCodeCommitEvent(raw)) throw new TypeError('not a CodeCommit trigger event');
 *   return new CodeCommitEvent(raw).record.repositoryName;
 * };
 * ```
 */
export function isCodeCommitEvent(raw: unknown): raw is RawCodeCommitEvent {
  const records = (raw as { Records?: unknown } | null | undefined)?.Records;
  return Array.isArray(records) && records[0]?.eventSource === 'aws:codecommit';
}
