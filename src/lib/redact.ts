/**
 * Email addresses in a client report are redacted unless the user turns it off (issue 19):
 * `jane@getacme.io` → `j•••@getacme.io`. The domain stays, since clients judge by domain.
 */
const EMAIL = /([A-Za-z0-9])[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]*@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)/g;

export function redactEmails(text: string): string {
  return text.replace(EMAIL, (_, first: string, domain: string) => `${first}•••@${domain}`);
}
