import { render, screen } from '@testing-library/react';
import { expect, test } from 'vitest';
import { App } from './app';

test('renders the product name', () => {
  render(<App />);
  expect(screen.getByRole('heading', { name: 'Tollgate' })).toBeInTheDocument();
});
