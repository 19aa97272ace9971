import { Button, Paper } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { Link } from 'react-router';
import { EmptyState } from '@/components/empty-state';

export function IncidentNotFound() {
  return (
    <Paper withBorder radius="md">
      <EmptyState
        icon={<IconAlertTriangle size={24} />}
        title="Incident not found"
        action={
          <Button component={Link} to="/incidents" variant="light">
            Back to incidents
          </Button>
        }
      >
        The link may be wrong.
      </EmptyState>
    </Paper>
  );
}
