import { describe, expect, it } from 'vitest';
import { createDrafter, renderText, type DraftInput } from '../../src/index.js';
import { smallDraftInput, validDraft } from '../support/drafts.js';

function withReference(reference: string, joint?: boolean): DraftInput {
  const input = smallDraftInput();
  input.inReplyTo = { reference, date: '2023-03-03', ...(joint === undefined ? {} : { joint }) };
  return input;
}

describe('the wording of the communication answered', () => {
  it('names each reference in the English phrase, joint or not', () => {
    const cases: [DraftInput, string][] = [
      [
        withReference('AL KHM 2/2022', true),
        'Joint Communication No. AL KHM 2/2022 dated 3 March 2023',
      ],
      [withReference('UA CHN 5/2023'), 'the Communication No. UA CHN 5/2023 dated 3 March 2023'],
      [withReference('OL OTH 12/2024'), 'the Communication No. OL OTH 12/2024 dated 3 March 2023'],
      [
        withReference('JUA CHN 5/2023'),
        'Joint Communication No. JUA CHN 5/2023 dated 3 March 2023',
      ],
    ];
    for (const [input, wording] of cases) {
      expect(renderText(validDraft(input)).text).toContain(wording);
    }
  });

  it("gives a language's phrases the parts of the reference, its kind in words and the reply date", () => {
    const drafter = createDrafter({
      formats: [
        {
          origin: 'formats/worded',
          files: {
            'format.yaml': 'name: worded\nextends: un-geneva\n',
            'phrases/en.yaml': [
              'noteVerbale:',
              '  communication: "{{inReplyTo.typeName}} {{inReplyTo.type}}/{{inReplyTo.country}}/{{inReplyTo.serial}}/{{inReplyTo.year}}, answer by {{inReplyTo.replyBy}}"',
              '',
            ].join('\n'),
          },
        },
      ],
    });
    const input = withReference('UA CHN 5/2023');
    input.format = 'worded';
    expect(drafter.renderText(validDraft(input)).text).toContain(
      'urgent appeal UA/CHN/5/2023, answer by 2 May 2023',
    );
  });
});
