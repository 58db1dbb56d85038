import { HEALTHY_LINE } from '../../../../core/rules/fix-first';
import type { ReportModel, ReportTable } from '../report-model';
import { PdfWriter, textWidth, wrap, type Rgb } from './pdf-writer';

/**
 * The report model laid out as a PDF: the same words and figures as the printed page, in the
 * same order, on A4 or US Letter. It aims at one page and flows onto a second rather than drop
 * anything. The logo is not drawn here (the PDF carries text only, ADR 021).
 */
export type PaperSize = 'a4' | 'letter';
const PAPER: Record<PaperSize, [number, number]> = { a4: [595.28, 841.89], letter: [612, 792] };
const MARGIN = 40;
const INK: Rgb = [0.1, 0.1, 0.12];
const MUTED: Rgb = [0.29, 0.31, 0.34];
const BLUE: Rgb = [0.11, 0.42, 0.75];
const RULE: Rgb = [0.87, 0.89, 0.9];
const SHADE: Rgb = [0.95, 0.95, 0.96];

/** US and Canadian readers print on Letter; everyone else on A4. */
export function paperFor(language: string): PaperSize {
  return /^en-(US|CA)$|^es-US$|^fr-CA$/i.test(language) ? 'letter' : 'a4';
}

export function reportPdf(
  model: ReportModel,
  paper: PaperSize = paperFor(navigator.language),
): Uint8Array<ArrayBuffer> {
  const [width, height] = PAPER[paper];
  const pdf = new PdfWriter(width, height);
  const right = width - MARGIN;
  const usable = right - MARGIN;
  let y = MARGIN;
  const room = (needed: number) => {
    if (y + needed <= height - MARGIN) return;
    pdf.addPage();
    y = MARGIN;
  };
  const para = (
    text: string,
    size: number,
    opts: { bold?: boolean; rgb?: Rgb; indent?: number; leading?: number } = {},
  ) => {
    const indent = opts.indent ?? 0;
    const step = size * (opts.leading ?? 1.35);
    for (const line of wrap(text, usable - indent, size, opts.bold)) {
      room(step);
      y += step;
      pdf.text(MARGIN + indent, y, line, { size, bold: opts.bold, rgb: opts.rgb });
    }
  };
  const heading = (text: string) => {
    room(30);
    y += 6;
    para(text, 10, { bold: true, rgb: BLUE });
    y += 2;
  };

  para(model.workspace, 9, { bold: true, rgb: MUTED });
  para(model.title, 17, { bold: true });
  para(model.subject, 11, { bold: true });
  para(`${model.window} · prepared ${model.generated}`, 8.5, { rgb: MUTED });
  y += 5;
  pdf.line(MARGIN, y, right, y, BLUE, 1.5);
  y += 4;
  if (model.headline) para(model.headline, 11, { bold: true });
  // The cause and the note in a shaded box with a blue edge, the text clear of both its edges.
  for (const box of [model.cause, model.note]) {
    if (!box) continue;
    const lines = wrap(box, usable - 12, 9);
    const height = lines.length * 9 * 1.35 + 8;
    room(height + 8);
    const top = y + 4;
    pdf.box(MARGIN, top, usable, height, SHADE);
    pdf.line(MARGIN, top, MARGIN, top + height, BLUE, 2);
    y = top + 1;
    para(box, 9, { indent: 8 });
    y = top + height + 2;
  }
  if (model.findings) {
    heading('What to fix first');
    if (model.findings.length === 0) para(HEALTHY_LINE, 9);
    model.findings.forEach((sentence, i) => {
      para(`${i + 1}. ${sentence}`, 8.5, { leading: 1.25 });
      y += 2;
    });
  }

  const columnWidth = model.columns.length > 1 ? 92 : 70;
  const labelWidth = usable - columnWidth * model.columns.length;
  const table = (t: ReportTable) => {
    heading(t.title);
    if (t.rows.length === 0) return para(t.empty, 8.5, { rgb: MUTED });
    // One run has one column of figures: its header ("Result") would say nothing.
    if (model.columns.length > 1) {
      room(14);
      y += 11;
      model.columns.forEach((c, i) => {
        const x = MARGIN + labelWidth + columnWidth * (i + 1);
        pdf.text(x - textWidth(c, 8, true), y, c, { size: 8, bold: true, rgb: MUTED });
      });
    }
    for (const row of t.rows) {
      const labelLines = wrap(row.label, labelWidth - 6, 8.5);
      room(labelLines.length * 10.5 + 3);
      const top = y;
      labelLines.forEach((line, i) => pdf.text(MARGIN, top + 10.5 * (i + 1), line, { size: 8.5, rgb: INK }));
      row.values.forEach((value, i) => {
        const x = MARGIN + labelWidth + columnWidth * (i + 1);
        pdf.text(x - textWidth(value, 8.5), top + 10.5, value, { size: 8.5 });
      });
      y = top + labelLines.length * 10.5 + 3;
      pdf.line(MARGIN, y, right, y, RULE);
    }
  };
  model.tables.forEach(table);
  heading('Blacklist listings');
  if (model.listings.length === 0) para('No listings on any blacklist checked.', 8.5, { rgb: MUTED });
  model.listings.forEach((l) => para(`• ${l}`, 8.5, { leading: 1.25 }));
  heading(model.headline ? 'SpamAssassin rules that changed' : 'SpamAssassin rules adding points');
  if (model.rules.length === 0) para('No rule adds points.', 8.5, { rgb: MUTED });
  model.rules.forEach((r) => para(`• ${r}`, 8.5, { leading: 1.25 }));
  y += 6;
  para(
    'Inbox, category tab and spam are shares of the emails the seed inboxes received. Results from Instantly inbox placement tests.',
    7.5,
    { rgb: MUTED },
  );
  return pdf.output({ title: `${model.title}: ${model.subject}` });
}
