import { Button } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { Link } from 'react-router';
import { PageHeader } from '@/components/page-header';
import { ControlsList } from '@/features/controls/components/controls-list';
import { useAuthorization } from '@/lib/auth';

export function ControlsRoute() {
  const { canAddControls } = useAuthorization();
  return (
    <>
      <title>Controls · Tollgate</title>
      <PageHeader
        title="Controls"
        description="The security controls vendors are assessed against, mapped to frameworks and to the ATT&CK techniques they counter."
        actions={
          canAddControls && (
            <Button component={Link} to="/controls/new" leftSection={<IconPlus size={16} aria-hidden />}>
              New control
            </Button>
          )
        }
      />
      <ControlsList />
    </>
  );
}
