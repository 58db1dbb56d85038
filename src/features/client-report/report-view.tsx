import { Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useRef, useState } from 'react';
import { serverStatusQueries } from '../../api/server-status/queries';
import type { Comparison } from '../../../core/rules/compare';
import { downloadFile, fileSlug } from '../../lib/download-file';
import { ReportControls, type ReportOptions } from './report-controls';
import { ReportDocument } from './report-document';
import { buildReportModel, type ReportSide } from './report-model';
import { snapshotHtml } from './snapshot';

/** The options above the page that is printed, downloaded or shared. */
export function ReportView({
  sides,
  comparison,
  findings,
}: {
  sides: [ReportSide] | [ReportSide, ReportSide];
  comparison: Comparison | null;
  /** "What to fix first" of a single run; null for a comparison. */
  findings: string[] | null;
}) {
  const status = useQuery(serverStatusQueries.status());
  const defaultName = status.data?.workspace?.name ?? 'Inbox placement';
  const [edited, setEdited] = useState<Partial<ReportOptions>>({});
  const options: ReportOptions = { workspace: defaultName, note: '', logo: null, redact: true, ...edited };
  const [pdfBusy, setPdfBusy] = useState(false);
  const documentRef = useRef<HTMLElement>(null);
  const [generatedAt] = useState(() => new Date());
  const model = useMemo(
    () =>
      buildReportModel({
        sides,
        comparison,
        workspace: options.workspace,
        note: options.note,
        logo: options.logo,
        redact: options.redact,
        generatedAt,
        findings,
      }),
    [sides, comparison, findings, options.workspace, options.note, options.logo, options.redact, generatedAt],
  );
  const name = `${fileSlug(sides.map((s) => s.testName).join(' vs '))}-report`;
  const snapshot = () => {
    if (!documentRef.current) return;
    downloadFile(
      `${name}.html`,
      [snapshotHtml(documentRef.current, `${model.title}: ${model.subject}`)],
      'text/html;charset=utf-8',
    );
  };
  const pdf = async () => {
    setPdfBusy(true);
    try {
      const { reportPdf } = await import('./pdf/report-pdf');
      downloadFile(`${name}.pdf`, [reportPdf(model)], 'application/pdf');
    } finally {
      setPdfBusy(false);
    }
  };
  return (
    <Stack gap="md">
      <ReportControls
        options={options}
        onChange={(next) => setEdited(next)}
        onPrint={() => window.print()}
        onPdf={() => void pdf()}
        onSnapshot={snapshot}
        pdfBusy={pdfBusy}
      />
      <ReportDocument ref={documentRef} model={model} />
    </Stack>
  );
}
