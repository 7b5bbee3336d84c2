import { argumentError } from '@evt/core';

/** Options of {@link groundTruthPreHumanTaskResponse}. */
export interface GroundTruthPreHumanTaskResponseOptions {
  /**
   * Whether workers must label the data object; Ground Truth assumes `true` when the response
   * does not say. `false` keeps the object from human labeling
   * (`isHumanAnnotationRequired`).
   */
  readonly humanAnnotationRequired?: boolean | undefined;
}

/** The response of a pre-annotation Lambda function, exactly as Ground Truth reads it. */
export interface GroundTruthPreHumanTaskResponse<TTaskInput extends object> {
  /** Everything the worker task template renders, as `task.input`. */
  taskInput: TTaskInput;
  /**
   * Whether workers must label the data object, as the text `'true'` or `'false'` that AWS's
   * sample functions return; absent unless given.
   */
  isHumanAnnotationRequired?: 'true' | 'false';
}

/**
 * Builds the response Ground Truth reads from a pre-annotation Lambda function: the
 * `taskInput` the worker task template reads as `task.input` (all it needs: the object to
 * label, its choices, ...), and, when given, whether workers must label the object at all.
 * `isHumanAnnotationRequired` is written as the text `'true'` or `'false'`, as AWS's sample
 * functions return it, and left out unless given (Ground Truth then assumes `true`).
 *
 * @typeParam TTaskInput The shape of the task input, which the template reads.
 * @param taskInput The task input: a JSON object.
 * @param options Whether workers must label the object.
 * @returns The response, ready to return from the handler.
 * @throws {TypeError} when `taskInput` is not an object or `options.humanAnnotationRequired`
 * is not a boolean.
 * @example
 * ```ts
 * import {
 *   GroundTruthPreHumanTaskEvent,
 *   groundTruthPreHumanTaskResponse,
 *   type RawGroundTruthPreHumanTaskEvent,
 * } from '@evt/sagemaker';
 *
 * export const handler = async (raw: RawGroundTruthPreHumanTaskEvent) => {
 *   const event = new GroundTruthPreHumanTaskEvent(raw);
 *   const taskObject = event.source ?? event.sourceRef;
 *   return groundTruthPreHumanTaskResponse(
 *     { taskObject },
 *     { humanAnnotationRequired: taskObject !== undefined }
 *   );
 *   // { taskInput: { taskObject: 's3://…/bird1.jpg' }, isHumanAnnotationRequired: 'true' }
 * };
 * ```
 * @see https://docs.aws.amazon.com/sagemaker/latest/dg/sms-custom-templates-step3-lambda-requirements.html#sms-custom-templates-step3-prelambda
 */
export function groundTruthPreHumanTaskResponse<TTaskInput extends object>(
  taskInput: TTaskInput,
  options: GroundTruthPreHumanTaskResponseOptions = {}
): GroundTruthPreHumanTaskResponse<TTaskInput> {
  const where = 'groundTruthPreHumanTaskResponse';
  if (
    typeof taskInput !== 'object' ||
    taskInput === null ||
    Array.isArray(taskInput)
  ) {
    throw argumentError(where, 'taskInput', 'a JSON object', taskInput);
  }
  const required: unknown = options?.humanAnnotationRequired;
  if (required !== undefined && typeof required !== 'boolean') {
    throw argumentError(
      where,
      'options.humanAnnotationRequired',
      'a boolean',
      required
    );
  }
  return required === undefined
    ? { taskInput }
    : { taskInput, isHumanAnnotationRequired: required ? 'true' : 'false' };
}
