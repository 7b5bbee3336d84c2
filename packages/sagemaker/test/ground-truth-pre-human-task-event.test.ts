import { loadEvent } from '@evt/tooling-config/events';
import { expectEvtError, patchEvent } from '@evt/tooling-config/testing';
import { describe, expect, it } from 'vitest';
import {
  FieldTypeError,
  GroundTruthPreHumanTaskEvent,
  groundTruthPreHumanTaskResponse,
  MissingFieldError,
  type RawGroundTruthPreHumanTaskEvent,
} from '../src/index';
import { createGroundTruthPreHumanTaskEvent } from '../src/testing';

const load = (variant = ''): RawGroundTruthPreHumanTaskEvent =>
  loadEvent<RawGroundTruthPreHumanTaskEvent>(
    `ground-truth-pre-human-task-event${variant}`
  );

describe('GroundTruthPreHumanTaskEvent', () => {
  describe('members', () => {
    it('returns each field of a request whose data object has a source-ref', () => {
      const raw = load();
      const event = new GroundTruthPreHumanTaskEvent(raw);

      expect(event.version).toBe('2018-10-16');
      expect(event.labelingJobArn).toBe(
        'arn:aws:sagemaker:us-west-2:111122223333:labeling-job/bird-bounding-boxes'
      );
      expect(event.dataObject).toBe(raw.dataObject);
      expect(event.sourceRef).toBe(
        's3://amzn-s3-demo-bucket/gt-input-data/images/bird1.jpg'
      );
      expect(event.source).toBeUndefined();
    });

    it('returns the inline source and the other properties of the data object', () => {
      const event = new GroundTruthPreHumanTaskEvent<{ labels: string[] }>(
        load('.source')
      );

      expect(event.source).toBe(
        'Sue purchased 10 shares of the stock on April 10th, 2020'
      );
      expect(event.sourceRef).toBeUndefined();
      expect(event.dataObject.labels).toEqual(['person', 'quantity', 'date']);
    });
  });

  describe('testing factory', () => {
    it('builds a fresh copy of the sample', () => {
      const raw = createGroundTruthPreHumanTaskEvent();

      expect(raw).toEqual(load());
      expect(raw).not.toBe(createGroundTruthPreHumanTaskEvent());
    });

    it('merges the changes into the sample', () => {
      const event = new GroundTruthPreHumanTaskEvent(
        createGroundTruthPreHumanTaskEvent({
          dataObject: {
            'source-ref': 's3://amzn-s3-demo-bucket/images/cat.jpg',
          },
        })
      );

      expect(event.sourceRef).toBe('s3://amzn-s3-demo-bucket/images/cat.jpg');
      expect(event.version).toBe('2018-10-16');
    });
  });

  describe('malformed input', () => {
    it('throws MissingFieldError naming dataObject when it is absent', () => {
      const raw = patchEvent<Partial<RawGroundTruthPreHumanTaskEvent>>(
        'ground-truth-pre-human-task-event',
        (event) => {
          delete event.dataObject;
        }
      );

      expectEvtError(
        () =>
          new GroundTruthPreHumanTaskEvent(
            raw as RawGroundTruthPreHumanTaskEvent
          ).sourceRef,
        MissingFieldError,
        'GroundTruthPreHumanTaskEvent: dataObject is missing'
      );
    });

    it('throws FieldTypeError naming a source-ref that is not a string', () => {
      const raw = patchEvent<RawGroundTruthPreHumanTaskEvent>(
        'ground-truth-pre-human-task-event',
        (event) => {
          event.dataObject['source-ref'] = 42 as never;
        }
      );

      expectEvtError(
        () => new GroundTruthPreHumanTaskEvent(raw).sourceRef,
        FieldTypeError,
        'GroundTruthPreHumanTaskEvent: dataObject.source-ref must be string, got number'
      );
    });

    it('throws FieldTypeError naming a data object that is not an object', () => {
      const raw = patchEvent<Record<string, unknown>>(
        'ground-truth-pre-human-task-event',
        (event) => {
          event.dataObject = 's3://amzn-s3-demo-bucket/bird1.jpg';
        }
      );

      expectEvtError(
        () =>
          new GroundTruthPreHumanTaskEvent(
            raw as unknown as RawGroundTruthPreHumanTaskEvent
          ).source,
        FieldTypeError,
        'GroundTruthPreHumanTaskEvent: dataObject must be object, got string'
      );
    });
  });
});

describe('groundTruthPreHumanTaskResponse', () => {
  it("builds the response of the guide's basic function: the data object as task input", () => {
    const event = new GroundTruthPreHumanTaskEvent(load());

    const response = groundTruthPreHumanTaskResponse(event.dataObject);

    expect(JSON.parse(JSON.stringify(response))).toStrictEqual({
      taskInput: {
        'source-ref': 's3://amzn-s3-demo-bucket/gt-input-data/images/bird1.jpg',
      },
    });
  });

  it("builds the response of AWS's sample function, with the flag as text", () => {
    const event = new GroundTruthPreHumanTaskEvent(load('.source'));

    expect(
      groundTruthPreHumanTaskResponse(
        { taskObject: event.source ?? event.sourceRef },
        { humanAnnotationRequired: true }
      )
    ).toStrictEqual({
      taskInput: {
        taskObject: 'Sue purchased 10 shares of the stock on April 10th, 2020',
      },
      isHumanAnnotationRequired: 'true',
    });
    expect(
      groundTruthPreHumanTaskResponse(
        { taskObject: null },
        { humanAnnotationRequired: false }
      )
    ).toStrictEqual({
      taskInput: { taskObject: null },
      isHumanAnnotationRequired: 'false',
    });
  });

  it('throws a TypeError naming a malformed argument', () => {
    expect(() => groundTruthPreHumanTaskResponse('bird1.jpg' as never)).toThrow(
      new TypeError(
        'groundTruthPreHumanTaskResponse: taskInput must be a JSON object, got string'
      )
    );
    expect(() => groundTruthPreHumanTaskResponse([] as never)).toThrow(
      new TypeError(
        'groundTruthPreHumanTaskResponse: taskInput must be a JSON object, got array'
      )
    );
    expect(() =>
      groundTruthPreHumanTaskResponse(
        {},
        { humanAnnotationRequired: 'true' as never }
      )
    ).toThrow(
      new TypeError(
        'groundTruthPreHumanTaskResponse: options.humanAnnotationRequired must be a boolean, got string'
      )
    );
  });
});
