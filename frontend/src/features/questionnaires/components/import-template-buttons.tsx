import { Button, FileButton, Group, Modal, NumberInput, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFileImport, IconTableImport } from '@tabler/icons-react';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { QuestionnaireTemplate } from '@/api-client';
import { ProblemAlert } from '@/components/errors/problem-alert';
import { useImportTemplate } from '../api/import-template';
import { useImportTemplateCsv } from '../api/import-template-csv';

/** Import from an exported JSON document, or from a spreadsheet saved as CSV (which needs a name and version). */
export function ImportTemplateButtons() {
  const navigate = useNavigate();
  const imported = (template: QuestionnaireTemplate) => {
    notifications.show({ color: 'teal', title: 'Questionnaire imported', message: `${template.name} v${template.version}` });
    navigate(`/questionnaires/${template.id}`);
  };
  const importJson = useImportTemplate({ mutationConfig: { onSuccess: imported } });
  const [csvFile, setCsvFile] = useState<File | null>(null);
  return (
    <Stack gap="xs" align="flex-end">
      <Group gap="xs">
        <FileButton accept="application/json,.json" onChange={(file) => file && importJson.mutate(file)}>
          {(props) => (
            <Button {...props} variant="default" loading={importJson.isPending} leftSection={<IconFileImport size={16} aria-hidden />}>
              Import JSON
            </Button>
          )}
        </FileButton>
        <FileButton accept="text/csv,.csv" onChange={setCsvFile}>
          {(props) => (
            <Button {...props} variant="default" leftSection={<IconTableImport size={16} aria-hidden />}>
              Import CSV
            </Button>
          )}
        </FileButton>
      </Group>
      {importJson.isError && <ProblemAlert error={importJson.error} title="Could not import the questionnaire" />}
      {csvFile && <CsvImportModal file={csvFile} onClose={() => setCsvFile(null)} onImported={imported} />}
    </Stack>
  );
}

type CsvImportModalProps = { file: File; onClose: () => void; onImported: (template: QuestionnaireTemplate) => void };

function CsvImportModal({ file, onClose, onImported }: CsvImportModalProps) {
  const [name, setName] = useState(file.name.replace(/\.csv$/i, ''));
  const [version, setVersion] = useState<number | string>(1);
  const importCsv = useImportTemplateCsv({ mutationConfig: { onSuccess: onImported } });
  return (
    <Modal opened onClose={onClose} title={<Text fw={650}>Import {file.name}</Text>}>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (name.trim() !== '') importCsv.mutate({ file, name: name.trim(), version: Number(version) || 1 });
        }}
      >
        <Stack gap="md">
          {importCsv.isError && <ProblemAlert error={importCsv.error} title="Could not import the spreadsheet" />}
          <TextInput label="Name" withAsterisk maxLength={200} value={name} onChange={(e) => setName(e.currentTarget.value)}
            error={name.trim() === '' ? 'Name the questionnaire' : undefined} />
          <NumberInput label="Version" min={1} max={10000} allowDecimal={false} value={version} onChange={setVersion}
            description="Name and version together must be new" />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>Cancel</Button>
            <Button type="submit" loading={importCsv.isPending}>Import</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
