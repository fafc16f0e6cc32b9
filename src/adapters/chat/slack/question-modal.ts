import type { ModalView } from '@slack/types';
import { slackAppDefinition } from './slack-app-definition.ts';
import type { QuestionModalMetadata } from './slack-payloads.ts';

const { callbackId, blockId, actionId } = slackAppDefinition.questionView;

/** The "Ask a question" modal; the brief's thread travels in private_metadata. */
export function buildQuestionModal(metadata: QuestionModalMetadata): ModalView {
  return {
    type: 'modal',
    callback_id: callbackId,
    private_metadata: JSON.stringify(metadata),
    title: { type: 'plain_text', text: 'Ask about the article' },
    submit: { type: 'plain_text', text: 'Ask' },
    close: { type: 'plain_text', text: 'Cancel' },
    blocks: [
      {
        type: 'input',
        block_id: blockId,
        label: { type: 'plain_text', text: 'Your question' },
        element: {
          type: 'plain_text_input',
          action_id: actionId,
          multiline: true,
          max_length: 2_000,
          placeholder: { type: 'plain_text', text: 'What did the minister say about the budget?' },
        },
      },
    ],
  };
}

/** The typed question from a view submission. */
export function readQuestionModal(view: {
  state: { values: Record<string, Record<string, { value?: string | null }>> };
}): {
  question: string;
  blockId: string;
} {
  const value = view.state.values[blockId]?.[actionId]?.value ?? '';
  return { question: value.trim(), blockId };
}
