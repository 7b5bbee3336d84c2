import { loadEvent } from '@evt/tooling-config/events';
import { expectEvtError, patchEvent } from '@evt/tooling-config/testing';
import { describe, expect, it } from 'vitest';
import {
  DecodeError,
  FieldTypeError,
  GroundTruthAnnotationConsolidationEvent,
  groundTruthConsolidationResponse,
  MissingFieldError,
  parseS3Uri,
  type RawGroundTruthAnnotationConsolidationEvent,
} from '../src/index';
import { createGroundTruthAnnotationConsolidationEvent } from '../src/testing';

const load = (): RawGroundTruthAnnotationConsolidationEvent =>
  loadEvent<RawGroundTruthAnnotationConsolidationEvent>(
    'ground-truth-annotation-consolidation-event'
  );

describe('GroundTruthAnnotationConsolidationEvent', () => {
  describe('members', () => {
    it("returns each field of the guide's example request", () => {
      const event = new GroundTruthAnnotationConsolidationEvent(load());

      expect(event.version).toBe('2018-10-16');
      expect(event.labelingJobArn).toBe(
        'arn:aws:sagemaker:us-west-2:111122223333:labeling-job/labeling-job-name'
      );
      expect(event.labelCategories).toEqual([
        'Ex Category1',
        'Ex Category2',
        'Ex Category3',
      ]);
      expect(event.labelAttributeName).toBe('labeling-job-attribute-name');
      expect(event.roleArn).toBe('arn:aws:iam::111122223333:role/role-name');
    });

    it('returns the annotation file, its bucket and its key', () => {
      const payload = new GroundTruthAnnotationConsolidationEvent(load())
        .payload;

      expect(payload.s3Uri).toBe('s3://DOC-EXAMPLE-BUCKET/annotations.json');
      expect(payload.location).toEqual({
        bucket: 'DOC-EXAMPLE-BUCKET',
        key: 'annotations.json',
      });
      expect(payload.bucket).toBe('DOC-EXAMPLE-BUCKET');
      expect(payload.key).toBe('annotations.json');
    });

    it('keeps every slash of a nested key', () => {
      const payload = new GroundTruthAnnotationConsolidationEvent(
        createGroundTruthAnnotationConsolidationEvent({
          payload: {
            s3Uri:
              's3://amzn-s3-demo-bucket/jobs/reviews/annotations/consolidation-request/iteration-1/2024-05-02_10:00:00.json',
          },
        })
      ).payload;

      expect(payload.bucket).toBe('amzn-s3-demo-bucket');
      expect(payload.key).toBe(
        'jobs/reviews/annotations/consolidation-request/iteration-1/2024-05-02_10:00:00.json'
      );
    });

    it('returns [] and undefined for the optional fields a request lacks', () => {
      const raw = patchEvent<
        Partial<RawGroundTruthAnnotationConsolidationEvent>
      >('ground-truth-annotation-consolidation-event', (event) => {
        delete event.labelCategories;
        delete event.roleArn;
      });
      const event = new GroundTruthAnnotationConsolidationEvent(
        raw as RawGroundTruthAnnotationConsolidationEvent
      );

      expect(event.labelCategories).toEqual([]);
      expect(event.roleArn).toBeUndefined();
    });
  });

  describe('caching', () => {
    it('wraps the payload and splits its URI once', () => {
      const event = new GroundTruthAnnotationConsolidationEvent(load());

      expect(event.payload).toBe(event.payload);
      expect(event.payload.location).toBe(event.payload.location);
    });

    it('reads the URI once for its bucket and key', () => {
      let reads = 0;
      const raw = createGroundTruthAnnotationConsolidationEvent();
      raw.payload = new Proxy(raw.payload, {
        get(target, key, receiver) {
          if (key === 's3Uri') reads++;
          return Reflect.get(target, key, receiver);
        },
      });
      const payload = new GroundTruthAnnotationConsolidationEvent(raw).payload;

      payload.bucket;
      payload.key;
      payload.location;

      expect(reads).toBe(1);
    });
  });

  describe('testing factory', () => {
    it('builds a fresh copy of the sample', () => {
      const raw = createGroundTruthAnnotationConsolidationEvent();

      expect(raw).toEqual(load());
      expect(raw).not.toBe(createGroundTruthAnnotationConsolidationEvent());
    });
  });

  describe('malformed input', () => {
    it('throws MissingFieldError naming payload.s3Uri when it is absent', () => {
      const raw = patchEvent<RawGroundTruthAnnotationConsolidationEvent>(
        'ground-truth-annotation-consolidation-event',
        (event) => {
          delete (event.payload as Partial<{ s3Uri: string }>).s3Uri;
        }
      );

      expectEvtError(
        () => new GroundTruthAnnotationConsolidationEvent(raw).payload.key,
        MissingFieldError,
        'GroundTruthAnnotationConsolidationEvent: payload.s3Uri is missing'
      );
    });

    it('throws DecodeError naming payload.s3Uri when it is not an S3 URI', () => {
      for (const uri of [
        'https://amzn-s3-demo-bucket.s3.amazonaws.com/annotations.json',
        's3://amzn-s3-demo-bucket',
        's3://amzn-s3-demo-bucket/',
        's3:///annotations.json',
      ]) {
        const event = new GroundTruthAnnotationConsolidationEvent(
          createGroundTruthAnnotationConsolidationEvent({
            payload: { s3Uri: uri },
          })
        );

        expectEvtError(
          () => event.payload.bucket,
          DecodeError,
          'GroundTruthAnnotationConsolidationEvent: payload.s3Uri is not valid S3 URI: expected s3://<bucket>/<key>'
        );
      }
    });

    it('throws FieldTypeError naming a label category that is not a string', () => {
      const raw = patchEvent<Record<string, unknown>>(
        'ground-truth-annotation-consolidation-event',
        (event) => {
          event.labelCategories = ['Ex Category1', 2];
        }
      );

      expectEvtError(
        () =>
          new GroundTruthAnnotationConsolidationEvent(
            raw as unknown as RawGroundTruthAnnotationConsolidationEvent
          ).labelCategories,
        FieldTypeError,
        'GroundTruthAnnotationConsolidationEvent: labelCategories[1] must be string, got number'
      );
    });
  });
});

describe('parseS3Uri', () => {
  it('splits an S3 URI into its bucket and key', () => {
    expect(
      parseS3Uri('s3://amzn-s3-demo-bucket/gt-input-data/images/bird3.jpg')
    ).toEqual({
      bucket: 'amzn-s3-demo-bucket',
      key: 'gt-input-data/images/bird3.jpg',
    });
  });

  it('throws a TypeError naming the argument when it is not an S3 URI', () => {
    expect(() => parseS3Uri(42 as never)).toThrow(
      new TypeError('parseS3Uri: uri must be a string, got number 42')
    );
    expect(() => parseS3Uri('s3://amzn-s3-demo-bucket')).toThrow(
      new TypeError('parseS3Uri: uri must have the form s3://<bucket>/<key>')
    );
  });
});

describe('groundTruthConsolidationResponse', () => {
  it('builds the documented response, the labels under the label attribute name', () => {
    const event = new GroundTruthAnnotationConsolidationEvent(load());

    const response = groundTruthConsolidationResponse(event, [
      {
        datasetObjectId: '0',
        label: {
          annotationsFromAllWorkers: [
            { workerId: 'private.us-west-2.ab1234c5678a919d0', label: 'Bird' },
          ],
        },
      },
      { datasetObjectId: '1', label: { label: 'Ex Category2' } },
    ]);

    expect(JSON.parse(JSON.stringify(response))).toStrictEqual([
      {
        datasetObjectId: '0',
        consolidatedAnnotation: {
          content: {
            'labeling-job-attribute-name': {
              annotationsFromAllWorkers: [
                {
                  workerId: 'private.us-west-2.ab1234c5678a919d0',
                  label: 'Bird',
                },
              ],
            },
          },
        },
      },
      {
        datasetObjectId: '1',
        consolidatedAnnotation: {
          content: {
            'labeling-job-attribute-name': { label: 'Ex Category2' },
          },
        },
      },
    ]);
  });

  it('reads the label attribute name from a raw event, and takes no labels', () => {
    expect(groundTruthConsolidationResponse(load(), [])).toEqual([]);
    expect(
      groundTruthConsolidationResponse(load(), [
        { datasetObjectId: '7', label: 'positive' },
      ])
    ).toStrictEqual([
      {
        datasetObjectId: '7',
        consolidatedAnnotation: {
          content: { 'labeling-job-attribute-name': 'positive' },
        },
      },
    ]);
  });

  it('writes a label attribute name of __proto__ as an ordinary key', () => {
    const raw = createGroundTruthAnnotationConsolidationEvent({
      labelAttributeName: '__proto__',
    });

    const [entry] = groundTruthConsolidationResponse(raw, [
      { datasetObjectId: '0', label: { label: 'x' } },
    ]);

    expect(Object.keys(entry?.consolidatedAnnotation.content ?? {})).toEqual([
      '__proto__',
    ]);
  });

  it('throws a TypeError naming a malformed argument', () => {
    const event = load();
    const cases: [unknown, unknown, string][] = [
      [
        null,
        [],
        'groundTruthConsolidationResponse: event must be a Ground Truth consolidation event, got null',
      ],
      [
        event,
        {},
        'groundTruthConsolidationResponse: labels must be an array, got object',
      ],
      [
        event,
        ['0'],
        'groundTruthConsolidationResponse: labels[0] must be an object, got string',
      ],
      [
        event,
        [
          { datasetObjectId: '0', label: 1 },
          { datasetObjectId: 1, label: 1 },
        ],
        'groundTruthConsolidationResponse: labels[1].datasetObjectId must be a non-empty string, got number 1',
      ],
      [
        event,
        [{ datasetObjectId: '', label: 1 }],
        'groundTruthConsolidationResponse: labels[0].datasetObjectId must be a non-empty string, got an empty string',
      ],
      [
        event,
        [{ datasetObjectId: '0' }],
        'groundTruthConsolidationResponse: labels[0].label must be given, got undefined',
      ],
    ];

    for (const [given, labels, message] of cases) {
      expect(() =>
        groundTruthConsolidationResponse(given as never, labels as never)
      ).toThrow(new TypeError(message));
    }
  });

  it('throws MissingFieldError when the event has no label attribute name', () => {
    const raw = patchEvent<Partial<RawGroundTruthAnnotationConsolidationEvent>>(
      'ground-truth-annotation-consolidation-event',
      (event) => {
        delete event.labelAttributeName;
      }
    );

    expectEvtError(
      () =>
        groundTruthConsolidationResponse(
          raw as RawGroundTruthAnnotationConsolidationEvent,
          []
        ),
      MissingFieldError,
      'GroundTruthAnnotationConsolidationEvent: labelAttributeName is missing'
    );
  });
});
