import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  cpSync,
  lstatSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { draftForRecord } from '../../src/batch/batch-record.js';
import { createDrafter, loadDraftFile, parseDraft } from '../../src/index.js';
import { runCli, workspace } from '../support/cli.js';
import { batchNoteYaml } from '../support/drafts.js';
import { docxParagraphs, readDocxParts } from '../support/docx-parts.js';

function noteWithRecords(
  records: string,
  name = 'missions.csv',
): { folder: string; draft: string; records: string } {
  const folder = workspace();
  writeFileSync(join(folder, 'note.yaml'), batchNoteYaml);
  writeFileSync(join(folder, name), records);
  return { folder, draft: join(folder, 'note.yaml'), records: join(folder, name) };
}

// Batches the draft `<name>.yaml` of a folder with the records `<name>.csv` into `<name>/`.
function batchByName(folder: string, name: string): ReturnType<typeof runCli> {
  return runCli([
    'batch',
    join(folder, `${name}.yaml`),
    join(folder, `${name}.csv`),
    '-o',
    join(folder, name),
  ]);
}

function paragraphsOf(file: string): string[] {
  return docxParagraphs(readDocxParts(new Uint8Array(readFileSync(file))));
}

describe('chancery batch', () => {
  it('writes one document per CSV record, each with its recipient, salutation and serial number', async () => {
    const { folder, draft, records } = noteWithRecords(
      [
        'recipient,city,salutation',
        'Permanent Mission of Chile,Geneva,"Dear Colleague,"',
        '"Permanent Mission of Côte d\'Ivoire, Geneva",New York,Madam',
      ].join('\n'),
    );
    const out = join(folder, 'out');
    const result = await runCli(['batch', draft, records, '-o', out, '--serial-start', '41']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^wrote 2 of 2 documents to .*out in \d+\.\d s\n$/);
    expect(readdirSync(out).sort()).toEqual([
      '41-permanent-mission-of-chile.docx',
      '42-permanent-mission-of-cote-d-ivoire-geneva.docx',
    ]);
    const chile = paragraphsOf(join(out, '41-permanent-mission-of-chile.docx'));
    expect(chile).toContain('No: UTO/2024/041');
    expect(chile).toContain('Permanent Mission of Chile');
    expect(chile).toContain('Dear Colleague,');
    const ivory = paragraphsOf(join(out, '42-permanent-mission-of-cote-d-ivoire-geneva.docx'));
    expect(ivory).toContain('No: UTO/2024/042');
    expect(ivory).toContain("Permanent Mission of Côte d'Ivoire, Geneva");
    expect(ivory).toContain('New York');
  });

  it('reports a bad record with its row, goes on with the others, and exits 1 after a summary', async () => {
    const { folder, draft, records } = noteWithRecords(
      ['recipient', 'Mission A', '"Bad \u0007 name"', '', 'Mission D'].join('\n'),
    );
    const out = join(folder, 'out');
    const result = await runCli(['batch', draft, records, '-o', out]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(
      /missions\.csv:3: error invalid_text at documents\[0\]\.recipient\.name: row 3: contains U\+0007/,
    );
    expect(result.stdout).toMatch(/wrote 2 of 3 documents .* \(1 failed, listed above\)/);
    expect(readdirSync(out).sort()).toEqual(['1-mission-a.docx', '3-mission-d.docx']);
  });

  it('takes a YAML list of records, with a file name of its own for each', async () => {
    const { folder, draft, records } = noteWithRecords(
      '- { recipient: Mission A, number: "A/1", file: first }\n- recipient: Mission B\n  file: first\n',
      'missions.yaml',
    );
    const out = join(folder, 'out');
    const result = await runCli(['batch', draft, records, '-o', out]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(
      /missions\.yaml:2: error file_taken: row 2: the file first\.docx is already written for row 1/,
    );
    expect(readdirSync(out)).toEqual(['first.docx']);
    expect(paragraphsOf(join(out, 'first.docx'))).toContain('No: A/1');
  });

  it('refuses a records file with an unknown column before writing anything', async () => {
    const { folder, draft, records } = noteWithRecords('recipient,colour\nMission A,blue\n');
    const result = await runCli(['batch', draft, records, '-o', join(folder, 'out')]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('unknown field "colour"');
    expect(readdirSync(folder).sort()).toEqual(['missions.csv', 'note.yaml']);
  });

  it('shares a large batch among threads (the built command) and writes every record', () => {
    const rows = ['recipient', ...Array.from({ length: 240 }, (_, index) => `Mission ${index}`)];
    const { folder, draft, records } = noteWithRecords(rows.join('\n'));
    const out = join(folder, 'out');
    const result = spawnSync(
      process.execPath,
      ['bin/chancery.js', 'batch', draft, records, '-o', out, '--jobs', '2'],
      { encoding: 'utf8' },
    );
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^wrote 240 of 240 documents/);
    expect(readdirSync(out)).toHaveLength(240);
    expect(paragraphsOf(join(out, '240-mission-239.docx'))).toContain('No: UTO/2024/240');
  });

  it('stops the threads it started early when the batch is too small for them or cannot run', () => {
    const { folder, draft, records } = noteWithRecords('recipient\nMission A\nMission B\n');
    // A thread left waiting for a job would keep the command from ever ending.
    const run = (args: string[]) =>
      spawnSync(process.execPath, ['bin/chancery.js', 'batch', ...args, '--jobs', '4'], {
        encoding: 'utf8',
        timeout: 60_000,
      });
    const small = run([draft, records, '-o', join(folder, 'out')]);
    expect(small.stderr).toBe('');
    expect(small.status).toBe(0);
    expect(readdirSync(join(folder, 'out'))).toEqual(['1-mission-a.docx', '2-mission-b.docx']);
    writeFileSync(join(folder, 'broken.yaml'), 'language: en\nsender: [\n');
    const broken = run([join(folder, 'broken.yaml'), records, '-o', join(folder, 'never')]);
    expect(broken.status).toBe(1);
    expect(broken.stderr).toMatch(/error/);
    expect(readdirSync(folder)).not.toContain('never');
  });

  it('writes every record when a batch thread stops, the main thread taking over its records', () => {
    // A copy of the built command whose thread code fails as it starts.
    const installed = workspace();
    for (const part of ['bin', 'dist/bundle', 'templates', 'package.json'])
      cpSync(part, join(installed, part), { recursive: true });
    writeFileSync(
      join(installed, 'dist/bundle/batch-worker.cjs'),
      "throw new Error('this thread cannot start');\n",
    );
    const rows = ['recipient', ...Array.from({ length: 240 }, (_, index) => `Mission ${index}`)];
    const { folder, draft, records } = noteWithRecords(rows.join('\n'));
    const out = join(folder, 'out');
    const result = spawnSync(
      process.execPath,
      [join(installed, 'bin/chancery.js'), 'batch', draft, records, '-o', out, '--jobs', '2'],
      { encoding: 'utf8' },
    );
    expect(result.stderr).toContain('batch_thread_stopped');
    expect(result.stderr).toContain('this thread cannot start');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^wrote 240 of 240 documents/);
    expect(readdirSync(out)).toHaveLength(240);
    expect(paragraphsOf(join(out, '240-mission-239.docx'))).toContain('No: UTO/2024/240');
  });

  it('writes each record exactly as rendering its draft alone would, paragraph for paragraph', async () => {
    const rows = ['recipient', ...Array.from({ length: 30 }, (_, index) => `Mission ${index}`)];
    const { folder, draft, records } = noteWithRecords(rows.join('\n'));
    const out = join(folder, 'out');
    expect((await runCli(['batch', draft, records, '-o', out])).status).toBe(0);
    const loaded = await loadDraftFile(draft);
    if (!loaded.ok) throw new Error('the draft does not load');
    const drafter = createDrafter();
    for (const index of [0, 1, 29]) {
      const alone = parseDraft(
        draftForRecord(
          loaded.value.draft,
          { row: index + 2, fields: { recipient: `Mission ${index}` } },
          index + 1,
        ),
      );
      if (!alone.ok) throw new Error('a record does not validate');
      const expected = docxParagraphs(readDocxParts((await drafter.renderDocx(alone.value)).bytes));
      const file = join(out, `${String(index + 1).padStart(2, '0')}-mission-${index}.docx`);
      expect(paragraphsOf(file)).toEqual(expected);
    }
  });

  it('writes notes in French and Russian, each record giving its recipient’s article or dative', async () => {
    const folder = workspace();
    copyFileSync('examples/cambodia-reply-fr.yaml', join(folder, 'fr.yaml'));
    copyFileSync('examples/note-verbale-ru.yaml', join(folder, 'ru.yaml'));
    writeFileSync(
      join(folder, 'fr.csv'),
      [
        'recipient,article',
        'Mission permanente du Chili,la',
        'Office des Nations Unies à Genève,l’',
        'Haut-Commissariat aux réfugiés,le',
      ]
        .join('\n')
        .replace('l’', "l'"),
    );
    writeFileSync(
      join(folder, 'ru.yaml'.replace('.yaml', '.csv')),
      'recipient,forms.dative\nПостоянное представительство Чили,Постоянному представительству Чили\n',
    );
    const fr = await batchByName(folder, 'fr');
    expect(fr.stderr).toBe('');
    expect(fr.status).toBe(0);
    const chile = paragraphsOf(join(folder, 'fr', '1-mission-permanente-du-chili.docx'));
    expect(
      chile.some((text) =>
        text.includes('présente ses compliments à la Mission permanente du Chili'),
      ),
    ).toBe(true);
    const office = paragraphsOf(join(folder, 'fr', '2-office-des-nations-unies-a-geneve.docx'));
    expect(
      office.some((text) => text.includes("renouveler à l'Office des Nations Unies à Genève")),
    ).toBe(true);
    const refugees = paragraphsOf(join(folder, 'fr', '3-haut-commissariat-aux-refugies.docx'));
    expect(refugees.some((text) => text.includes('au Haut-Commissariat aux réfugiés'))).toBe(true);

    const ru = await batchByName(folder, 'ru');
    expect(ru.stderr).toBe('');
    expect(ru.status).toBe(0);
    const [file] = readdirSync(join(folder, 'ru'));
    const russian = paragraphsOf(join(folder, 'ru', file!));
    expect(
      russian.some((text) =>
        text.includes('свидетельствует свое уважение Постоянному представительству Чили'),
      ),
    ).toBe(true);
    expect(russian).toContain('Постоянное представительство Чили');
  });

  it('never gives a new recipient the draft’s article or forms, and names the column a language needs', async () => {
    const folder = workspace();
    copyFileSync('examples/cambodia-reply-fr.yaml', join(folder, 'fr.yaml'));
    copyFileSync('examples/note-verbale-ru.yaml', join(folder, 'ru.yaml'));
    writeFileSync(join(folder, 'fr.csv'), 'recipient\nMission permanente du Chili\n');
    writeFileSync(join(folder, 'ru.csv'), 'recipient\nПостоянное представительство Чили\n');
    const fr = await batchByName(folder, 'fr');
    expect(fr.status).toBe(1);
    expect(fr.stderr).toMatch(
      /fr\.csv:2: error article_needed at documents\[0\]\.recipient\.article: row 2: is needed: .* \(a record gives it in the column "article"\)/,
    );
    const ru = await batchByName(folder, 'ru');
    expect(ru.status).toBe(1);
    expect(ru.stderr).toMatch(
      /ru\.csv:2: error form_needed at documents\[0\]\.recipient\.forms\.dative: row 2: .* \(a record gives it in the column "forms\.dative"\)/,
    );
    expect(readdirSync(join(folder, 'fr'))).toEqual([]);
    expect(readdirSync(join(folder, 'ru'))).toEqual([]);
  });

  it('renders a draft in a format of a --format-dir folder', async () => {
    const folder = workspace();
    copyFileSync('examples/embassy-reply.yaml', join(folder, 'embassy.yaml'));
    writeFileSync(
      join(folder, 'missions.csv'),
      'recipient,number\nMission of Chile,GVA/2024/{serial:3}\n',
    );
    const result = await runCli([
      'batch',
      join(folder, 'embassy.yaml'),
      join(folder, 'missions.csv'),
      '-o',
      join(folder, 'out'),
      '--format-dir',
      'examples/formats',
    ]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const note = paragraphsOf(join(folder, 'out', '1-mission-of-chile.docx'));
    expect(note).toContain('Mission of Chile');
    // The embassy format's own label for the number.
    expect(note.some((text) => text.includes('GVA/2024/001'))).toBe(true);
  });

  it('refuses a serial or a number of threads that is not a whole number, writing nothing', async () => {
    const { folder, draft, records } = noteWithRecords('recipient\nMission A\n');
    const out = join(folder, 'out');
    for (const option of [
      ['--serial-start', 'ten'],
      ['--serial-start', '-3'],
      ['--jobs', 'many'],
      ['--jobs', '0'],
    ]) {
      const result = await runCli(['batch', draft, records, '-o', out, ...option]);
      expect(result.status).toBe(2);
      expect(result.stderr).toContain(option[0]);
    }
    expect(readdirSync(folder).sort()).toEqual(['missions.csv', 'note.yaml']);
  });

  it('writes through a link that a folder it did not make holds, and keeps the link', async () => {
    const { folder, draft, records } = noteWithRecords('recipient\nMission A\nMission B\n');
    const out = join(folder, 'out');
    mkdirSync(out);
    mkdirSync(join(folder, 'kept'));
    writeFileSync(join(folder, 'kept', 'a.docx'), 'the old note');
    symlinkSync(join('..', 'kept', 'a.docx'), join(out, '1-mission-a.docx'));
    const result = await runCli(['batch', draft, records, '-o', out]);
    expect(result.status).toBe(0);
    expect(lstatSync(join(out, '1-mission-a.docx')).isSymbolicLink()).toBe(true);
    expect(paragraphsOf(join(folder, 'kept', 'a.docx'))).toContain('Mission A');
    expect(paragraphsOf(join(out, '2-mission-b.docx'))).toContain('Mission B');
  });

  it('reports an output folder that is a file, and exits 1', async () => {
    const { folder, draft, records } = noteWithRecords('recipient\nMission A\n');
    const out = join(folder, 'out');
    writeFileSync(out, 'a file, not a folder');
    const result = await runCli(['batch', draft, records, '-o', out]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/error output_unwritable: cannot write into the folder/);
    expect(readFileSync(out, 'utf8')).toBe('a file, not a folder');
  });
});
