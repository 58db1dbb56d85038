/**
 * A minimal PDF 1.4 writer for the client report (ADR 021): text in the two standard fonts every
 * reader has (Helvetica and Helvetica-Bold, so nothing is embedded), rules and filled boxes,
 * several pages. Content streams are left uncompressed: a report page is a few kilobytes.
 */
export type Rgb = readonly [number, number, number];

// Helvetica advance widths (1/1000 em) for ASCII 32–126, from the font's published metrics.
// prettier-ignore
const WIDTHS = [
  278,278,355,556,556,889,667,191,333,333,389,584,278,333,278,278,556,556,556,556,556,556,556,556,556,556,
  278,278,584,584,584,556,1015,667,667,722,722,667,611,778,722,278,500,667,556,833,722,778,667,778,722,667,
  611,722,667,944,667,667,611,278,278,278,469,556,333,556,556,500,556,556,278,556,556,222,222,500,222,833,
  556,556,556,556,333,500,278,556,500,722,500,500,500,334,260,334,584,
];
/** Characters outside ASCII that WinAnsiEncoding has, by their code in it. */
const WIN_ANSI: Record<string, number> = {
  '•': 0x95,
  '—': 0x97,
  '–': 0x96,
  '’': 0x92,
  '‘': 0x91,
  '“': 0x93,
  '”': 0x94,
  '…': 0x85,
  '€': 0x80,
};
/** Characters it lacks, spelled with ones it has. */
const SPELLED: Record<string, string> = { '→': 'to', '−': '-', '▲': '', '▼': '', '×': 'x', '\u00a0': ' ' };

/** Text as WinAnsi bytes (one char per byte), for a PDF literal string. */
export function winAnsi(text: string): string {
  let out = '';
  for (const ch of text) {
    const spelled = SPELLED[ch];
    if (spelled !== undefined) out += spelled;
    else if (WIN_ANSI[ch] !== undefined) out += String.fromCharCode(WIN_ANSI[ch]);
    else out += ch.charCodeAt(0) < 256 ? ch : '?';
  }
  return out;
}

const escapeLiteral = (bytes: string) => bytes.replace(/[\\()]/g, (c) => `\\${c}`).replace(/[\r\n]/g, ' ');

export function textWidth(text: string, size: number, bold = false): number {
  let units = 0;
  for (const ch of winAnsi(text)) units += WIDTHS[ch.charCodeAt(0) - 32] ?? 556;
  return ((units * size) / 1000) * (bold ? 1.07 : 1);
}

/** Words on lines no wider than `width`; a word longer than a line is cut. */
export function wrap(text: string, width: number, size: number, bold = false): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (textWidth(candidate, size, bold) <= width || !line) {
      line = candidate;
    } else {
      lines.push(line);
      line = word;
    }
    while (textWidth(line, size, bold) > width && line.length > 1) {
      let cut = line.length - 1;
      while (cut > 1 && textWidth(line.slice(0, cut), size, bold) > width) cut--;
      lines.push(line.slice(0, cut));
      line = line.slice(cut);
    }
  }
  if (line) lines.push(line);
  return lines;
}

const n = (v: number) => (Math.round(v * 100) / 100).toString();
const color = ([r, g, b]: Rgb) => `${n(r)} ${n(g)} ${n(b)}`;

export class PdfWriter {
  private readonly pages: string[][] = [[]];

  constructor(
    readonly width: number,
    readonly height: number,
  ) {}

  private get ops() {
    return this.pages[this.pages.length - 1] ?? [];
  }

  addPage() {
    this.pages.push([]);
  }

  /** `y` is the baseline, measured from the top of the page. */
  text(x: number, y: number, text: string, { size = 10, bold = false, rgb = [0.1, 0.1, 0.12] as Rgb } = {}) {
    this.ops.push(
      `BT /${bold ? 'F2' : 'F1'} ${n(size)} Tf ${color(rgb)} rg ${n(x)} ${n(this.height - y)} Td (${escapeLiteral(winAnsi(text))}) Tj ET`,
    );
  }

  line(x1: number, y1: number, x2: number, y2: number, rgb: Rgb, lineWidth = 0.5) {
    this.ops.push(
      `${color(rgb)} RG ${n(lineWidth)} w ${n(x1)} ${n(this.height - y1)} m ${n(x2)} ${n(this.height - y2)} l S`,
    );
  }

  box(x: number, y: number, w: number, h: number, rgb: Rgb) {
    this.ops.push(`${color(rgb)} rg ${n(x)} ${n(this.height - y - h)} ${n(w)} ${n(h)} re f`);
  }

  /** The file, as bytes. */
  output(info: { title: string }): Uint8Array<ArrayBuffer> {
    const objects: string[] = [];
    const add = (body: string) => objects.push(body);
    const pageCount = this.pages.length;
    // 1 catalog, 2 page tree, 3–4 fonts, 5 info, then a page and its content per page.
    add('<< /Type /Catalog /Pages 2 0 R >>');
    const kids = this.pages.map((_, i) => `${6 + i * 2} 0 R`).join(' ');
    add(`<< /Type /Pages /Kids [${kids}] /Count ${pageCount} >>`);
    add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
    add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>');
    add(`<< /Title (${escapeLiteral(winAnsi(info.title))}) /Producer (Inbox placement dashboard) >>`);
    this.pages.forEach((ops, i) => {
      add(
        `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${n(this.width)} ${n(this.height)}] ` +
          `/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents ${7 + i * 2} 0 R >>`,
      );
      const stream = ops.join('\n');
      add(`<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`);
    });
    let file = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n';
    const offsets: number[] = [];
    objects.forEach((body, i) => {
      offsets.push(file.length);
      file += `${i + 1} 0 obj\n${body}\nendobj\n`;
    });
    const xref = file.length;
    file += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
    file += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
    file += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info 5 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
    // Every char is below 256 (winAnsi), so one char is one byte and the offsets above hold.
    return Uint8Array.from(file, (c) => c.charCodeAt(0));
  }
}
