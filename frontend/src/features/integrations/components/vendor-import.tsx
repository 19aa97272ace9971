import { Alert, Badge, Button, FileInput, Group, Stack, Table, Text } from '@mantine/core';
import { IconUpload } from '@tabler/icons-react';
import { useState } from 'react';
import type { VendorImportReport } from '@/api-client';
import { ProblemAlert } from '@/components/errors/problem-alert';
import { useImportVendors, type ImportFile } from '../api/import-vendors';

function ReportTable({ report }: { report: VendorImportReport }) {
  const errorsByRow = new Map<number, string[]>();
  report.errors.forEach((e) => errorsByRow.set(e.row, [...(errorsByRow.get(e.row) ?? []), `${e.field}: ${e.message}`]));
  return (
    <Table.ScrollContainer minWidth={480}>
      <Table striped aria-label={report.dryRun ? 'Dry run result' : 'Import result'}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Row</Table.Th>
            <Table.Th>Vendor</Table.Th>
            <Table.Th>Action</Table.Th>
            <Table.Th>Errors</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {report.rows.map((row) => (
            <Table.Tr key={row.row}>
              <Table.Td>{row.row}</Table.Td>
              <Table.Td>
                {row.name ?? '—'}
                {row.externalId && (
                  <Text size="xs" c="dimmed">
                    {row.externalId}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Badge color={row.action === 'ERROR' ? 'red' : row.action === 'UNCHANGED' ? 'gray' : 'blue'} variant="light">
                  {row.action}
                </Badge>
              </Table.Td>
              <Table.Td>
                {(errorsByRow.get(row.row) ?? []).map((message) => (
                  <Text key={message} size="sm" c="red">
                    {message}
                  </Text>
                ))}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** FileReader rather than File.text(): the latter is missing in some test DOMs and older browsers. */
function readText(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsText(file);
  });
}

/** Upload a CSV or JSON file, see every row's outcome in a dry run, then import it. */
export function VendorImport() {
  const [file, setFile] = useState<ImportFile | null>(null);
  const dryRun = useImportVendors();
  const realRun = useImportVendors();

  const choose = async (chosen: File | null) => {
    dryRun.reset();
    realRun.reset();
    setFile(chosen ? { name: chosen.name, text: await readText(chosen) } : null);
  };

  const checked = dryRun.data;
  const canImport = file !== null && checked !== undefined && checked.errors.length === 0 && !realRun.isSuccess;

  return (
    <Stack gap="md">
      <FileInput
        label="Vendor file"
        description="CSV with the header external_id,name,website,… or the JSON of an export. At most 1000 rows."
        accept=".csv,.json,text/csv,application/json"
        leftSection={<IconUpload size={16} aria-hidden />}
        clearable
        onChange={choose}
      />
      <Group gap="xs">
        <Button disabled={!file} loading={dryRun.isPending} onClick={() => file && dryRun.mutate({ file, dryRun: true })}>
          Check (dry run)
        </Button>
        <Button disabled={!canImport} loading={realRun.isPending} variant="filled" color="green"
          onClick={() => file && realRun.mutate({ file, dryRun: false })}>
          Import
        </Button>
      </Group>
      {dryRun.isError && <ProblemAlert error={dryRun.error} title="The file could not be checked" />}
      {realRun.isError && <ProblemAlert error={realRun.error} title="Nothing was imported" />}
      {checked && !realRun.data && (
        <Alert color={checked.errors.length ? 'red' : 'blue'} role="status"
          title={checked.errors.length ? `${checked.errors.length} problem(s): fix the file and check again` : 'Ready to import'}>
          {checked.created} to create, {checked.updated} to update, {checked.unchanged} unchanged. Nothing has been written yet.
        </Alert>
      )}
      {realRun.data && (
        <Alert color="green" role="status" title="Imported">
          {realRun.data.created} created, {realRun.data.updated} updated, {realRun.data.unchanged} unchanged.
        </Alert>
      )}
      {(realRun.data ?? checked) && <ReportTable report={(realRun.data ?? checked)!} />}
    </Stack>
  );
}
