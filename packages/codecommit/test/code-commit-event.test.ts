import { loadEvent } from '@evt/tooling-config/events';
import {
  counted,
  expectEvtError,
  patchEvent,
} from '@evt/tooling-config/testing';
import { describe, expect, it } from 'vitest';
import {
  CodeCommitEvent,
  type CodeCommitRecord,
  DecodeError,
  FieldTypeError,
  MissingFieldError,
  type RawCodeCommitEvent,
  type RawCodeCommitRecord,
} from '../src/index';
import { createCodeCommitEvent } from '../src/testing';

const load = (name = 'code-commit-event'): RawCodeCommitEvent =>
  loadEvent<RawCodeCommitEvent>(name);

const firstRecord = (name?: string): CodeCommitRecord =>
  new CodeCommitEvent(load(name)).record;

const patchedRecord = (
  patch: (record: Record<string, unknown>) => void
): CodeCommitRecord =>
  new CodeCommitEvent(
    patchEvent<RawCodeCommitEvent>('code-commit-event', (event) =>
      patch(event.Records[0] as unknown as Record<string, unknown>)
    )
  ).record;

describe('CodeCommitEvent', () => {
  describe('records', () => {
    it('wraps each record, in order', () => {
      const raw = load();

      const records = new CodeCommitEvent(raw).records;

      expect(records).toHaveLength(1);
      expect(records[0]?.rawEvent).toBe(raw.Records[0]);
    });

    it('returns the same array on every read, reading Records once', () => {
      const [record] = load().Records;
      const readRecords = counted(() => [record]);
      const event = new CodeCommitEvent({
        get Records() {
          return readRecords();
        },
      } as RawCodeCommitEvent);

      const first = event.records;

      expect(event.records).toBe(first);
      expect(readRecords.calls).toBe(1);
    });
  });

  describe('record', () => {
    it('returns the first record', () => {
      const raw = load();

      expect(new CodeCommitEvent(raw).record.rawEvent).toBe(raw.Records[0]);
    });
  });
});

describe('CodeCommitRecord', () => {
  it('returns each field of the documented push', () => {
    const record = firstRecord();

    expect(record.awsRegion).toBe('us-east-2');
    expect(record.eventId).toBe('31ade2c7-f889-47c5-a937-1cf99e2790e9');
    expect(record.eventName).toBe('ReferenceChanges');
    expect(record.eventPartNumber).toBe(1);
    expect(record.eventSource).toBe('aws:codecommit');
    expect(record.eventSourceArn).toBe(
      'arn:aws:codecommit:us-east-2:123456789012:lambda-pipeline-repo'
    );
    expect(record.eventTime).toBe('2019-03-12T20:58:25.400+0000');
    expect(record.eventTotalParts).toBe(1);
    expect(record.eventTriggerConfigId).toBe(
      '0d17d6a4-efeb-46f3-b3ab-a63741badeb8'
    );
    expect(record.eventTriggerName).toBe('index.handler');
    expect(record.eventVersion).toBe('1.0');
    expect(record.userIdentityArn).toBe(
      'arn:aws:iam::123456789012:user/intern'
    );
    expect(record.isTriggerTest).toBe(false);
  });

  it('returns each field of the documented trigger test', () => {
    const record = firstRecord('code-commit-event.test-trigger');

    expect(record.eventName).toBe('TriggerEventTest');
    expect(record.isTriggerTest).toBe(true);
    expect(record.customData).toBe('this is custom data');
    expect(record.eventTriggerName).toBe('my-trigger');
    expect(record.userIdentityArn).toBe('arn:aws:iam::123456789012:root');
    expect(record.eventTime).toBe('2016-01-01T23:59:59.000+0000');
  });

  describe('customData', () => {
    it('returns undefined when the trigger has none', () => {
      expect(firstRecord().customData).toBeUndefined();
    });

    it('returns JSON custom data as text, unparsed', () => {
      expect(firstRecord('code-commit-event.branches').customData).toBe(
        '{"team":"payments","notify":"#payments-builds"}'
      );
    });
  });

  describe('codecommit and references', () => {
    it('wraps the codecommit object once', () => {
      const raw = load();
      const record = new CodeCommitEvent(raw).record;

      expect(record.codecommit.rawEvent).toBe(raw.Records[0]?.codecommit);
      expect(record.codecommit).toBe(record.codecommit);
    });

    it('returns the references of the codecommit object, built once', () => {
      const record = firstRecord('code-commit-event.branches');

      expect(record.references).toBe(record.codecommit.references);
      expect(record.references).toBe(record.references);
      expect(record.references.map((reference) => reference.ref)).toEqual([
        'refs/heads/feature/checkout',
        'refs/heads/hotfix/old-login',
        'refs/tags/v2.4.0',
      ]);
    });

    it('reads the references list once', () => {
      const [reference] = load().Records[0]?.codecommit.references ?? [];
      const readReferences = counted(() => [reference]);
      const record = new CodeCommitEvent({
        Records: [
          {
            ...load().Records[0],
            codecommit: {
              get references() {
                return readReferences();
              },
            },
          } as RawCodeCommitRecord,
        ],
      }).record;

      record.references;
      record.codecommit.references;

      expect(readReferences.calls).toBe(1);
    });
  });

  describe('repositoryName', () => {
    it('returns the last part of the repository ARN', () => {
      expect(firstRecord().repositoryName).toBe('lambda-pipeline-repo');
      expect(firstRecord('code-commit-event.test-trigger').repositoryName).toBe(
        'my-repo'
      );
    });

    it('reads a repository in another partition', () => {
      const record = patchedRecord((raw) => {
        raw.eventSourceARN =
          'arn:aws-cn:codecommit:cn-north-1:123456789012:shop.web_v2';
      });

      expect(record.repositoryName).toBe('shop.web_v2');
    });

    it('parses the ARN once, reading it once', () => {
      const readArn = counted(
        () => 'arn:aws:codecommit:us-east-2:123456789012:lambda-pipeline-repo'
      );
      const record = new CodeCommitEvent({
        Records: [
          {
            ...load().Records[0],
            get eventSourceARN() {
              return readArn();
            },
          } as RawCodeCommitRecord,
        ],
      }).record;

      const first = record.repositoryName;

      expect(record.repositoryName).toBe(first);
      expect(readArn.calls).toBe(1);
    });
  });
});

describe('CodeCommitReference', () => {
  it('returns the commit and ref of the documented push', () => {
    const [reference] = firstRecord().references;

    expect(reference?.commit).toBe('5e493c6f3067653f3d04eca608b4901eb2270780');
    expect(reference?.ref).toBe('refs/heads/master');
    expect(reference?.created).toBe(false);
    expect(reference?.deleted).toBe(false);
    expect(reference?.branchName).toBe('master');
    expect(reference?.tagName).toBeUndefined();
  });

  it('reads a created branch, a deleted branch and a created tag', () => {
    const [created, deleted, tag] = firstRecord(
      'code-commit-event.branches'
    ).references;

    expect(created?.created).toBe(true);
    expect(created?.deleted).toBe(false);
    expect(created?.branchName).toBe('feature/checkout');
    expect(created?.commit).toBe('8a1c3e9f0b2d4c6e8f0a1b3c5d7e9f1a2b4c6d8e');
    expect(deleted?.deleted).toBe(true);
    expect(deleted?.created).toBe(false);
    expect(deleted?.branchName).toBe('hotfix/old-login');
    expect(tag?.created).toBe(true);
    expect(tag?.tagName).toBe('v2.4.0');
    expect(tag?.branchName).toBeUndefined();
  });

  it('gives neither a branch nor a tag name for another kind of reference', () => {
    const record = patchedRecord((raw) => {
      raw.codecommit = {
        references: [{ commit: '5e493c6f', ref: 'refs/notes/commits' }],
      };
    });

    expect(record.references[0]?.branchName).toBeUndefined();
    expect(record.references[0]?.tagName).toBeUndefined();
  });
});

describe('testing factory', () => {
  it('builds a fresh copy of the documented push', () => {
    const raw = createCodeCommitEvent();

    expect(raw).toEqual(load());
    expect(raw).not.toBe(createCodeCommitEvent());
  });

  it('builds the documented trigger test', () => {
    expect(createCodeCommitEvent({ testTrigger: true })).toEqual(
      load('code-commit-event.test-trigger')
    );
  });

  it('sets the repository and its Region from an ARN', () => {
    const record = new CodeCommitEvent(
      createCodeCommitEvent({
        repositoryArn: 'arn:aws:codecommit:eu-west-1:123456789012:shop',
      })
    ).record;

    expect(record.repositoryName).toBe('shop');
    expect(record.awsRegion).toBe('eu-west-1');
  });

  it('builds numbered copies of the record', () => {
    const event = new CodeCommitEvent(createCodeCommitEvent({ count: 2 }));

    expect(event.records.map((record) => record.eventId)).toEqual([
      '31ade2c7-f889-47c5-a937-1cf99e270000',
      '31ade2c7-f889-47c5-a937-1cf99e270001',
    ]);
  });

  it('merges record changes, replacing the references', () => {
    const event = new CodeCommitEvent(
      createCodeCommitEvent({
        record: {
          codecommit: {
            references: [{ commit: 'a1b2c3d', ref: 'refs/tags/v1.0.0' }],
          },
        },
      })
    );

    expect(
      event.record.references.map((reference) => reference.tagName)
    ).toEqual(['v1.0.0']);
    expect(event.record.eventName).toBe('ReferenceChanges');
  });
});

describe('malformed input', () => {
  it('throws MissingFieldError naming Records when it is absent', () => {
    expectEvtError(
      () => new CodeCommitEvent({} as RawCodeCommitEvent).records,
      MissingFieldError,
      'CodeCommitEvent: Records is missing'
    );
  });

  it('throws MissingFieldError naming Records[0] when there are no records', () => {
    expectEvtError(
      () => new CodeCommitEvent({ Records: [] }).record,
      MissingFieldError,
      'CodeCommitEvent: Records[0] is missing'
    );
  });

  it('throws MissingFieldError naming the references when they are absent', () => {
    const record = patchedRecord((raw) => {
      raw.codecommit = {};
    });

    expectEvtError(
      () => record.references,
      MissingFieldError,
      'CodeCommitEvent: Records[0].codecommit.references is missing'
    );
  });

  it('throws FieldTypeError naming the path of a mistyped reference flag', () => {
    const record = patchedRecord((raw) => {
      raw.codecommit = {
        references: [
          { commit: '5e493c6f', ref: 'refs/heads/a', created: 'true' },
        ],
      };
    });

    expectEvtError(
      () => record.references[0]?.created,
      FieldTypeError,
      'CodeCommitEvent: Records[0].codecommit.references[0].created must be boolean, got string'
    );
  });

  it('throws FieldTypeError naming the part number when it is not a number', () => {
    const record = patchedRecord((raw) => {
      raw.eventPartNumber = '1';
    });

    expectEvtError(
      () => record.eventPartNumber,
      FieldTypeError,
      'CodeCommitEvent: Records[0].eventPartNumber must be number, got string'
    );
  });

  it('throws DecodeError naming the ARN when it has no repository part', () => {
    const record = patchedRecord((raw) => {
      raw.eventSourceARN = 'arn:aws:codecommit:us-east-2:123456789012';
    });

    expectEvtError(
      () => record.repositoryName,
      DecodeError,
      'CodeCommitEvent: Records[0].eventSourceARN is not valid CodeCommit repository ARN: expected arn:<partition>:codecommit:<region>:<account>:<repository>'
    );
  });

  it('throws DecodeError when the repository part is empty', () => {
    const record = patchedRecord((raw) => {
      raw.eventSourceARN = 'arn:aws:codecommit:us-east-2:123456789012:';
    });

    expect(() => record.repositoryName).toThrow(DecodeError);
  });
});
