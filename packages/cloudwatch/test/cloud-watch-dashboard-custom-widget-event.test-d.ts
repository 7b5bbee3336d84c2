import { describe, expectTypeOf, it } from 'vitest';
import {
  CloudWatchDashboardCustomWidgetEvent,
  type CloudWatchWidgetContext,
  type RawCloudWatchDashboardCustomWidgetEvent,
  type TimeRange,
  type TimeZone,
} from '../src/index';

interface WidgetParams {
  region: string;
  limit: number;
}

describe('CloudWatchDashboardCustomWidgetEvent types', () => {
  it('accepts an event with parameters copied to the top level', () => {
    expectTypeOf<{
      original: string;
      describe: boolean;
    }>().toExtend<RawCloudWatchDashboardCustomWidgetEvent>();
  });

  it('types the getters', () => {
    const event = new CloudWatchDashboardCustomWidgetEvent({});
    expectTypeOf(event.describe).toEqualTypeOf<boolean>();
    expectTypeOf(event.widgetContext).toEqualTypeOf<
      CloudWatchWidgetContext<Record<string, unknown>> | undefined
    >();

    type Context = CloudWatchWidgetContext;
    expectTypeOf<Context['dashboardName']>().toEqualTypeOf<string>();
    expectTypeOf<Context['widgetId']>().toEqualTypeOf<string>();
    expectTypeOf<Context['domain']>().toEqualTypeOf<string>();
    expectTypeOf<Context['accountId']>().toEqualTypeOf<string>();
    expectTypeOf<Context['locale']>().toEqualTypeOf<string>();
    expectTypeOf<Context['timezone']>().toEqualTypeOf<TimeZone>();
    expectTypeOf<Context['period']>().toEqualTypeOf<number>();
    expectTypeOf<Context['isAutoPeriod']>().toEqualTypeOf<boolean>();
    expectTypeOf<Context['timeRange']>().toEqualTypeOf<TimeRange>();
    expectTypeOf<Context['theme']>().toEqualTypeOf<string>();
    expectTypeOf<Context['linkCharts']>().toEqualTypeOf<boolean>();
    expectTypeOf<Context['title']>().toEqualTypeOf<string>();
    expectTypeOf<Context['forms']>().toEqualTypeOf<
      Readonly<Record<string, unknown>>
    >();
    expectTypeOf<Context['params']>().toEqualTypeOf<Record<string, unknown>>();
    expectTypeOf<Context['width']>().toEqualTypeOf<number>();
    expectTypeOf<Context['height']>().toEqualTypeOf<number>();

    expectTypeOf<TimeZone['label']>().toEqualTypeOf<string>();
    expectTypeOf<TimeZone['offsetISO']>().toEqualTypeOf<string>();
    expectTypeOf<TimeZone['offsetIso']>().toEqualTypeOf<string>();
    expectTypeOf<TimeZone['offsetInMinutes']>().toEqualTypeOf<number>();

    expectTypeOf<TimeRange['mode']>().toEqualTypeOf<string>();
    expectTypeOf<TimeRange['start']>().toEqualTypeOf<number>();
    expectTypeOf<TimeRange['end']>().toEqualTypeOf<number>();
    expectTypeOf<TimeRange['relativeStart']>().toEqualTypeOf<
      number | undefined
    >();
    expectTypeOf<TimeRange['zoomStart']>().toEqualTypeOf<number | undefined>();
    expectTypeOf<TimeRange['zoomEnd']>().toEqualTypeOf<number | undefined>();
  });

  it('carries the parameter type', () => {
    const event = new CloudWatchDashboardCustomWidgetEvent<WidgetParams>({});
    expectTypeOf(event.widgetContext?.params).toEqualTypeOf<
      WidgetParams | undefined
    >();
  });
});
