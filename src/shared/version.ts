/** The package version; the define guard compares it when a tag is already registered. Kept in step with package.json by `scripts/check-version.mjs`. */
export const VERSION = '0.1.0';
