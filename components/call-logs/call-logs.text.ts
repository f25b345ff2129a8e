/**
 * The texts of `<dialstack-call-logs>` and its internal elements (filter bar, detail panel),
 * built once per locale and shared: the translator, the call display options, and row times
 * ("10:42 AM · Today") from formatters created once, not per cell.
 */
import type { I18n } from '../../src/i18n';
import {
  callDirectionText,
  callPartyText,
  callQualityText,
  callStatusText,
  formatMos,
  resolveCallDisplayStrings,
  type CallDisplayOptions,
} from '../../src/ui/calls';
import type { CallLog } from './call-logs.data';
import { dateTimeFormat } from '../../src/i18n/intl-cache';
import { addDays, calendarDate, startOfDay } from './call-logs.dates';
import { callLogsPack, createCallLogsTranslator, type CallLogsPack } from './call-logs.messages';

export type CallLogsTranslate = ReturnType<typeof createCallLogsTranslator>;

/** A call's start as shown in a row: a date ("Today", "Oct 18") and a time. */
export interface TimeParts {
  date: string;
  time: string;
}

/** Instants (ms) bounding today, yesterday and this year in the element's time zone. */
interface DayBounds {
  yesterday: number;
  today: number;
  tomorrow: number;
  year: number;
  nextYear: number;
}

export class CallLogsText {
  readonly t: CallLogsTranslate;
  readonly display: CallDisplayOptions;
  private formats?: {
    time: Intl.DateTimeFormat;
    day: Intl.DateTimeFormat;
    dayYear: Intl.DateTimeFormat;
  };
  private bounds?: DayBounds;
  private boundsAt = 0;

  /** The element's pack for the language when this was built (English until it loads). */
  readonly pack: CallLogsPack | undefined;

  constructor(
    readonly i18n: I18n,
    readonly hostMessages: unknown,
  ) {
    this.pack = callLogsPack(i18n.language);
    this.t = createCallLogsTranslator(i18n, hostMessages);
    this.display = {
      strings: resolveCallDisplayStrings(i18n.locale, hostMessages),
      locale: i18n.locale,
      formatPhone: (n) => i18n.phone(n),
    };
  }

  timeParts(value: string): TimeParts {
    const date = new Date(value);
    const ms = date.getTime();
    if (Number.isNaN(ms)) return { date: '', time: '' };
    const formats = this.rowFormats();
    // Compared with the day's bounds, not formatted to a calendar date per row.
    const b = this.dayBounds();
    const relative =
      ms >= b.today && ms < b.tomorrow
        ? this.t('common.relativeDays.today')
        : ms >= b.yesterday && ms < b.today
          ? this.t('common.relativeDays.yesterday')
          : undefined;
    const sameYear = ms >= b.year && ms < b.nextYear;
    return {
      date: relative ?? (sameYear ? formats.day : formats.dayYear).format(date),
      time: formats.time.format(date),
    };
  }

  /**
   * Builds the formatters the rows use. The first `Intl` formatter of a page costs tens of
   * milliseconds: `DialstackCallLogs.warmUp` calls this in idle time after initialize, and the
   * element again while its first request is in flight (a no-op when already done).
   */
  warm(): void {
    this.timeParts(new Date().toISOString());
    this.i18n.duration(65, 'clock');
    this.i18n.phone('+15035550100');
    formatMos(4.2, this.display);
  }

  /** A row's text for screen-reader announcements. */
  rowText(call: CallLog, userName: string | undefined): string {
    const d = this.display;
    const { date, time } = this.timeParts(call.started_at);
    return this.t('callLogs.list.rowLabel', {
      time: `${date} ${time}`.trim() || d.strings.dash,
      direction: callDirectionText(call.direction, d),
      from: callPartyText(call.from_number, call.from_label, d),
      to: callPartyText(call.to_number, call.to_label, d),
      user: userName ?? this.t('callLogs.list.noUser'),
      duration:
        typeof call.duration_seconds === 'number'
          ? this.i18n.duration(call.duration_seconds, 'long')
          : d.strings.notAvailable,
      status: callStatusText(call.status, d),
      quality: callQualityText(call.quality_metrics, d),
    });
  }

  private rowFormats() {
    const i18n = this.i18n;
    if (!this.formats) {
      const zone = i18n.timeZone ? { timeZone: i18n.timeZone } : {};
      // Shared per locale and options (intl-cache): a warmed-up or another element's are reused.
      const make = (options: Intl.DateTimeFormatOptions) => {
        try {
          return dateTimeFormat(i18n.locale, { ...options, ...zone });
        } catch {
          return dateTimeFormat('en', options);
        }
      };
      this.formats = {
        time: make({ hour: 'numeric', minute: '2-digit' }),
        day: make({ month: 'short', day: 'numeric' }),
        dayYear: make({ dateStyle: 'medium' }),
      };
    }
    return this.formats;
  }

  private dayBounds(): DayBounds {
    // "Today" changes at midnight: recompute the bounds at most once a minute.
    if (!this.bounds || Date.now() - this.boundsAt > 60_000) {
      const zone = this.i18n.timeZone;
      const today = calendarDate(new Date(), zone);
      const year = Number(today.slice(0, 4));
      const start = (day: string) => startOfDay(day, zone).getTime();
      const jan1 = (y: number) => `${String(y).padStart(4, '0')}-01-01`;
      this.bounds = {
        yesterday: start(addDays(today, -1)),
        today: start(today),
        tomorrow: start(addDays(today, 1)),
        year: start(jan1(year)),
        nextYear: start(jan1(year + 1)),
      };
      this.boundsAt = Date.now();
    }
    return this.bounds;
  }
}

const cache = new WeakMap<I18n, CallLogsText>();

/** The shared texts for a locale (and the host's message overrides). */
export function callLogsText(i18n: I18n, hostMessages: unknown): CallLogsText {
  let text = cache.get(i18n);
  if (!text || text.hostMessages !== hostMessages || text.pack !== callLogsPack(i18n.language)) {
    text = new CallLogsText(i18n, hostMessages);
    cache.set(i18n, text);
  }
  return text;
}
