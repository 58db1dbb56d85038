/**
 * Contract messages are written for the API's 400 body ("body/schedule/timing/from must be a
 * 24-hour time HH:MM"). Under a labelled field the path is noise: drop it and start with a
 * capital ("Must be a 24-hour time HH:MM"). Messages written for the form pass through.
 */
export function humanizeMessage(message: string): string {
  const required = /^(?:body|querystring)\S* must have required property '[^']+'$/.exec(message);
  if (required) return 'Required';
  const withoutPath = message.replace(/^(?:body|querystring)(?:\/\S*)? /, '');
  return withoutPath.charAt(0).toUpperCase() + withoutPath.slice(1);
}

/** The text to show for a react-hook-form error, or undefined when there is none. */
export function errorText(error: { message?: string } | undefined): string | undefined {
  return error?.message ? humanizeMessage(error.message) : undefined;
}
