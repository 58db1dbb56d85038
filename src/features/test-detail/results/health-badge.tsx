import { Badge } from '@mantine/core';
import { HEALTH_COLORS, HEALTH_LABELS } from './health-labels';
import type { SenderHealth } from '../../../lib/results/sender-triage';

export function HealthBadge({ health }: { health: SenderHealth }) {
  return (
    <Badge variant="dot" color={HEALTH_COLORS[health]} tt="none" style={{ flexShrink: 0 }}>
      {HEALTH_LABELS[health]}
    </Badge>
  );
}
