import { describe, expectTypeOf, it } from 'vitest';
import {
  BaseRecordResultsResponse,
  EventWrapper,
  type RecordResultsDict,
  recordResultOf,
} from '../src/index';

interface AnswerDict {
  recordId: string;
  result: 'Ok' | 'Failed';
}

class Answer {
  asDict(): AnswerDict {
    return { recordId: 'r-1', result: 'Ok' };
  }
}

class AnswersResponse extends BaseRecordResultsResponse<Answer, AnswerDict> {}

describe('record results kit', () => {
  it('types the response from its records', () => {
    const response = new AnswersResponse({ records: [new Answer()] });

    expectTypeOf(response.records).toEqualTypeOf<readonly Answer[]>();
    expectTypeOf(response.asDict()).toEqualTypeOf<
      RecordResultsDict<AnswerDict>
    >();
    expectTypeOf(response.toJSON().records).toEqualTypeOf<AnswerDict[]>();
  });

  it('accepts only records that serialise to the response dict', () => {
    // @ts-expect-error: a record's asDict must give the response's record type
    new BaseRecordResultsResponse<{ asDict(): string }, AnswerDict>();
  });

  it('types a result from the accepted results', () => {
    const owner = new EventWrapper<{ result?: 'Ok' | 'Failed' }>({});

    expectTypeOf(
      recordResultOf(owner, undefined, ['Ok', 'Failed'])
    ).toEqualTypeOf<'Ok' | 'Failed'>();
  });
});
