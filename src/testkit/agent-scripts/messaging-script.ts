import { messagingHost } from '../messaging-api.js';
import type { ScriptTurn } from '../model-script.js';

/** The app slug the scripted messaging runs install. */
export const messagingApp = 'pingpost';

/** The SKILL.md body the scripted model writes for the send-only messaging API. */
export function messagingSkillBody(slug: string): string {
  return `# Pingpost SMS (${slug})

Send-only: Pingpost delivers text messages; there is nothing to list, so nothing is mirrored. Act only when the user
explicitly asks to send a message, and confirm the recipient and the text first.

## Send a message
\`call_api { "slug": "${slug}", "method": "POST", "url": "https://${messagingHost}/v1/messages",
  "headers": { "content-type": "application/json" }, "body": "{\\"to\\":\\"+4915112345678\\",\\"text\\":\\"Hello\\"}" }\`
answers 201 \`{ "id": "msg_000001", "status": "queued", "segments": 1, ... }\`. \`to\` is E.164; \`text\` 1-1600
characters (160 per segment). A bad number is 422 \`{ "error": { "code": "invalid_number", "message" } }\`.

## Check delivery
\`call_api { "slug": "${slug}", "method": "GET", "url": "https://${messagingHost}/v1/messages/msg_000001" }\` —
\`status\` moves \`queued\` → \`sent\` → \`delivered\`.

## Account
\`GET https://${messagingHost}/v1/account\`: balance and the sender ids messages may come from.

Credentials are the gateway's: never add an Authorization header.
`;
}

/** An api-only run for the messaging API: connection, probe, skill, finish with its host. */
export function messagingScript(slug = messagingApp): ScriptTurn[] {
  return [
    { toolCalls: [{ name: 'get_connection', input: {} }] },
    { toolCalls: [{ name: 'http_request', input: { url: `https://${messagingHost}/v1/account` } }] },
    {
      text: 'Triage: a send-only SMS API has nothing to list: api-only.',
      toolCalls: [
        {
          name: 'write_skill',
          input: {
            description:
              "Send SMS through the user's Pingpost account and check delivery, on demand through call_api. Nothing " +
              'is mirrored: use it when the user asks to text someone or to check a sent message.',
            body: messagingSkillBody(slug),
          },
        },
      ],
    },
    {
      toolCalls: [
        {
          name: 'finish',
          input: {
            flavor: 'api-only',
            reason: 'send-only SMS API: nothing to list; the agent sends messages and checks delivery on demand',
            hosts: [messagingHost],
          },
        },
      ],
    },
    { text: 'Installed the api-only skill.' },
  ];
}
