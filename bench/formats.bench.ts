// What loading and checking formats costs, beside what rendering costs: `npm run bench`.
import { readFileSync } from 'node:fs';
import { bench, describe } from 'vitest';
import { createDrafter, parseDraftYaml, readFormatDir, type Draft } from '../src/index.js';

const embassy = readFormatDir('examples/formats/embassy');
function example(name: string): Draft {
  const parsed = parseDraftYaml(readFileSync(`examples/${name}.yaml`, 'utf8'));
  if (!parsed.ok) throw new Error(`the example ${name} does not parse`);
  return parsed.value;
}
const draft = example('cambodia-reply');
// Right to left: runs cut by direction and script, and the .docx rezipped to mark its sections.
const arabic = example('cambodia-reply-ar');
const drafter = createDrafter();

describe('loading formats (every template checked and compiled)', () => {
  bench('createDrafter(): un-geneva', () => {
    createDrafter();
  });
  bench('createDrafter(): un-geneva and the embassy format', () => {
    createDrafter({ formats: [embassy] });
  });
});

describe('rendering the Cambodian reply with a loaded drafter', () => {
  bench('renderText', () => {
    drafter.renderText(draft);
  });
  bench('renderHtml', () => {
    drafter.renderHtml(draft);
  });
  bench('renderDocx', async () => {
    await drafter.renderDocx(draft);
  });
});

describe('rendering the Arabic reply with a loaded drafter', () => {
  bench('renderHtml', () => {
    drafter.renderHtml(arabic);
  });
  bench('renderDocx', async () => {
    await drafter.renderDocx(arabic);
  });
});
