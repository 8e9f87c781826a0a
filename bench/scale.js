// npm run bench:scale: how rendering time grows with the size of the input — sections in the
// body, addressees of a letter, megabytes of body text — to see that it grows linearly.
import { loadavg } from 'node:os';
import { createDrafter, parseDraft } from '../dist/index.js';

const drafter = createDrafter();
const quick = process.argv.includes('--quick');

const sender = {
  state: 'Republic of Utopia',
  mission: 'Permanent Mission of the Republic of Utopia to the United Nations Office at Geneva',
  city: 'Geneva',
};
const addressee = (index) => ({
  honorific: index % 2 === 0 ? 'Ms.' : 'Mr.',
  name: `Mandate Holder ${index + 1}`,
  title: 'Special Rapporteur on the right to food',
});
const paragraph = (index) =>
  `Paragraph ${index + 1}: the Government has taken note of the communication and has the honour to provide the following information on the measures taken, in good faith and in full cooperation with the mandate holders, to address each of the concerns raised in it.`;

/** A letter with `sections` numbered sections, `addressees` addressees and `paragraphs` paragraphs. */
export function scaleDraft({ sections = 1, addressees = 1, paragraphs = 1 }) {
  const body = [];
  for (let index = 0; index < paragraphs; index++) {
    if (index % Math.max(1, Math.floor(paragraphs / sections)) === 0 && body.length / 2 < sections)
      body.push(`## Section ${Math.floor(body.length / 2) + 1}`);
    body.push(paragraph(index));
  }
  const parsed = parseDraft({
    language: 'en',
    sender,
    documents: [
      {
        type: 'letter',
        date: '2024-04-02',
        addressees: Array.from({ length: addressees }, (_, index) => addressee(index)),
        body: body.join('\n\n'),
        signatory: { name: 'JANE ROE', title: 'Ambassador' },
      },
    ],
  });
  if (!parsed.ok) throw new Error(parsed.errors.map((error) => error.message).join('\n'));
  return parsed.value;
}

async function measure(label, draft, count, unit) {
  const bodySize = draft.documents[0].body.length;
  const times = [];
  for (let run = 0; run < (quick ? 1 : 3); run++) {
    const started = performance.now();
    const { bytes } = await drafter.renderDocx(draft);
    times.push({ ms: performance.now() - started, size: bytes.length });
  }
  const best = times.reduce((a, b) => (a.ms < b.ms ? a : b));
  console.log(
    `${label.padEnd(22)} body ${(bodySize / 1e6).toFixed(2).padStart(6)} MB  ${best.ms.toFixed(0).padStart(6)} ms  ${(best.ms / count).toFixed(3).padStart(7)} ms per ${unit}  .docx ${(best.size / 1e6).toFixed(2)} MB`,
  );
}

console.log(
  `load ${loadavg()
    .map((load) => load.toFixed(1))
    .join(' ')}; best of ${quick ? 1 : 3}\n`,
);
await measure('warm-up', scaleDraft({ paragraphs: 200, sections: 20 }), 200, 'paragraph');
for (const sections of [50, 100, 200, 500]) {
  await measure(
    `${sections} sections`,
    scaleDraft({ sections, paragraphs: sections * 2 }),
    sections,
    'section',
  );
}
for (const addressees of [25, 50, 100, 200]) {
  await measure(`${addressees} addressees`, scaleDraft({ addressees }), addressees, 'addressee');
}
for (const paragraphs of quick ? [2500, 5000, 10_000] : [2500, 5000, 10_000, 20_000, 40_000]) {
  await measure(
    `${paragraphs} paragraphs`,
    scaleDraft({ paragraphs, sections: 100 }),
    paragraphs / 1000,
    '1,000 paragraphs',
  );
}
