import { Card, Group, SegmentedControl, Skeleton, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import type { Finding } from '@/api-client';
import { ProblemAlert } from '@/components/errors/problem-alert';
import { useVendorFindings } from '../api/get-vendor-findings';
import { EditFindingModal } from './edit-finding-modal';
import { FindingsTable } from './findings-table';
import { RequestRemediationModal } from './request-remediation-modal';

type Filter = 'live' | 'all';

type FindingsSectionProps = {
  vendorId: number;
  canEdit: boolean;
  /** When the vendor's control statuses changed on the page; findings follow them, so they are read again. */
  changedAt?: Date;
};

export function FindingsSection({ vendorId, canEdit, changedAt }: FindingsSectionProps) {
  const findings = useVendorFindings({ vendorId });
  const [filter, setFilter] = useState<Filter>('live');
  const [editing, setEditing] = useState<Finding | null>(null);
  const [requesting, setRequesting] = useState<Finding | null>(null);
  const { refetch } = findings;

  useEffect(() => {
    if (changedAt) refetch();
  }, [changedAt, refetch]);

  const all = findings.data ?? [];
  const live = all.filter((f) => f.status !== 'CLOSED');
  const shown = filter === 'live' ? live : all;

  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="findings-title">
      <Group justify="space-between" mb="md" gap="xs">
        <div>
          <Title order={2} fz="lg" id="findings-title">
            Findings
          </Title>
          <Text size="sm" c="dimmed">
            Each unmet control is a finding; it closes when the control is met.
          </Text>
        </div>
        {findings.data && (
          <SegmentedControl
            size="xs"
            value={filter}
            onChange={(value) => setFilter(value as Filter)}
            aria-label="Show findings"
            data={[
              { value: 'live', label: `Not closed (${live.length})` },
              { value: 'all', label: `All (${all.length})` },
            ]}
          />
        )}
      </Group>
      {findings.error ? (
        <ProblemAlert error={findings.error} title="Could not load the findings" onRetry={() => findings.refetch()} />
      ) : !findings.data ? (
        <Stack gap="xs" aria-label="Loading findings">
          <Skeleton height={18} />
          <Skeleton height={18} />
        </Stack>
      ) : shown.length === 0 ? (
        <Text size="sm" c="dimmed">
          {all.length === 0 ? 'No findings: no control is recorded as unmet.' : 'Every finding is closed.'}
        </Text>
      ) : (
        <FindingsTable
          findings={shown}
          onEdit={canEdit ? setEditing : undefined}
          onRequest={canEdit ? setRequesting : undefined}
        />
      )}
      {editing && (
        <EditFindingModal
          finding={editing}
          onClose={() => setEditing(null)}
          onSaved={(saved) => {
            setEditing(null);
            notifications.show({ color: 'teal', title: `Finding ${saved.controlCode} saved`, message: '' });
          }}
        />
      )}
      {requesting && (
        <RequestRemediationModal
          finding={requesting}
          onClose={() => setRequesting(null)}
          onSent={(saved) => {
            setRequesting(null);
            notifications.show({
              color: 'teal',
              title: `Sent ${saved.controlCode} to the vendor`,
              message: 'It now appears in their portal.',
            });
          }}
        />
      )}
    </Card>
  );
}
