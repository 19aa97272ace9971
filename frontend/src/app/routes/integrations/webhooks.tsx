import { PageHeader } from '@/components/page-header';
import { WebhooksPanel } from '@/features/integrations/components/webhooks-panel';

export function WebhooksRoute() {
  return (
    <>
      <title>Webhooks · Tollgate</title>
      <PageHeader
        title="Webhooks"
        description="Signed POSTs to other systems when scores move, assessments are submitted or campaigns go live. Administrators only."
      />
      <WebhooksPanel />
    </>
  );
}
