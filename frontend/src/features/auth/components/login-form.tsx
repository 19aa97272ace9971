import { Alert, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { useForm } from 'react-hook-form';
import { errorMessage } from '@/lib/api-client';
import { useLogin } from '@/lib/auth';

// Mirrors LoginRequest in the contract. Two fields need no schema library: react-hook-form's own
// rules keep zod out of the login page, the one page everyone loads before anything is cached.
type LoginValues = { username: string; password: string };

const usernameRules = {
  validate: (value: string) => value.trim().length > 0 || 'Enter your username',
  maxLength: { value: 100, message: 'At most 100 characters' },
};
const passwordRules = {
  required: 'Enter your password',
  maxLength: { value: 200, message: 'At most 200 characters' },
};

export function LoginForm({ onSuccess }: { onSuccess: () => void }) {
  const login = useLogin({ onSuccess });
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm<LoginValues>({ defaultValues: { username: '', password: '' } });

  return (
    <form onSubmit={handleSubmit((values) => login.mutate({ ...values, username: values.username.trim() }))} noValidate>
      <Stack gap="md">
        {login.isError && (
          <Alert color="red" variant="light" icon={<IconAlertCircle aria-hidden />} title="Sign-in failed" role="alert">
            {errorMessage(login.error)}
          </Alert>
        )}
        <TextInput
          label="Username"
          autoComplete="username"
          autoFocus
          withAsterisk
          error={errors.username?.message}
          {...register('username', usernameRules)}
        />
        <PasswordInput
          label="Password"
          autoComplete="current-password"
          withAsterisk
          error={errors.password?.message}
          {...register('password', passwordRules)}
        />
        <Button type="submit" loading={login.isPending} fullWidth mt="xs">
          Sign in
        </Button>
      </Stack>
    </form>
  );
}
