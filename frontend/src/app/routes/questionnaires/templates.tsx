import { PageHeader } from '@/components/page-header';
import { ImportTemplateButtons } from '@/features/questionnaires/components/import-template-buttons';
import { TemplatesList } from '@/features/questionnaires/components/templates-list';
import { useAuthorization } from '@/lib/auth';

export function TemplatesRoute() {
  const { canImportTemplates } = useAuthorization();
  return (
    <>
      <title>Questionnaires · Tollgate</title>
      <PageHeader
        title="Questionnaires"
        description="Templates sent to vendors. A template never changes once created: a new version is a new template."
        actions={canImportTemplates && <ImportTemplateButtons />}
      />
      <TemplatesList />
    </>
  );
}
