/**
 * Shared call display helpers for the call elements (`<dialstack-call-logs>`,
 * `<dialstack-call-history>`). Pure functions (text, for CSV / aria labels) and small Lit
 * template renderers (for rows and detail panels); API text only ever reaches the DOM through
 * Lit text bindings, never as HTML.
 *
 * API (stable):
 *   CallDisplayOptions                      { strings, locale?, formatPhone? }
 *   orDash(value, opts)                     string: value, or the dash for null/undefined/''
 *   renderDash(opts)                        "—" visibly, "Not available" to screen readers
 *   callDirectionKind(direction)            'inbound' | 'outbound' | 'internal' | null (unknown)
 *   callDirectionText(direction, opts)      localized label; unknown → raw value; null → dash
 *   renderCallDirection(direction, opts, { iconOnly? })
 *                                           icon + text (part="call-direction");
 *                                           unknown → raw value in a neutral badge
 *   callStatusTone(status)                  'success' | 'warning' | 'danger' | 'info' | 'neutral'
 *   callStatusText(status, opts)            localized label; unknown → raw value; null → dash
 *   renderCallStatus(status, opts)          badge (part="call-status", data-tone)
 *   worstLegMos(quality_metrics)            lowest non-null MOS across legs, or null
 *   callQualityLevel(mos)                   E-model bands: 'excellent' (≥ 4.3) | 'good' (≥ 4.0) |
 *                                           'fair' (≥ 3.6) | 'poor' (≥ 3.1) | 'bad' | null
 *   callQualityText(quality_metrics, opts)  "Good (MOS 4.2)", or the dash when no leg has a MOS
 *   renderCallQuality(quality_metrics, opts) badge (part="call-quality", data-level) or dash
 *   formatMos(mos, opts)                    "4.2" in the locale
 *   callPartyText(number, label, opts)      "Front Desk, +1 415-555-1234" (label optional)
 *   renderCallParty(number, label, opts)    label over formatted number (part="call-party")
 *   renderLiveIndicator('ringing' | 'inProgress', opts)
 *                                           pulsing dot + text (part="call-live")
 *   callDisplayStyles                       CSSResult to add to the element's `static styles`
 *   resolveCallDisplayStrings(locale, messages?)  strings from the i18n packs + host overrides
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import type { components } from '../../api/schema';
import type { CallDisplayStrings } from './call-display.messages';

export type QualityMetricLeg = components['schemas']['QualityMetricLeg'];

export interface CallDisplayOptions {
  strings: CallDisplayStrings;
  /** BCP 47 locale for number formatting (MOS). Default: the runtime's default locale. */
  locale?: string;
  /** Formats an E.164 number for display (e.g. the i18n phone formatter). Default: as is. */
  formatPhone?: (phoneNumber: string) => string;
}

export type CallDirectionKind = 'inbound' | 'outbound' | 'internal';
export type CallStatusTone = 'success' | 'warning' | 'danger' | 'info' | 'neutral';
export type CallQualityLevel = 'excellent' | 'good' | 'fair' | 'poor' | 'bad';

const DIRECTIONS: readonly string[] = ['inbound', 'outbound', 'internal'];
const STATUS_TONES: Readonly<Record<string, CallStatusTone>> = {
  completed: 'success',
  voicemail: 'info',
  'no-answer': 'warning',
  busy: 'warning',
  failed: 'danger',
};

function isBlank(value: unknown): value is null | undefined | '' {
  return (
    value === null || value === undefined || (typeof value === 'string' && value.trim() === '')
  );
}

export function orDash(
  value: string | number | null | undefined,
  opts: CallDisplayOptions,
): string {
  return isBlank(value) ? opts.strings.dash : String(value);
}

export function renderDash(opts: CallDisplayOptions): TemplateResult {
  return html`<span class="ds-call-dash"
    ><span aria-hidden="true">${opts.strings.dash}</span
    ><span class="ds-call-sr">${opts.strings.notAvailable}</span></span
  >`;
}

// ---- Direction ----

export function callDirectionKind(direction: unknown): CallDirectionKind | null {
  return typeof direction === 'string' && DIRECTIONS.includes(direction)
    ? (direction as CallDirectionKind)
    : null;
}

export function callDirectionText(direction: unknown, opts: CallDisplayOptions): string {
  const kind = callDirectionKind(direction);
  if (kind) return opts.strings.direction[kind];
  return isBlank(direction) ? opts.strings.dash : String(direction);
}

const directionIcons: Record<CallDirectionKind, TemplateResult> = {
  // Arrow pointing down-left into the corner: the call came in.
  inbound: svg`<path d="M17 7 7 17M7 9v8h8" />`,
  // Arrow pointing up-right out of the corner: the call went out.
  outbound: svg`<path d="M7 17 17 7M9 7h8v8" />`,
  // Two opposed arrows: extension to extension.
  internal: svg`<path d="M4 9h14m-4-4 4 4-4 4M20 15H6m4 4-4-4 4-4" />`,
};

export function renderCallDirection(
  direction: unknown,
  opts: CallDisplayOptions,
  { iconOnly = false }: { iconOnly?: boolean } = {},
): TemplateResult {
  const kind = callDirectionKind(direction);
  if (!kind) {
    if (isBlank(direction)) return renderDash(opts);
    return html`<span class="ds-call-badge" part="call-direction" data-tone="neutral"
      >${String(direction)}</span
    >`;
  }
  const label = opts.strings.direction[kind];
  return html`<span class="ds-call-direction" part="call-direction" data-direction=${kind}
    ><svg
      class="ds-call-icon"
      viewBox="0 0 24 24"
      aria-hidden="true"
      focusable="false"
      fill="none"
      stroke="currentColor"
      stroke-width="2"
      stroke-linecap="round"
      stroke-linejoin="round"
    >
      ${directionIcons[kind]}</svg
    ><span class=${iconOnly ? 'ds-call-sr' : 'ds-call-direction-text'}>${label}</span></span
  >`;
}

// ---- Status ----

export function callStatusTone(status: unknown): CallStatusTone {
  return (typeof status === 'string' && STATUS_TONES[status]) || 'neutral';
}

export function callStatusText(status: unknown, opts: CallDisplayOptions): string {
  if (typeof status === 'string' && status in STATUS_TONES) {
    return opts.strings.status[status as keyof CallDisplayStrings['status']];
  }
  return isBlank(status) ? opts.strings.dash : String(status);
}

export function renderCallStatus(status: unknown, opts: CallDisplayOptions): TemplateResult {
  if (isBlank(status)) return renderDash(opts);
  return html`<span class="ds-call-badge" part="call-status" data-tone=${callStatusTone(status)}
    >${callStatusText(status, opts)}</span
  >`;
}

// ---- Quality ----

export function worstLegMos(
  metrics: readonly QualityMetricLeg[] | null | undefined,
): number | null {
  if (!Array.isArray(metrics)) return null;
  let worst: number | null = null;
  for (const leg of metrics) {
    const mos = leg?.mos;
    if (typeof mos === 'number' && Number.isFinite(mos) && (worst === null || mos < worst)) {
      worst = mos;
    }
  }
  return worst;
}

export function callQualityLevel(mos: number | null | undefined): CallQualityLevel | null {
  if (typeof mos !== 'number' || !Number.isFinite(mos)) return null;
  if (mos >= 4.3) return 'excellent';
  if (mos >= 4) return 'good';
  if (mos >= 3.6) return 'fair';
  if (mos >= 3.1) return 'poor';
  return 'bad';
}

const mosFormats = new Map<string, Intl.NumberFormat>();

export function formatMos(mos: number, opts: Pick<CallDisplayOptions, 'locale'>): string {
  const key = opts.locale ?? '';
  let format = mosFormats.get(key);
  if (!format) {
    try {
      format = new Intl.NumberFormat(opts.locale, {
        minimumFractionDigits: 1,
        maximumFractionDigits: 1,
      });
    } catch {
      format = new Intl.NumberFormat(undefined, {
        minimumFractionDigits: 1,
        maximumFractionDigits: 1,
      });
    }
    mosFormats.set(key, format);
  }
  return format.format(mos);
}

export function callQualityText(
  metrics: readonly QualityMetricLeg[] | null | undefined,
  opts: CallDisplayOptions,
): string {
  const mos = worstLegMos(metrics);
  const level = callQualityLevel(mos);
  if (mos === null || !level) return opts.strings.dash;
  return `${opts.strings.quality[level]} (${opts.strings.quality.mos.replace('{score}', formatMos(mos, opts))})`;
}

const QUALITY_TONES: Record<CallQualityLevel, CallStatusTone> = {
  excellent: 'success',
  good: 'success',
  fair: 'warning',
  poor: 'danger',
  bad: 'danger',
};

export function renderCallQuality(
  metrics: readonly QualityMetricLeg[] | null | undefined,
  opts: CallDisplayOptions,
): TemplateResult {
  const mos = worstLegMos(metrics);
  const level = callQualityLevel(mos);
  if (mos === null || !level) return renderDash(opts);
  const score = opts.strings.quality.mos.replace('{score}', formatMos(mos, opts));
  return html`<span
    class="ds-call-badge ds-call-quality"
    part="call-quality"
    data-tone=${QUALITY_TONES[level]}
    data-level=${level}
    ><span class="ds-call-quality-dot" aria-hidden="true"></span>${opts.strings.quality[level]}
    <span class="ds-call-quality-score">${score}</span></span
  >`;
}

// ---- Parties (from / to) ----

function formatNumber(value: string, opts: CallDisplayOptions): string {
  if (!opts.formatPhone) return value;
  try {
    return opts.formatPhone(value) || value;
  } catch {
    return value;
  }
}

export function callPartyText(
  phoneNumber: string | null | undefined,
  label: string | null | undefined,
  opts: CallDisplayOptions,
): string {
  const hasNumber = !isBlank(phoneNumber);
  const hasLabel = !isBlank(label);
  const number = hasNumber ? formatNumber(String(phoneNumber), opts) : '';
  if (hasLabel && hasNumber) return `${label}, ${number}`;
  if (hasLabel) return String(label);
  return hasNumber ? number : opts.strings.dash;
}

export function renderCallParty(
  phoneNumber: string | null | undefined,
  label: string | null | undefined,
  opts: CallDisplayOptions,
): TemplateResult {
  const hasNumber = !isBlank(phoneNumber);
  const hasLabel = !isBlank(label);
  if (!hasNumber && !hasLabel) return renderDash(opts);
  return html`<span class="ds-call-party" part="call-party"
    >${hasLabel ? html`<span class="ds-call-party-label">${label}</span>` : nothing}${
      hasNumber
        ? html`<span class=${hasLabel ? 'ds-call-party-number' : 'ds-call-party-label'}
            >${formatNumber(String(phoneNumber), opts)}</span
          >`
        : nothing
    }</span
  >`;
}

// ---- Live indicator ----

export function renderLiveIndicator(
  state: 'ringing' | 'inProgress',
  opts: CallDisplayOptions,
): TemplateResult {
  return html`<span class="ds-call-live" part="call-live" data-state=${state}
    ><span class="ds-call-live-dot" aria-hidden="true"></span>${opts.strings.live[state]}</span
  >`;
}
