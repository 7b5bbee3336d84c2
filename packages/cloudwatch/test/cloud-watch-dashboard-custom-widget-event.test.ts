import { loadEvent } from '@evt/tooling-config/events';
import { expectEvtError, patchEvent } from '@evt/tooling-config/testing';
import { describe, expect, it } from 'vitest';
import {
  CloudWatchDashboardCustomWidgetEvent,
  CloudWatchWidgetContext,
  FieldTypeError,
  MissingFieldError,
  type RawCloudWatchDashboardCustomWidgetEvent,
  TimeRange,
  TimeZone,
} from '../src/index';
import { createCloudWatchDashboardCustomWidgetEvent } from '../src/testing';

function sample(): CloudWatchDashboardCustomWidgetEvent {
  return new CloudWatchDashboardCustomWidgetEvent(
    loadEvent<RawCloudWatchDashboardCustomWidgetEvent>(
      'cloud-watch-dashboard-custom-widget-event'
    )
  );
}

function absolute(): CloudWatchDashboardCustomWidgetEvent {
  return new CloudWatchDashboardCustomWidgetEvent(
    loadEvent<RawCloudWatchDashboardCustomWidgetEvent>(
      'cloud-watch-dashboard-custom-widget-event.absolute'
    )
  );
}

function context(
  event: CloudWatchDashboardCustomWidgetEvent = sample()
): CloudWatchWidgetContext {
  const widgetContext = event.widgetContext;
  if (!widgetContext) throw new Error('the fixture has a widget context');
  return widgetContext;
}

/** The documented sample, frozen, with another widget context. */
function withContext(widgetContext: unknown): CloudWatchWidgetContext {
  return context(
    new CloudWatchDashboardCustomWidgetEvent(
      patchEvent<RawCloudWatchDashboardCustomWidgetEvent>(
        'cloud-watch-dashboard-custom-widget-event',
        (event) => {
          event.widgetContext = widgetContext as never;
        }
      )
    )
  );
}

function raw(): RawCloudWatchDashboardCustomWidgetEvent {
  return loadEvent<RawCloudWatchDashboardCustomWidgetEvent>(
    'cloud-watch-dashboard-custom-widget-event'
  );
}

describe('CloudWatchDashboardCustomWidgetEvent', () => {
  describe('describe', () => {
    it('returns false when absent', () => {
      expect(sample().describe).toBe(false);
    });

    it('returns true when the dashboard asks for documentation', () => {
      const event = new CloudWatchDashboardCustomWidgetEvent(
        createCloudWatchDashboardCustomWidgetEvent({ describe: true })
      );

      expect(event.describe).toBe(true);
    });

    it('reads event changes merged at any depth', () => {
      const event = new CloudWatchDashboardCustomWidgetEvent(
        createCloudWatchDashboardCustomWidgetEvent({
          event: { widgetContext: { timezone: { label: 'UTC+1' } } },
        })
      );

      expect(event.widgetContext?.timezone.label).toBe('UTC+1');
      expect(event.widgetContext?.dashboardName).toBe(
        'Name-of-current-dashboard'
      );
    });
  });

  describe('widgetContext', () => {
    it('returns the widget context, the same object on every read', () => {
      const event = raw();
      const wrapper = new CloudWatchDashboardCustomWidgetEvent(event);

      const widgetContext = wrapper.widgetContext;

      expect(widgetContext).toBeInstanceOf(CloudWatchWidgetContext);
      expect(widgetContext?.rawEvent).toBe(event.widgetContext);
      expect(wrapper.widgetContext).toBe(widgetContext);
    });

    it('returns undefined when absent', () => {
      const event = new CloudWatchDashboardCustomWidgetEvent({
        describe: true,
      });

      expect(event.widgetContext).toBeUndefined();
    });
  });

  describe('get', () => {
    it('returns a parameter copied to the top level', () => {
      expect(sample().get('original')).toBe('param-to-widget');
    });
  });
});

describe('CloudWatchWidgetContext', () => {
  describe('dashboardName', () => {
    it('returns the dashboard name', () => {
      expect(context().dashboardName).toBe('Name-of-current-dashboard');
    });
  });

  describe('widgetId', () => {
    it('returns the widget ID', () => {
      expect(context().widgetId).toBe('widget-16');
    });
  });

  describe('domain', () => {
    it('returns the console domain', () => {
      expect(context().domain).toBe('https://us-east-1.console.aws.amazon.com');
    });
  });

  describe('accountId', () => {
    it('returns the account ID', () => {
      expect(context().accountId).toBe('123456789012');
    });
  });

  describe('locale', () => {
    it('returns the locale', () => {
      expect(context().locale).toBe('en');
    });
  });

  describe('timezone', () => {
    it('returns the time zone, the same object on every read', () => {
      const event = raw();
      const widgetContext = context(
        new CloudWatchDashboardCustomWidgetEvent(event)
      );

      const timezone = widgetContext.timezone;

      expect(timezone).toBeInstanceOf(TimeZone);
      expect(timezone.rawEvent).toBe(event.widgetContext?.timezone);
      expect(widgetContext.timezone).toBe(timezone);
    });
  });

  describe('period', () => {
    it('returns the period in seconds', () => {
      expect(context().period).toBe(300);
    });
  });

  describe('isAutoPeriod', () => {
    it('returns whether the period is automatic', () => {
      expect(context().isAutoPeriod).toBe(true);
      expect(context(absolute()).isAutoPeriod).toBe(false);
    });
  });

  describe('timeRange', () => {
    it('returns the time range, the same object on every read', () => {
      const event = raw();
      const widgetContext = context(
        new CloudWatchDashboardCustomWidgetEvent(event)
      );

      const timeRange = widgetContext.timeRange;

      expect(timeRange).toBeInstanceOf(TimeRange);
      expect(timeRange.rawEvent).toBe(event.widgetContext?.timeRange);
      expect(widgetContext.timeRange).toBe(timeRange);
    });
  });

  describe('theme', () => {
    it('returns the theme', () => {
      expect(context(absolute()).theme).toBe('dark');
    });
  });

  describe('linkCharts', () => {
    it('returns whether the charts are linked', () => {
      expect(context().linkCharts).toBe(true);
      expect(context(absolute()).linkCharts).toBe(false);
    });
  });

  describe('title', () => {
    it('returns the widget title', () => {
      expect(context().title).toBe('Tweets for Amazon website problem');
    });
  });

  describe('forms', () => {
    it('returns the form values', () => {
      expect(context(absolute()).forms).toEqual({
        region: 'eu-west-1',
        limit: '20',
      });
    });

    it('returns an empty object when the forms are empty', () => {
      expect(context().forms).toEqual({});
    });

    it('returns an empty object when absent', () => {
      expect(withContext({}).forms).toEqual({});
    });
  });

  describe('params', () => {
    it('returns the widget parameters', () => {
      expect(context().params).toEqual({ original: 'param-to-widget' });
    });

    it('returns an empty object when absent', () => {
      expect(withContext({}).params).toEqual({});
    });
  });

  describe('width', () => {
    it('returns the width in pixels', () => {
      expect(context().width).toBe(588);
    });
  });

  describe('height', () => {
    it('returns the height in pixels', () => {
      expect(context().height).toBe(369);
    });
  });
});

describe('TimeZone', () => {
  describe('label', () => {
    it('returns the label', () => {
      expect(context().timezone.label).toBe('UTC');
    });
  });

  describe('offsetISO', () => {
    it('returns the offset as +hh:mm', () => {
      expect(context().timezone.offsetISO).toBe('+00:00');
    });
  });

  describe('offsetIso', () => {
    it('returns the offset as +hh:mm', () => {
      expect(context().timezone.offsetIso).toBe('+00:00');
    });
  });

  describe('offsetInMinutes', () => {
    it('returns the offset in minutes', () => {
      expect(context().timezone.offsetInMinutes).toBe(0);
    });
  });
});

describe('TimeRange', () => {
  describe('mode', () => {
    it('returns the mode', () => {
      expect(context().timeRange.mode).toBe('relative');
      expect(context(absolute()).timeRange.mode).toBe('absolute');
    });
  });

  describe('start', () => {
    it('returns the start in milliseconds', () => {
      expect(context().timeRange.start).toBe(1627236199729);
    });
  });

  describe('end', () => {
    it('returns the end in milliseconds', () => {
      expect(context().timeRange.end).toBe(1627322599729);
    });
  });

  describe('relativeStart', () => {
    it('returns the relative start in milliseconds', () => {
      expect(context().timeRange.relativeStart).toBe(86400012);
    });

    it('returns undefined for an absolute range', () => {
      expect(context(absolute()).timeRange.relativeStart).toBeUndefined();
    });
  });

  describe('zoomStart', () => {
    it('returns the start of the zoomed range', () => {
      expect(context().timeRange.zoomStart).toBe(1627276030434);
    });

    it('returns undefined when not zoomed', () => {
      expect(context(absolute()).timeRange.zoomStart).toBeUndefined();
    });
  });

  describe('zoomEnd', () => {
    it('returns the end of the zoomed range', () => {
      expect(context().timeRange.zoomEnd).toBe(1627282956521);
    });

    it('returns undefined when not zoomed', () => {
      expect(context(absolute()).timeRange.zoomEnd).toBeUndefined();
    });
  });
});

describe('createCloudWatchDashboardCustomWidgetEvent', () => {
  it('returns the documented sample without overrides', () => {
    expect(createCloudWatchDashboardCustomWidgetEvent()).toEqual(
      loadEvent('cloud-watch-dashboard-custom-widget-event')
    );
  });

  it('applies the overrides', () => {
    const raw = createCloudWatchDashboardCustomWidgetEvent({
      dashboardName: 'Orders',
      widgetId: 'widget-2',
      params: { region: 'eu-west-1' },
      forms: { limit: '5' },
    });

    const widgetContext = context(
      new CloudWatchDashboardCustomWidgetEvent(raw)
    );

    expect(raw.region).toBe('eu-west-1');
    expect(raw.original).toBeUndefined();
    expect(widgetContext.dashboardName).toBe('Orders');
    expect(widgetContext.widgetId).toBe('widget-2');
    expect(widgetContext.params).toEqual({ region: 'eu-west-1' });
    expect(widgetContext.forms).toEqual({ limit: '5' });
  });
});

describe('malformed input', () => {
  it('throws FieldTypeError when describe is not a boolean', () => {
    const event = new CloudWatchDashboardCustomWidgetEvent({
      describe: 'yes',
    } as unknown as RawCloudWatchDashboardCustomWidgetEvent);

    expectEvtError(
      () => event.describe,
      FieldTypeError,
      'CloudWatchDashboardCustomWidgetEvent: describe must be boolean, got string'
    );
  });

  it('throws FieldTypeError when widgetContext is not an object', () => {
    const event = new CloudWatchDashboardCustomWidgetEvent({
      widgetContext: 'x',
    } as unknown as RawCloudWatchDashboardCustomWidgetEvent);

    expectEvtError(
      () => event.widgetContext,
      FieldTypeError,
      'CloudWatchDashboardCustomWidgetEvent: widgetContext must be object, got string'
    );
  });

  it('throws MissingFieldError when a required field is missing', () => {
    const widgetContext = withContext({});

    expectEvtError(
      () => widgetContext.dashboardName,
      MissingFieldError,
      'CloudWatchDashboardCustomWidgetEvent: widgetContext.dashboardName is missing'
    );
  });

  it('throws MissingFieldError when the time range is missing', () => {
    const widgetContext = withContext({});

    expectEvtError(
      () => widgetContext.timeRange,
      MissingFieldError,
      'CloudWatchDashboardCustomWidgetEvent: widgetContext.timeRange is missing'
    );
  });

  it('throws FieldTypeError naming the nested path', () => {
    const widgetContext = withContext({ timezone: { offsetInMinutes: '0' } });

    expectEvtError(
      () => widgetContext.timezone.offsetInMinutes,
      FieldTypeError,
      'CloudWatchDashboardCustomWidgetEvent: widgetContext.timezone.offsetInMinutes must be number, got string'
    );
  });

  it('throws FieldTypeError when zoom is not an object', () => {
    const widgetContext = withContext({ timeRange: { zoom: 5 } });

    expectEvtError(
      () => widgetContext.timeRange.zoomStart,
      FieldTypeError,
      'CloudWatchDashboardCustomWidgetEvent: widgetContext.timeRange.zoom must be object, got number'
    );
  });

  it('throws FieldTypeError when forms.all is not an object', () => {
    const widgetContext = withContext({ forms: { all: [] } });

    expectEvtError(
      () => widgetContext.forms,
      FieldTypeError,
      'CloudWatchDashboardCustomWidgetEvent: widgetContext.forms.all must be object, got array'
    );
  });

  it('throws FieldTypeError when isAutoPeriod is not a boolean', () => {
    const widgetContext = withContext({ isAutoPeriod: 1 });

    expectEvtError(
      () => widgetContext.isAutoPeriod,
      FieldTypeError,
      'CloudWatchDashboardCustomWidgetEvent: widgetContext.isAutoPeriod must be boolean, got number'
    );
  });
});
