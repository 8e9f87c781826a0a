// What checking costs: the whole check of the example, and the title matching inside it.
// Run with `npm run bench`.
import { readFileSync } from 'node:fs';
import { bench, describe } from 'vitest';
import { checkDraftYaml, matchMandateTitle, parseDraftYaml } from '../src/index.js';

const example = readFileSync(new URL('../examples/cambodia-reply.yaml', import.meta.url), 'utf8');

describe('checking the example', () => {
  bench('parseDraftYaml (validation alone, for comparison)', () => {
    parseDraftYaml(example);
  });
  bench('checkDraftYaml (validation and every rule)', () => {
    checkDraftYaml(example);
  });
});

describe('matching a title against the list of mandates', () => {
  bench('a known title', () => {
    matchMandateTitle(
      'Special Rapporteur on contemporary forms of slavery, including its causes and consequences',
    );
  });
  bench('the misspelt "transitional corporations" title', () => {
    matchMandateTitle(
      'Chair-Rapporteur of the Working Group on the issue of human rights and transitional corporations and other business enterprises',
    );
  });
  bench('an unknown title', () => {
    matchMandateTitle('Special Rapporteur on the situation of human rights in Nicaragua');
  });
});
