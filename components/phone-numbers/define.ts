/**
 * Registers `<dialstack-phone-numbers>` (importing this module is all a page needs) and
 * re-exports the class for those who extend it. Defining twice warns instead of throwing.
 */
import { defineElement } from '../../src/base/define';
import { DialstackPhoneNumbers } from './phone-numbers';

export const tagName = 'dialstack-phone-numbers';

defineElement(tagName, DialstackPhoneNumbers);

export { DialstackPhoneNumbers };
