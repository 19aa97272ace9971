import { notifications } from '@mantine/notifications';
import { useNavigate } from 'react-router';
import { ProblemAlert } from '@/components/errors/problem-alert';
import { ApiError } from '@/lib/api-client';
import { useCreateControl } from '../api/create-control';
import { newControlDefaults } from '../utils/control-schema';
import { ControlForm } from './control-form';

export function CreateControl() {
  const navigate = useNavigate();
  const create = useCreateControl({
    mutationConfig: {
      onSuccess: (control) => {
        notifications.show({ color: 'teal', title: 'Control added', message: `${control.code} ${control.name}` });
        navigate(`/controls?control=${encodeURIComponent(control.code)}`);
      },
    },
  });

  // Field errors and a taken code (409) go on the inputs; anything else (no permission) above the form.
  const shownOnInputs =
    create.error instanceof ApiError &&
    (create.error.status === 409 || (create.error.problem.errors?.length ?? 0) > 0);
  return (
    <ControlForm
      defaultValues={newControlDefaults}
      onSubmit={(fields) => create.mutate(fields)}
      onCancel={() => navigate('/controls')}
      isSubmitting={create.isPending}
      error={create.error}
      banner={create.isError && !shownOnInputs && <ProblemAlert error={create.error} title="Could not add the control" />}
    />
  );
}
