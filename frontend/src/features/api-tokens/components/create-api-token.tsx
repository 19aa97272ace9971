import { Button, Modal } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconPlus } from '@tabler/icons-react';
import { useCreateApiToken } from '../api/create-api-token';
import { CreateApiTokenForm } from './create-api-token-form';
import { NewTokenSecret } from './new-token-secret';

export function CreateApiToken() {
  const [opened, { open, close }] = useDisclosure(false);
  const create = useCreateApiToken();

  const finish = () => {
    close();
    // Forget the secret as soon as the dialog closes.
    create.reset();
  };

  return (
    <>
      <Button onClick={open} leftSection={<IconPlus size={16} aria-hidden />}>
        New API token
      </Button>
      <Modal
        opened={opened}
        onClose={finish}
        title={create.data ? `Token “${create.data.name}” created` : 'New API token'}
        size="lg"
        closeOnClickOutside={!create.data}
      >
        {create.data ? (
          <NewTokenSecret created={create.data} onDone={finish} />
        ) : (
          <CreateApiTokenForm
            onSubmit={(values) => create.mutate({ ...values, scopes: new Set(values.scopes) })}
            onCancel={finish}
            isSubmitting={create.isPending}
            error={create.error}
          />
        )}
      </Modal>
    </>
  );
}
