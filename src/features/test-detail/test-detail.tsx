import { Anchor, Stack, Tabs } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { lazy, Suspense, useState } from 'react';
import { Link } from 'wouter';
import { useSearchParams } from '../../components/use-search-params';
import type { PlacementTestDetail } from '../../../core/contract/placement-tests';
import { useConfirmDelete } from '../placement-test-ui/use-confirm-delete';
import { PausedReason } from './automation/paused-reason';
import { DetailHeader } from './detail-header';
import { SendOutsideMail } from './outside-mail/send-outside-mail';
import { ResultsSection } from './results/results-section';
import { SettingsSection } from './settings/settings-section';
import { useDetailActions } from './use-detail-actions';

// The form (react-hook-form, date inputs, automation fields) loads only when someone edits.
const EditTestDrawer = lazy(async () => ({
  default: (await import('./edit/edit-test-drawer')).EditTestDrawer,
}));

type Tab = 'results' | 'settings';

export function TestDetail({ placementTest }: { placementTest: PlacementTestDetail }) {
  const [params, setParams] = useSearchParams();
  const tab: Tab = params.get('tab') === 'settings' ? 'settings' : 'results';
  const [editing, setEditing] = useState(false);
  const [editMounted, setEditMounted] = useState(false);
  const { confirmDelete, dialog } = useConfirmDelete();
  const { toggleStatus, deleteTest } = useDetailActions(placementTest, confirmDelete);

  const selectTab = (value: string | null) =>
    setParams((previous) => {
      const next = new URLSearchParams(previous);
      if (value === 'settings') next.set('tab', 'settings');
      else next.delete('tab');
      return next;
    });
  const openEdit = () => {
    setEditMounted(true);
    setEditing(true);
  };

  return (
    <Stack gap="md">
      <Anchor component={Link} href="/tests" size="sm" w="fit-content">
        <IconArrowLeft size={14} aria-hidden style={{ verticalAlign: -2 }} /> All tests
      </Anchor>
      <DetailHeader
        placementTest={placementTest}
        onToggleStatus={toggleStatus}
        onEdit={openEdit}
        onDelete={deleteTest}
      />
      <PausedReason placementTest={placementTest} />
      <SendOutsideMail placementTest={placementTest} />
      <Tabs value={tab} onChange={selectTab} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="results">Results</Tabs.Tab>
          <Tabs.Tab value="settings">Settings</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="results" pt="md">
          <ResultsSection placementTest={placementTest} />
        </Tabs.Panel>
        <Tabs.Panel value="settings" pt="md">
          <SettingsSection placementTest={placementTest} />
        </Tabs.Panel>
      </Tabs>
      {editMounted && (
        <Suspense fallback={null}>
          <EditTestDrawer opened={editing} placementTest={placementTest} onClose={() => setEditing(false)} />
        </Suspense>
      )}
      {dialog}
    </Stack>
  );
}
