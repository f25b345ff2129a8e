/**
 * Registers `<dialstack-voicemails>` (importing this module is all a page needs) and re-exports
 * the class for those who extend it. Defining twice warns instead of throwing; under SSR it
 * defines nothing.
 */
import { defineElement } from '../../src/base/define';
import { DialstackVoicemails } from './voicemails';

export const tagName = 'dialstack-voicemails';

defineElement(tagName, DialstackVoicemails);

export { DialstackVoicemails };
export type {
  CallBackDetail,
  UnreadChangeDetail,
  Voicemail,
  VoicemailEventDetail,
  VoicemailFilter,
  VoicemailPauseDetail,
  VoicemailTranscript,
} from './voicemails';
