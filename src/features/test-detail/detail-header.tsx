import { Badge, Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconCopy, IconPencil, IconPlayerPause, IconPlayerPlay, IconRepeat, IconTrash } from '@tabler/icons-react';
import { Link } from 'wouter';
import { useEffect, useRef } from 'react';
import { TYPE_LABELS, type PlacementTestDetail } from '../../../core/contract/placement-tests';
import { NotSendingBadge } from '../placement-test-ui/not-sending-badge';
import { StatusBadge } from '../placement-test-ui/status-badge';

export interface DetailHeaderProps {
  placementTest: PlacementTestDetail;
  onToggleStatus: () => void;
  onEdit: () => void;
  onDelete: () => void;
}

/** Name, status, not-sending warning, type, and what can be done to the test. */
export function DetailHeader({ placementTest, onToggleStatus, onEdit, onDelete }: DetailHeaderProps) {
  const { name, status, type, not_sending_status: notSending, description } = placementTest;
  const toggle = status === 1 ? 'Pause' : status === 2 ? 'Resume' : null;
  // Arriving here from another screen (Create test, a link) leaves focus on the page body once
  // the old screen is gone: start keyboard and screen reader users at the test's name instead.
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (!document.activeElement || document.activeElement === document.body) headingRef.current?.focus();
  }, []);
  return (
    <Group justify="space-between" align="flex-start" gap="sm">
      <Stack gap={6} miw={0} style={{ flex: '1 1 320px' }}>
        <Title order={2} ref={headingRef} tabIndex={-1} // Focused only to place the reading position (it is no control): no ring.
          style={{ overflowWrap: 'anywhere', outline: 'none' }}>
          {name}
        </Title>
        <Group gap="xs">
          <StatusBadge status={status} />
          <NotSendingBadge value={notSending} status={status} />
          <Badge variant="light" color="gray" tt="none">
            {TYPE_LABELS[type]}
          </Badge>
        </Group>
        {description && (
          <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
            {description}
          </Text>
        )}
      </Stack>
      <Group gap="xs">
        {toggle && (
          <Button
            variant="default"
            onClick={onToggleStatus}
            leftSection={
              toggle === 'Pause' ? (
                <IconPlayerPause size={16} aria-hidden />
              ) : (
                <IconPlayerPlay size={16} aria-hidden />
              )
            }
          >
            {toggle}
          </Button>
        )}
        <Button variant="default" onClick={onEdit} leftSection={<IconPencil size={16} aria-hidden />}>
          Edit
        </Button>
        {/* The create wizard filled from this test (ADR 018); a one-time test is "run again". */}
        <Button
          variant="default"
          component={Link}
          href={`/tests/new?from=${encodeURIComponent(placementTest.id)}`}
          leftSection={type === 1 ? <IconRepeat size={16} aria-hidden /> : <IconCopy size={16} aria-hidden />}
        >
          {type === 1 ? 'Run again' : 'Duplicate'}
        </Button>
        <Button
          variant="light"
          color="red"
          onClick={onDelete}
          leftSection={<IconTrash size={16} aria-hidden />}
        >
          Delete
        </Button>
      </Group>
    </Group>
  );
}
