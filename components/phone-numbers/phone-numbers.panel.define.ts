/** Registers the internal `<dialstack-phone-number-panel>` (loaded when a row first opens). */
import { defineElement } from '../../src/base/define';
import { DialstackPhoneNumberPanel } from './phone-numbers.panel';

defineElement('dialstack-phone-number-panel', DialstackPhoneNumberPanel);

export { DialstackPhoneNumberPanel };
