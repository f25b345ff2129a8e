/**
 * "Call back" from an opened voicemail, through the shared call-back controller (lazily loaded
 * with the other actions): the status is kept per voicemail; a failure says why in the inbox's
 * words.
 */
import { CallBackController } from '../../src/base/call-back';
import type { Voicemail } from './voicemails.data';
import { errorReason } from './voicemails.feedback';
import type { VoicemailsHost } from './voicemails.host';
import type { CallBackDetail } from './voicemails.types';

export function createCallBacks(view: VoicemailsHost): CallBackController {
  return new CallBackController(view.host, {
    client: () => view.client(),
    userId: () => view.userId(),
    reason: (error) => errorReason(view.i18n(), error),
  });
}

/** Fires `dialstack-call-back` for the voicemail and, with a `user-id`, calls its caller. */
export function callBackVoicemail(callBacks: CallBackController, item: Voicemail): Promise<void> {
  const detail: CallBackDetail = { phoneNumber: item.from_number, id: item.id, item };
  return callBacks.call({ key: item.id, detail });
}
