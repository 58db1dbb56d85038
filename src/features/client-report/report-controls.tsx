import {
  Button,
  FileInput,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { IconDownload, IconFileCode, IconPrinter } from '@tabler/icons-react';
import { useState } from 'react';

export interface ReportOptions {
  workspace: string;
  note: string;
  logo: string | null;
  redact: boolean;
}

const MAX_LOGO_BYTES = 300_000;
const LOGO_TYPES = 'image/png,image/jpeg,image/webp,image/gif';

/** What goes on the report besides the results, and the ways to take it away. Not printed. */
export function ReportControls({
  options,
  onChange,
  onPrint,
  onPdf,
  onSnapshot,
  pdfBusy,
}: {
  options: ReportOptions;
  onChange: (next: ReportOptions) => void;
  onPrint: () => void;
  onPdf: () => void;
  onSnapshot: () => void;
  pdfBusy: boolean;
}) {
  const [logoError, setLogoError] = useState<string | null>(null);
  const pickLogo = (file: File | null) => {
    setLogoError(null);
    if (!file) return onChange({ ...options, logo: null });
    if (!LOGO_TYPES.split(',').includes(file.type)) {
      return setLogoError('The logo must be a PNG, JPEG, WebP or GIF image.');
    }
    if (file.size > MAX_LOGO_BYTES) {
      return setLogoError('The logo must be under 300 KB: it travels inside the PDF and the snapshot.');
    }
    const reader = new FileReader();
    reader.onload = () =>
      onChange({ ...options, logo: typeof reader.result === 'string' ? reader.result : null });
    reader.onerror = () => setLogoError('The logo could not be read. Try another file.');
    reader.readAsDataURL(file);
  };
  return (
    <Paper withBorder p="md" data-print-hide component="section" aria-label="Report options">
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput
            label="Name on the report"
            description="Your workspace or agency"
            value={options.workspace}
            maxLength={80}
            onChange={(e) => onChange({ ...options, workspace: e.currentTarget.value })}
          />
          <FileInput
            label="Logo (optional)"
            description="PNG, JPEG, WebP or GIF, under 300 KB"
            accept={LOGO_TYPES}
            clearable
            onChange={pickLogo}
            error={logoError}
          />
        </SimpleGrid>
        <Textarea
          label="Note for the client (optional)"
          value={options.note}
          maxLength={600}
          autosize
          minRows={2}
          maxRows={5}
          onChange={(e) => onChange({ ...options, note: e.currentTarget.value })}
        />
        <Switch
          label="Redact email addresses"
          description="Sender and seed addresses show as j•••@domain, on the page, in the PDF and in the snapshot."
          checked={options.redact}
          onChange={(e) => onChange({ ...options, redact: e.currentTarget.checked })}
        />
        <Group gap="sm">
          <Button
            leftSection={<IconDownload size={16} aria-hidden />}
            onClick={pdfBusy ? undefined : onPdf}
            aria-disabled={pdfBusy || undefined}
          >
            {pdfBusy ? 'Making the PDF…' : 'Download PDF'}
          </Button>
          <Button variant="default" leftSection={<IconPrinter size={16} aria-hidden />} onClick={onPrint}>
            Print or save as PDF
          </Button>
          <Button variant="default" leftSection={<IconFileCode size={16} aria-hidden />} onClick={onSnapshot}>
            Share a snapshot (HTML)
          </Button>
        </Group>
        <Text size="xs" c="dimmed">
          The snapshot is one HTML file that opens anywhere, offline: no scripts, no requests, no API key.
        </Text>
      </Stack>
    </Paper>
  );
}
