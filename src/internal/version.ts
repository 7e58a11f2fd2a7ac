/** The package version, compared when a tag is already registered by another bundle. Kept equal to package.json by a test. */
export const VERSION = '0.2.0';
