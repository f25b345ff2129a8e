/** Registers the internal `<dialstack-call-filters>` (loaded lazily by call logs). */
import { defineElement } from '../../src/base/define';
import { DialstackCallFilters } from './call-filters';

defineElement('dialstack-call-filters', DialstackCallFilters);

export { DialstackCallFilters };
