// What loading and checking formats costs, beside what rendering costs: `npm run bench`.
import { readFileSync } from 'node:fs';
import { bench, describe } from 'vitest';
import { createDrafter, parseDraftYaml, readFormatDir } from '../src/index.js';

const embassy = readFormatDir('examples/formats/embassy');
const parsed = parseDraftYaml(readFileSync('examples/cambodia-reply.yaml', 'utf8'));
if (!parsed.ok) throw new Error('the example draft does not parse');
const draft = parsed.value;
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
