import type { CodePipelineEvent } from 'aws-lambda';
import { describe, expectTypeOf, it } from 'vitest';
import type { RawCodePipelineJobEvent } from '../src/index';
import {
  createCodePipelineJobEvent,
  type SampleCodePipelineJobEvent,
} from '../src/testing';

describe('createCodePipelineJobEvent', () => {
  it('returns an event that fits @types/aws-lambda and the constructor', () => {
    const raw = createCodePipelineJobEvent();

    expectTypeOf(raw).toEqualTypeOf<SampleCodePipelineJobEvent>();
    expectTypeOf(raw).toExtend<CodePipelineEvent>();
    expectTypeOf(raw).toExtend<RawCodePipelineJobEvent>();
  });

  it('checks the user parameters against their type', () => {
    createCodePipelineJobEvent<{ stage: string }>({
      userParameters: { stage: 'prod' },
    });
    createCodePipelineJobEvent<{ stage: string }>({ userParameters: '{}' });
    createCodePipelineJobEvent<{ stage: string }>({
      // @ts-expect-error: `stage` must be a string
      userParameters: { stage: 1 },
    });
  });
});
