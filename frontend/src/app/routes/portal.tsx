import { Alert, Center, Loader } from '@mantine/core';
import { useEffect } from 'react';
import { useNavigate, useParams } from 'react-router';
import { usePortalAssessment } from '@/features/portal/api/get-portal-assessment';
import { portalTokenStore } from '@/features/portal/api/portal-client';
import { PortalQuestionnaire } from '@/features/portal/components/portal-questionnaire';
import { RemediationRequests } from '@/features/findings/components/remediation-requests';
import { ApiError, errorMessage } from '@/lib/api-client';

/** The link a vendor receives: keeps the token for this tab and takes it out of the address bar. */
export function PortalEntryRoute() {
  const { token } = useParams();
  const navigate = useNavigate();
  useEffect(() => {
    if (token) portalTokenStore.set(token);
    navigate('/portal', { replace: true });
  }, [token, navigate]);
  return null;
}

export function PortalRoute() {
  const assessment = usePortalAssessment();
  if (assessment.isPending) {
    return (
      <Center mih="50dvh">
        <Loader />
      </Center>
    );
  }
  if (assessment.isError) {
    const expired = assessment.error instanceof ApiError && assessment.error.status === 401;
    return (
      <Center mih="50dvh" p="md">
        <Alert color="red" title={expired ? 'This link no longer works' : 'Something went wrong'} maw={480}>
          {expired
            ? 'The invitation has expired or was withdrawn. Ask your contact for a new link.'
            : errorMessage(assessment.error)}
        </Alert>
      </Center>
    );
  }
  return (
    <>
      <RemediationRequests />
      <PortalQuestionnaire assessment={assessment.data} />
    </>
  );
}
