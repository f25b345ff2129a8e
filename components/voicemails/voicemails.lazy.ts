/**
 * The parts of `<dialstack-voicemails>` needed only once someone interacts: the opened
 * voicemail (player, summary, transcript), the confirmation dialog and the toast, with their
 * styles. The element prefetches this chunk
 * when the browser is idle after the list shows, so it is there by the first click; the list
 * itself never waits for it.
 */
export { AudioPlayerController } from '../../src/ui/audio-player';
export { ConfirmController } from '../../src/ui/confirm-dialog';
export { ToastController } from '../../src/ui/toast';
export { renderDetail } from './voicemails.detail';
import { audioPlayerStyles } from '../../src/ui/audio-player-template';
import { dialogStyles } from '../../src/ui/dialog';
import { toastStyles } from '../../src/ui/toast';
import { detailStyles } from './voicemails.detail';

export const lazyStyles = [audioPlayerStyles, dialogStyles, toastStyles, detailStyles];
