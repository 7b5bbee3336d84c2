import { expectEvtError } from '@evt/tooling-config/testing';
import { describe, expect, it } from 'vitest';
import {
  BaseRecordResultsResponse,
  base64FromJson,
  base64FromString,
  EventWrapper,
  EvtError,
  FieldTypeError,
  recordResultOf,
} from '../src/index';

type Outcome = 'Ok' | 'Failed';

interface RawAnswer {
  recordId: string;
  result?: Outcome | undefined;
}

interface AnswerDict {
  recordId: string;
  result: Outcome;
}

// A result record as a source writes one: a wrapper over what the handler gave.
class Answer extends EventWrapper<RawAnswer> {
  static override readonly typeName: string = 'Answer';

  get result(): Outcome {
    return recordResultOf(this, this.raw.result, ['Ok', 'Failed']);
  }

  asDict(): AnswerDict {
    return { recordId: this.raw.recordId, result: this.result };
  }
}

class AnswersResponse extends BaseRecordResultsResponse<Answer, AnswerDict> {
  static override readonly typeName: string = 'AnswersResponse';
  static override readonly serviceName: string = 'Example Service';
}

describe('base64FromString', () => {
  it('returns the base64 of the UTF-8 text', () => {
    expect(base64FromString('Hello World')).toBe('SGVsbG8gV29ybGQ=');
    expect(base64FromString('héllo')).toBe('aMOpbGxv');
  });
});

describe('base64FromJson', () => {
  it('returns the base64 of the JSON text', () => {
    expect(base64FromJson({ Hello: 'World' })).toBe('eyJIZWxsbyI6IldvcmxkIn0=');
  });

  it('uses the serializer given', () => {
    expect(base64FromJson({ a: 1 }, () => '{"a":2}')).toBe('eyJhIjoyfQ==');
  });

  it('encodes a value that serialises to nothing as null', () => {
    expect(base64FromJson(undefined)).toBe('bnVsbA==');
  });
});

describe('recordResultOf', () => {
  it('returns the result given', () => {
    expect(new Answer({ recordId: 'r-1', result: 'Failed' }).result).toBe(
      'Failed'
    );
  });

  it('returns the first result when none is given', () => {
    expect(new Answer({ recordId: 'r-1' }).result).toBe('Ok');
  });

  it('throws FieldTypeError naming the accepted results', () => {
    expectEvtError(
      () => new Answer({ recordId: 'r-1', result: 'Done' as never }).result,
      FieldTypeError,
      'Answer: result must be Ok | Failed, got "Done"'
    );
  });
});

describe('BaseRecordResultsResponse', () => {
  describe('records', () => {
    it('returns the records given and added, in order', () => {
      const first = new Answer({ recordId: 'r-1' });
      const second = new Answer({ recordId: 'r-2', result: 'Failed' });
      const response = new AnswersResponse({ records: [first] });

      response.addRecord(second);

      expect(response.records).toEqual([first, second]);
      expect(response.records[1]).toBe(second);
    });

    it('keeps its own copy of the records given', () => {
      const given = [new Answer({ recordId: 'r-1' })];
      const response = new AnswersResponse({ records: given });

      response.addRecord(new Answer({ recordId: 'r-2' }));

      expect(given).toHaveLength(1);
      expect(response.records).toHaveLength(2);
    });
  });

  describe('asDict', () => {
    it('serialises each record', () => {
      const response = new AnswersResponse({
        records: [
          new Answer({ recordId: 'r-1' }),
          new Answer({ recordId: 'r-2', result: 'Failed' }),
        ],
      });

      expect(response.asDict()).toEqual({
        records: [
          { recordId: 'r-1', result: 'Ok' },
          { recordId: 'r-2', result: 'Failed' },
        ],
      });
    });

    it('throws EvtError naming the response and its service when it is empty', () => {
      const error = expectEvtError(
        () => new AnswersResponse().asDict(),
        EvtError,
        'AnswersResponse: records is empty, and Example Service does not accept an empty response'
      );

      expect(error.path).toBe('records');
      expect(error.className).toBe('AnswersResponse');
    });

    it('names the base class and a generic service for a subclass that sets neither', () => {
      class Unnamed extends BaseRecordResultsResponse<Answer, AnswerDict> {}

      expectEvtError(
        () => new Unnamed().asDict(),
        EvtError,
        'BaseRecordResultsResponse: records is empty, and the service does not accept an empty response'
      );
    });

    it('lets an invalid record throw its own error', () => {
      const response = new AnswersResponse({
        records: [new Answer({ recordId: 'r-1', result: 'Done' as never })],
      });

      expectEvtError(
        () => response.asDict(),
        FieldTypeError,
        'Answer: result must be Ok | Failed, got "Done"'
      );
    });
  });

  describe('toJSON', () => {
    it('serialises as asDict does', () => {
      const response = new AnswersResponse({
        records: [new Answer({ recordId: 'r-1' })],
      });

      expect(JSON.stringify(response)).toBe(
        '{"records":[{"recordId":"r-1","result":"Ok"}]}'
      );
    });
  });
});
