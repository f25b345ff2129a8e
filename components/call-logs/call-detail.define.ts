/** Registers the internal `<dialstack-call-detail>` (loaded lazily by call logs). */
import { defineElement } from '../../src/base/define';
import { DialstackCallDetail } from './call-detail';

defineElement('dialstack-call-detail', DialstackCallDetail);

export { DialstackCallDetail };
