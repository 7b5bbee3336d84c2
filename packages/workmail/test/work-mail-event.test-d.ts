import { describe, expectTypeOf, it } from 'vitest';
import {
  type RawWorkMailEvent,
  type WorkMailAddress,
  WorkMailEvent,
  type WorkMailFlowDirection,
  type WorkMailSynchronousResponse,
  workMailSynchronousResponse,
} from '../src/index';
import { createWorkMailEvent, type SampleWorkMailEvent } from '../src/testing';

describe('WorkMailEvent types', () => {
  it('builds samples that fit the constructor', () => {
    expectTypeOf(createWorkMailEvent()).toEqualTypeOf<SampleWorkMailEvent>();
    expectTypeOf<SampleWorkMailEvent>().toExtend<RawWorkMailEvent>();
  });

  it('types the members', () => {
    const event = new WorkMailEvent(createWorkMailEvent());

    expectTypeOf(event.flowDirection).toEqualTypeOf<WorkMailFlowDirection>();
    expectTypeOf(event.sender).toEqualTypeOf<WorkMailAddress | undefined>();
    expectTypeOf(event.subject).toEqualTypeOf<string | undefined>();
    expectTypeOf(event.truncated).toEqualTypeOf<boolean>();
    expectTypeOf(event.envelope.recipientAddresses).toEqualTypeOf<string[]>();
  });

  it('takes only the documented action types', () => {
    expectTypeOf(
      workMailSynchronousResponse([{ type: 'DROP', allRecipients: true }])
    ).toEqualTypeOf<WorkMailSynchronousResponse>();
    // @ts-expect-error: REJECT is no WorkMail action
    workMailSynchronousResponse([{ type: 'REJECT', allRecipients: true }]);
  });
});
