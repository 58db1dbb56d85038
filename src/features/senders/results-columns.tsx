import { Anchor, Badge, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'wouter';
import { ACCOUNT_STATUS_LABELS } from '../../../core/contract/accounts';
import type { DomainRow, SenderRow } from '../../../core/contract/sender-results';
import type { CsvCell } from '../../lib/csv';
import { formatCount, formatPercent } from '../../lib/format';
import { changeOf, providerLabel, sharesOf, type ResultRow } from './result-rows';
import type { SortKey } from './results-view';
import classes from './results-table.module.css';

/**
 * The Senders and Domains tables' columns: heading, sort key, cell, and the CSV value, so the
 * table and its CSV never disagree.
 */
export interface Column<R> {
  id: string;
  label: string;
  sort?: SortKey;
  cell: (row: R) => ReactNode;
  csv: (row: R) => CsvCell;
}

/** Under 80% landed is spam bound (red), under 90% at risk (bold), as sender-triage judges. */
function tone(landed: number | null): string | undefined {
  return landed !== null && landed < 80 ? classes.bad : undefined;
}
const round = (n: number | null) => (n === null ? null : Math.round(n * 10) / 10);

export function LandedCell({ value, size = 'sm' }: { value: number | null; size?: 'sm' | 'xl' }) {
  return (
    <Text size={size} fw={value !== null && value < 90 ? 700 : undefined} className={tone(value)} span>
      {formatPercent(value)}
    </Text>
  );
}

function change(row: ResultRow, provider: string) {
  const c = changeOf(row, provider);
  if (c === null) return <Text size="sm" c="dimmed" span>—</Text>;
  const points = Math.round(c);
  return (
    <Text size="sm" span className={points <= -5 ? classes.bad : undefined}>
      {points > 0 ? `+${points}` : points === 0 ? '±0' : `−${Math.abs(points)}`} pts
    </Text>
  );
}

function placementColumns<R extends ResultRow>(provider: string, providers: number[]): Column<R>[] {
  const at = provider === 'all' ? '' : ` at ${providerLabel(provider)}`;
  return [
    { id: 'landed', label: `Landed${at}`, sort: 'landed', cell: (r) => <LandedCell value={sharesOf(r, provider).landed} />, csv: (r) => round(sharesOf(r, provider).landed) },
    { id: 'change', label: 'Change', sort: 'change', cell: (r) => change(r, provider), csv: (r) => round(changeOf(r, provider)) },
    { id: 'inbox', label: 'Inbox', sort: 'inbox', cell: (r) => formatPercent(sharesOf(r, provider).inbox), csv: (r) => round(sharesOf(r, provider).inbox) },
    { id: 'category', label: 'Category tab', sort: 'category', cell: (r) => formatPercent(sharesOf(r, provider).category), csv: (r) => round(sharesOf(r, provider).category) },
    { id: 'spam', label: 'Spam', sort: 'spam', cell: (r) => formatPercent(sharesOf(r, provider).spam), csv: (r) => round(sharesOf(r, provider).spam) },
    ...providers.map(
      (esp): Column<R> => ({
        id: `esp-${esp}`,
        label: providerLabel(esp),
        sort: `esp:${esp}`,
        cell: (r) => <LandedCell value={sharesOf(r, String(esp)).landed} />,
        csv: (r) => round(sharesOf(r, String(esp)).landed),
      }),
    ),
  ];
}

function countColumns<R extends ResultRow>(): Column<R>[] {
  return [
    { id: 'tests', label: 'Tests', sort: 'tests', cell: (r) => formatCount(r.tests), csv: (r) => r.tests },
    { id: 'emails', label: 'Emails', sort: 'emails', cell: (r) => formatCount(r.sent), csv: (r) => r.sent },
    { id: 'silent', label: 'Silent runs', sort: 'silent', cell: (r) => (r.silentRuns ? <Text size="sm" fw={700} span>{r.silentRuns}</Text> : '0'), csv: (r) => r.silentRuns },
  ];
}

/**
 * Workspace name → its last sync's error (null when it went well); null with one workspace, when
 * the table has no workspace column.
 */
export type WorkspaceErrors = Map<string, string | null> | null;

/** A workspace whose sync failed keeps its rows (what the store has), each saying so (ADR 020). */
function WorkspaceCell({ name, error }: { name: string; error: string | null | undefined }) {
  if (!error) return name;
  return (
    <Text size="sm" span>
      {name}{' '}
      <Badge color="red" variant="light" tt="none" title={error} styles={{ root: { maxWidth: 'none', overflow: 'visible' }, label: { overflow: 'visible' } }}>
        Not up to date
      </Badge>
    </Text>
  );
}

const workspaceColumn = <R extends ResultRow>(errors: Map<string, string | null>): Column<R> => ({
  id: 'workspace',
  label: 'Workspace',
  cell: (r) => <WorkspaceCell name={r.workspace} error={errors.get(r.workspace)} />,
  csv: (r) => r.workspace,
});

export function stateLabel(status: number | null): string {
  return status === null ? 'Not an account here' : (ACCOUNT_STATUS_LABELS[status] ?? `Status ${status}`);
}

function StateBadge({ status }: { status: number | null }) {
  const color = status === 1 ? 'teal' : status === null ? 'gray' : status < 0 ? 'red' : 'yellow';
  return (
    <Badge variant="dot" color={color} tt="none" styles={{ root: { maxWidth: 'none', overflow: 'visible' }, label: { overflow: 'visible' } }}>
      {stateLabel(status)}
    </Badge>
  );
}

export function senderHref(email: string, search = ''): string {
  return `/senders/${encodeURIComponent(email)}${search}`;
}

export function senderColumns(provider: string, providers: number[], workspaces: WorkspaceErrors, search: string): Column<SenderRow>[] {
  return [
    {
      id: 'name',
      label: 'Sender',
      sort: 'name',
      cell: (r) => (
        <Anchor component={Link} href={senderHref(r.email, search)} size="sm">
          {r.email}
        </Anchor>
      ),
      csv: (r) => r.email,
    },
    ...(workspaces ? [workspaceColumn<SenderRow>(workspaces)] : []),
    { id: 'state', label: 'State', cell: (r) => <StateBadge status={r.accountStatus} />, csv: (r) => stateLabel(r.accountStatus) },
    ...placementColumns<SenderRow>(provider, providers),
    ...countColumns<SenderRow>(),
  ];
}

function authRate(rate: { pass: number; total: number }) {
  return rate.total ? (100 * rate.pass) / rate.total : null;
}

function Blacklists({ row }: { row: DomainRow }) {
  const b = row.blacklists;
  if (!b) return <Text size="sm" c="dimmed" span>Not checked</Text>;
  if (!b.major.length && !b.minor.length) return <Text size="sm" span>None</Text>;
  return (
    <Text size="sm" span>
      {b.major.length > 0 && (
        <Text span fw={700} className={classes.bad} title={b.major.join(', ')}>
          {b.major.length} major
        </Text>
      )}
      {b.major.length > 0 && b.minor.length > 0 && ', '}
      {b.minor.length > 0 && <span title={b.minor.join(', ')}>{b.minor.length} minor</span>}
    </Text>
  );
}

export function domainColumns(provider: string, providers: number[], workspaces: WorkspaceErrors, domainHref: (domain: string) => string): Column<DomainRow>[] {
  const auth = (key: 'spf' | 'dkim' | 'dmarc', label: string): Column<DomainRow> => ({
    id: key,
    label: `${label} pass`,
    cell: (r) => <LandedCell value={authRate(r.auth[key])} />,
    csv: (r) => round(authRate(r.auth[key])),
  });
  return [
    {
      id: 'name',
      label: 'Domain',
      sort: 'name',
      cell: (r) => (
        <Anchor component={Link} href={domainHref(r.domain)} size="sm">
          {r.domain}
        </Anchor>
      ),
      csv: (r) => r.domain,
    },
    ...(workspaces ? [workspaceColumn<DomainRow>(workspaces)] : []),
    { id: 'senders', label: 'Senders', cell: (r) => formatCount(r.senders), csv: (r) => r.senders },
    ...placementColumns<DomainRow>(provider, providers),
    auth('spf', 'SPF'),
    auth('dkim', 'DKIM'),
    auth('dmarc', 'DMARC'),
    {
      id: 'blacklists',
      label: 'Blacklists',
      cell: (r) => <Blacklists row={r} />,
      csv: (r) => (r.blacklists ? [...r.blacklists.major.map((b) => `${b} (major)`), ...r.blacklists.minor].join('; ') : null),
    },
    ...countColumns<DomainRow>(),
  ];
}
