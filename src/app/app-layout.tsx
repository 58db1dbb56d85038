import { Burger, Group, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconListDetails, IconMailbox, IconPlus, IconWorldWww } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useLocation } from 'wouter';
import { SidebarLink } from '../components/sidebar-link';
import { SavedViewLinks } from '../features/tests-list/saved-views/saved-view-links';
import classes from './app-layout.module.css';
import { BackendStatus } from './backend-status';
import { ColorSchemeToggle } from './color-scheme-toggle';
import { OfflineBanner } from './offline-banner';
import { SignOutButton } from './sign-out-button';
import { WorkspaceSwitcher } from './workspace-switcher';

const NAV = [
  {
    to: '/tests',
    label: 'Tests',
    icon: IconListDetails,
    match: (p: string) => p === '/tests' || (p.startsWith('/tests/') && p !== '/tests/new'),
  },
  { to: '/tests/new', label: 'New test', icon: IconPlus, match: (p: string) => p === '/tests/new' },
  { to: '/senders', label: 'Senders', icon: IconMailbox, match: (p: string) => p === '/senders' || p.startsWith('/senders/') },
  { to: '/domains', label: 'Domains', icon: IconWorldWww, match: (p: string) => p === '/domains' },
];

export function AppLayout({
  children,
  onWorkspaceChange,
  colorScheme,
}: {
  children: ReactNode;
  onWorkspaceChange: (id: string) => void;
  /** What the colour toggle assumes until the browser has said (AppProps). */
  colorScheme: 'light' | 'dark';
}) {
  const [opened, { toggle, close }] = useDisclosure();
  const [pathname] = useLocation();
  return (
    <div className={classes.root}>
      {/* First Tab stop (WCAG 2.4.1): past the header and navigation, straight to the page. */}
      <a
        href="#main-content"
        className={classes.skip}
        onClick={(event) => {
          // Focus, not the hash: the address keeps only the app's own state.
          event.preventDefault();
          document.getElementById('main-content')?.focus();
        }}
      >
        Skip to content
      </a>
      <header className={classes.header}>
        <Group className={classes.headerBar} justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap" miw={0}>
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label="Toggle navigation"
              aria-expanded={opened}
              aria-controls="main-navigation"
            />
            <Title
              order={1}
              size="h4"
              style={{
                fontSize: 'var(--header-title-fz)',
                whiteSpace: 'nowrap',
                overflow: 'hidden',
                textOverflow: 'ellipsis',
              }}
            >
              Inbox placement
            </Title>
            <Text size="sm" c="dimmed" visibleFrom="md">
              for Instantly
            </Text>
          </Group>
          <Group gap="xs" wrap="nowrap" style={{ flexShrink: 0 }}>
            <WorkspaceSwitcher onChange={onWorkspaceChange} />
            <BackendStatus />
            <ColorSchemeToggle initial={colorScheme} />
            <SignOutButton />
          </Group>
        </Group>
      </header>
      <nav
        id="main-navigation"
        className={classes.navbar}
        data-opened={opened || undefined}
        aria-label="Main"
      >
        {NAV.map((item) => (
          <SidebarLink
            key={item.to}
            href={item.to}
            label={item.label}
            icon={<item.icon size={18} aria-hidden />}
            active={item.match(pathname)}
            current={item.match(pathname) ? 'page' : undefined}
            onClick={close}
          />
        ))}
        <SavedViewLinks onNavigate={close} />
      </nav>
      <main id="main-content" tabIndex={-1} className={classes.main}>
        <OfflineBanner />
        {children}
      </main>
    </div>
  );
}
