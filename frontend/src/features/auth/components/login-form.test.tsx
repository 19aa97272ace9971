import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test, vi } from 'vitest';
import { json, mockFetch, problem, renderAt } from '@/testing/test-utils';
import { LoginForm } from './login-form';

function renderForm(onSuccess = vi.fn()) {
  renderAt('/login', <LoginForm onSuccess={onSuccess} />);
  return onSuccess;
}

describe('LoginForm', () => {
  test('asks for both fields before calling the server', async () => {
    const fetchMock = mockFetch(() => json({}));
    renderForm();

    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByText('Enter your username')).toBeInTheDocument();
    expect(screen.getByText('Enter your password')).toBeInTheDocument();
    expect(screen.getByLabelText(/Username/)).toHaveAttribute('aria-invalid', 'true');
    expect(fetchMock).not.toHaveBeenCalled();
  });

  test('shows the problem detail when the credentials are wrong', async () => {
    mockFetch(() => problem(401, 'Invalid username or password.'));
    const onSuccess = renderForm();

    await userEvent.type(screen.getByLabelText(/Username/), 'admin');
    await userEvent.type(screen.getByLabelText(/Password/), 'wrong');
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Invalid username or password.');
    expect(onSuccess).not.toHaveBeenCalled();
    expect(sessionStorage.length).toBe(0);
  });

  test('shows the rate-limit message on 429', async () => {
    mockFetch(() => problem(429, 'Too many sign-in attempts; retry in 60 seconds.'));
    renderForm();

    await userEvent.type(screen.getByLabelText(/Username/), 'admin');
    await userEvent.type(screen.getByLabelText(/Password/), 'secret');
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Too many sign-in attempts; retry in 60 seconds.');
  });

  test('posts the credentials and keeps the token for this tab only', async () => {
    const fetchMock = mockFetch(({ url }) =>
      url.pathname === '/api/v1/auth/login'
        ? json({ accessToken: 'jwt-123', tokenType: 'Bearer', expiresIn: 3600, username: 'admin', roles: ['ADMIN'] })
        : problem(404, 'unexpected'),
    );
    const onSuccess = renderForm();

    await userEvent.type(screen.getByLabelText(/Username/), ' admin ');
    await userEvent.type(screen.getByLabelText(/Password/), 'correct horse');
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));

    await waitFor(() => expect(onSuccess).toHaveBeenCalled());
    const [, init] = fetchMock.mock.calls[0];
    expect(JSON.parse(String(init?.body))).toEqual({ username: 'admin', password: 'correct horse' });
    expect(sessionStorage.getItem('tollgate.accessToken')).toBe('jwt-123');
    expect(localStorage.length).toBe(0);
  });
});
