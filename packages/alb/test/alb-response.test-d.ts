import type { ALBResult } from 'aws-lambda';
import { describe, expectTypeOf, it } from 'vitest';
import {
  type ALBEvent,
  type ALBResponse,
  type ALBResponseInit,
  albResponse,
} from '../src/index';

declare const event: ALBEvent;

describe('albResponse', () => {
  it('returns a response that fits @types/aws-lambda', () => {
    const response = albResponse(event, { statusCode: 200 });

    expectTypeOf(response).toEqualTypeOf<ALBResponse>();
    expectTypeOf(response).toExtend<ALBResult>();
  });

  it('takes headers as text, numbers, booleans or lists of them', () => {
    expectTypeOf<{
      statusCode: 200;
      headers: { 'X-A': 'a'; 'X-B': [1, true] };
    }>().toExtend<ALBResponseInit>();
    expectTypeOf<{
      statusCode: 200;
      headers: { 'X-A': null };
    }>().not.toExtend<ALBResponseInit>();
  });

  it('takes text or bytes as the body', () => {
    expectTypeOf<Uint8Array>().toExtend<ALBResponseInit['body']>();
    expectTypeOf<number>().not.toExtend<ALBResponseInit['body']>();
  });
});
