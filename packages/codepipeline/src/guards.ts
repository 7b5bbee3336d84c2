import type { RawCodePipelineJobEvent } from './code-pipeline-job-event';

/** Any value's named fields, read without throwing on primitives, `null` or `undefined`. */
type Fields = { readonly [name: string]: unknown } | null | undefined;

/**
 * Whether a value is the job a CodePipeline invoke action sends: it has a `CodePipeline.job`
 * object with an `id`.
 *
 * @example
 * ```ts
 * import { CodePipelineJobEvent, isCodePipelineJobEvent } from '@evt/codepipeline';
 *
 * export const handler = async (raw: unknown) => {
 *   if (!isCodePipelineJobEvent(raw)) throw new TypeError('not a CodePipeline job');
 *   return new CodePipelineJobEvent(raw).id;
 * };
 * ```
 */
export function isCodePipelineJobEvent(
  raw: unknown
): raw is RawCodePipelineJobEvent {
  const job = (raw as Fields)?.['CodePipeline.job'] as Fields;
  return typeof job?.id === 'string';
}
