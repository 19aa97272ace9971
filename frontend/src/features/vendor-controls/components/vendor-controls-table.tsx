import { Anchor, Badge, Button, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { VendorControl } from '@/api-client';
import { controlStatusColors, controlStatusLabels, evidenceLabels } from '@/utils/control-status-labels';
import { formatDateTime } from '@/utils/format';

type VendorControlsTableProps = {
  controls: VendorControl[];
  /** Shown only to roles that may override. */
  onOverride?: (control: VendorControl) => void;
};

export function VendorControlsTable({ controls, onOverride }: VendorControlsTableProps) {
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table verticalSpacing="xs" aria-label="Control statuses">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Control</Table.Th>
            <Table.Th style={{ textAlign: 'right' }}>Weight</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th>Evidence</Table.Th>
            <Table.Th>Source</Table.Th>
            <Table.Th>Reason</Table.Th>
            {onOverride && <Table.Th aria-label="Actions" />}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {controls.map((control) => {
            const color = controlStatusColors[control.status];
            return (
              <Table.Tr key={control.controlCode}>
                <Table.Td>
                  <Anchor component={Link} to={`/controls?control=${encodeURIComponent(control.controlCode)}`} size="sm">
                    <Text span ff="monospace" fw={700} size="sm">
                      {control.controlCode}
                    </Text>{' '}
                    {control.controlName}
                  </Anchor>
                </Table.Td>
                <Table.Td style={{ textAlign: 'right' }}>
                  <Text size="sm">{control.baseWeight}</Text>
                </Table.Td>
                <Table.Td>
                  <Badge variant="light" color={color} c={`${color}.9`} radius="sm">
                    {controlStatusLabels[control.status]}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" c={control.evidence ? undefined : 'dimmed'}>
                    {control.evidence ? evidenceLabels[control.evidence] : '—'}
                  </Text>
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <Source control={control} />
                </Table.Td>
                <Table.Td maw={360}>
                  <Text size="sm" lineClamp={2} title={control.reason}>
                    {control.reason ?? ''}
                  </Text>
                </Table.Td>
                {onOverride && (
                  <Table.Td>
                    <Button
                      size="compact-xs"
                      variant="light"
                      onClick={() => onOverride(control)}
                      aria-label={`Override ${control.controlCode}`}
                    >
                      Override
                    </Button>
                  </Table.Td>
                )}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function Source({ control }: { control: VendorControl }) {
  if (!control.source) {
    return (
      <Text size="sm" c="dimmed">
        Nothing recorded
      </Text>
    );
  }
  const when = control.updatedAt ? formatDateTime(control.updatedAt) : undefined;
  return (
    <>
      <Text size="sm">
        {control.source === 'OVERRIDE'
          ? `Override${control.updatedBy ? ` by ${control.updatedBy}` : ''}`
          : `Assessment${control.assessmentId ? ` #${control.assessmentId}` : ''}`}
      </Text>
      {when && (
        <Text size="xs" c="dimmed">
          {when}
        </Text>
      )}
    </>
  );
}
