import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconTrash } from '@tabler/icons-react';
import type { Vendor } from '@/api-client';
import { ProblemAlert } from '@/components/errors/problem-alert';
import { useDeleteVendor } from '../api/delete-vendor';

export function DeleteVendorButton({ vendor, onDeleted }: { vendor: Vendor; onDeleted: () => void }) {
  const [opened, { open, close }] = useDisclosure(false);
  const deletion = useDeleteVendor({ mutationConfig: { onSuccess: onDeleted } });

  const cancel = () => {
    close();
    deletion.reset();
  };

  return (
    <>
      <Button variant="outline" color="red" leftSection={<IconTrash size={16} aria-hidden />} onClick={open}>
        Delete
      </Button>
      <Modal opened={opened} onClose={cancel} title={<Text fw={650}>Delete {vendor.name}?</Text>} centered>
        <Stack gap="md">
          <Text size="sm">
            This removes the vendor and every data holding recorded for it. It cannot be undone.
          </Text>
          {deletion.isError && <ProblemAlert error={deletion.error} title="Could not delete" />}
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={cancel} data-autofocus>
              Cancel
            </Button>
            <Button color="red" loading={deletion.isPending} onClick={() => deletion.mutate({ vendorId: vendor.id })}>
              Delete vendor
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
