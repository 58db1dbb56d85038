/**
 * The report as one self-contained HTML file (issue 19): the printed markup (which carries its
 * own <style>), a policy that forbids every request and script, and nothing else: no API key,
 * no app code. A logo is already a data: URL, the only kind of image the policy lets in.
 */
export function snapshotHtml(report: HTMLElement, title: string): string {
  const escape = (text: string) =>
    text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escape(title)}</title>`,
    '</head>',
    '<body style="margin:0;background:#fff">',
    report.outerHTML,
    '</body>',
    '</html>',
  ].join('\n');
}
