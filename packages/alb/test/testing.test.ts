import { loadEvent } from '@evt/tooling-config/events';
import { describe, expect, it } from 'vitest';
import { ALBEvent, type RawALBEvent } from '../src/index';
import { createALBEvent } from '../src/testing';

describe('createALBEvent', () => {
  it('returns a fresh copy of the sample event', () => {
    const first = createALBEvent();

    const second = createALBEvent();

    expect(first).toEqual(loadEvent<RawALBEvent>('alb-event'));
    expect(first).not.toBe(second);
    expect(first.requestContext).not.toBe(second.requestContext);
  });

  it('applies the overrides', () => {
    const event = new ALBEvent(
      createALBEvent({
        httpMethod: 'POST',
        path: '/orders',
        targetGroupArn:
          'arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/orders/0123456789abcdef',
        headers: { 'Content-Type': 'application/json', Cookie: ['a=1', 'b=2'] },
        queryStringParameters: { q: 'hello%20world' },
        jsonBody: { orderId: 'o-1' },
      })
    );

    expect(event.httpMethod).toBe('POST');
    expect(event.path).toBe('/orders');
    expect(event.requestContext.elbTargetGroupArn).toBe(
      'arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/orders/0123456789abcdef'
    );
    expect(event.headers.toJSON()).toEqual({
      'Content-Type': 'application/json',
      Cookie: 'b=2',
    });
    expect(event.queryStringParameters).toEqual({ q: 'hello%20world' });
    expect(event.jsonBody).toEqual({ orderId: 'o-1' });
    expect(event.hasMultiValueHeaders).toBe(false);
  });

  it('builds the multi-value shape with every value', () => {
    const raw = createALBEvent({
      multiValue: true,
      headers: { Cookie: ['a=1', 'b=2'], Accept: '*/*' },
      queryStringParameters: { tag: ['x', 'y'] },
    });

    const event = new ALBEvent(raw);

    expect(raw.headers).toBeUndefined();
    expect(raw.queryStringParameters).toBeUndefined();
    expect(raw.multiValueHeaders).toEqual({
      Cookie: ['a=1', 'b=2'],
      Accept: ['*/*'],
    });
    expect(event.multiValueQueryStringParameters).toEqual({ tag: ['x', 'y'] });
    expect(event.hasMultiValueHeaders).toBe(true);
  });

  it("turns the sample's own headers and query into lists of one", () => {
    const event = new ALBEvent(createALBEvent({ multiValue: true }));

    expect(event.multiValueHeaders.getAll('host')).toEqual([
      'lambda-alb-123578498.us-east-1.elb.amazonaws.com',
    ]);
    expect(event.getMultiValueQueryStringValues('query')).toEqual(['1234ABCD']);
  });

  it('sets a base64 body', () => {
    const event = new ALBEvent(
      createALBEvent({ body: 'aGVsbG8=', isBase64Encoded: true })
    );

    expect(event.decodedBody).toBe('hello');
  });

  it('merges changes into the whole event last', () => {
    const raw = createALBEvent({
      path: '/a',
      event: { path: '/b', requestContext: { elb: { targetGroupArn: 'arn' } } },
    });

    expect(raw.path).toBe('/b');
    expect(raw.requestContext.elb.targetGroupArn).toBe('arn');
  });
});
