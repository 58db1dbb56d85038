import { Box, Stack, Text } from '@mantine/core';
import { useDeferredValue } from 'react';
import { useWatch } from 'react-hook-form';
import type { CreateTestFormValues } from './form-schema';
import { countRemoteImages, previewDocument } from './email-preview-html';

export function EmailPreview() {
  const body = useDeferredValue(useWatch<CreateTestFormValues, 'email_body'>({ name: 'email_body' }));
  const subject = useWatch<CreateTestFormValues, 'email_subject'>({ name: 'email_subject' });
  const remoteImages = countRemoteImages(body);
  return (
    <Stack gap={4}>
      <Text fw={600} size="sm" id="email-preview-title">
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
          srcDoc={previewDocument(body)}
          style={{ display: 'block', width: '100%', height: 260, border: 0, background: '#fff' }}
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
