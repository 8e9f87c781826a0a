// Builds, at bench time, a docxtemplater template that writes the same text as chancery: the
// draft is composed with markers where the data goes, the markers become docxtemplater tags and
// loops, and chancery's own writer (the docx package) writes the template. The data for
// docxtemplater is read from the real draft's composition.

/** @typedef {import('../dist/index.js').RootNode} RootNode */
/** @typedef {import('../dist/index.js').BlockNode} BlockNode */

/** @param {readonly import('../dist/index.js').InlineNode[]} nodes @returns {string} */
function inlineText(nodes) {
  return nodes
    .map((node) =>
      node.type === 'text' ? node.value : node.type === 'break' ? '\n' : inlineText(node.children),
    )
    .join('');
}

/** @param {BlockNode} block @returns {string} */
function blockText(block) {
  return block.type === 'paragraph' || block.type === 'heading' ? inlineText(block.children) : '';
}

/** @param {string} style @param {string} text @returns {BlockNode} */
function paragraph(style, text) {
  return { type: 'paragraph', style, children: [{ type: 'text', value: text }] };
}

const BODY = (index) => `⟦BODY${index}⟧`;

/**
 * The draft with markers and tags where each recipient's data goes.
 * @param {any} draft
 */
function templateDraft(draft) {
  return {
    ...draft,
    documents: draft.documents.map((document, index) => {
      if (document.type === 'note-verbale') {
        return {
          ...document,
          number: '{number}',
          recipient: { ...document.recipient, name: '{recipient}' },
          ...(document.body === undefined ? {} : { body: BODY(index) }),
        };
      }
      return {
        ...document,
        body: BODY(index),
        salutation: '{salutation}',
        closing: '{closing}',
        addressees: [{ honorific: '⟦H⟧', name: '⟦N⟧', title: '⟦T⟧' }],
      };
    }),
  };
}

/**
 * The template, and the data that fills it with `draft`'s text.
 * @param {import('../dist/index.js').Drafter} drafter
 * @param {any} draft a validated draft
 * @returns {Promise<{ template: Uint8Array, data: Record<string, unknown> }>}
 */
export async function docxtemplaterTemplate(drafter, draft) {
  const real = drafter.compose(draft).tree;
  const marked = drafter.compose(templateDraft(draft)).tree;
  /** @type {Record<string, unknown>} */
  const data = {};
  const documents = marked.children.map((document, index) => {
    const realDocument = real.children[index];
    const source = draft.documents[index];
    const children = [];
    const bodyAt = document.children.findIndex((block) => blockText(block) === BODY(index));
    document.children.forEach((block, position) => {
      const text = blockText(block);
      if (text === BODY(index)) {
        const after = document.children.length - position - 1;
        const body = realDocument.children.slice(position, realDocument.children.length - after);
        data[`body${index}`] = body.map((real) => ({ text: blockText(real) }));
        children.push(
          paragraph(block.style, `{#body${index}}`),
          paragraph(block.style, '{text}'),
          paragraph(block.style, `{/body${index}}`),
        );
        return;
      }
      // Formulas the letter derives: taken, as text, from the real composition.
      for (const tag of ['salutation', 'closing']) {
        if (text === `{${tag}}`) {
          // Before the body, blocks stand at the same place; after it, as far from the end.
          const from = document.children.length - position;
          const at = position < bodyAt ? position : realDocument.children.length - from;
          data[tag] = blockText(realDocument.children[at]);
        }
      }
      children.push(block);
    });
    const first = (document.footers.first ?? []).flatMap((block) => {
      const text = blockText(block);
      if (text === '⟦H⟧ ⟦N⟧') {
        return [
          paragraph(block.style, '{#addressees}'),
          paragraph(block.style, '{honorific} {name}'),
        ];
      }
      if (text === '⟦T⟧')
        return [paragraph(block.style, '{title}'), paragraph(block.style, '{/addressees}')];
      return [block];
    });
    if (source.type === 'note-verbale') {
      data.number = source.number;
      data.recipient = source.recipient.name;
    } else {
      data.addressees = source.addressees.map(({ honorific, name, title }) => ({
        honorific,
        name,
        title,
      }));
    }
    return { ...document, children, footers: { ...document.footers, first } };
  });
  const { writeDocx } = await import('../dist/index.js');
  return { template: await writeDocx({ ...marked, children: documents }), data };
}
