/**
 * The report's own stylesheet: plain CSS on plain markup, light on white in every colour scheme
 * (it is paper), used by the page, by the browser's "Save as PDF" and inlined in the snapshot,
 * which must stand alone. The print rules hide the app around the report; `@page` leaves the
 * paper size to the print dialog, and the content is sized to fit A4 and Letter alike (the
 * narrower of the two is A4, 210 mm; the shorter is Letter, 279 mm).
 */
export const REPORT_CSS = `
.ipr-report { color-scheme: light; background: #fff; color: #1a1b1e; font: 10.5px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif; max-width: 186mm; margin: 0 auto; padding: 10mm; box-sizing: border-box; }
.ipr-report * { box-sizing: border-box; }
.ipr-head { display: flex; gap: 12px; align-items: center; border-bottom: 2px solid #1c7ed6; padding-bottom: 8px; margin-bottom: 8px; }
.ipr-logo { max-height: 40px; max-width: 140px; object-fit: contain; }
.ipr-workspace { margin: 0; font-size: 11px; font-weight: 600; color: #495057; }
.ipr-report h1 { margin: 0; font-size: 18px; }
.ipr-subject { margin: 2px 0 0; font-size: 12px; font-weight: 600; overflow-wrap: anywhere; }
.ipr-meta { margin: 2px 0 0; color: #495057; }
.ipr-headline { margin: 0 0 4px; font-size: 12.5px; font-weight: 600; }
.ipr-cause, .ipr-note { margin: 0 0 6px; padding: 6px 8px; border-left: 3px solid #1c7ed6; background: #f1f3f5; }
.ipr-grid { display: grid; grid-template-columns: 1fr 1fr; gap: 8px 14px; }
.ipr-section { break-inside: avoid; margin: 0; }
.ipr-section h2 { font-size: 11.5px; margin: 6px 0 3px; color: #1864ab; }
.ipr-report table { width: 100%; border-collapse: collapse; }
.ipr-report th, .ipr-report td { text-align: left; padding: 2px 4px; border-bottom: 1px solid #dee2e6; vertical-align: top; overflow-wrap: anywhere; }
.ipr-report thead th { font-weight: 600; color: #495057; }
.ipr-report thead th + th { text-align: right; }
.ipr-report td { text-align: right; white-space: nowrap; }
.ipr-report ul, .ipr-report ol { margin: 0; padding-left: 16px; }
.ipr-empty { margin: 0; color: #495057; }
.ipr-findings { border: 1px solid #f08c00; background: #fff9db; padding: 6px 8px; margin-bottom: 6px; }
.ipr-foot { margin-top: 8px; color: #495057; font-size: 9.5px; }
@media (max-width: 640px) { .ipr-grid { grid-template-columns: 1fr; } .ipr-report { padding: 12px; } }
@media print {
  @page { margin: 10mm; }
  html, body { background: #fff !important; }
  body * { visibility: hidden; }
  .ipr-report, .ipr-report * { visibility: visible; }
  [data-print-hide], header:not(.ipr-head), nav { display: none !important; }
  .ipr-report { position: absolute; left: 0; top: 0; width: 100%; max-width: none; padding: 0; }
}
`;
