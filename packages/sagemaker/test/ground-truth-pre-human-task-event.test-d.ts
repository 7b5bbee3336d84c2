import { describe, expectTypeOf, it } from 'vitest';
import {
  GroundTruthPreHumanTaskEvent,
  type GroundTruthPreHumanTaskResponse,
  groundTruthPreHumanTaskResponse,
  type RawGroundTruthDataObject,
  type RawGroundTruthPreHumanTaskEvent,
} from '../src/index';
import {
  createGroundTruthPreHumanTaskEvent,
  type SampleGroundTruthPreHumanTaskEvent,
} from '../src/testing';

describe('GroundTruthPreHumanTaskEvent types', () => {
  it('builds samples that fit the constructor', () => {
    expectTypeOf(
      createGroundTruthPreHumanTaskEvent()
    ).toEqualTypeOf<SampleGroundTruthPreHumanTaskEvent>();
    expectTypeOf<SampleGroundTruthPreHumanTaskEvent>().toExtend<RawGroundTruthPreHumanTaskEvent>();
  });

  it('carries the data object type', () => {
    const event = new GroundTruthPreHumanTaskEvent<{ labels: string[] }>(
      createGroundTruthPreHumanTaskEvent()
    );

    expectTypeOf(event.dataObject).toEqualTypeOf<
      RawGroundTruthDataObject & { labels: string[] }
    >();
    expectTypeOf(event.dataObject.labels).toEqualTypeOf<string[]>();
    expectTypeOf(event.sourceRef).toEqualTypeOf<string | undefined>();
  });

  it('carries the task input type to the response', () => {
    expectTypeOf(
      groundTruthPreHumanTaskResponse({ taskObject: 'text' })
    ).toEqualTypeOf<GroundTruthPreHumanTaskResponse<{ taskObject: string }>>();
  });
});
