import { loadEvent } from '@evt/tooling-config/events';
import { patchEvent } from '@evt/tooling-config/testing';
import { describe, expect, it } from 'vitest';
import {
  type AWSConfigEvaluationOptions,
  AWSConfigRuleEvent,
  buildEvaluation,
  buildPutEvaluationsInput,
  buildPutEvaluationsInputs,
  MAX_EVALUATIONS_PER_CALL,
  type RawAWSConfigRuleEvent,
} from '../src/index';

const eventOf = (variant?: string): AWSConfigRuleEvent =>
  new AWSConfigRuleEvent(
    loadEvent<RawAWSConfigRuleEvent>(
      variant ? `aws-config-rule-event.${variant}` : 'aws-config-rule-event'
    )
  );

const account: AWSConfigEvaluationOptions = {
  complianceResourceType: 'AWS::::Account',
  complianceResourceId: '123456789012',
  complianceType: 'COMPLIANT',
  orderingTimestamp: new Date('2016-07-13T21:50:00.373Z'),
};

describe('buildEvaluation', () => {
  it('builds the evaluation PutEvaluations reads', () => {
    const evaluation = buildEvaluation({
      complianceResourceType: 'AWS::EC2::Instance',
      complianceResourceId: 'i-00000000',
      complianceType: 'NON_COMPLIANT',
      annotation:
        'This is an annotation describing why the resource is not compliant.',
      orderingTimestamp: new Date('2016-02-17T01:36:34.043Z'),
    });

    expect(evaluation).toStrictEqual({
      ComplianceResourceType: 'AWS::EC2::Instance',
      ComplianceResourceId: 'i-00000000',
      ComplianceType: 'NON_COMPLIANT',
      Annotation:
        'This is an annotation describing why the resource is not compliant.',
      OrderingTimestamp: new Date('2016-02-17T01:36:34.043Z'),
    });
  });

  it('leaves Annotation out when none is given', () => {
    const evaluation = buildEvaluation(account);

    expect(Object.keys(evaluation)).toEqual([
      'ComplianceResourceType',
      'ComplianceResourceId',
      'ComplianceType',
      'OrderingTimestamp',
    ]);
  });

  it('reads an ISO 8601 time and copies a Date', () => {
    const date = new Date('2016-07-13T21:50:00.373Z');

    const fromText = buildEvaluation({
      ...account,
      orderingTimestamp: '2016-07-13T21:50:00.373Z',
    });
    const fromDate = buildEvaluation({ ...account, orderingTimestamp: date });

    expect(fromText.OrderingTimestamp).toEqual(date);
    expect(fromDate.OrderingTimestamp).toEqual(date);
    expect(fromDate.OrderingTimestamp).not.toBe(date);
    expect(JSON.stringify(fromText)).toContain(
      '"OrderingTimestamp":"2016-07-13T21:50:00.373Z"'
    );
  });

  it('accepts the longest values the API allows, counting characters', () => {
    const evaluation = buildEvaluation({
      ...account,
      complianceResourceType: 'T'.repeat(256),
      complianceResourceId: 'i'.repeat(768),
      annotation: '☁️'.repeat(128),
    });

    expect(evaluation.ComplianceResourceType).toHaveLength(256);
    expect(evaluation.ComplianceResourceId).toHaveLength(768);
    expect(evaluation.Annotation).toBe('☁️'.repeat(128));
  });

  it('cuts a long annotation to 256 characters when asked', () => {
    const evaluation = buildEvaluation({
      ...account,
      annotation: `${'a'.repeat(254)}😀😀😀`,
      truncateAnnotation: true,
    });

    expect(evaluation.Annotation).toBe(`${'a'.repeat(254)}😀…`);
    expect(Array.from(evaluation.Annotation ?? '')).toHaveLength(256);
  });

  it('keeps an annotation within the limit as it is when truncation is on', () => {
    const evaluation = buildEvaluation({
      ...account,
      annotation: 'Short.',
      truncateAnnotation: true,
    });

    expect(evaluation.Annotation).toBe('Short.');
  });

  describe('misuse', () => {
    it.each([
      [null, 'buildEvaluation: options must be an object, got null'],
      [
        { ...account, complianceResourceType: 7 },
        'buildEvaluation: options.complianceResourceType must be a string, got number 7',
      ],
      [
        { ...account, complianceResourceId: undefined },
        'buildEvaluation: options.complianceResourceId must be a string, got undefined',
      ],
      [
        { ...account, complianceType: undefined },
        'buildEvaluation: options.complianceType must be a string, got undefined',
      ],
      [
        { ...account, annotation: ['why'] },
        'buildEvaluation: options.annotation must be a string, got array',
      ],
      [
        { ...account, orderingTimestamp: 1468446600373 },
        'buildEvaluation: options.orderingTimestamp must be a Date or an ISO 8601 string, got number 1468446600373',
      ],
      [
        { ...account, truncateAnnotation: 'yes' },
        'buildEvaluation: options.truncateAnnotation must be a boolean, got string',
      ],
    ])('throws TypeError naming the argument (%#)', (options, message) => {
      expect(() =>
        buildEvaluation(options as unknown as AWSConfigEvaluationOptions)
      ).toThrow(new TypeError(message));
    });

    it.each([
      [
        { complianceResourceType: '' },
        'buildEvaluation: options.complianceResourceType must be 1 to 256 characters, got 0',
      ],
      [
        { complianceResourceType: 'T'.repeat(257) },
        'buildEvaluation: options.complianceResourceType must be 1 to 256 characters, got 257',
      ],
      [
        { complianceResourceId: 'i'.repeat(769) },
        'buildEvaluation: options.complianceResourceId must be 1 to 768 characters, got 769',
      ],
      [
        { annotation: '' },
        'buildEvaluation: options.annotation must be 1 to 256 characters, got 0',
      ],
      [
        { annotation: 'a'.repeat(257) },
        'buildEvaluation: options.annotation must be 1 to 256 characters, got 257',
      ],
      [
        { complianceType: 'INSUFFICIENT_DATA' },
        'buildEvaluation: options.complianceType must be COMPLIANT, NON_COMPLIANT or NOT_APPLICABLE (PutEvaluations refuses INSUFFICIENT_DATA from a rule)',
      ],
      [
        { orderingTimestamp: 'yesterday' },
        'buildEvaluation: options.orderingTimestamp must be an ISO 8601 date and time',
      ],
      [
        { orderingTimestamp: new Date(Number.NaN) },
        'buildEvaluation: options.orderingTimestamp must be a valid Date, got an invalid one',
      ],
    ])(
      'throws RangeError naming the field over a limit (%#)',
      (change, message) => {
        expect(() =>
          buildEvaluation({
            ...account,
            ...change,
          } as AWSConfigEvaluationOptions)
        ).toThrow(new RangeError(message));
      }
    );

    it('does not echo the value in the message', () => {
      expect(() =>
        buildEvaluation({ ...account, annotation: `secret-${'x'.repeat(300)}` })
      ).toThrow(/^(?!.*secret)/);
    });
  });
});

describe('buildPutEvaluationsInput', () => {
  it("builds AWS's example request for a configuration change", () => {
    const event = eventOf('documented-change');

    const input = buildPutEvaluationsInput(event, [
      {
        complianceType: 'NON_COMPLIANT',
        annotation:
          'This is an annotation describing why the resource is not compliant.',
      },
    ]);

    expect(input).toStrictEqual({
      Evaluations: [
        {
          ComplianceResourceType: 'AWS::EC2::Instance',
          ComplianceResourceId: 'i-00000000',
          ComplianceType: 'NON_COMPLIANT',
          OrderingTimestamp: new Date('2016-02-17T01:36:34.043Z'),
          Annotation:
            'This is an annotation describing why the resource is not compliant.',
        },
      ],
      ResultToken: 'myResultToken',
    });
  });

  it("builds AWS's example request for a periodic evaluation of the account", () => {
    const event = eventOf('scheduled');

    const input = buildPutEvaluationsInput(event, [
      {
        complianceResourceType: 'AWS::::Account',
        complianceResourceId: event.accountId,
        complianceType: 'COMPLIANT',
      },
    ]);

    expect(input).toStrictEqual({
      Evaluations: [
        {
          ComplianceResourceType: 'AWS::::Account',
          ComplianceResourceId: '123456789012',
          ComplianceType: 'COMPLIANT',
          OrderingTimestamp: new Date('2023-04-27T13:26:17.741Z'),
        },
      ],
      ResultToken:
        'eyJlbmNyeXB0ZWREYXRhIjpbLTQyLDEyNiw1MiwtMzcsLTI5LDExNF0sIm1hdGVyaWFsU2V0U2VyaWFsTnVtYmVyIjoxfQ==',
    });
  });

  it('takes the resource and time of an oversized change from its summary', () => {
    const input = buildPutEvaluationsInput(eventOf('oversized'), [
      { complianceType: 'COMPLIANT' },
    ]);

    expect(input.Evaluations).toStrictEqual([
      {
        ComplianceResourceType: 'AWS::EC2::Instance',
        ComplianceResourceId: 'i-00000000',
        ComplianceType: 'COMPLIANT',
        OrderingTimestamp: new Date('2016-10-06T16:46:16.261Z'),
      },
    ]);
  });

  it('takes the time of another message type from its notification', () => {
    const input = buildPutEvaluationsInput(eventOf('snapshot-delivery'), [
      account,
      { ...account, orderingTimestamp: undefined },
    ]);

    expect(input.Evaluations.map((item) => item.OrderingTimestamp)).toEqual([
      new Date('2016-07-13T21:50:00.373Z'),
      new Date('2016-02-24T18:23:20.328Z'),
    ]);
  });

  it('keeps the values an evaluation gives over the defaults', () => {
    const input = buildPutEvaluationsInput(eventOf(), [
      {
        complianceResourceType: 'AWS::EC2::SecurityGroup',
        complianceResourceId: 'sg-0fb295a327d9b4835',
        complianceType: 'NOT_APPLICABLE',
        orderingTimestamp: '2023-04-27T15:03:13.332Z',
      },
    ]);

    expect(input.Evaluations).toStrictEqual([
      {
        ComplianceResourceType: 'AWS::EC2::SecurityGroup',
        ComplianceResourceId: 'sg-0fb295a327d9b4835',
        ComplianceType: 'NOT_APPLICABLE',
        OrderingTimestamp: new Date('2023-04-27T15:03:13.332Z'),
      },
    ]);
  });

  it('does not read the invoking event when every evaluation is complete', () => {
    const broken = new AWSConfigRuleEvent(
      patchEvent<RawAWSConfigRuleEvent>('aws-config-rule-event', (event) => {
        event.invokingEvent = '{not json';
      })
    );

    expect(
      buildPutEvaluationsInput(broken, [account]).Evaluations
    ).toHaveLength(1);
  });

  it('sets TestMode only when asked', () => {
    const event = eventOf('deleted');

    const test = buildPutEvaluationsInput(
      event,
      [{ complianceType: 'NOT_APPLICABLE' }],
      { testMode: true }
    );
    const real = buildPutEvaluationsInput(
      event,
      [{ complianceType: 'NOT_APPLICABLE' }],
      { testMode: false }
    );
    const plain = buildPutEvaluationsInput(event, []);

    expect(test.TestMode).toBe(true);
    expect(real.TestMode).toBe(false);
    expect(plain).toStrictEqual({
      Evaluations: [],
      ResultToken: 'myResultToken',
    });
  });

  it('takes 100 evaluations and refuses more', () => {
    const event = eventOf('scheduled');
    const many = Array.from({ length: 101 }, () => account);

    expect(
      buildPutEvaluationsInput(event, many.slice(0, 100)).Evaluations
    ).toHaveLength(MAX_EVALUATIONS_PER_CALL);
    expect(() => buildPutEvaluationsInput(event, many)).toThrow(
      new RangeError(
        'buildPutEvaluationsInput: evaluations must hold at most 100 items, got 101 (buildPutEvaluationsInputs splits them)'
      )
    );
  });

  describe('misuse', () => {
    it('throws TypeError naming the field a periodic event cannot supply', () => {
      expect(() =>
        buildPutEvaluationsInput(eventOf('scheduled'), [
          { complianceType: 'COMPLIANT' },
        ])
      ).toThrow(
        new TypeError(
          'buildPutEvaluationsInput: evaluations[0].complianceResourceType is required for a ScheduledNotification event'
        )
      );
    });

    it('throws TypeError naming the time another event cannot supply', () => {
      const event = new AWSConfigRuleEvent(
        patchEvent<RawAWSConfigRuleEvent>(
          'aws-config-rule-event.snapshot-delivery',
          (raw) => {
            raw.invokingEvent = '{"messageType":"SomethingNew"}';
          }
        )
      );

      expect(() =>
        buildPutEvaluationsInput(event, [
          { ...account, orderingTimestamp: undefined },
        ])
      ).toThrow(
        new TypeError(
          'buildPutEvaluationsInput: evaluations[0].orderingTimestamp is required for a SomethingNew event'
        )
      );
    });

    it.each([
      [
        () => buildPutEvaluationsInput({} as AWSConfigRuleEvent, []),
        'buildPutEvaluationsInput: event must be an AWSConfigRuleEvent, got object',
      ],
      [
        () => buildPutEvaluationsInput(eventOf(), 'x' as never),
        'buildPutEvaluationsInput: evaluations must be an array, got string',
      ],
      [
        () => buildPutEvaluationsInput(eventOf(), [null as never]),
        'buildPutEvaluationsInput: evaluations[0] must be an object, got null',
      ],
      [
        () => buildPutEvaluationsInput(eventOf(), [], null as never),
        'buildPutEvaluationsInput: options must be an object, got null',
      ],
      [
        () =>
          buildPutEvaluationsInput(eventOf(), [], { testMode: 'yes' as never }),
        'buildPutEvaluationsInput: options.testMode must be a boolean, got string',
      ],
      [
        () =>
          buildPutEvaluationsInput(eventOf(), [
            { complianceType: 'COMPLIANT', complianceResourceId: 5 as never },
          ]),
        'buildPutEvaluationsInput: evaluations[0].complianceResourceId must be a string, got number 5',
      ],
    ])('throws TypeError naming the argument (%#)', (call, message) => {
      expect(call).toThrow(new TypeError(message));
    });
  });
});

describe('buildPutEvaluationsInputs', () => {
  it('splits the evaluations into calls of at most 100, in order', () => {
    const event = eventOf('scheduled');
    const evaluations = Array.from({ length: 250 }, (_, index) => ({
      ...account,
      complianceResourceId: `i-${index}`,
    }));

    const inputs = buildPutEvaluationsInputs(event, evaluations, {
      testMode: true,
    });

    expect(inputs.map((input) => input.Evaluations.length)).toEqual([
      100, 100, 50,
    ]);
    expect(inputs[2]?.Evaluations[49]?.ComplianceResourceId).toBe('i-249');
    expect(inputs[1]?.Evaluations[0]?.ComplianceResourceId).toBe('i-100');
    expect(
      inputs.every((input) => input.ResultToken === event.resultToken)
    ).toBe(true);
    expect(inputs.every((input) => input.TestMode === true)).toBe(true);
  });

  it('gives no inputs for no evaluations', () => {
    expect(buildPutEvaluationsInputs(eventOf(), [])).toEqual([]);
  });

  it('throws RangeError naming the evaluation over a limit', () => {
    expect(() =>
      buildPutEvaluationsInputs(eventOf(), [
        { complianceType: 'COMPLIANT' },
        { complianceType: 'COMPLIANT', annotation: '' },
      ])
    ).toThrow(
      new RangeError(
        'buildPutEvaluationsInputs: evaluations[1].annotation must be 1 to 256 characters, got 0'
      )
    );
  });
});
