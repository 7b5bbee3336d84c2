import { expectTypeOf, it } from 'vitest';
import {
  isIoT1ClickEvent,
  isIoTButtonEvent,
  isIoTCoreAddOrDeleteFromThingGroupEvent,
  isIoTCoreAddOrRemoveFromThingGroupEvent,
  isIoTCoreThingEvent,
  isIoTCoreThingGroupEvent,
  isIoTCoreThingTypeAssociationEvent,
  isIoTCoreThingTypeEvent,
  isIoTCustomAuthorizerEvent,
  isIoTPreProvisioningHookEvent,
  type RawIoT1ClickEvent,
  type RawIoTButtonEvent,
  type RawIoTCoreAddOrDeleteFromThingGroupEvent,
  type RawIoTCoreAddOrRemoveFromThingGroupEvent,
  type RawIoTCoreThingEvent,
  type RawIoTCoreThingGroupEvent,
  type RawIoTCoreThingTypeAssociationEvent,
  type RawIoTCoreThingTypeEvent,
  type RawIoTCustomAuthorizerEvent,
  type RawIoTPreProvisioningHookEvent,
} from '../src/index';

it('narrows an unknown value to the raw event', () => {
  const raw: unknown = undefined;
  if (isIoTCoreThingEvent(raw))
    expectTypeOf(raw).toEqualTypeOf<RawIoTCoreThingEvent>();
  if (isIoTCoreThingTypeEvent(raw))
    expectTypeOf(raw).toEqualTypeOf<RawIoTCoreThingTypeEvent>();
  if (isIoTCoreThingTypeAssociationEvent(raw))
    expectTypeOf(raw).toEqualTypeOf<RawIoTCoreThingTypeAssociationEvent>();
  if (isIoTCoreThingGroupEvent(raw))
    expectTypeOf(raw).toEqualTypeOf<RawIoTCoreThingGroupEvent>();
  if (isIoTCoreAddOrRemoveFromThingGroupEvent(raw))
    expectTypeOf(raw).toEqualTypeOf<RawIoTCoreAddOrRemoveFromThingGroupEvent>();
  if (isIoTCoreAddOrDeleteFromThingGroupEvent(raw))
    expectTypeOf(raw).toEqualTypeOf<RawIoTCoreAddOrDeleteFromThingGroupEvent>();
  if (isIoTCustomAuthorizerEvent(raw))
    expectTypeOf(raw).toEqualTypeOf<RawIoTCustomAuthorizerEvent>();
  if (isIoTPreProvisioningHookEvent(raw))
    expectTypeOf(raw).toEqualTypeOf<RawIoTPreProvisioningHookEvent>();
  if (isIoTButtonEvent(raw))
    expectTypeOf(raw).toEqualTypeOf<RawIoTButtonEvent>();
  if (isIoT1ClickEvent(raw))
    expectTypeOf(raw).toEqualTypeOf<RawIoT1ClickEvent>();
});
