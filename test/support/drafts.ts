import { readFileSync } from 'node:fs';
import { parseDraft, parseDraftYaml, type Draft, type DraftInput } from '../../src/index.js';

/** The example reply's YAML text. */
export const exampleYaml = readFileSync(
  new URL('../../examples/cambodia-reply.yaml', import.meta.url),
  'utf8',
);

/** The example reply, validated. */
export function exampleDraft(): Draft {
  const result = parseDraftYaml(exampleYaml, { file: 'examples/cambodia-reply.yaml' });
  if (!result.ok) throw new Error(result.errors.map((error) => error.message).join('\n'));
  return result.value;
}

/** A small valid draft: one note verbale and one letter, to change field by field in tests. */
export function smallDraftInput(): DraftInput {
  return {
    language: 'en',
    sender: {
      state: 'Republic of Utopia',
      mission: 'Permanent Mission of the Republic of Utopia to the United Nations Office at Geneva',
      city: 'Geneva',
    },
    inReplyTo: { reference: 'UA UTO 1/2024', date: '2024-03-01', joint: false },
    documents: [
      {
        type: 'note-verbale',
        number: 'NV-2024-15',
        date: '2024-04-02',
        recipient: { name: 'Office of the High Commissioner for Human Rights', city: 'Geneva' },
        honourTo: 'transmit herewith the reply of the Government.',
        body: 'The reply covers each question.',
      },
      {
        type: 'letter',
        date: '2024-04-02',
        addressees: [
          {
            honorific: 'Ms.',
            name: 'Ada Lovelace',
            title: 'Special Rapporteur on the right to food',
          },
        ],
        body: 'I have the honour to reply.\n\n## Background\n\nThe facts.',
        signatory: { name: 'JANE ROE', title: 'Ambassador and Permanent Representative' },
      },
    ],
  };
}

/** Validates a draft that a test built, failing the test with the errors if it is not valid. */
export function validDraft(input: unknown): Draft {
  const result = parseDraft(input);
  if (!result.ok)
    throw new Error(
      result.errors.map((error) => `${error.path?.join('.') ?? ''}: ${error.message}`).join('\n'),
    );
  return result.value;
}

/** Another example of `examples/`, by file name without `.yaml`, validated. */
export function namedExample(name: string): Draft {
  const file = `examples/${name}.yaml`;
  const text = readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');
  const result = parseDraftYaml(text, { file });
  if (!result.ok) throw new Error(result.errors.map((error) => error.message).join('\n'));
  return result.value;
}

/** A draft to send to many recipients, as YAML: a note verbale numbered by serial, and a letter. */
export const batchNoteYaml = `language: en
sender:
  state: Republic of Utopia
  mission: Permanent Mission of the Republic of Utopia to the United Nations Office at Geneva
  city: Geneva
documents:
  - type: note-verbale
    number: UTO/2024/{serial:3}
    date: 2024-04-02
    recipient: { name: To be replaced }
    honourTo: inform it that the Mission will be closed on 1 May 2024.
  - type: letter
    date: 2024-04-02
    addressees: [{ honorific: Ms., name: Ada Lovelace, title: Special Rapporteur on the right to food }]
    body: The Mission is closed on 1 May.
`;
