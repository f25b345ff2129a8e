/**
 * Registers `<dialstack-phone-number-ordering>` (importing this module is all a page needs) and
 * re-exports the class for those who extend it. Defining twice warns instead of throwing.
 */
import { defineElement } from '../../src/base/define';
import { DialstackPhoneNumberOrdering } from './phone-number-ordering';

export const tagName = 'dialstack-phone-number-ordering';

defineElement(tagName, DialstackPhoneNumberOrdering);

export { DialstackPhoneNumberOrdering };
export type { OrderCompleteDetail } from './phone-number-ordering';
