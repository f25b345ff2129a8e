/**
 * Call display helpers shared by `<dialstack-call-logs>` and `<dialstack-call-history>`.
 * See `call-display.ts` for the API list. Usage in an element:
 *
 *   static styles = [elementStyles, callDisplayStyles];
 *   const opts = { strings: resolveCallDisplayStrings(locale, messages?.calls), locale, formatPhone };
 *   html`${renderCallDirection(call.direction, opts)} ${renderCallStatus(call.status, opts)}`
 */
export * from './call-display';
export * from './call-display.messages';
export { callDisplayStyles } from './call-display.styles';
