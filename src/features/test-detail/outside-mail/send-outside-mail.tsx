import { Alert, Button, Group, Paper, Stack, Text, TextInput } from '@mantine/core';
import { IconSend } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { outsideMailBodySchema } from '../../../../core/contract/automation-firings';
import type { PlacementTestDetail } from '../../../../core/contract/placement-tests';
import { useSendOutsideMail } from '../../../api/automations/mutations';
import { serverStatusQueries } from '../../../api/server-status/queries';

/**
 * Emulator only: a test sent from outside Instantly gets results when mail carrying its code
 * reaches the seed inboxes. The emulator cannot receive real mail, so this "sends" it from an
 * address the user names (ADR 016); on Instantly the user sends it from their own tool.
 */
export function SendOutsideMail({ placementTest }: { placementTest: PlacementTestDetail }) {
  const { data: status } = useQuery(serverStatusQueries.status());
  const [open, setOpen] = useState(false);
  const [from, setFrom] = useState('');
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [sentFrom, setSentFrom] = useState<string[]>([]);
  const send = useSendOutsideMail(placementTest.id);
  const formId = useId();
  const input = useRef<HTMLInputElement>(null);
  // Opening the form is asking for the address: start there.
  useEffect(() => {
    if (open) input.current?.focus();
  }, [open]);
  const code = placementTest.test_code;
  if (status?.backend !== 'emulator' || placementTest.sending_method !== 2 || !code) return null;
  const active = placementTest.status === 1;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = outsideMailBodySchema.safeParse({ test_code: code, from: from.trim() });
    if (!parsed.success) {
      setFieldError(parsed.error.issues[0]?.message ?? 'Enter an email address');
      return;
    }
    setFieldError(null);
    send.mutate(parsed.data, {
      onSuccess: (answer) => {
        setSentFrom((previous) => [...previous, answer.from]);
        setOpen(false);
      },
    });
  };

  return (
    <Paper withBorder p="sm" component="section" aria-label="Outside mail (emulator)">
      <Stack gap="xs">
        <Group justify="space-between" gap="xs">
          <Text size="sm" miw={0} style={{ flex: '1 1 280px' }}>
            <Text span fw={600}>
              Emulator:{' '}
            </Text>
            {active
              ? `send this test’s mail, carrying ${code}, as your own sending tool would.`
              : 'resume the test to send its mail.'}
          </Text>
          {!open && (
            <Button
              variant="light"
              size="compact-sm"
              leftSection={<IconSend size={14} aria-hidden />}
              disabled={!active}
              onClick={() => setOpen(true)}
            >
              Send outside mail
            </Button>
          )}
        </Group>
        {open && (
          <form id={formId} onSubmit={submit} noValidate>
            <Group align="flex-end" gap="xs">
              <TextInput
                label="Sender address"
                placeholder="news@mail.example.com"
                value={from}
                onChange={(event) => setFrom(event.currentTarget.value)}
                error={fieldError ?? (send.error ? send.error.message : undefined)}
                errorProps={{ role: 'alert' }}
                autoComplete="email"
                ref={input}
                style={{ flex: '1 1 240px' }}
              />
              <Group gap="xs">
                <Button type="submit" size="sm" loading={send.isPending}>
                  Send
                </Button>
                <Button variant="default" size="sm" onClick={() => setOpen(false)}>
                  Cancel
                </Button>
              </Group>
            </Group>
          </form>
        )}
        {sentFrom.length > 0 && (
          <Alert
            variant="light"
            color="teal"
            role="status"
            title="Mail sent"
            styles={{ title: { color: 'var(--mantine-color-text)' } }}
          >
            Sent from {sentFrom.join(', ')}. Results arrive as the seed inboxes are polled, within a few hours
            of emulator time.
          </Alert>
        )}
      </Stack>
    </Paper>
  );
}
