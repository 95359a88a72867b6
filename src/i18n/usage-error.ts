/**
 * A mistake in the command line or in a value the user gave (an unknown --lang): exit 2, one line, no stack.
 * Here, below everything that throws it, so that i18n/select.ts need not reach up into cli/.
 */
export class UsageError extends Error {}
