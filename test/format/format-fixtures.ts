import type { FormatSource } from '../../src/index.js';

/** A minimal valid format as strings, to change file by file in tests. */
export function minimalFormat(overrides: Record<string, string> = {}): FormatSource {
  return {
    origin: 'formats/mini',
    files: {
      'format.yaml': 'name: mini\nstyles:\n  body: { size: 11 }\n  heading: { bold: true }\n',
      'note-verbale.hbs':
        '<document>\n<p style="body">{{formulas.opening}} <slot name="honourTo"/></p>\n<slot name="body"/>\n<p>{{formulas.closing}}</p>\n</document>\n',
      'letter.hbs':
        '<document>\n<p>{{formulas.salutation}}</p>\n<slot name="body"/>\n</document>\n',
      'phrases/en.yaml': [
        'dateFormat: d MMMM yyyy',
        'placeAndDate: "{{place}}, {{date}}"',
        'list: { separator: ", ", lastSeparator: " and " }',
        'consideration: { highest: highest, high: high, distinguished: distinguished }',
        'noteVerbale:',
        '  opening: "{{sender.mission}} greets {{recipient.name}} and has the honour to"',
        '  closing: "Highest consideration."',
        'letter:',
        '  address: "{{honorifics}} {{role}}"',
        '  addressWithoutRole: "{{courtesy}}"',
        '  salutation: "Dear {{address}},"',
        '  closing: "Please accept."',
        'courtesy: { female: Madam, male: Sir }',
        'roles:',
        '  specialRapporteur: { one: Special Rapporteur, many: Special Rapporteurs }',
        '',
      ].join('\n'),
      ...overrides,
    },
  };
}
