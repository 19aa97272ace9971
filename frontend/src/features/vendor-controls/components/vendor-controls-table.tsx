import { Anchor, Badge, Button, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { ControlObservation, VendorControl } from '@/api-client';
import { controlSourceLabels, controlStatusColors, controlStatusLabels, evidenceLabels } from '@/utils/control-status-labels';
import { formatDate, formatDateTime } from '@/utils/format';
import { validity } from '../utils/validity';

type VendorControlsTableProps = {
  controls: VendorControl[];
  /** The day expiries are judged against. */
  today: Date;
  /** Shown only to roles that may override. */
  onOverride?: (control: VendorControl) => void;
};

export function VendorControlsTable({ controls, today, onOverride }: VendorControlsTableProps) {
  return (
    <Table.ScrollContainer minWidth={980}>
      <Table verticalSpacing="xs" aria-label="Control statuses">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Control</Table.Th>
            <Table.Th style={{ textAlign: 'right' }}>Weight</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th>Source</Table.Th>
            <Table.Th>Valid until</Table.Th>
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
                  {/* The label may not shrink to an ellipsis when the columns beside it are long. */}
                  <Badge variant="light" color={color} c={`${color}.9`} radius="sm" styles={{ label: { overflow: 'visible' } }}>
                    {controlStatusLabels[control.status]}
                  </Badge>
                  {control.evidence && (
                    <Text size="xs" c="dimmed" mt={2}>
                      {evidenceLabels[control.evidence]}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <Source control={control} />
                </Table.Td>
                <Table.Td maw={240}>
                  <ValidUntil control={control} today={today} />
                </Table.Td>
                <Table.Td maw={360}>
                  <Text size="sm" lineClamp={2} title={control.reason}>
                    {control.reason ?? ''}
                  </Text>
                  {control.overridden && <Overrides observation={control.overridden} />}
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

function AssessmentLink({ assessmentId, children }: { assessmentId: number; children: string }) {
  return (
    <Anchor component={Link} to={`/assessments/${assessmentId}`} inherit>
      {children}
    </Anchor>
  );
}

/** Where the status comes from (the assessment linked), by whom, and the day it was observed. */
function Source({ control }: { control: VendorControl }) {
  if (!control.source) {
    return (
      <Text size="sm" c="dimmed">
        Nothing recorded
      </Text>
    );
  }
  const label = controlSourceLabels[control.source];
  return (
    <>
      <Text size="sm">
        {control.source === 'ASSESSMENT' && control.assessmentId ? (
          <AssessmentLink assessmentId={control.assessmentId}>{`${label} #${control.assessmentId}`}</AssessmentLink>
        ) : control.source === 'OVERRIDE' && control.updatedBy ? (
          `${label} by ${control.updatedBy}`
        ) : (
          label
        )}
      </Text>
      <Text size="xs" c="dimmed">
        {control.observedOn ? `Observed ${formatDate(control.observedOn)}` : formatDateTime(control.updatedAt)}
      </Text>
    </>
  );
}

/** How fresh the status is: the evidence's validity for an answer, the end of an override. */
function ValidUntil({ control, today }: { control: VendorControl; today: Date }) {
  const v = validity(control, today);
  if (!v) {
    return (
      <Text size="sm" c="dimmed">
        —
      </Text>
    );
  }
  switch (v.kind) {
    case 'evidenceValid':
      return <Text size="sm">Evidence valid until {formatDate(v.until)}</Text>;
    case 'evidenceExpired':
      return (
        <>
          <Text size="sm" c="orange.9">
            Evidence expired {formatDate(v.expiredOn)} — counts as self-attested
          </Text>
          <Text size="xs" c="dimmed">
            Counts as unknown from {formatDate(v.unknownFrom)}
          </Text>
        </>
      );
    case 'evidenceLapsed':
      return (
        <Text size="sm" c="red.9">
          Evidence expired {formatDate(v.expiredOn)} — counts as unknown
        </Text>
      );
    case 'overrideUntil':
      return <Text size="sm">Applies until {formatDate(v.until)}</Text>;
    case 'overrideOpen':
      return (
        <Text size="sm" c="dimmed">
          No end date; a completed assessment supersedes it
        </Text>
      );
  }
}

/** What an override in force sets aside: the observation that holds again once the override ends. */
function Overrides({ observation: o }: { observation: ControlObservation }) {
  const status = `${controlStatusLabels[o.status]}${o.evidence ? ` · ${evidenceLabels[o.evidence]}` : ''}`;
  const source =
    o.source === 'ASSESSMENT' && o.assessmentId ? (
      <AssessmentLink assessmentId={o.assessmentId}>{`assessment #${o.assessmentId}`}</AssessmentLink>
    ) : (
      controlSourceLabels[o.source].toLowerCase()
    );
  return (
    <Text size="xs" c="dimmed">
      Overrides: {status}, {source}, {formatDate(o.observedOn)}
    </Text>
  );
}
