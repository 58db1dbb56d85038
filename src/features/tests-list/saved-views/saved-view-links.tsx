import { CloseButton, Group, Text } from '@mantine/core';
import { useLocation } from 'wouter';
import { SidebarLink } from '../../../components/sidebar-link';
import { useSearchParams } from '../../../components/use-search-params';
import { deleteView } from './saved-views-store';
import { useSavedViews } from './use-saved-views';

/**
 * The saved views in the sidebar: each opens the list with its filters and sort. Nothing at all
 * until one is saved, so the sidebar does not grow for people who never save one.
 */
export function SavedViewLinks({ onNavigate }: { onNavigate: () => void }) {
  const views = useSavedViews();
  const [pathname] = useLocation();
  const [params] = useSearchParams();
  const query = params.toString();
  const current = query ? `${pathname}?${query}` : pathname;
  if (views.length === 0) return null;
  return (
    <section aria-labelledby="saved-views-heading">
      <Text id="saved-views-heading" size="xs" fw={700} c="dimmed" tt="uppercase" px="sm" pt="md" pb={4}>
        Saved views
      </Text>
      {views.map((view) => {
        const href = view.search ? `/tests?${view.search}` : '/tests';
        const active = current === href;
        return (
          <Group key={view.name} gap={0} wrap="nowrap">
            <SidebarLink
              href={href}
              label={view.name}
              // Styled as the open view; aria-current stays with "Tests", the page itself.
              active={active}
              onClick={onNavigate}
              style={{ flex: 1, minWidth: 0 }}
            />
            <CloseButton
              size="sm"
              aria-label={`Delete saved view ${view.name}`}
              onClick={() => deleteView(view.name)}
            />
          </Group>
        );
      })}
    </section>
  );
}
