import { describe, expectTypeOf, it } from 'vitest';
import {
  TransferFamilyAuthorizer,
  type TransferFamilyAuthorizerRecord,
} from '../src/index';
import { createTransferFamilyAuthorizer } from '../src/testing';

describe('TransferFamilyAuthorizer types', () => {
  it('carries the body type to each record', () => {
    const event = new TransferFamilyAuthorizer<{ id: string }>(
      createTransferFamilyAuthorizer()
    );

    expectTypeOf(event.records).toEqualTypeOf<
      TransferFamilyAuthorizerRecord<{ id: string }>[]
    >();
    expectTypeOf(event.record.jsonBody).toEqualTypeOf<
      { id: string } | undefined
    >();
    expectTypeOf(event.record.awsRegion).toEqualTypeOf<string | undefined>();
  });
});
