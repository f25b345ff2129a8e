/**
 * Registers `<dialstack-voicemails>`: `import '@dialstack/elements/voicemails'` is all a page
 * needs. Importing it twice (or after another copy defined the tag) warns instead of throwing.
 */
import { DialstackVoicemails } from './voicemails';

export { DialstackVoicemails } from './voicemails';
export type {
  CallBackDetail,
  UnreadChangeDetail,
  Voicemail,
  VoicemailEventDetail,
  VoicemailFilter,
  VoicemailPauseDetail,
  VoicemailTranscript,
} from './voicemails';

const TAG = 'dialstack-voicemails';

if (!customElements.get(TAG)) {
  customElements.define(TAG, DialstackVoicemails);
} else if (customElements.get(TAG) !== DialstackVoicemails) {
  console.warn(`[dialstack] <${TAG}> is already defined by another copy; keeping the first one.`);
}
