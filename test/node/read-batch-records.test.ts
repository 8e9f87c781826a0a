import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBatchRecords } from '../../src/node/read-batch-records.js';

function recordsFile(name: string, text: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'chancery-records-')), name);
  writeFileSync(file, text);
  return file;
}

describe('readBatchRecords', () => {
  it('keeps a YAML number as it is written: leading zeros, trailing zeros and all', async () => {
    const result = await readBatchRecords(
      recordsFile(
        'missions.yaml',
        '- recipient: Mission A\n  number: 0042\n  file: 007\n  city: 1.50\n',
      ),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value[0]?.fields).toEqual({
      recipient: 'Mission A',
      number: '0042',
      file: '007',
      city: '1.50',
    });
  });

  it('refuses a CSV header that names a field twice, naming the field', async () => {
    const result = await readBatchRecords(
      recordsFile('missions.csv', 'recipient,city,recipient\nMission A,Geneva,Mission B\n'),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatchObject({ code: 'duplicate_field', line: 1 });
    expect(result.errors[0]?.message).toContain('"recipient"');
  });
});
