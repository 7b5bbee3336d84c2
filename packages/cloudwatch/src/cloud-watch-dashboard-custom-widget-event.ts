import {
  child,
  EventWrapper,
  mapOrEmpty,
  optionalBoolean,
  optionalChild,
  optionalNumber,
  optionalObject,
  requireBoolean,
  requireNumber,
  requireString,
  UNSET,
} from '@evt/core';

/** The time zone of the dashboard, as AWS documents it. */
export interface RawTimeZone {
  /** The label of the time zone: `UTC` or `Local`. */
  label: string;
  /** The offset from UTC, formatted `+hh:mm` or `-hh:mm`. */
  offsetISO: string;
  /** The offset from UTC, in minutes. */
  offsetInMinutes: number;
}

/** The time range the dashboard shows, as AWS documents it. */
export interface RawTimeRange {
  /** How the range is set: `relative` or `absolute`. */
  mode: string;
  /** The start of the range, in milliseconds since the Unix epoch. */
  start: number;
  /** The end of the range, in milliseconds since the Unix epoch. */
  end: number;
  /** For a relative range, how far back the range starts, in milliseconds. */
  relativeStart?: number | undefined;
  /** The part of the range the user zoomed into. */
  zoom?:
    | {
        /** The start of the zoomed range, in milliseconds since the Unix epoch. */
        start?: number | undefined;
        /** The end of the zoomed range, in milliseconds since the Unix epoch. */
        end?: number | undefined;
      }
    | undefined;
}

/** The context of the dashboard and widget the function renders for, as AWS documents it. */
export interface RawCloudWatchWidgetContext {
  /** The name of the dashboard that holds the widget. */
  dashboardName: string;
  /** The ID of the widget on the dashboard. */
  widgetId: string;
  /** The console domain the dashboard is opened in. */
  domain: string;
  /** The AWS account ID of the dashboard. */
  accountId: string;
  /** The language of the console, e.g. `en`. */
  locale: string;
  /** The time zone of the dashboard. */
  timezone: RawTimeZone;
  /** The period of the dashboard, in seconds. */
  period: number;
  /** Whether the dashboard picks the period automatically. */
  isAutoPeriod: boolean;
  /** The time range the dashboard shows. */
  timeRange: RawTimeRange;
  /** The theme of the console: `light` or `dark`. */
  theme: string;
  /** Whether the widget's time range is linked to the other charts of the dashboard. */
  linkCharts: boolean;
  /** The title of the widget. */
  title: string;
  /** The values of the forms inside the widget. */
  forms: {
    /** Every form field, by name. */
    all: Readonly<Record<string, unknown>>;
  };
  /** The parameters the widget was configured with. */
  params: Readonly<Record<string, unknown>>;
  /** The width of the widget, in pixels. */
  width: number;
  /** The height of the widget, in pixels. */
  height: number;
}

/**
 * The event a CloudWatch dashboard sends to the Lambda function behind a custom widget, as AWS
 * documents it. The widget's parameters are also copied to the top level of the event.
 */
export interface RawCloudWatchDashboardCustomWidgetEvent {
  /** Set to `true` when the dashboard asks for the widget's documentation. */
  describe?: boolean | undefined;
  /** The dashboard and widget the function renders for. */
  widgetContext?: RawCloudWatchWidgetContext | undefined;
  /** The widget's parameters, copied to the top level. */
  [param: string]: unknown;
}

/**
 * The time zone of the dashboard a custom widget is shown on.
 *
 * @see https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/add_custom_widget_dashboard_about.html
 */
export class TimeZone extends EventWrapper<RawTimeZone> {
  static override readonly typeName: string = 'TimeZone';

  /** The label of the time zone, `UTC` or `Local` (`label`). */
  get label(): string {
    return requireString(this, this.raw.label, 'label');
  }

  /** The offset from UTC, formatted `+hh:mm` or `-hh:mm` (`offsetISO`). */
  get offsetISO(): string {
    return requireString(this, this.raw.offsetISO, 'offsetISO');
  }

  /** The offset from UTC, formatted `+hh:mm` or `-hh:mm` (`offsetISO`); the same value as `offsetISO`. */
  get offsetIso(): string {
    return requireString(this, this.raw.offsetISO, 'offsetISO');
  }

  /** The offset from UTC, in minutes (`offsetInMinutes`). */
  get offsetInMinutes(): number {
    return requireNumber(this, this.raw.offsetInMinutes, 'offsetInMinutes');
  }
}

/**
 * The time range the dashboard of a custom widget shows.
 *
 * @see https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/add_custom_widget_dashboard_about.html
 */
export class TimeRange extends EventWrapper<RawTimeRange> {
  static override readonly typeName: string = 'TimeRange';

  /** The way the range is set, `relative` or `absolute` (`mode`). */
  get mode(): string {
    return requireString(this, this.raw.mode, 'mode');
  }

  /** The start of the range, in milliseconds since the Unix epoch (`start`). */
  get start(): number {
    return requireNumber(this, this.raw.start, 'start');
  }

  /** The end of the range, in milliseconds since the Unix epoch (`end`). */
  get end(): number {
    return requireNumber(this, this.raw.end, 'end');
  }

  /**
   * The distance back from now at which a relative range starts, in milliseconds
   * (`relativeStart`). `undefined` for an absolute range.
   */
  get relativeStart(): number | undefined {
    return optionalNumber(this, this.raw.relativeStart, 'relativeStart');
  }

  /**
   * The start of the range the user zoomed into, in milliseconds since the Unix epoch
   * (`zoom.start`). `undefined` when the user has not zoomed.
   */
  get zoomStart(): number | undefined {
    return optionalNumber(
      this,
      optionalObject(this, this.raw.zoom, 'zoom')?.start,
      'zoom.start'
    );
  }

  /**
   * The end of the range the user zoomed into, in milliseconds since the Unix epoch
   * (`zoom.end`). `undefined` when the user has not zoomed.
   */
  get zoomEnd(): number | undefined {
    return optionalNumber(
      this,
      optionalObject(this, this.raw.zoom, 'zoom')?.end,
      'zoom.end'
    );
  }
}

/**
 * The context of a custom widget: the dashboard it is on, its size, the time range and time
 * zone shown, and its parameters.
 *
 * @typeParam TParams The type of the widget's parameters.
 * @see https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/add_custom_widget_dashboard_about.html
 */
export class CloudWatchWidgetContext<
  TParams extends object = Record<string, unknown>,
> extends EventWrapper<RawCloudWatchWidgetContext> {
  static override readonly typeName: string = 'CloudWatchWidgetContext';
  #timezone?: TimeZone;
  #timeRange?: TimeRange;

  /** The name of the dashboard that holds the widget (`dashboardName`). */
  get dashboardName(): string {
    return requireString(this, this.raw.dashboardName, 'dashboardName');
  }

  /** The ID of the widget on the dashboard, e.g. `widget-16` (`widgetId`). */
  get widgetId(): string {
    return requireString(this, this.raw.widgetId, 'widgetId');
  }

  /** The console domain the dashboard is opened in (`domain`). */
  get domain(): string {
    return requireString(this, this.raw.domain, 'domain');
  }

  /** The AWS account ID of the dashboard (`accountId`). */
  get accountId(): string {
    return requireString(this, this.raw.accountId, 'accountId');
  }

  /** The language of the console, e.g. `en` (`locale`). */
  get locale(): string {
    return requireString(this, this.raw.locale, 'locale');
  }

  /** The time zone of the dashboard (`timezone`). */
  get timezone(): TimeZone {
    return (this.#timezone ??= child(this, 'timezone', TimeZone));
  }

  /** The period of the dashboard, in seconds (`period`). */
  get period(): number {
    return requireNumber(this, this.raw.period, 'period');
  }

  /** The flag that says whether the dashboard picks the period automatically (`isAutoPeriod`). */
  get isAutoPeriod(): boolean {
    return requireBoolean(this, this.raw.isAutoPeriod, 'isAutoPeriod');
  }

  /** The time range the dashboard shows (`timeRange`). */
  get timeRange(): TimeRange {
    return (this.#timeRange ??= child(this, 'timeRange', TimeRange));
  }

  /** The theme of the console, `light` or `dark` (`theme`). */
  get theme(): string {
    return requireString(this, this.raw.theme, 'theme');
  }

  /**
   * The flag that says whether the widget's time range is linked to the other charts of the
   * dashboard (`linkCharts`).
   */
  get linkCharts(): boolean {
    return requireBoolean(this, this.raw.linkCharts, 'linkCharts');
  }

  /** The title of the widget (`title`). */
  get title(): string {
    return requireString(this, this.raw.title, 'title');
  }

  /**
   * The values of every form field inside the widget, by name (`forms.all`). Empty object when
   * the widget has none.
   */
  get forms(): Readonly<Record<string, unknown>> {
    return mapOrEmpty(
      this,
      optionalObject(this, this.raw.forms, 'forms')?.all,
      'forms.all'
    );
  }

  /**
   * The parameters the widget was configured with (`params`). Empty object when it has none.
   *
   * @example
   * ```ts
   * import {
   *   CloudWatchDashboardCustomWidgetEvent,
   *   type RawCloudWatchDashboardCustomWidgetEvent,
   * } from '@evt/cloudwatch';
   *
   * export const handler = async (raw: RawCloudWatchDashboardCustomWidgetEvent) => {
   *   const event = new CloudWatchDashboardCustomWidgetEvent<{ original: string }>(raw);
   *   return `<p>${event.widgetContext?.params.original ?? ''}</p>`;
   * };
   * ```
   */
  get params(): TParams {
    return mapOrEmpty(this, this.raw.params, 'params') as TParams;
  }

  /** The width of the widget, in pixels (`width`). */
  get width(): number {
    return requireNumber(this, this.raw.width, 'width');
  }

  /** The height of the widget, in pixels (`height`). */
  get height(): number {
    return requireNumber(this, this.raw.height, 'height');
  }
}

/**
 * Wrapper for the event that a CloudWatch dashboard sends when it renders a custom widget
 * backed by a Lambda function (or asks for the widget's documentation).
 *
 * @typeParam TParams The type of the widget's parameters.
 * @example
 * ```ts
 * import {
 *   CloudWatchDashboardCustomWidgetEvent,
 *   type RawCloudWatchDashboardCustomWidgetEvent,
 * } from '@evt/cloudwatch';
 *
 * export const handler = async (raw: RawCloudWatchDashboardCustomWidgetEvent) => {
 *   const event = new CloudWatchDashboardCustomWidgetEvent(raw);
 *   if (event.describe) return '## Usage\nShows the dashboard name.';
 *   const context = event.widgetContext;
 *   return `<h2>${context?.dashboardName}</h2><p>${context?.timeRange.start}</p>`;
 * };
 * ```
 * @see https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/add_custom_widget_dashboard_about.html
 */
export class CloudWatchDashboardCustomWidgetEvent<
  TParams extends object = Record<string, unknown>,
> extends EventWrapper<RawCloudWatchDashboardCustomWidgetEvent> {
  static override readonly typeName: string =
    'CloudWatchDashboardCustomWidgetEvent';
  #widgetContext: CloudWatchWidgetContext<TParams> | undefined | typeof UNSET =
    UNSET;

  /**
   * The flag that says whether the dashboard asks for the widget's documentation instead of
   * its content (`describe`). `false` when absent.
   */
  get describe(): boolean {
    return optionalBoolean(this, this.raw.describe, 'describe') ?? false;
  }

  /**
   * The dashboard and widget the function renders for (`widgetContext`). `undefined` when the
   * event has none.
   */
  get widgetContext(): CloudWatchWidgetContext<TParams> | undefined {
    if (this.#widgetContext === UNSET) {
      this.#widgetContext = optionalChild(
        this,
        'widgetContext',
        CloudWatchWidgetContext<TParams>
      );
    }
    return this.#widgetContext;
  }
}
