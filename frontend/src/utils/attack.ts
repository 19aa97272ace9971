/** MITRE's page for an ATT&CK technique: T1566.004 lives at /techniques/T1566/004/. */
export function attackUrl(techniqueId: string): string {
  return `https://attack.mitre.org/techniques/${techniqueId.replace('.', '/')}/`;
}
