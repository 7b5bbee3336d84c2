import { expectTypeOf, it } from 'vitest';
import {
  isCloudWatchAlarmEvent,
  isCloudWatchDashboardCustomWidgetEvent,
  isCloudWatchLogsEvent,
  type RawCloudWatchAlarmEvent,
  type RawCloudWatchDashboardCustomWidgetEvent,
  type RawCloudWatchLogsEvent,
} from '../src/index';

it('narrows an unknown value to the raw event', () => {
  const raw: unknown = undefined;
  if (isCloudWatchLogsEvent(raw))
    expectTypeOf(raw).toEqualTypeOf<RawCloudWatchLogsEvent>();
  if (isCloudWatchAlarmEvent(raw))
    expectTypeOf(raw).toEqualTypeOf<RawCloudWatchAlarmEvent>();
  if (isCloudWatchDashboardCustomWidgetEvent(raw))
    expectTypeOf(raw).toEqualTypeOf<RawCloudWatchDashboardCustomWidgetEvent>();
});
