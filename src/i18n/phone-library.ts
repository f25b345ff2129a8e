/**
 * The part of libphonenumber-js (with `min` metadata) that `formatPhone` uses, re-exported so
 * the lazily loaded chunk holds only these functions (a namespace import of the package would
 * pull in as-you-type formatting and number search too).
 */
export {
  getCountryCallingCode,
  isSupportedCountry,
  parsePhoneNumberFromString,
} from 'libphonenumber-js/min';
