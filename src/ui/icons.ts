import { html, svg, type SVGTemplateResult, type TemplateResult } from 'lit';

/**
 * Inline SVG icons (24×24 grid, 1.75 stroke, `currentColor`), decorative: every icon is
 * `aria-hidden` — the control that holds it carries the accessible name. Each icon is its own
 * export so elements bundle only the ones they use. Size with `--_icon-size` or font-size
 * (icons are 1.25em by default).
 */
// \`paths\` is a thunk and every call is marked pure so bundlers drop the icons nobody imports
// (a tagged template at module level would otherwise count as a side effect and be kept).
const icon = (paths: () => SVGTemplateResult, name: string): TemplateResult =>
  html`<svg
    class="icon icon--${name}"
    viewBox="0 0 24 24"
    width="20"
    height="20"
    fill="none"
    stroke="currentColor"
    stroke-width="1.75"
    stroke-linecap="round"
    stroke-linejoin="round"
    aria-hidden="true"
    focusable="false"
  >
    ${paths()}
  </svg>`;

const handset = /* @__PURE__ */ (() =>
  svg`<path d="M5 4h3.5l1.7 4.3-2.2 1.4a11 11 0 0 0 6.3 6.3l1.4-2.2L20 15.5V19a1.5 1.5 0 0 1-1.6 1.5A16.5 16.5 0 0 1 3.5 5.6 1.5 1.5 0 0 1 5 4Z" />`)();

export const iconPhone = /* @__PURE__ */ icon(() => handset, 'phone');
export const iconPhoneIncoming = /* @__PURE__ */ icon(
  () => svg`${handset}<path d="M20 4l-5.5 5.5M14.5 5.5v4h4" />`,
  'phone-incoming',
);
export const iconPhoneOutgoing = /* @__PURE__ */ icon(
  () => svg`${handset}<path d="M14.5 9.5 20 4M16 4h4v4" />`,
  'phone-outgoing',
);
export const iconPhoneInternal = /* @__PURE__ */ icon(
  () =>
    svg`${handset}<path d="M14.5 5.5h5.5M17.5 3l2.5 2.5L17.5 8M20 10.5h-5.5M17 8l-2.5 2.5L17 13" />`,
  'phone-internal',
);
export const iconPhoneMissed = /* @__PURE__ */ icon(
  () => svg`${handset}<path d="m15 4 5 5M20 4l-5 5" />`,
  'phone-missed',
);
export const iconVoicemail = /* @__PURE__ */ icon(
  () =>
    svg`<circle cx="6.5" cy="12" r="3.5" /><circle cx="17.5" cy="12" r="3.5" /><path d="M6.5 15.5h11" />`,
  'voicemail',
);
export const iconPlay = /* @__PURE__ */ icon(
  () =>
    svg`<path d="M7 4.5v15a.5.5 0 0 0 .76.43l12.5-7.5a.5.5 0 0 0 0-.86L7.76 4.07A.5.5 0 0 0 7 4.5Z" fill="currentColor" />`,
  'play',
);
export const iconPause = /* @__PURE__ */ icon(
  () =>
    svg`<rect x="6" y="4.5" width="4" height="15" rx="1" fill="currentColor" /><rect x="14" y="4.5" width="4" height="15" rx="1" fill="currentColor" />`,
  'pause',
);
export const iconDownload = /* @__PURE__ */ icon(
  () => svg`<path d="M12 4v11M7 10.5l5 5 5-5M5 20h14" />`,
  'download',
);
export const iconTrash = /* @__PURE__ */ icon(
  () =>
    svg`<path d="M4 7h16M10 11v6M14 11v6M6 7l1 12a2 2 0 0 0 2 1.8h6a2 2 0 0 0 2-1.8L18 7M9 7V4.8A.8.8 0 0 1 9.8 4h4.4a.8.8 0 0 1 .8.8V7" />`,
  'trash',
);
export const iconCheck = /* @__PURE__ */ icon(
  () => svg`<path d="m5 12.5 4.5 4.5L19 7.5" />`,
  'check',
);
export const iconClose = /* @__PURE__ */ icon(
  () => svg`<path d="M6 6l12 12M18 6 6 18" />`,
  'close',
);
export const iconChevronDown = /* @__PURE__ */ icon(
  () => svg`<path d="m6 9 6 6 6-6" />`,
  'chevron-down',
);
export const iconChevronRight = /* @__PURE__ */ icon(
  () => svg`<path d="m9 6 6 6-6 6" />`,
  'chevron-right',
);
export const iconChevronLeft = /* @__PURE__ */ icon(
  () => svg`<path d="m15 6-6 6 6 6" />`,
  'chevron-left',
);
export const iconSearch = /* @__PURE__ */ icon(
  () => svg`<circle cx="11" cy="11" r="6.5" /><path d="m20 20-4.2-4.2" />`,
  'search',
);
export const iconFilter = /* @__PURE__ */ icon(
  () => svg`<path d="M4 6h16M7 12h10M10 18h4" />`,
  'filter',
);
export const iconRefresh = /* @__PURE__ */ icon(
  () => svg`<path d="M19.5 12a7.5 7.5 0 1 1-2.2-5.3M19.5 4.5v4h-4" />`,
  'refresh',
);
export const iconMore = /* @__PURE__ */ icon(
  () =>
    svg`<circle cx="5.5" cy="12" r="1.25" fill="currentColor" /><circle cx="12" cy="12" r="1.25" fill="currentColor" /><circle cx="18.5" cy="12" r="1.25" fill="currentColor" />`,
  'more',
);
export const iconAlert = /* @__PURE__ */ icon(
  () => svg`<circle cx="12" cy="12" r="8.5" /><path d="M12 7.5v5.5M12 16.5v.01" />`,
  'alert',
);
export const iconInbox = /* @__PURE__ */ icon(
  () =>
    svg`<path d="M4 13.5 6.2 5.6A1.5 1.5 0 0 1 7.6 4.5h8.8a1.5 1.5 0 0 1 1.4 1.1l2.2 7.9V18a1.5 1.5 0 0 1-1.5 1.5h-13A1.5 1.5 0 0 1 4 18v-4.5ZM4 13.5h4.5l1 2h5l1-2H20" />`,
  'inbox',
);
export const iconMail = /* @__PURE__ */ icon(
  () => svg`<rect x="3.5" y="5.5" width="17" height="13" rx="1.5" /><path d="m4 7 8 6 8-6" />`,
  'mail',
);
export const iconMailOpen = /* @__PURE__ */ icon(
  () =>
    svg`<path d="M3.5 10 12 4l8.5 6v8.5A1.5 1.5 0 0 1 19 20H5a1.5 1.5 0 0 1-1.5-1.5V10Z" /><path d="m4 10.5 8 5.5 8-5.5" />`,
  'mail-open',
);
/** A filled dot for live/unread indicators (pair with text or an accessible label). */
export const iconLiveDot = html`<svg
  class="icon icon--live-dot"
  viewBox="0 0 12 12"
  width="8"
  height="8"
  aria-hidden="true"
  focusable="false"
>
  <circle cx="6" cy="6" r="5" fill="currentColor" />
</svg>`;

/** Default sizing for icons; include in elements that use them. */
export { iconStyles } from './icon-styles';
