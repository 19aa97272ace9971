import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test } from 'vitest';
import { RiskConfidence, VendorFromJSON } from '@/api-client';
import { renderAt, vendorJson } from '@/testing/test-utils';
import { VendorSummary } from './vendor-details';

const vendor = VendorFromJSON(vendorJson({ id: 5, name: 'Northwind Payroll', category: 'PAYROLL' }));

describe('ScoreConfidenceMarker in the vendor summary', () => {
  test('marks a provisional score and says on hover that it is capped at C until an assessment is completed', async () => {
    renderAt('/vendors/5', <VendorSummary vendor={vendor} confidence={RiskConfidence.Provisional} />);

    const marker = await screen.findByText('Provisional score');
    await userEvent.hover(marker);
    expect(await screen.findByRole('tooltip')).toHaveTextContent(
      'Capped at C (79.9): no assessment of this vendor has been completed',
    );
  });

  test('marks an incomplete score, saying why, also to a screen reader and on keyboard focus', async () => {
    renderAt('/vendors/5', <VendorSummary vendor={vendor} confidence={RiskConfidence.Incomplete} />);

    const marker = (await screen.findByText('Incomplete score')).closest('.mantine-Badge-root')!;
    expect(marker).toHaveTextContent('Capped at C (79.9): no data holdings are recorded for this vendor');
    await userEvent.tab();
    await userEvent.tab();
    expect(marker).toHaveFocus();
    expect(await screen.findByRole('tooltip')).toHaveTextContent('the typical holdings of its category are scored instead');
  });

  test('shows nothing for an assessed score, or before the score has loaded', async () => {
    const { unmount } = renderAt('/vendors/5', <VendorSummary vendor={vendor} confidence={RiskConfidence.Assessed} />);
    await screen.findByText('Payroll');
    expect(screen.queryByText(/score$/)).not.toBeInTheDocument();
    unmount();

    renderAt('/vendors/5', <VendorSummary vendor={vendor} />);
    await screen.findByText('Payroll');
    expect(screen.queryByText(/score$/)).not.toBeInTheDocument();
  });
});
