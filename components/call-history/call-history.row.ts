/**
 * One row of `<dialstack-call-history>`: what happened from the contact's point of view, when,
 * how long, with whom on the account's side, and the AI summary. Data in, template out.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { I18n } from '../../src/i18n';
import {
  callStatusTone,
  renderCallDirection,
  renderCallStatus,
  renderDash,
  type CallDisplayOptions,
} from '../../src/ui/calls';
import {
  iconPhone,
  iconPhoneIncoming,
  iconPhoneInternal,
  iconPhoneMissed,
  iconPhoneOutgoing,
  iconVoicemail,
} from '../../src/ui/icons';
import { samePhoneNumber, type CallLog } from './call-history.data';
import type { CallHistoryTranslate } from './call-history.messages';

/** The row's headline: what happened, from the contact's point of view. */
export type RowKind = 'inbound' | 'outbound' | 'internal' | 'missed' | 'voicemail' | 'unknown';

export interface CallRowContext {
  i18n: I18n;
  t: CallHistoryTranslate;
  display: CallDisplayOptions;
  /** The clock relative times are measured from. */
  now: number;
  /** The contact's number (E.164). */
  contact: string;
}

export interface CallRowState {
  index: number;
  selected: boolean;
  /** Just inserted live: highlighted for a moment. */
  isNew: boolean;
  tabIndex: 0 | -1;
}

const MISSED_STATUSES: ReadonlySet<string> = new Set(['no-answer', 'busy', 'failed']);

export function rowKind(call: CallLog): RowKind {
  if (call.status === 'voicemail') return 'voicemail';
  if (call.direction === 'inbound') return MISSED_STATUSES.has(call.status) ? 'missed' : 'inbound';
  if (call.direction === 'outbound' || call.direction === 'internal') return call.direction;
  return 'unknown';
}

const kindIcons: Record<Exclude<RowKind, 'unknown'>, TemplateResult> = {
  inbound: iconPhoneIncoming,
  outbound: iconPhoneOutgoing,
  internal: iconPhoneInternal,
  missed: iconPhoneMissed,
  voicemail: iconVoicemail,
};

/** The status badge is shown when the headline does not already say it. */
function showsStatusBadge(call: CallLog, kind: RowKind): boolean {
  if (call.status === 'completed') return false;
  if (kind === 'voicemail') return false;
  if (kind === 'missed' && call.status === 'no-answer') return false;
  return true;
}

function kindText(call: CallLog, kind: RowKind, t: CallHistoryTranslate): string {
  return kind === 'unknown' ? String(call.direction ?? '') : t(`callHistory.kind.${kind}`);
}

/** "Incoming call, 5 minutes ago": what a live insertion announces. */
export function callRowLabel(call: CallLog, { t, i18n, now }: CallRowContext): string {
  return t('callHistory.rowLabel', {
    kind: kindText(call, rowKind(call), t),
    time: i18n.relativeTime(call.started_at, now) || i18n.dateTime(call.started_at),
  });
}

export function renderCallRow(
  call: CallLog,
  context: CallRowContext,
  state: CallRowState,
): TemplateResult {
  const { i18n, display, now, t } = context;
  const kind = rowKind(call);
  const relative = i18n.relativeTime(call.started_at, now);
  const absolute = i18n.dateTime(call.started_at);
  const tone =
    kind === 'unknown' ? 'neutral' : callStatusTone(call.status) === 'danger' ? 'danger' : kind;
  return html`<div
    class="row"
    part="row"
    role="option"
    data-id=${call.id}
    data-index=${state.index}
    data-kind=${kind}
    ?data-new=${state.isNew}
    aria-selected=${state.selected ? 'true' : 'false'}
    tabindex=${state.tabIndex}
  >
    <span class="row__icon" part="row-icon" data-tone=${tone}
      >${kind === 'unknown' ? iconPhone : kindIcons[kind]}</span
    >
    <span class="row__main">
      <span class="row__line">
        <span class="row__kind"
          >${
            kind === 'unknown'
              ? renderCallDirection(call.direction, display)
              : kindText(call, kind, t)
          }</span
        >
        ${showsStatusBadge(call, kind) ? renderCallStatus(call.status, display) : nothing}
        <time class="row__time" datetime=${call.started_at} title=${absolute}
          >${relative || absolute || call.started_at}</time
        >
      </span>
      <span class="row__meta">${renderDuration(call, context)}${renderParty(call, context)}</span>
      ${
        call.summary?.trim()
          ? html`<span class="row__summary" part="summary">${call.summary}</span>`
          : nothing
      }
    </span>
  </div>`;
}

function renderDuration(
  call: CallLog,
  { i18n, display }: CallRowContext,
): TemplateResult | typeof nothing {
  const seconds = call.duration_seconds;
  if (typeof seconds !== 'number' || !Number.isFinite(seconds) || seconds < 0) {
    return html`<span class="row__duration">${renderDash(display)}</span>`;
  }
  // "0:00" says nothing about a call nobody answered; the headline already says what happened.
  if (seconds === 0 && !call.answered_at) return nothing;
  return html`<span class="row__duration"
    ><span aria-hidden="true">${i18n.duration(seconds)}</span
    ><span class="visually-hidden">${i18n.duration(seconds, 'long')}</span></span
  >`;
}

/** Who on the account's side took or made the call (a label, else the account's number). */
function renderParty(
  call: CallLog,
  { i18n, contact }: CallRowContext,
): TemplateResult | typeof nothing {
  const fromContact = samePhoneNumber(call.from_number, contact);
  const label = fromContact ? call.to_label : call.from_label;
  const number = fromContact ? call.to_number : call.from_number;
  const text = label?.trim() || i18n.phone(number) || number;
  if (!text) return nothing;
  return html`<span class="row__party">${text}</span>`;
}
