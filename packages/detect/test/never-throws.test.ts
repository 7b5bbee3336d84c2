import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detect } from '../src/index';
import { REGISTRY } from '../src/registry';
import { sourceFixtures } from './fixtures';

const answers = new Set<unknown>([
  undefined,
  ...REGISTRY.map(({ detection }) => detection),
]);

/** Calls detect and checks it gave one of its answers, without throwing. */
function detectSafely(value: unknown): void {
  let answer: unknown;
  expect(() => {
    answer = detect(value);
  }).not.toThrow();
  expect(answers.has(answer)).toBe(true);
}

class Planted extends Error {}

const throwingProxy = () =>
  new Proxy(
    {},
    {
      get: () => {
        throw new Planted('get');
      },
      has: () => {
        throw new Planted('has');
      },
      ownKeys: () => {
        throw new Planted('ownKeys');
      },
      getPrototypeOf: () => {
        throw new Planted('getPrototypeOf');
      },
    }
  );

const revoked = () => {
  const { proxy, revoke } = Proxy.revocable([], {});
  revoke();
  return proxy;
};

/** Values that look like events in the fields guards read. */
const eventLike = fc.record(
  {
    Records: fc.oneof(
      fc.anything(),
      fc.array(
        fc.record(
          {
            eventSource: fc.constantFrom(
              'aws:s3',
              'aws:sqs',
              'aws:ses',
              'aws:kinesis',
              'aws:dynamodb',
              'x'
            ),
            EventSource: fc.constantFrom('aws:sns', 1),
          },
          { requiredKeys: [] }
        )
      )
    ),
    eventSource: fc.constantFrom(
      'aws:kafka',
      'SelfManagedKafka',
      'aws:mq',
      'aws:rmq'
    ),
    requestContext: fc.oneof(
      fc.anything(),
      fc.record(
        {
          elb: fc.anything(),
          connectionId: fc.string(),
          eventType: fc.string(),
          domainName: fc.constantFrom('a.lambda-url.us-east-1.on.aws', 'x'),
          http: fc.anything(),
          serviceArn: fc.string(),
        },
        { requiredKeys: [] }
      )
    ),
    version: fc.constantFrom('1', '2', '2.0', '1.0', 2),
    routeKey: fc.string(),
    type: fc.constantFrom('TOKEN', 'REQUEST'),
    methodArn: fc.string(),
    routeArn: fc.string(),
    httpMethod: fc.string(),
    triggerSource: fc.constantFrom(
      'PreSignUp_SignUp',
      'TokenGeneration_HostedAuth',
      'x'
    ),
    userPoolId: fc.string(),
    'detail-type': fc.string(),
    source: fc.constantFrom('aws.s3', 'aws.cloudwatch', 'x'),
    detail: fc.anything(),
    arguments: fc.anything(),
    info: fc.anything(),
    awslogs: fc.anything(),
  },
  { requiredKeys: [] }
);

describe('detect never throws', () => {
  it('on any value', () => {
    fc.assert(
      fc.property(
        fc.anything({
          withBoxedValues: true,
          withMap: true,
          withSet: true,
          withNullPrototype: true,
          withSparseArray: true,
          withTypedArray: true,
          withDate: true,
          withBigInt: true,
        }),
        (value) => detectSafely(value)
      ),
      { numRuns: 2000 }
    );
  });

  it('on values shaped like events, and arrays of them', () => {
    fc.assert(
      fc.property(fc.oneof(eventLike, fc.array(eventLike)), (value) =>
        detectSafely(value)
      ),
      { numRuns: 2000 }
    );
  });

  it('on Proxies that throw, revoked Proxies and getters that throw', () => {
    detectSafely(throwingProxy());
    detectSafely([throwingProxy()]);
    detectSafely({ Records: [throwingProxy()] });
    detectSafely({ requestContext: throwingProxy(), httpMethod: 'GET' });
    detectSafely(revoked());
    detectSafely({ Records: revoked() });
    detectSafely(
      Object.defineProperty({}, 'Records', {
        get() {
          throw new Planted('Records');
        },
      })
    );
  });

  it('on every fixture with any one top-level field turned into a throwing getter', () => {
    for (const { event } of sourceFixtures()) {
      if (typeof event !== 'object' || event === null) continue;
      for (const key of Object.keys(event)) {
        const copy = Array.isArray(event) ? [...event] : { ...event };
        Object.defineProperty(copy, key, {
          enumerable: true,
          get() {
            throw new Planted(key);
          },
        });
        detectSafely(copy);
      }
    }
  });

  it('on cyclic and huge values, reading only a few fields', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.Records = [cyclic];
    cyclic.requestContext = cyclic;
    cyclic.detail = cyclic;
    detectSafely(cyclic);
    const cyclicArray: unknown[] = [];
    cyclicArray.push(cyclicArray);
    detectSafely(cyclicArray);

    const huge = Object.fromEntries(
      Array.from({ length: 100_000 }, (_, index) => [`field${index}`, index])
    );
    detectSafely(huge);
    detectSafely(new Array(1_000_000).fill({}));
    const records = new Array(1_000_000).fill({ eventSource: 'aws:sqs' });
    expect(detect({ Records: records })?.className).toBe('SQSEvent');
  });
});
