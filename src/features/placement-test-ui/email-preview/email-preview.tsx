import { Box, Stack, Text } from '@mantine/core';
import { useDeferredValue, useId } from 'react';
import { countRemoteImages, previewDocument } from './email-preview-html';

/** Subject and body as a mail app would show them, in a sandboxed frame (see email-preview-html). */
export function EmailPreview({
  subject,
  body,
  height = 260,
}: {
  subject: string;
  body: string;
  height?: number;
}) {
  const deferredBody = useDeferredValue(body);
  const titleId = useId();
  const remoteImages = countRemoteImages(deferredBody);
  return (
    <Stack gap={4}>
      <Text fw={600} size="sm" id={titleId}>
        Preview
      </Text>
      <Box
        style={{
          border: '1px solid var(--mantine-color-default-border)',
          borderRadius: 'var(--mantine-radius-md)',
          overflow: 'hidden',
        }}
      >
        <Text size="sm" px="sm" py={6} bg="var(--mantine-color-default-hover)" truncate>
          <Text span fw={600}>
            Subject:{' '}
          </Text>
          {subject || (
            <Text span c="dimmed">
              (no subject yet)
            </Text>
          )}
        </Text>
        <iframe
          title="Email body preview"
          sandbox=""
          referrerPolicy="no-referrer"
          srcDoc={previewDocument(deferredBody)}
          style={{ display: 'block', width: '100%', height, border: 0, background: '#fff' }}
        />
      </Box>
      <Text size="xs" c="dimmed">
        Scripts never run here and remote images are not loaded
        {remoteImages > 0 ? ` (${remoteImages} in this email)` : ''}, as many mail apps do until the reader
        allows them.
      </Text>
    </Stack>
  );
}
