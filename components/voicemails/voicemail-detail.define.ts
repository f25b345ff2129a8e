/** Registers the internal `<dialstack-voicemail-detail>` (loaded lazily by the inbox). */
import { defineElement } from '../../src/base/define';
import { DialstackVoicemailDetail } from './voicemail-detail';

defineElement('dialstack-voicemail-detail', DialstackVoicemailDetail);

export { DialstackVoicemailDetail };
