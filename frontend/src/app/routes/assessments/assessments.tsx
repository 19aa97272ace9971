import { PageHeader } from '@/components/page-header';
import { AssessmentsList } from '@/features/assessments/components/assessments-list';

export function AssessmentsRoute() {
  return (
    <>
      <title>Assessments · Tollgate</title>
      <PageHeader
        title="Assessments"
        description="Questionnaires sent to vendors: who has answered, what waits for review, and who is late."
      />
      <AssessmentsList />
    </>
  );
}
