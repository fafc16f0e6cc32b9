import { describeConsoleChat } from './console-chat-scenario.ts';

describeConsoleChat(
  'newsbrief chat: the console channel on the real queues and workers',
  () => ({}),
);
