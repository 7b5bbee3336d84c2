import { describe, expect, it } from 'vitest';
import { detect } from '../src/index';
import { REGISTRY } from '../src/registry';
import { type Fixture, namesClass, sourceFixtures } from './fixtures';

/** Fixtures that are not a whole Lambda event: detect names nothing for them. */
const NOT_EVENTS: Readonly<Record<string, string>> = {
  'kinesis/cloudwatch-logs-subscription-data':
    'the decoded data of a Kinesis record, which a test compares with',
  'firehose/kinesis-firehose-response':
    'the response a transformation function returns',
  'sns/sns-event.fifo-envelope':
    'the SNS notification an SQS queue receives as a message body',
};

/**
 * Fixtures a class reads although another class reads that kind of event more closely: detect
 * names the closer one.
 */
const CLOSER_CLASS: Readonly<
  Record<string, readonly [string, string, string]>
> = {
  'apigw/api-gateway-proxy-event.websocket-connect': [
    '@evt/apigw',
    'APIGatewayWebSocketEvent',
    'APIGatewayProxyEvent reads WebSocket events too, as Python’s does',
  ],
  'apigw/api-gateway-proxy-event.websocket-message': [
    '@evt/apigw',
    'APIGatewayWebSocketEvent',
    'APIGatewayProxyEvent reads WebSocket events too, as Python’s does',
  ],
  'apigw/api-gateway-proxy-event-v2.function-url': [
    '@evt/lambda-url',
    'LambdaFunctionUrlEvent',
    'a function URL request has the HTTP API payload’s shape',
  ],
};

const fixtures = sourceFixtures();
const keyOf = (fixture: Fixture) => `${fixture.id}/${fixture.name}`;

/** What detect must answer for a fixture. */
function expected(fixture: Fixture) {
  const key = keyOf(fixture);
  if (key in NOT_EVENTS) return undefined;
  const closer = CLOSER_CLASS[key];
  if (closer) return { package: closer[0], className: closer[1] };
  const own = REGISTRY.find(
    ({ detection }) =>
      detection.package === `@evt/${fixture.id}` &&
      namesClass(fixture.module, detection.className)
  );
  return own
    ? own.detection
    : { package: `@evt/${fixture.id}`, className: `<${fixture.module}>` };
}

describe('detect on every fixture of the repository', () => {
  it.each(fixtures.map((fixture) => [keyOf(fixture), fixture] as const))(
    '%s',
    (_key, fixture) => {
      expect(detect(fixture.event)).toEqual(expected(fixture));
    }
  );

  it('is right on 100% of them', () => {
    const right = fixtures.filter(
      (fixture) =>
        JSON.stringify(detect(fixture.event)) ===
        JSON.stringify(expected(fixture))
    );
    console.info(
      `detect: ${right.length}/${fixtures.length} fixtures (${Object.keys(NOT_EVENTS).length} of them not whole events)`
    );
    expect(right.length).toBe(fixtures.length);
    // Every written source package contributes its fixtures.
    const ids = new Set(fixtures.map(({ id }) => id));
    const withGuards = new Set(
      REGISTRY.map(({ detection }) => detection.package.slice('@evt/'.length))
    );
    expect([...ids].sort()).toEqual([...withGuards].sort());
  });

  it('lists as exceptions only fixtures that exist', () => {
    const keys = new Set(fixtures.map(keyOf));
    for (const key of [
      ...Object.keys(NOT_EVENTS),
      ...Object.keys(CLOSER_CLASS),
    ]) {
      expect(keys, key).toContain(key);
    }
  });

  it('names a class the fixture’s own class does not, only where listed', () => {
    for (const fixture of fixtures) {
      const found = detect(fixture.event);
      if (
        found &&
        found.package === `@evt/${fixture.id}` &&
        namesClass(fixture.module, found.className)
      )
        continue;
      expect(
        { ...CLOSER_CLASS, ...NOT_EVENTS },
        `${keyOf(fixture)} is detected as ${found?.className}`
      ).toHaveProperty([keyOf(fixture)]);
    }
  });
});
