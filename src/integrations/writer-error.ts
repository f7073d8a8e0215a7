/**
 * An error for problems in content/: the message is the whole report. Its stack is dropped so
 * Astro does not print a code location and trace, which would point writers at our integration
 * instead of at their file.
 */
export function writerError(report: string): Error {
  const error = new Error(report);
  error.stack = '';
  return error;
}
