/** Public types of `<dialstack-voicemails>`: its filter and the `detail` of its events. */
import type { Voicemail } from './voicemails.data';

export type { Voicemail, VoicemailTranscript } from './voicemails.data';

/** Which voicemails the inbox lists. */
export type VoicemailFilter = 'all' | 'unread';

/** `detail` of `dialstack-row-select`, `dialstack-voicemail-play` and `-delete`. */
export interface VoicemailEventDetail {
  id: string;
  item: Voicemail;
}

/** `detail` of `dialstack-voicemail-pause`: where playback stopped, in seconds. */
export interface VoicemailPauseDetail extends VoicemailEventDetail {
  currentTime: number;
  /** True when the message played to its end. */
  ended: boolean;
}

/** `detail` of `dialstack-call-back`. */
export interface CallBackDetail {
  /** The caller's number, as the API gave it (E.164 when known). */
  phoneNumber: string;
  /** The voicemail the call back started from. */
  id: string;
  item: Voicemail;
}

/** `detail` of `dialstack-unread-change`. */
export interface UnreadChangeDetail {
  /** Unread voicemails (a lower bound past 1,000; see `unreadCount`). */
  count: number;
}

/** The "All" tab's count: loaded voicemails and whether more exist. */
export interface AllCount {
  count: number;
  more: boolean;
}

/** A change this element made, replayed over data that was requested before it. */
export interface LocalChange {
  at: number;
  id: string;
  change: 'read' | 'unread' | 'deleted';
}

declare global {
  interface GlobalEventHandlersEventMap {
    /** A voicemail started playing. */
    'dialstack-voicemail-play': CustomEvent<VoicemailEventDetail>;
    /** A voicemail paused or played to its end. */
    'dialstack-voicemail-pause': CustomEvent<VoicemailPauseDetail>;
    /** A voicemail was deleted on the server (after the undo window). */
    'dialstack-voicemail-delete': CustomEvent<VoicemailEventDetail>;
    /** The number of unread voicemails changed. */
    'dialstack-unread-change': CustomEvent<UnreadChangeDetail>;
  }
}
