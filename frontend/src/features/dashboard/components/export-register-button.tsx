import { Button } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDownload } from '@tabler/icons-react';
import { useState } from 'react';
import { errorMessage } from '@/lib/api-client';
import { exportVendorRegister } from '../api/export-vendor-register';

export function ExportRegisterButton() {
  const [busy, setBusy] = useState(false);
  return (
    <Button
      variant="default"
      leftSection={<IconDownload size={16} aria-hidden />}
      loading={busy}
      onClick={async () => {
        setBusy(true);
        try {
          const fileName = await exportVendorRegister();
          notifications.show({ color: 'teal', title: 'Register exported', message: fileName });
        } catch (error) {
          notifications.show({ color: 'red', title: 'Export failed', message: errorMessage(error) });
        } finally {
          setBusy(false);
        }
      }}
    >
      Export register (CSV)
    </Button>
  );
}
