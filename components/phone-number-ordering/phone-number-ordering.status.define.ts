/** Registers the internal `<dialstack-order-status>` (loaded when the first order is placed). */
import { defineElement } from '../../src/base/define';
import { DialstackOrderStatus } from './phone-number-ordering.status';

defineElement('dialstack-order-status', DialstackOrderStatus);

export { DialstackOrderStatus };
