import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test } from 'vitest';
import { controlJson, json, mockFetch, problem, renderAt, signIn } from '@/testing/test-utils';
import { CreateControl } from './create-control';

async function fillRequired() {
  await userEvent.type(screen.getByRole('textbox', { name: /^Name/ }), 'PAM for vendor admins');
  await userEvent.type(screen.getByRole('textbox', { name: /^Description/ }), 'Vendor admins go through a PAM vault.');
  await userEvent.click(screen.getByRole('textbox', { name: /^Domain/ }));
  await userEvent.click(await screen.findByRole('option', { name: 'Access' }));
}

describe('CreateControl', () => {
  test('checks the form before calling the server', async () => {
    signIn(['ADMIN']);
    const fetchMock = mockFetch(() => json({}));
    renderAt('/controls/new', <CreateControl />);

    await userEvent.type(screen.getByRole('textbox', { name: /^Code/ }), 'PAM');
    await userEvent.click(screen.getByRole('button', { name: 'Add control' }));

    expect(await screen.findByText('Starts with X- then letters, digits and dashes, e.g. X-PAM-01')).toBeInTheDocument();
    expect(screen.getByText('Enter the control’s name')).toBeInTheDocument();
    expect(screen.getByText('Choose a domain')).toBeInTheDocument();
    expect(fetchMock).not.toHaveBeenCalled();
  });

  test('posts the control with its mappings and opens it in the catalogue', async () => {
    signIn(['ADMIN']);
    const fetchMock = mockFetch(({ method }) =>
      method === 'POST' ? json(controlJson({ code: 'X-001', builtin: false }), 201) : problem(404, 'unexpected'),
    );
    const { router } = renderAt('/controls/new', <CreateControl />);

    await fillRequired();
    await userEvent.click(screen.getByRole('button', { name: 'Add mapping' }));
    await userEvent.click(screen.getByRole('textbox', { name: /^Framework, mapping 1/ }));
    await userEvent.click(await screen.findByRole('option', { name: 'NIST CSF 2.0' }));
    await userEvent.type(screen.getByRole('textbox', { name: /^Reference, mapping 1/ }), 'PR.AA-05');
    await userEvent.click(screen.getByRole('button', { name: 'Add control' }));

    await waitFor(() => expect(router.state.location.search).toBe('?control=X-001'));
    const [, init] = fetchMock.mock.calls.find(([, i]) => i?.method === 'POST')!;
    expect(JSON.parse(String(init!.body))).toEqual({
      name: 'PAM for vendor admins',
      description: 'Vendor admins go through a PAM vault.',
      domain: 'ACCESS',
      baseWeight: 3,
      mappings: [{ framework: 'NIST_CSF_2', reference: 'PR.AA-05' }],
      techniques: [],
    });
  });

  test('puts the server’s field errors on the matching inputs, including a row of a list', async () => {
    signIn(['ADMIN']);
    mockFetch(() =>
      problem(422, 'Invalid control', [
        { field: 'name', message: 'name is already used by C12' },
        { field: 'techniques[0].id', message: 'unknown ATT&CK technique' },
      ]),
    );
    renderAt('/controls/new', <CreateControl />);

    await fillRequired();
    await userEvent.click(screen.getByRole('button', { name: 'Add technique' }));
    await userEvent.type(screen.getByRole('textbox', { name: /^Technique id, row 1/ }), 'T9999');
    await userEvent.type(screen.getByRole('textbox', { name: /^Technique name, row 1/ }), 'Made up');
    await userEvent.click(screen.getByRole('button', { name: 'Add control' }));

    expect(await screen.findByText('name is already used by C12')).toBeInTheDocument();
    expect(screen.getByText('unknown ATT&CK technique')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /^Technique id, row 1/ })).toHaveAttribute('aria-invalid', 'true');
  });

  test('shows a taken code (409) on the code input', async () => {
    signIn(['ADMIN']);
    mockFetch(() => problem(409, 'Control X-PAM-01 already exists.'));
    renderAt('/controls/new', <CreateControl />);

    await userEvent.type(screen.getByRole('textbox', { name: /^Code/ }), 'x-pam-01');
    await fillRequired();
    await userEvent.click(screen.getByRole('button', { name: 'Add control' }));

    expect(await screen.findByText('Control X-PAM-01 already exists.')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /^Code/ })).toHaveAttribute('aria-invalid', 'true');
  });
});
