/** Wrong usage: explained on stderr, exit code 2. */
export class UsageError extends Error {}
/** A file that cannot be read or written: explained on stderr, exit code 2. */
export class IoError extends Error {}
