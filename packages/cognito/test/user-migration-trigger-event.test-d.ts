import type { UserMigrationTriggerEvent as AwsUserMigrationTriggerEvent } from 'aws-lambda';
import { describe, expectTypeOf, it } from 'vitest';
import {
  type RawUserMigrationTriggerEvent,
  UserMigrationTriggerEvent,
  type UserMigrationTriggerSource,
} from '../src/index';
import { createUserMigrationTriggerEvent } from '../src/testing';

describe('UserMigrationTriggerEvent types', () => {
  it('accepts the @types/aws-lambda event, and the sample fits it', () => {
    expectTypeOf<AwsUserMigrationTriggerEvent>().toExtend<RawUserMigrationTriggerEvent>();
    expectTypeOf(
      createUserMigrationTriggerEvent()
    ).toExtend<AwsUserMigrationTriggerEvent>();
  });

  it('types the trigger source and the members', () => {
    const event = new UserMigrationTriggerEvent(
      createUserMigrationTriggerEvent()
    );

    expectTypeOf(
      event.triggerSource
    ).toEqualTypeOf<UserMigrationTriggerSource>();
    expectTypeOf(event.request.password).toEqualTypeOf<string | undefined>();
    expectTypeOf(event.response.finalUserStatus).toEqualTypeOf<
      'CONFIRMED' | 'RESET_REQUIRED' | undefined
    >();
    expectTypeOf(event.response.messageAction).toEqualTypeOf<
      'RESEND' | 'SUPPRESS' | undefined
    >();
  });

  it('takes only the documented values in the response setters', () => {
    const { response } = new UserMigrationTriggerEvent(
      createUserMigrationTriggerEvent()
    );

    response.desiredDeliveryMediums = ['EMAIL'];
    // @ts-expect-error not a documented status
    response.finalUserStatus = 'UNCONFIRMED';
    // @ts-expect-error not a documented delivery medium
    response.desiredDeliveryMediums = ['FAX'];
  });
});
