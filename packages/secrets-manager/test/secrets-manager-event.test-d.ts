import { describe, expectTypeOf, it } from 'vitest';
import {
  SecretsManagerEvent,
  type SecretsManagerEventRecord,
} from '../src/index';
import { createSecretsManagerEvent } from '../src/testing';

describe('SecretsManagerEvent types', () => {
  it('carries the body type to each record', () => {
    const event = new SecretsManagerEvent<{ id: string }>(
      createSecretsManagerEvent()
    );

    expectTypeOf(event.records).toEqualTypeOf<
      SecretsManagerEventRecord<{ id: string }>[]
    >();
    expectTypeOf(event.record.jsonBody).toEqualTypeOf<
      { id: string } | undefined
    >();
    expectTypeOf(event.record.awsRegion).toEqualTypeOf<string | undefined>();
  });
});
