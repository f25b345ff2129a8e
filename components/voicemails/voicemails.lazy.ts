/**
 * The parts of `<dialstack-voicemails>` needed only once someone interacts: the opened
 * voicemail (`<dialstack-voicemail-detail>`, defined here, with its own styles), the
 * confirmation dialog and the toast (whose styles the loader adds to the inbox's shadow root),
 * and the actions behind them (delete with undo, call back, transcripts, audio retry,
 * live arrivals). The element prefetches this chunk when the browser is idle after the list
 * shows, so it is there by the first click; the list itself never waits for it.
 */
import './voicemail-detail.define';
import { dialogStyles } from '../../src/ui/dialog';
import { toastStyles } from '../../src/ui/toast';

export { ConfirmController } from '../../src/ui/confirm-dialog';
export { ToastController } from '../../src/ui/toast';
export { ArrivalsController } from './voicemails.arrivals';
export { retryAudio } from './voicemails.audio-retry';
export { callBackVoicemail, createCallBacks } from './voicemails.call-back';
export { DeleteController } from './voicemails.delete';
export { PlaybackController } from './voicemails.playback';
export { TranscriptController } from './voicemails.transcripts';

export const lazyStyles = [dialogStyles, toastStyles];
