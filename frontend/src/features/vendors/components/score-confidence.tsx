import { Badge, Tooltip, VisuallyHidden } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { RiskConfidence } from '@/api-client';

// Keyed by the generated enum: a confidence added to the contract fails the build until it is described here.
const notAssessed: Record<RiskConfidence, { label: string; why: string } | null> = {
  INCOMPLETE: {
    label: 'Incomplete score',
    why:
      'Capped at C (79.9): no data holdings are recorded for this vendor, so the typical holdings of its category are ' +
      'scored instead. The cap lifts once its holdings are recorded and an assessment is completed.',
  },
  PROVISIONAL: {
    label: 'Provisional score',
    why:
      'Capped at C (79.9): no assessment of this vendor has been completed, so what it says about its controls is ' +
      'unverified. The cap lifts once an assessment is completed.',
  },
  ASSESSED: null,
};

/** A small marker beside a vendor's score when the score rests on missing knowledge; nothing once it is assessed. */
export function ScoreConfidenceMarker({ confidence }: { confidence: RiskConfidence | undefined }) {
  const marker = confidence ? notAssessed[confidence] : null;
  if (!marker) return null;
  return (
    <Tooltip label={marker.why} multiline w={320} withArrow events={{ hover: true, focus: true, touch: true }}>
      <Badge
        variant="outline"
        color="orange"
        c="orange.9"
        radius="sm"
        tt="none"
        fw={600}
        leftSection={<IconAlertTriangle size={12} aria-hidden />}
        tabIndex={0}
      >
        {marker.label}
        {/* The tooltip only shows on hover or focus; a screen reader gets the reason with the label. */}
        <VisuallyHidden>: {marker.why}</VisuallyHidden>
      </Badge>
    </Tooltip>
  );
}
