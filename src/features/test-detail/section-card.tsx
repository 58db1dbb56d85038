import { Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** One block of the page, headed for screen-reader navigation, with optional actions on the right. */
export function SectionCard({
  title,
  description,
  actions,
  children,
  id,
}: {
  title: string;
  /** The target of links to this section (results/section-ids.ts): focusable by script, not by Tab. */
  id?: string;
  description?: ReactNode;
  actions?: ReactNode;
  children: ReactNode;
}) {
  return (
    <Paper
      withBorder
      p={{ base: 'sm', sm: 'md' }}
      component="section"
      aria-label={title}
      id={id}
      tabIndex={id ? -1 : undefined}
      style={id ? { scrollMarginTop: 'calc(var(--layout-header-height, 56px) + var(--mantine-spacing-md))', outline: 'none' } : undefined}
    >
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="xs">
          <Stack gap={2} miw={0} style={{ flex: '1 1 240px' }}>
            <Title order={3} size="h4">
              {title}
            </Title>
            {description && (
              <Text size="sm" c="dimmed">
                {description}
              </Text>
            )}
          </Stack>
          {actions && <Group gap="xs">{actions}</Group>}
        </Group>
        {children}
      </Stack>
    </Paper>
  );
}
