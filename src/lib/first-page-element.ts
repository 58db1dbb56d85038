/**
 * The `<script type="application/json">` the server writes into the list page (ADR 011): the
 * first page it drew, or how long the API asked it to wait. Shared by the server and the app.
 */
export const FIRST_PAGE_ELEMENT_ID = 'first-page-data';

/**
 * JSON that is safe inside a `<script>` element whatever the tests contain: `<`, `>` and `&` are
 * escaped, so a name such as `</script><script>…` stays text (e2e/security-xss.spec.ts).
 */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
