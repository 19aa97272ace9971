import { Button, Paper } from '@mantine/core';
import { IconBuildingStore } from '@tabler/icons-react';
import { Link } from 'react-router';
import { EmptyState } from '@/components/empty-state';

export function VendorNotFound() {
  return (
    <Paper withBorder radius="md">
      <EmptyState
        icon={<IconBuildingStore size={24} />}
        title="Vendor not found"
        action={
          <Button component={Link} to="/vendors" variant="light">
            Back to vendors
          </Button>
        }
      >
        It may have been deleted, or the link is wrong.
      </EmptyState>
    </Paper>
  );
}
