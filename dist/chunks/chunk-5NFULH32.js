import { createRequire as __syncagentCreateRequire } from 'node:module';
const require = __syncagentCreateRequire(import.meta.url);
import {
  generateText,
  stepCountIs
} from "./chunk-FKINLNG5.js";
import {
  compilePattern,
  defaultMaxMatches,
  isBinary,
  maxReadBytes,
  require_picomatch,
  withGutter
} from "./chunk-KBVXJHDN.js";
import {
  AISDKError,
  APICallError,
  EmptyResponseBodyError,
  EventSourceParserStream,
  InvalidArgumentError,
  InvalidPromptError,
  InvalidResponseDataError,
  JSONParseError,
  LoadAPIKeyError,
  NoSuchModelError,
  StreamingToolCallTracker,
  TooManyEmbeddingValuesForCallError,
  TypeValidationError,
  UnsupportedFunctionalityError,
  combineHeaders,
  convertBase64ToUint8Array,
  convertToBase64,
  convertToFormData,
  createBinaryResponseHandler,
  createEventSourceResponseHandler,
  createJsonErrorResponseHandler,
  createJsonResponseHandler,
  createProviderToolFactory,
  createProviderToolFactoryWithOutputSchema,
  createStatusCodeErrorResponseHandler,
  createToolNameMapping,
  downloadBlob,
  generateId,
  getFromApi,
  isJSONObject,
  isNonNullable,
  jsonSchema,
  lazySchema,
  loadApiKey,
  loadOptionalSetting,
  parseProviderOptions,
  postFormDataToApi,
  postJsonToApi,
  resolve,
  safeParseJSON,
  secureJsonParse,
  stringifyWithBigIntAndCycles,
  tool,
  validateTypes,
  withUserAgentSuffix,
  withoutTrailingSlash,
  zodSchema
} from "./chunk-BMREFUSN.js";
import {
  ZodFirstPartyTypeKind
} from "./chunk-D5RWULID.js";
import {
  chooseSlug,
  dropboxRecipe,
  handlerExportNames
} from "./chunk-IRASGJ2Y.js";
import {
  webhookEvent,
  webhookExpiry
} from "./chunk-EEJ2RHAQ.js";
import {
  ScopedMirror,
  buildHostTable,
  inspectModule,
  jsonSafe,
  runEvent,
  runModule
} from "./chunk-3AWOR4T2.js";
import {
  emptyStatus,
  readState,
  readStatus,
  writeState,
  writeStatus
} from "./chunk-NSBACWOB.js";
import {
  createGateway,
  formatSyncJson,
  gatewayMode,
  getAccount,
  loadSync,
  parseSyncJson,
  scrubSecrets,
  truncateBytes
} from "./chunk-2FJUDYZR.js";
import {
  decodeText
} from "./chunk-TTA2RZG3.js";
import {
  formatIssues
} from "./chunk-UAPUYYY3.js";
import {
  require_dist
} from "./chunk-RR662ASG.js";
import {
  syncPaths,
  validateStoreDir,
  validateStorePath,
  validateWritePath
} from "./chunk-TQXVWXKX.js";
import {
  external_exports,
  safeParseAsync2 as safeParseAsync,
  toJSONSchema
} from "./chunk-OLBI5X7L.js";
import {
  AgentError,
  ConflictError,
  InvalidInputError,
  IoError,
  MissingConfigError,
  SyncError,
  toSyncError
} from "./chunk-IMJX6225.js";
import {
  __toESM
} from "./chunk-5O5R4X6N.js";

// node_modules/@ai-sdk/anthropic/dist/index.mjs
var VERSION = true ? "3.0.140" : "0.0.0-test";
var anthropicErrorDataSchema = lazySchema(
  () => zodSchema(
    external_exports.object({
      type: external_exports.literal("error"),
      error: external_exports.object({
        type: external_exports.string(),
        message: external_exports.string()
      })
    })
  )
);
var anthropicFailedResponseHandler = createJsonErrorResponseHandler({
  errorSchema: anthropicErrorDataSchema,
  errorToMessage: (data) => data.error.message
});
var anthropicStopDetailsSchema = () => external_exports.object({
  type: external_exports.string(),
  category: external_exports.string().nullish(),
  explanation: external_exports.string().nullish(),
  recommended_model: external_exports.string().nullish()
});
var anthropicSafeguardResultSchema = () => external_exports.object({
  type: external_exports.string(),
  status: external_exports.object({
    type: external_exports.string(),
    tool_uses: external_exports.record(
      external_exports.string(),
      external_exports.object({
        type: external_exports.string(),
        outcome: external_exports.string().nullish(),
        explanation: external_exports.string().nullish()
      })
    ).nullish()
  })
});
var anthropicToolCallCallerSchema = () => external_exports.union([
  external_exports.object({
    type: external_exports.literal("code_execution_20250825"),
    tool_id: external_exports.string()
  }),
  external_exports.object({
    type: external_exports.literal("code_execution_20260120"),
    tool_id: external_exports.string()
  }),
  external_exports.object({
    type: external_exports.literal("direct")
  })
]);
var anthropicInputTransformationSchema = () => external_exports.object({
  type: external_exports.string(),
  path: external_exports.string(),
  reason: external_exports.string()
});
var anthropicMessagesResponseSchema = lazySchema(
  () => zodSchema(
    external_exports.object({
      type: external_exports.literal("message"),
      id: external_exports.string().nullish(),
      model: external_exports.string().nullish(),
      content: external_exports.array(
        external_exports.discriminatedUnion("type", [
          external_exports.object({
            type: external_exports.literal("text"),
            text: external_exports.string(),
            citations: external_exports.array(
              external_exports.discriminatedUnion("type", [
                external_exports.object({
                  type: external_exports.literal("web_search_result_location"),
                  cited_text: external_exports.string(),
                  url: external_exports.string(),
                  title: external_exports.string(),
                  encrypted_index: external_exports.string()
                }),
                external_exports.object({
                  type: external_exports.literal("page_location"),
                  cited_text: external_exports.string(),
                  document_index: external_exports.number(),
                  document_title: external_exports.string().nullable(),
                  start_page_number: external_exports.number(),
                  end_page_number: external_exports.number()
                }),
                external_exports.object({
                  type: external_exports.literal("char_location"),
                  cited_text: external_exports.string(),
                  document_index: external_exports.number(),
                  document_title: external_exports.string().nullable(),
                  start_char_index: external_exports.number(),
                  end_char_index: external_exports.number()
                })
              ])
            ).optional()
          }),
          external_exports.object({
            type: external_exports.literal("thinking"),
            thinking: external_exports.string(),
            signature: external_exports.string()
          }),
          external_exports.object({
            type: external_exports.literal("redacted_thinking"),
            data: external_exports.string()
          }),
          external_exports.object({
            type: external_exports.literal("compaction"),
            content: external_exports.string()
          }),
          external_exports.object({
            type: external_exports.literal("tool_use"),
            id: external_exports.string(),
            name: external_exports.string(),
            input: external_exports.unknown(),
            // Programmatic tool calling: caller info when triggered from code execution
            caller: anthropicToolCallCallerSchema().optional(),
            // Toolsets (e.g. computer toolset): name of the toolset this member call belongs to
            toolset_name: external_exports.string().nullish()
          }),
          external_exports.object({
            type: external_exports.literal("server_tool_use"),
            id: external_exports.string(),
            name: external_exports.string(),
            input: external_exports.record(external_exports.string(), external_exports.unknown()).nullish(),
            caller: anthropicToolCallCallerSchema().optional()
          }),
          external_exports.object({
            type: external_exports.literal("mcp_tool_use"),
            id: external_exports.string(),
            name: external_exports.string(),
            input: external_exports.unknown(),
            server_name: external_exports.string()
          }),
          external_exports.object({
            type: external_exports.literal("mcp_tool_result"),
            tool_use_id: external_exports.string(),
            is_error: external_exports.boolean(),
            content: external_exports.array(
              external_exports.union([
                external_exports.string(),
                external_exports.object({ type: external_exports.literal("text"), text: external_exports.string() })
              ])
            )
          }),
          external_exports.object({
            type: external_exports.literal("web_fetch_tool_result"),
            tool_use_id: external_exports.string(),
            caller: anthropicToolCallCallerSchema().optional(),
            content: external_exports.union([
              external_exports.object({
                type: external_exports.literal("web_fetch_result"),
                url: external_exports.string(),
                retrieved_at: external_exports.string(),
                content: external_exports.object({
                  type: external_exports.literal("document"),
                  title: external_exports.string().nullable(),
                  citations: external_exports.object({ enabled: external_exports.boolean() }).optional(),
                  source: external_exports.union([
                    external_exports.object({
                      type: external_exports.literal("base64"),
                      media_type: external_exports.literal("application/pdf"),
                      data: external_exports.string()
                    }),
                    external_exports.object({
                      type: external_exports.literal("text"),
                      media_type: external_exports.literal("text/plain"),
                      data: external_exports.string()
                    })
                  ])
                })
              }),
              external_exports.object({
                type: external_exports.literal("web_fetch_tool_result_error"),
                error_code: external_exports.string()
              })
            ])
          }),
          external_exports.object({
            type: external_exports.literal("web_search_tool_result"),
            tool_use_id: external_exports.string(),
            caller: anthropicToolCallCallerSchema().optional(),
            content: external_exports.union([
              external_exports.array(
                external_exports.object({
                  type: external_exports.literal("web_search_result"),
                  url: external_exports.string(),
                  title: external_exports.string(),
                  encrypted_content: external_exports.string(),
                  page_age: external_exports.string().nullish()
                })
              ),
              external_exports.object({
                type: external_exports.literal("web_search_tool_result_error"),
                error_code: external_exports.string()
              })
            ])
          }),
          // code execution results for code_execution_20250522 tool:
          external_exports.object({
            type: external_exports.literal("code_execution_tool_result"),
            tool_use_id: external_exports.string(),
            content: external_exports.union([
              external_exports.object({
                type: external_exports.literal("code_execution_result"),
                stdout: external_exports.string(),
                stderr: external_exports.string(),
                return_code: external_exports.number(),
                content: external_exports.array(
                  external_exports.object({
                    type: external_exports.literal("code_execution_output"),
                    file_id: external_exports.string()
                  })
                ).optional().default([])
              }),
              external_exports.object({
                type: external_exports.literal("encrypted_code_execution_result"),
                encrypted_stdout: external_exports.string(),
                stderr: external_exports.string(),
                return_code: external_exports.number(),
                content: external_exports.array(
                  external_exports.object({
                    type: external_exports.literal("code_execution_output"),
                    file_id: external_exports.string()
                  })
                ).optional().default([])
              }),
              external_exports.object({
                type: external_exports.literal("code_execution_tool_result_error"),
                error_code: external_exports.string()
              })
            ])
          }),
          // bash code execution results for code_execution_20250825 tool:
          external_exports.object({
            type: external_exports.literal("bash_code_execution_tool_result"),
            tool_use_id: external_exports.string(),
            content: external_exports.discriminatedUnion("type", [
              external_exports.object({
                type: external_exports.literal("bash_code_execution_result"),
                content: external_exports.array(
                  external_exports.object({
                    type: external_exports.literal("bash_code_execution_output"),
                    file_id: external_exports.string()
                  })
                ),
                stdout: external_exports.string(),
                stderr: external_exports.string(),
                return_code: external_exports.number()
              }),
              external_exports.object({
                type: external_exports.literal("bash_code_execution_tool_result_error"),
                error_code: external_exports.string()
              })
            ])
          }),
          // text editor code execution results for code_execution_20250825 tool:
          external_exports.object({
            type: external_exports.literal("text_editor_code_execution_tool_result"),
            tool_use_id: external_exports.string(),
            content: external_exports.discriminatedUnion("type", [
              external_exports.object({
                type: external_exports.literal("text_editor_code_execution_tool_result_error"),
                error_code: external_exports.string()
              }),
              external_exports.object({
                type: external_exports.literal("text_editor_code_execution_view_result"),
                content: external_exports.string(),
                file_type: external_exports.string(),
                num_lines: external_exports.number().nullable(),
                start_line: external_exports.number().nullable(),
                total_lines: external_exports.number().nullable()
              }),
              external_exports.object({
                type: external_exports.literal("text_editor_code_execution_create_result"),
                is_file_update: external_exports.boolean()
              }),
              external_exports.object({
                type: external_exports.literal(
                  "text_editor_code_execution_str_replace_result"
                ),
                lines: external_exports.array(external_exports.string()).nullable(),
                new_lines: external_exports.number().nullable(),
                new_start: external_exports.number().nullable(),
                old_lines: external_exports.number().nullable(),
                old_start: external_exports.number().nullable()
              })
            ])
          }),
          // tool search tool results for tool_search_tool_regex_20251119 and tool_search_tool_bm25_20251119:
          external_exports.object({
            type: external_exports.literal("tool_search_tool_result"),
            tool_use_id: external_exports.string(),
            content: external_exports.union([
              external_exports.object({
                type: external_exports.literal("tool_search_tool_search_result"),
                tool_references: external_exports.array(
                  external_exports.object({
                    type: external_exports.literal("tool_reference"),
                    tool_name: external_exports.string()
                  })
                )
              }),
              external_exports.object({
                type: external_exports.literal("tool_search_tool_result_error"),
                error_code: external_exports.string()
              })
            ])
          }),
          // advisor results for advisor_20260301:
          external_exports.object({
            type: external_exports.literal("advisor_tool_result"),
            tool_use_id: external_exports.string(),
            content: external_exports.discriminatedUnion("type", [
              external_exports.object({
                type: external_exports.literal("advisor_result"),
                text: external_exports.string()
              }),
              external_exports.object({
                type: external_exports.literal("advisor_redacted_result"),
                encrypted_content: external_exports.string()
              }),
              external_exports.object({
                type: external_exports.literal("advisor_tool_result_error"),
                error_code: external_exports.string()
              })
            ])
          }),
          // Server-side fallback marker. Parsed so the response validates, but
          // dropped from the content output (the AI SDK has no model-hop
          // primitive). The hop remains observable via usage.iterations.
          external_exports.object({
            type: external_exports.literal("fallback")
          })
        ])
      ),
      stop_reason: external_exports.string().nullish(),
      stop_sequence: external_exports.string().nullish(),
      stop_details: anthropicStopDetailsSchema().nullish(),
      input_transformations: external_exports.array(anthropicInputTransformationSchema()).nullish(),
      safeguard_results: external_exports.array(anthropicSafeguardResultSchema()).nullish(),
      usage: external_exports.looseObject({
        input_tokens: external_exports.number(),
        output_tokens: external_exports.number(),
        output_tokens_details: external_exports.object({
          thinking_tokens: external_exports.number().nullish()
        }).nullish(),
        cache_creation_input_tokens: external_exports.number().nullish(),
        cache_read_input_tokens: external_exports.number().nullish(),
        iterations: external_exports.array(
          external_exports.object({
            type: external_exports.union([
              external_exports.literal("compaction"),
              external_exports.literal("message"),
              external_exports.literal("advisor_message"),
              external_exports.literal("fallback_message")
            ]),
            model: external_exports.string().nullish(),
            input_tokens: external_exports.number(),
            output_tokens: external_exports.number(),
            cache_creation_input_tokens: external_exports.number().nullish(),
            cache_read_input_tokens: external_exports.number().nullish()
          })
        ).nullish()
      }),
      container: external_exports.object({
        expires_at: external_exports.string(),
        id: external_exports.string(),
        skills: external_exports.array(
          external_exports.object({
            type: external_exports.union([external_exports.literal("anthropic"), external_exports.literal("custom")]),
            skill_id: external_exports.string(),
            version: external_exports.string()
          })
        ).nullish()
      }).nullish(),
      context_management: external_exports.object({
        applied_edits: external_exports.array(
          external_exports.union([
            external_exports.object({
              type: external_exports.literal("clear_tool_uses_20250919"),
              cleared_tool_uses: external_exports.number(),
              cleared_input_tokens: external_exports.number()
            }),
            external_exports.object({
              type: external_exports.literal("clear_thinking_20251015"),
              cleared_thinking_turns: external_exports.number(),
              cleared_input_tokens: external_exports.number()
            }),
            external_exports.object({
              type: external_exports.literal("compact_20260112")
            })
          ])
        )
      }).nullish()
    })
  )
);
var anthropicMessagesChunkSchema = lazySchema(
  () => zodSchema(
    external_exports.discriminatedUnion("type", [
      external_exports.object({
        type: external_exports.literal("message_start"),
        message: external_exports.object({
          id: external_exports.string().nullish(),
          model: external_exports.string().nullish(),
          role: external_exports.string().nullish(),
          usage: external_exports.looseObject({
            input_tokens: external_exports.number(),
            cache_creation_input_tokens: external_exports.number().nullish(),
            cache_read_input_tokens: external_exports.number().nullish()
          }),
          // Programmatic tool calling: content may be pre-populated for deferred tool calls
          content: external_exports.array(
            external_exports.discriminatedUnion("type", [
              external_exports.object({
                type: external_exports.literal("tool_use"),
                id: external_exports.string(),
                name: external_exports.string(),
                input: external_exports.unknown(),
                caller: anthropicToolCallCallerSchema().optional(),
                toolset_name: external_exports.string().nullish()
              })
            ])
          ).nullish(),
          stop_reason: external_exports.string().nullish(),
          input_transformations: external_exports.array(anthropicInputTransformationSchema()).nullish(),
          container: external_exports.object({
            expires_at: external_exports.string(),
            id: external_exports.string()
          }).nullish()
        })
      }),
      external_exports.object({
        type: external_exports.literal("content_block_start"),
        index: external_exports.number(),
        content_block: external_exports.discriminatedUnion("type", [
          external_exports.object({
            type: external_exports.literal("text"),
            text: external_exports.string()
          }),
          external_exports.object({
            type: external_exports.literal("thinking"),
            thinking: external_exports.string()
          }),
          external_exports.object({
            type: external_exports.literal("tool_use"),
            id: external_exports.string(),
            name: external_exports.string(),
            // Programmatic tool calling: input may be present directly for deferred tool calls
            input: external_exports.record(external_exports.string(), external_exports.unknown()).optional(),
            // Programmatic tool calling: caller info when triggered from code execution
            caller: anthropicToolCallCallerSchema().optional(),
            // Toolsets (e.g. computer toolset): name of the toolset this member call belongs to
            toolset_name: external_exports.string().nullish()
          }),
          external_exports.object({
            type: external_exports.literal("redacted_thinking"),
            data: external_exports.string()
          }),
          external_exports.object({
            type: external_exports.literal("compaction"),
            content: external_exports.string().nullish()
          }),
          external_exports.object({
            type: external_exports.literal("server_tool_use"),
            id: external_exports.string(),
            name: external_exports.string(),
            input: external_exports.record(external_exports.string(), external_exports.unknown()).nullish(),
            caller: anthropicToolCallCallerSchema().optional()
          }),
          external_exports.object({
            type: external_exports.literal("mcp_tool_use"),
            id: external_exports.string(),
            name: external_exports.string(),
            input: external_exports.unknown(),
            server_name: external_exports.string()
          }),
          external_exports.object({
            type: external_exports.literal("mcp_tool_result"),
            tool_use_id: external_exports.string(),
            is_error: external_exports.boolean(),
            content: external_exports.array(
              external_exports.union([
                external_exports.string(),
                external_exports.object({ type: external_exports.literal("text"), text: external_exports.string() })
              ])
            )
          }),
          external_exports.object({
            type: external_exports.literal("web_fetch_tool_result"),
            tool_use_id: external_exports.string(),
            caller: anthropicToolCallCallerSchema().optional(),
            content: external_exports.union([
              external_exports.object({
                type: external_exports.literal("web_fetch_result"),
                url: external_exports.string(),
                retrieved_at: external_exports.string(),
                content: external_exports.object({
                  type: external_exports.literal("document"),
                  title: external_exports.string().nullable(),
                  citations: external_exports.object({ enabled: external_exports.boolean() }).optional(),
                  source: external_exports.union([
                    external_exports.object({
                      type: external_exports.literal("base64"),
                      media_type: external_exports.literal("application/pdf"),
                      data: external_exports.string()
                    }),
                    external_exports.object({
                      type: external_exports.literal("text"),
                      media_type: external_exports.literal("text/plain"),
                      data: external_exports.string()
                    })
                  ])
                })
              }),
              external_exports.object({
                type: external_exports.literal("web_fetch_tool_result_error"),
                error_code: external_exports.string()
              })
            ])
          }),
          external_exports.object({
            type: external_exports.literal("web_search_tool_result"),
            tool_use_id: external_exports.string(),
            caller: anthropicToolCallCallerSchema().optional(),
            content: external_exports.union([
              external_exports.array(
                external_exports.object({
                  type: external_exports.literal("web_search_result"),
                  url: external_exports.string(),
                  title: external_exports.string(),
                  encrypted_content: external_exports.string(),
                  page_age: external_exports.string().nullish()
                })
              ),
              external_exports.object({
                type: external_exports.literal("web_search_tool_result_error"),
                error_code: external_exports.string()
              })
            ])
          }),
          // code execution results for code_execution_20250522 tool:
          external_exports.object({
            type: external_exports.literal("code_execution_tool_result"),
            tool_use_id: external_exports.string(),
            content: external_exports.union([
              external_exports.object({
                type: external_exports.literal("code_execution_result"),
                stdout: external_exports.string(),
                stderr: external_exports.string(),
                return_code: external_exports.number(),
                content: external_exports.array(
                  external_exports.object({
                    type: external_exports.literal("code_execution_output"),
                    file_id: external_exports.string()
                  })
                ).optional().default([])
              }),
              external_exports.object({
                type: external_exports.literal("encrypted_code_execution_result"),
                encrypted_stdout: external_exports.string(),
                stderr: external_exports.string(),
                return_code: external_exports.number(),
                content: external_exports.array(
                  external_exports.object({
                    type: external_exports.literal("code_execution_output"),
                    file_id: external_exports.string()
                  })
                ).optional().default([])
              }),
              external_exports.object({
                type: external_exports.literal("code_execution_tool_result_error"),
                error_code: external_exports.string()
              })
            ])
          }),
          // bash code execution results for code_execution_20250825 tool:
          external_exports.object({
            type: external_exports.literal("bash_code_execution_tool_result"),
            tool_use_id: external_exports.string(),
            content: external_exports.discriminatedUnion("type", [
              external_exports.object({
                type: external_exports.literal("bash_code_execution_result"),
                content: external_exports.array(
                  external_exports.object({
                    type: external_exports.literal("bash_code_execution_output"),
                    file_id: external_exports.string()
                  })
                ),
                stdout: external_exports.string(),
                stderr: external_exports.string(),
                return_code: external_exports.number()
              }),
              external_exports.object({
                type: external_exports.literal("bash_code_execution_tool_result_error"),
                error_code: external_exports.string()
              })
            ])
          }),
          // text editor code execution results for code_execution_20250825 tool:
          external_exports.object({
            type: external_exports.literal("text_editor_code_execution_tool_result"),
            tool_use_id: external_exports.string(),
            content: external_exports.discriminatedUnion("type", [
              external_exports.object({
                type: external_exports.literal("text_editor_code_execution_tool_result_error"),
                error_code: external_exports.string()
              }),
              external_exports.object({
                type: external_exports.literal("text_editor_code_execution_view_result"),
                content: external_exports.string(),
                file_type: external_exports.string(),
                num_lines: external_exports.number().nullable(),
                start_line: external_exports.number().nullable(),
                total_lines: external_exports.number().nullable()
              }),
              external_exports.object({
                type: external_exports.literal("text_editor_code_execution_create_result"),
                is_file_update: external_exports.boolean()
              }),
              external_exports.object({
                type: external_exports.literal(
                  "text_editor_code_execution_str_replace_result"
                ),
                lines: external_exports.array(external_exports.string()).nullable(),
                new_lines: external_exports.number().nullable(),
                new_start: external_exports.number().nullable(),
                old_lines: external_exports.number().nullable(),
                old_start: external_exports.number().nullable()
              })
            ])
          }),
          // tool search tool results for tool_search_tool_regex_20251119 and tool_search_tool_bm25_20251119:
          external_exports.object({
            type: external_exports.literal("tool_search_tool_result"),
            tool_use_id: external_exports.string(),
            content: external_exports.union([
              external_exports.object({
                type: external_exports.literal("tool_search_tool_search_result"),
                tool_references: external_exports.array(
                  external_exports.object({
                    type: external_exports.literal("tool_reference"),
                    tool_name: external_exports.string()
                  })
                )
              }),
              external_exports.object({
                type: external_exports.literal("tool_search_tool_result_error"),
                error_code: external_exports.string()
              })
            ])
          }),
          // advisor results for advisor_20260301:
          external_exports.object({
            type: external_exports.literal("advisor_tool_result"),
            tool_use_id: external_exports.string(),
            content: external_exports.discriminatedUnion("type", [
              external_exports.object({
                type: external_exports.literal("advisor_result"),
                text: external_exports.string()
              }),
              external_exports.object({
                type: external_exports.literal("advisor_redacted_result"),
                encrypted_content: external_exports.string()
              }),
              external_exports.object({
                type: external_exports.literal("advisor_tool_result_error"),
                error_code: external_exports.string()
              })
            ])
          }),
          // Server-side fallback marker; dropped from content output (see the
          // response schema). The hop remains observable via usage.iterations.
          external_exports.object({
            type: external_exports.literal("fallback")
          })
        ])
      }),
      external_exports.object({
        type: external_exports.literal("content_block_delta"),
        index: external_exports.number(),
        delta: external_exports.discriminatedUnion("type", [
          external_exports.object({
            type: external_exports.literal("input_json_delta"),
            partial_json: external_exports.string()
          }),
          external_exports.object({
            type: external_exports.literal("text_delta"),
            text: external_exports.string()
          }),
          external_exports.object({
            type: external_exports.literal("thinking_delta"),
            thinking: external_exports.string()
          }),
          external_exports.object({
            type: external_exports.literal("signature_delta"),
            signature: external_exports.string()
          }),
          external_exports.object({
            type: external_exports.literal("compaction_delta"),
            content: external_exports.string().nullish()
          }),
          external_exports.object({
            type: external_exports.literal("citations_delta"),
            citation: external_exports.discriminatedUnion("type", [
              external_exports.object({
                type: external_exports.literal("web_search_result_location"),
                cited_text: external_exports.string(),
                url: external_exports.string(),
                title: external_exports.string(),
                encrypted_index: external_exports.string()
              }),
              external_exports.object({
                type: external_exports.literal("page_location"),
                cited_text: external_exports.string(),
                document_index: external_exports.number(),
                document_title: external_exports.string().nullable(),
                start_page_number: external_exports.number(),
                end_page_number: external_exports.number()
              }),
              external_exports.object({
                type: external_exports.literal("char_location"),
                cited_text: external_exports.string(),
                document_index: external_exports.number(),
                document_title: external_exports.string().nullable(),
                start_char_index: external_exports.number(),
                end_char_index: external_exports.number()
              })
            ])
          })
        ])
      }),
      external_exports.object({
        type: external_exports.literal("content_block_stop"),
        index: external_exports.number()
      }),
      external_exports.object({
        type: external_exports.literal("error"),
        error: external_exports.object({
          type: external_exports.string(),
          message: external_exports.string()
        })
      }),
      external_exports.object({
        type: external_exports.literal("message_delta"),
        delta: external_exports.object({
          stop_reason: external_exports.string().nullish(),
          stop_sequence: external_exports.string().nullish(),
          stop_details: anthropicStopDetailsSchema().nullish(),
          safeguard_results: external_exports.array(anthropicSafeguardResultSchema()).nullish(),
          container: external_exports.object({
            expires_at: external_exports.string(),
            id: external_exports.string(),
            skills: external_exports.array(
              external_exports.object({
                type: external_exports.union([
                  external_exports.literal("anthropic"),
                  external_exports.literal("custom")
                ]),
                skill_id: external_exports.string(),
                version: external_exports.string()
              })
            ).nullish()
          }).nullish()
        }),
        usage: external_exports.looseObject({
          input_tokens: external_exports.number().nullish(),
          output_tokens: external_exports.number(),
          output_tokens_details: external_exports.object({
            thinking_tokens: external_exports.number().nullish()
          }).nullish(),
          cache_creation_input_tokens: external_exports.number().nullish(),
          cache_read_input_tokens: external_exports.number().nullish(),
          iterations: external_exports.array(
            external_exports.object({
              type: external_exports.union([
                external_exports.literal("compaction"),
                external_exports.literal("message"),
                external_exports.literal("advisor_message"),
                external_exports.literal("fallback_message")
              ]),
              model: external_exports.string().nullish(),
              input_tokens: external_exports.number(),
              output_tokens: external_exports.number(),
              cache_creation_input_tokens: external_exports.number().nullish(),
              cache_read_input_tokens: external_exports.number().nullish()
            })
          ).nullish()
        }),
        input_transformations: external_exports.array(anthropicInputTransformationSchema()).nullish(),
        context_management: external_exports.object({
          applied_edits: external_exports.array(
            external_exports.union([
              external_exports.object({
                type: external_exports.literal("clear_tool_uses_20250919"),
                cleared_tool_uses: external_exports.number(),
                cleared_input_tokens: external_exports.number()
              }),
              external_exports.object({
                type: external_exports.literal("clear_thinking_20251015"),
                cleared_thinking_turns: external_exports.number(),
                cleared_input_tokens: external_exports.number()
              }),
              external_exports.object({
                type: external_exports.literal("compact_20260112")
              })
            ])
          )
        }).nullish()
      }),
      external_exports.object({
        type: external_exports.literal("message_stop")
      }),
      external_exports.object({
        type: external_exports.literal("ping")
      })
    ])
  )
);
var anthropicReasoningMetadataSchema = lazySchema(
  () => zodSchema(
    external_exports.object({
      signature: external_exports.string().optional(),
      redactedData: external_exports.string().optional()
    })
  )
);
var anthropicFilePartProviderOptions = lazySchema(
  () => zodSchema(
    external_exports.object({
      /**
       * Citation configuration for this document.
       * When enabled, this document will generate citations in the response.
       */
      citations: external_exports.object({
        /**
         * Enable citations for this document
         */
        enabled: external_exports.boolean()
      }).optional(),
      /**
       * Custom title for the document.
       * If not provided, the filename will be used.
       */
      title: external_exports.string().optional(),
      /**
       * Context about the document that will be passed to the model
       * but not used towards cited content.
       * Useful for storing document metadata as text or stringified JSON.
       */
      context: external_exports.string().optional()
    })
  )
);
var anthropicSystemMessageProviderOptions = lazySchema(
  () => zodSchema(
    external_exports.object({
      /**
       * Clears this mid-conversation system message after the current turn.
       *
       * Requires the `mid-conversation-system-clear-at-2026-08-21` beta,
       * which is added automatically.
       */
      clearAt: external_exports.literal("next_user_message").optional(),
      /**
       * Sets the model effort from the next user turn until a later message
       * changes it. An effort-only system message with empty content can appear
       * first. The required `mid-conversation-output-config-2026-07-01` beta is
       * added automatically.
       */
      effort: external_exports.enum(["low", "medium", "high", "xhigh", "max"]).optional(),
      /**
       * Mid-conversation tool changes. Adds or removes tools from the
       * conversation's tool set between turns without invalidating the prompt
       * cache.
       *
       * Only supported on system messages that appear mid-conversation (not the
       * initial system prompt). A system message carrying tool changes must come
       * right before an assistant message or at the end of the messages.
       *
       * A `tool_addition` either references a tool by `toolName` or defines it
       * by value with `tool`:
       * - By reference: the tool must be declared in the `tools` option
       *   (typically with `deferLoading: true` so it is not loaded until the
       *   addition surfaces it). The required
       *   `mid-conversation-tool-changes-2026-07-01` beta is added
       *   automatically.
       * - By value: `tool` is a function or provider tool, in the same shape as
       *   an entry of the `tools` option. The tool does not need to be declared
       *   in `tools`, and defining a tool under an existing name replaces it
       *   from that point on. The required `inline-tools-2026-09-15` beta is
       *   added automatically.
       *
       * A `tool_removal` always references the tool by `toolName`.
       */
      toolChanges: external_exports.array(
        external_exports.union([
          external_exports.object({
            type: external_exports.literal("tool_addition"),
            toolName: external_exports.string()
          }),
          external_exports.object({
            type: external_exports.literal("tool_addition"),
            tool: external_exports.union([
              external_exports.looseObject({
                type: external_exports.literal("function"),
                name: external_exports.string(),
                inputSchema: external_exports.record(external_exports.string(), external_exports.unknown())
              }),
              external_exports.looseObject({
                type: external_exports.literal("provider"),
                id: external_exports.string(),
                name: external_exports.string(),
                args: external_exports.record(external_exports.string(), external_exports.unknown())
              })
            ])
          }),
          external_exports.object({
            type: external_exports.literal("tool_removal"),
            toolName: external_exports.string()
          })
        ])
      ).optional()
    })
  )
);
var anthropicLanguageModelOptions = lazySchema(() => {
  const anthropicThinkingBlockBinding = external_exports.object({
    prefixMismatchBehavior: external_exports.enum(["error", "drop_block"])
  });
  return zodSchema(
    external_exports.object({
      /**
       * Whether to send reasoning to the model.
       *
       * This allows you to deactivate reasoning inputs for models that do not support them.
       */
      sendReasoning: external_exports.boolean().optional(),
      /**
       * Determines how structured outputs are generated.
       *
       * - `outputFormat`: Use the `output_config.format` parameter to specify the structured output format.
       * - `jsonTool`: Use a special 'json' tool to specify the structured output format.
       * - `auto`: Use 'outputFormat' when supported, otherwise use 'jsonTool' (default).
       */
      structuredOutputMode: external_exports.enum(["outputFormat", "jsonTool", "auto"]).optional(),
      /**
       * Configuration for enabling Claude's extended thinking.
       *
       * When enabled, responses include thinking content blocks showing Claude's thinking process before the final answer.
       * Requires a minimum budget of 1,024 tokens and counts towards the `max_tokens` limit.
       *
       * Models that always use adaptive thinking (e.g. `claude-opus-5-5`,
       * `claude-fable-5-1`) reject `enabled` and `disabled`. For those models the
       * provider drops the unsupported setting, emits a warning, and sends an
       * adaptive thinking request. Use `effort` to control how much they think.
       *
       * `claude-sonnet-5-5` supports `between_tools`, its lowest thinking setting,
       * and the provider uses it in place of `disabled` for that model.
       */
      thinking: external_exports.union([
        external_exports.discriminatedUnion("type", [
          external_exports.object({
            /** for Sonnet 4.6, Opus 4.6, and newer models */
            type: external_exports.literal("adaptive"),
            /**
             * Controls whether thinking content is included in the response.
             * - `"omitted"`: Thinking blocks are present but text is empty (default for Opus 4.7+).
             * - `"summarized"`: Thinking content is returned. Required to see reasoning output.
             * - `"updates"`: Thinking updates are returned between tool calls.
             */
            display: external_exports.enum(["omitted", "summarized", "updates"]).optional(),
            /**
             * Controls how thinking blocks are bound to an assistant prefix.
             *
             * Requires the `thinking-binding-controls-2026-08-01` beta,
             * which is added automatically.
             */
            blockBinding: anthropicThinkingBlockBinding.optional()
          }),
          external_exports.object({
            /** for models before Opus 4.6, except Sonnet 4.6 still supports it */
            type: external_exports.literal("enabled"),
            budgetTokens: external_exports.number().optional()
          }),
          external_exports.object({
            type: external_exports.literal("disabled")
          }),
          external_exports.object({
            /**
             * for `claude-sonnet-5-5`: no upfront thinking, but progress notes
             * between tool calls are returned as summarized thinking blocks.
             * Only supported at `low`, `medium`, and `high` effort.
             */
            type: external_exports.literal("between_tools")
          })
        ]),
        /**
         * Configures prefix mismatch recovery without changing the model's
         * default thinking mode.
         */
        external_exports.object({
          blockBinding: anthropicThinkingBlockBinding
        })
      ]).optional(),
      /**
       * Whether to disable parallel function calling during tool use. Default is false.
       * When set to true, Claude will use at most one tool per response.
       */
      disableParallelToolUse: external_exports.boolean().optional(),
      /**
       * Cache control settings for this message.
       * See https://docs.anthropic.com/en/docs/build-with-claude/prompt-caching
       */
      cacheControl: external_exports.object({
        type: external_exports.literal("ephemeral"),
        ttl: external_exports.union([external_exports.literal("5m"), external_exports.literal("1h")]).optional()
      }).optional(),
      /**
       * Metadata to include with the request.
       *
       * See https://platform.claude.com/docs/en/api/messages/create for details.
       */
      metadata: external_exports.object({
        /**
         * An external identifier for the user associated with the request.
         *
         * Should be a UUID, hash value, or other opaque identifier.
         * Must not contain PII (name, email, phone number, etc.).
         */
        userId: external_exports.string().optional()
      }).optional(),
      /**
       * MCP servers to be utilized in this request.
       */
      mcpServers: external_exports.array(
        external_exports.object({
          type: external_exports.literal("url"),
          name: external_exports.string(),
          url: external_exports.string(),
          authorizationToken: external_exports.string().nullish(),
          toolConfiguration: external_exports.object({
            enabled: external_exports.boolean().nullish(),
            allowedTools: external_exports.array(external_exports.string()).nullish()
          }).nullish()
        })
      ).optional(),
      /**
       * Agent Skills configuration. Skills enable Claude to perform specialized tasks
       * like document processing (PPTX, DOCX, PDF, XLSX) and data analysis.
       * Requires code execution tool to be enabled.
       */
      container: external_exports.object({
        id: external_exports.string().optional(),
        skills: external_exports.array(
          external_exports.object({
            type: external_exports.union([external_exports.literal("anthropic"), external_exports.literal("custom")]),
            skillId: external_exports.string(),
            version: external_exports.string().optional()
          })
        ).optional()
      }).optional(),
      /**
       * Whether to enable fine-grained (eager) streaming of tool call inputs
       * and structured outputs for every function tool in the request. When
       * true (the default), each function tool receives a default of
       * `eager_input_streaming: true` unless it explicitly sets
       * `providerOptions.anthropic.eagerInputStreaming`.
       *
       * @default true
       */
      toolStreaming: external_exports.boolean().optional(),
      /**
       * Controls how much effort the model spends on thinking, text responses,
       * and tool calls. On models that always use adaptive thinking
       * (e.g. `claude-opus-5-5`), effort is the main lever for latency and cost.
       *
       * The API default is `high` for most models and `medium` for `claude-opus-5-5`.
       */
      effort: external_exports.enum(["low", "medium", "high", "xhigh", "max"]).optional(),
      /**
       * Task budget for agentic turns. Informs the model of the total token budget
       * available for the current task, allowing it to prioritize work and wind down
       * gracefully as the budget is consumed.
       *
       * Advisory only — does not enforce a hard token limit.
       */
      taskBudget: external_exports.object({
        type: external_exports.literal("tokens"),
        total: external_exports.number().int().min(2e4),
        remaining: external_exports.number().int().min(0).optional()
      }).optional(),
      /**
       * Enable fast mode for faster inference (2.5x faster output token speeds).
       * Only supported with claude-opus-4-6.
       */
      speed: external_exports.enum(["fast", "standard"]).optional(),
      /**
       * Controls where model inference runs for this request.
       *
       * - `"global"`: Inference may run in any available geography (default).
       * - `"us"`: Inference runs only in US-based infrastructure.
       *
       * See https://platform.claude.com/docs/en/build-with-claude/data-residency
       */
      inferenceGeo: external_exports.enum(["us", "global"]).optional(),
      /**
       * Server-side fallback configuration.
       *
       * When the primary model's safety classifiers block a turn, the API
       * automatically retries it server-side on a fallback model. A
       * `content-filter` finish reason means the fallback(s) refused as well.
       *
       * - `'default'` (recommended): the API routes the retry to Anthropic's
       *   recommended fallback model based on the refusal category. Requires the
       *   `server-side-fallback-2026-07-01` beta, which is added automatically.
       * - Array form: an explicit fallback chain. Each entry is merged into the
       *   request as a direct request to that entry's model, so it must be
       *   formatted accordingly: `model` is required, and an entry may
       *   additionally override `max_tokens`, `thinking`, `output_config`, and
       *   `speed` for that attempt only (`speed` additionally requires the speed
       *   beta). The value is passed through to the API as-is, and the
       *   `server-side-fallback-2026-06-01` beta is added automatically.
       */
      fallbacks: external_exports.union([
        external_exports.literal("default"),
        external_exports.array(
          external_exports.object({
            model: external_exports.string(),
            max_tokens: external_exports.number().int().optional(),
            thinking: external_exports.record(external_exports.string(), external_exports.unknown()).optional(),
            output_config: external_exports.record(external_exports.string(), external_exports.unknown()).optional(),
            speed: external_exports.enum(["fast", "standard"]).optional()
          })
        )
      ]).optional(),
      /**
       * A set of beta features to enable.
       * Allow a provider to receive the full `betas` set if it needs it.
       */
      anthropicBeta: external_exports.array(external_exports.string()).optional(),
      /**
       * Server-side safeguards to run as part of the request.
       *
       * `dangerous_tool_use` asks the API to classify every `tool_use` block in
       * the response for dangerous actions (the check Claude Code's auto mode
       * relies on). The per-call verdicts are returned in
       * `providerMetadata.anthropic.safeguardResults`, keyed by tool call id.
       * `classifierContext` is passed through to the API as `classifier_context`.
       * The `dangerous-tool-use-2026-09-03` beta is added automatically.
       */
      safeguards: external_exports.array(
        external_exports.object({
          type: external_exports.literal("dangerous_tool_use"),
          classifierContext: external_exports.record(external_exports.string(), external_exports.unknown()).optional()
        })
      ).optional(),
      contextManagement: external_exports.object({
        edits: external_exports.array(
          external_exports.discriminatedUnion("type", [
            external_exports.object({
              type: external_exports.literal("clear_tool_uses_20250919"),
              trigger: external_exports.discriminatedUnion("type", [
                external_exports.object({
                  type: external_exports.literal("input_tokens"),
                  value: external_exports.number()
                }),
                external_exports.object({
                  type: external_exports.literal("tool_uses"),
                  value: external_exports.number()
                })
              ]).optional(),
              keep: external_exports.object({
                type: external_exports.literal("tool_uses"),
                value: external_exports.number()
              }).optional(),
              clearAtLeast: external_exports.object({
                type: external_exports.literal("input_tokens"),
                value: external_exports.number()
              }).optional(),
              clearToolInputs: external_exports.boolean().optional(),
              excludeTools: external_exports.array(external_exports.string()).optional()
            }),
            external_exports.object({
              type: external_exports.literal("clear_thinking_20251015"),
              keep: external_exports.union([
                external_exports.literal("all"),
                external_exports.object({
                  type: external_exports.literal("thinking_turns"),
                  value: external_exports.number()
                })
              ]).optional()
            }),
            external_exports.object({
              type: external_exports.literal("compact_20260112"),
              trigger: external_exports.object({
                type: external_exports.literal("input_tokens"),
                value: external_exports.number()
              }).optional(),
              pauseAfterCompaction: external_exports.boolean().optional(),
              instructions: external_exports.string().optional()
            })
          ])
        )
      }).optional()
    })
  );
});
var MAX_CACHE_BREAKPOINTS = 4;
function getCacheControl(providerMetadata, providerOptionsName) {
  var _a3, _b2, _c;
  const custom = providerMetadata == null ? void 0 : providerMetadata[providerOptionsName];
  const anthropic2 = providerMetadata == null ? void 0 : providerMetadata.anthropic;
  const cacheControlValue = (_c = (_b2 = (_a3 = custom == null ? void 0 : custom.cacheControl) != null ? _a3 : custom == null ? void 0 : custom.cache_control) != null ? _b2 : anthropic2 == null ? void 0 : anthropic2.cacheControl) != null ? _c : anthropic2 == null ? void 0 : anthropic2.cache_control;
  return cacheControlValue;
}
var CacheControlValidator = class {
  constructor(providerOptionsName = "anthropic") {
    this.providerOptionsName = providerOptionsName;
    this.breakpointCount = 0;
    this.warnings = [];
  }
  getCacheControl(providerMetadata, context) {
    const cacheControlValue = getCacheControl(
      providerMetadata,
      this.providerOptionsName
    );
    if (!cacheControlValue) {
      return void 0;
    }
    if (!context.canCache) {
      this.warnings.push({
        type: "unsupported",
        feature: "cache_control on non-cacheable context",
        details: `cache_control cannot be set on ${context.type}. It will be ignored.`
      });
      return void 0;
    }
    this.breakpointCount++;
    if (this.breakpointCount > MAX_CACHE_BREAKPOINTS) {
      this.warnings.push({
        type: "unsupported",
        feature: "cacheControl breakpoint limit",
        details: `Maximum ${MAX_CACHE_BREAKPOINTS} cache breakpoints exceeded (found ${this.breakpointCount}). This breakpoint will be ignored.`
      });
      return void 0;
    }
    return cacheControlValue;
  }
  getWarnings() {
    return this.warnings;
  }
};
var advisor_20260301ArgsSchema = lazySchema(
  () => zodSchema(
    external_exports.object({
      model: external_exports.string(),
      maxUses: external_exports.number().optional(),
      caching: external_exports.object({
        type: external_exports.literal("ephemeral"),
        ttl: external_exports.union([external_exports.literal("5m"), external_exports.literal("1h")])
      }).optional()
    })
  )
);
var advisor_20260301OutputSchema = lazySchema(
  () => zodSchema(
    external_exports.discriminatedUnion("type", [
      external_exports.object({
        type: external_exports.literal("advisor_result"),
        text: external_exports.string()
      }),
      external_exports.object({
        type: external_exports.literal("advisor_redacted_result"),
        encryptedContent: external_exports.string()
      }),
      external_exports.object({
        type: external_exports.literal("advisor_tool_result_error"),
        errorCode: external_exports.string()
      })
    ])
  )
);
var advisor_20260301InputSchema = lazySchema(
  () => zodSchema(external_exports.object({}).strict())
);
var factory = createProviderToolFactoryWithOutputSchema({
  id: "anthropic.advisor_20260301",
  inputSchema: advisor_20260301InputSchema,
  outputSchema: advisor_20260301OutputSchema,
  supportsDeferredResults: true
});
var advisor_20260301 = (args) => {
  return factory(args);
};
var computerToolset_20260801Members = [
  "screenshot",
  "zoom",
  "left_click",
  "right_click",
  "middle_click",
  "double_click",
  "triple_click",
  "left_click_drag",
  "mouse_move",
  "left_mouse_down",
  "left_mouse_up",
  "cursor_position",
  "scroll",
  "type",
  "key",
  "hold_key",
  "wait"
];
var computerToolset_20260801InputSchema = lazySchema(
  () => zodSchema(
    external_exports.object({
      action: external_exports.enum(computerToolset_20260801Members),
      coordinate: external_exports.tuple([external_exports.number().int(), external_exports.number().int()]).optional(),
      duration: external_exports.number().optional(),
      region: external_exports.tuple([
        external_exports.number().int(),
        external_exports.number().int(),
        external_exports.number().int(),
        external_exports.number().int()
      ]).optional(),
      repeat: external_exports.number().int().optional(),
      scroll_amount: external_exports.number().optional(),
      scroll_direction: external_exports.enum(["up", "down", "left", "right"]).optional(),
      start_coordinate: external_exports.tuple([external_exports.number().int(), external_exports.number().int()]).optional(),
      text: external_exports.string().optional()
    })
  )
);
var computerToolset_20260801ArgsSchema = lazySchema(
  () => zodSchema(
    external_exports.object({
      configs: external_exports.partialRecord(
        external_exports.enum(computerToolset_20260801Members),
        external_exports.object({
          enabled: external_exports.boolean().optional(),
          deferLoading: external_exports.boolean().optional()
        })
      ).optional()
    })
  )
);
var computerToolset_20260801 = createProviderToolFactory({
  id: "anthropic.computer_toolset_20260801",
  inputSchema: computerToolset_20260801InputSchema
});
var textEditor_20250728ArgsSchema = lazySchema(
  () => zodSchema(
    external_exports.object({
      maxCharacters: external_exports.number().optional()
    })
  )
);
var textEditor_20250728InputSchema = lazySchema(
  () => zodSchema(
    external_exports.object({
      command: external_exports.enum(["view", "create", "str_replace", "insert"]),
      path: external_exports.string(),
      file_text: external_exports.string().optional(),
      insert_line: external_exports.number().int().optional(),
      new_str: external_exports.string().optional(),
      insert_text: external_exports.string().optional(),
      old_str: external_exports.string().optional(),
      view_range: external_exports.array(external_exports.number().int()).optional()
    })
  )
);
var factory2 = createProviderToolFactory({
  id: "anthropic.text_editor_20250728",
  inputSchema: textEditor_20250728InputSchema
});
var textEditor_20250728 = (args = {}) => {
  return factory2(args);
};
var webSearch_20260209ArgsSchema = lazySchema(
  () => zodSchema(
    external_exports.object({
      maxUses: external_exports.number().optional(),
      allowedDomains: external_exports.array(external_exports.string()).optional(),
      blockedDomains: external_exports.array(external_exports.string()).optional(),
      userLocation: external_exports.object({
        type: external_exports.literal("approximate"),
        city: external_exports.string().optional(),
        region: external_exports.string().optional(),
        country: external_exports.string().optional(),
        timezone: external_exports.string().optional()
      }).optional()
    })
  )
);
var webSearch_20260209OutputSchema = lazySchema(
  () => zodSchema(
    external_exports.array(
      external_exports.object({
        url: external_exports.string(),
        title: external_exports.string().nullable(),
        pageAge: external_exports.string().nullable(),
        encryptedContent: external_exports.string(),
        type: external_exports.literal("web_search_result")
      })
    )
  )
);
var webSearch_20260209InputSchema = lazySchema(
  () => zodSchema(
    external_exports.object({
      query: external_exports.string()
    })
  )
);
var factory3 = createProviderToolFactoryWithOutputSchema({
  id: "anthropic.web_search_20260209",
  inputSchema: webSearch_20260209InputSchema,
  outputSchema: webSearch_20260209OutputSchema,
  supportsDeferredResults: true
});
var webSearch_20260209 = (args = {}) => {
  return factory3(args);
};
var webSearch_20250305ArgsSchema = lazySchema(
  () => zodSchema(
    external_exports.object({
      maxUses: external_exports.number().optional(),
      allowedDomains: external_exports.array(external_exports.string()).optional(),
      blockedDomains: external_exports.array(external_exports.string()).optional(),
      userLocation: external_exports.object({
        type: external_exports.literal("approximate"),
        city: external_exports.string().optional(),
        region: external_exports.string().optional(),
        country: external_exports.string().optional(),
        timezone: external_exports.string().optional()
      }).optional()
    })
  )
);
var webSearch_20250305OutputSchema = lazySchema(
  () => zodSchema(
    external_exports.array(
      external_exports.object({
        url: external_exports.string(),
        title: external_exports.string().nullable(),
        pageAge: external_exports.string().nullable(),
        encryptedContent: external_exports.string(),
        type: external_exports.literal("web_search_result")
      })
    )
  )
);
var webSearch_20250305InputSchema = lazySchema(
  () => zodSchema(
    external_exports.object({
      query: external_exports.string()
    })
  )
);
var factory4 = createProviderToolFactoryWithOutputSchema({
  id: "anthropic.web_search_20250305",
  inputSchema: webSearch_20250305InputSchema,
  outputSchema: webSearch_20250305OutputSchema,
  supportsDeferredResults: true
});
var webSearch_20250305 = (args = {}) => {
  return factory4(args);
};
var webFetch_20260209ArgsSchema = lazySchema(
  () => zodSchema(
    external_exports.object({
      maxUses: external_exports.number().optional(),
      allowedDomains: external_exports.array(external_exports.string()).optional(),
      blockedDomains: external_exports.array(external_exports.string()).optional(),
      citations: external_exports.object({ enabled: external_exports.boolean() }).optional(),
      maxContentTokens: external_exports.number().optional()
    })
  )
);
var webFetch_20260209OutputSchema = lazySchema(
  () => zodSchema(
    external_exports.object({
      type: external_exports.literal("web_fetch_result"),
      url: external_exports.string(),
      content: external_exports.object({
        type: external_exports.literal("document"),
        title: external_exports.string().nullable(),
        citations: external_exports.object({ enabled: external_exports.boolean() }).optional(),
        source: external_exports.union([
          external_exports.object({
            type: external_exports.literal("base64"),
            mediaType: external_exports.literal("application/pdf"),
            data: external_exports.string()
          }),
          external_exports.object({
            type: external_exports.literal("text"),
            mediaType: external_exports.literal("text/plain"),
            data: external_exports.string()
          })
        ])
      }),
      retrievedAt: external_exports.string().nullable()
    })
  )
);
var webFetch_20260209InputSchema = lazySchema(
  () => zodSchema(
    external_exports.object({
      url: external_exports.string()
    })
  )
);
var factory5 = createProviderToolFactoryWithOutputSchema({
  id: "anthropic.web_fetch_20260209",
  inputSchema: webFetch_20260209InputSchema,
  outputSchema: webFetch_20260209OutputSchema,
  supportsDeferredResults: true
});
var webFetch_20260209 = (args = {}) => {
  return factory5(args);
};
var webFetch_20250910ArgsSchema = lazySchema(
  () => zodSchema(
    external_exports.object({
      maxUses: external_exports.number().optional(),
      allowedDomains: external_exports.array(external_exports.string()).optional(),
      blockedDomains: external_exports.array(external_exports.string()).optional(),
      citations: external_exports.object({ enabled: external_exports.boolean() }).optional(),
      maxContentTokens: external_exports.number().optional()
    })
  )
);
var webFetch_20250910OutputSchema = lazySchema(
  () => zodSchema(
    external_exports.object({
      type: external_exports.literal("web_fetch_result"),
      url: external_exports.string(),
      content: external_exports.object({
        type: external_exports.literal("document"),
        title: external_exports.string().nullable(),
        citations: external_exports.object({ enabled: external_exports.boolean() }).optional(),
        source: external_exports.union([
          external_exports.object({
            type: external_exports.literal("base64"),
            mediaType: external_exports.literal("application/pdf"),
            data: external_exports.string()
          }),
          external_exports.object({
            type: external_exports.literal("text"),
            mediaType: external_exports.literal("text/plain"),
            data: external_exports.string()
          })
        ])
      }),
      retrievedAt: external_exports.string().nullable()
    })
  )
);
var webFetch_20250910InputSchema = lazySchema(
  () => zodSchema(
    external_exports.object({
      url: external_exports.string()
    })
  )
);
var factory6 = createProviderToolFactoryWithOutputSchema({
  id: "anthropic.web_fetch_20250910",
  inputSchema: webFetch_20250910InputSchema,
  outputSchema: webFetch_20250910OutputSchema,
  supportsDeferredResults: true
});
var webFetch_20250910 = (args = {}) => {
  return factory6(args);
};
async function prepareTools({
  tools,
  toolChoice,
  hasInlineTools = false,
  disableParallelToolUse,
  cacheControlValidator,
  supportsStructuredOutput,
  supportsStrictTools,
  defaultEagerInputStreaming = false,
  rejectsForcedToolUse = false
}) {
  var _a3, _b2;
  tools = (tools == null ? void 0 : tools.length) ? tools : void 0;
  const toolWarnings = [];
  const betas = /* @__PURE__ */ new Set();
  const validator = cacheControlValidator || new CacheControlValidator();
  if (tools == null && !hasInlineTools) {
    return { tools: void 0, toolChoice: void 0, toolWarnings, betas };
  }
  const anthropicTools2 = [];
  for (const tool3 of tools != null ? tools : []) {
    switch (tool3.type) {
      case "function": {
        const cacheControl = validator.getCacheControl(tool3.providerOptions, {
          type: "tool definition",
          canCache: true
        });
        const anthropicOptions = (_a3 = tool3.providerOptions) == null ? void 0 : _a3.anthropic;
        const eagerInputStreaming = (_b2 = anthropicOptions == null ? void 0 : anthropicOptions.eagerInputStreaming) != null ? _b2 : defaultEagerInputStreaming;
        const deferLoading = anthropicOptions == null ? void 0 : anthropicOptions.deferLoading;
        const allowedCallers = anthropicOptions == null ? void 0 : anthropicOptions.allowedCallers;
        if (!supportsStrictTools && tool3.strict != null) {
          toolWarnings.push({
            type: "unsupported",
            feature: "strict",
            details: `Tool '${tool3.name}' has strict: ${tool3.strict}, but strict mode is not supported by this provider. The strict property will be ignored.`
          });
        }
        anthropicTools2.push({
          name: tool3.name,
          description: tool3.description,
          input_schema: tool3.inputSchema,
          cache_control: cacheControl,
          ...eagerInputStreaming ? { eager_input_streaming: true } : {},
          ...supportsStrictTools === true && tool3.strict != null ? { strict: tool3.strict } : {},
          ...deferLoading != null ? { defer_loading: deferLoading } : {},
          ...allowedCallers != null ? { allowed_callers: allowedCallers } : {},
          ...tool3.inputExamples != null ? {
            input_examples: tool3.inputExamples.map(
              (example2) => example2.input
            )
          } : {}
        });
        if (supportsStructuredOutput === true) {
          betas.add("structured-outputs-2025-11-13");
        }
        if (tool3.inputExamples != null || allowedCallers != null) {
          betas.add("advanced-tool-use-2025-11-20");
        }
        break;
      }
      case "provider": {
        switch (tool3.id) {
          case "anthropic.code_execution_20250522": {
            betas.add("code-execution-2025-05-22");
            anthropicTools2.push({
              type: "code_execution_20250522",
              name: "code_execution",
              cache_control: void 0
            });
            break;
          }
          case "anthropic.code_execution_20250825": {
            betas.add("code-execution-2025-08-25");
            anthropicTools2.push({
              type: "code_execution_20250825",
              name: "code_execution"
            });
            break;
          }
          case "anthropic.code_execution_20260120": {
            anthropicTools2.push({
              type: "code_execution_20260120",
              name: "code_execution"
            });
            break;
          }
          case "anthropic.computer_20250124": {
            betas.add("computer-use-2025-01-24");
            anthropicTools2.push({
              name: "computer",
              type: "computer_20250124",
              display_width_px: tool3.args.displayWidthPx,
              display_height_px: tool3.args.displayHeightPx,
              display_number: tool3.args.displayNumber,
              cache_control: void 0
            });
            break;
          }
          case "anthropic.computer_20251124": {
            betas.add("computer-use-2025-11-24");
            anthropicTools2.push({
              name: "computer",
              type: "computer_20251124",
              display_width_px: tool3.args.displayWidthPx,
              display_height_px: tool3.args.displayHeightPx,
              display_number: tool3.args.displayNumber,
              enable_zoom: tool3.args.enableZoom,
              cache_control: void 0
            });
            break;
          }
          case "anthropic.computer_toolset_20260801": {
            const args = await validateTypes({
              value: tool3.args,
              schema: computerToolset_20260801ArgsSchema
            });
            const configs = args.configs != null ? Object.fromEntries(
              Object.entries(args.configs).map(([member, config]) => [
                member,
                {
                  ...(config == null ? void 0 : config.enabled) != null && {
                    enabled: config.enabled
                  },
                  ...(config == null ? void 0 : config.deferLoading) != null && {
                    defer_loading: config.deferLoading
                  }
                }
              ])
            ) : void 0;
            anthropicTools2.push({
              type: "computer_toolset_20260801",
              ...configs != null && { configs },
              cache_control: void 0
            });
            break;
          }
          case "anthropic.computer_20241022": {
            betas.add("computer-use-2024-10-22");
            anthropicTools2.push({
              name: "computer",
              type: "computer_20241022",
              display_width_px: tool3.args.displayWidthPx,
              display_height_px: tool3.args.displayHeightPx,
              display_number: tool3.args.displayNumber,
              cache_control: void 0
            });
            break;
          }
          case "anthropic.text_editor_20250124": {
            betas.add("computer-use-2025-01-24");
            anthropicTools2.push({
              name: "str_replace_editor",
              type: "text_editor_20250124",
              cache_control: void 0
            });
            break;
          }
          case "anthropic.text_editor_20241022": {
            betas.add("computer-use-2024-10-22");
            anthropicTools2.push({
              name: "str_replace_editor",
              type: "text_editor_20241022",
              cache_control: void 0
            });
            break;
          }
          case "anthropic.text_editor_20250429": {
            betas.add("computer-use-2025-01-24");
            anthropicTools2.push({
              name: "str_replace_based_edit_tool",
              type: "text_editor_20250429",
              cache_control: void 0
            });
            break;
          }
          case "anthropic.text_editor_20250728": {
            const args = await validateTypes({
              value: tool3.args,
              schema: textEditor_20250728ArgsSchema
            });
            anthropicTools2.push({
              name: "str_replace_based_edit_tool",
              type: "text_editor_20250728",
              max_characters: args.maxCharacters,
              cache_control: void 0
            });
            break;
          }
          case "anthropic.bash_20250124": {
            betas.add("computer-use-2025-01-24");
            anthropicTools2.push({
              name: "bash",
              type: "bash_20250124",
              cache_control: void 0
            });
            break;
          }
          case "anthropic.bash_20241022": {
            betas.add("computer-use-2024-10-22");
            anthropicTools2.push({
              name: "bash",
              type: "bash_20241022",
              cache_control: void 0
            });
            break;
          }
          case "anthropic.memory_20250818": {
            betas.add("context-management-2025-06-27");
            anthropicTools2.push({
              name: "memory",
              type: "memory_20250818"
            });
            break;
          }
          case "anthropic.web_fetch_20250910": {
            betas.add("web-fetch-2025-09-10");
            const args = await validateTypes({
              value: tool3.args,
              schema: webFetch_20250910ArgsSchema
            });
            anthropicTools2.push({
              type: "web_fetch_20250910",
              name: "web_fetch",
              max_uses: args.maxUses,
              allowed_domains: args.allowedDomains,
              blocked_domains: args.blockedDomains,
              citations: args.citations,
              max_content_tokens: args.maxContentTokens,
              cache_control: void 0
            });
            break;
          }
          case "anthropic.web_fetch_20260209": {
            betas.add("code-execution-web-tools-2026-02-09");
            const args = await validateTypes({
              value: tool3.args,
              schema: webFetch_20260209ArgsSchema
            });
            anthropicTools2.push({
              type: "web_fetch_20260209",
              name: "web_fetch",
              max_uses: args.maxUses,
              allowed_domains: args.allowedDomains,
              blocked_domains: args.blockedDomains,
              citations: args.citations,
              max_content_tokens: args.maxContentTokens,
              cache_control: void 0
            });
            break;
          }
          case "anthropic.web_search_20250305": {
            const args = await validateTypes({
              value: tool3.args,
              schema: webSearch_20250305ArgsSchema
            });
            anthropicTools2.push({
              type: "web_search_20250305",
              name: "web_search",
              max_uses: args.maxUses,
              allowed_domains: args.allowedDomains,
              blocked_domains: args.blockedDomains,
              user_location: args.userLocation,
              cache_control: void 0
            });
            break;
          }
          case "anthropic.web_search_20260209": {
            betas.add("code-execution-web-tools-2026-02-09");
            const args = await validateTypes({
              value: tool3.args,
              schema: webSearch_20260209ArgsSchema
            });
            anthropicTools2.push({
              type: "web_search_20260209",
              name: "web_search",
              max_uses: args.maxUses,
              allowed_domains: args.allowedDomains,
              blocked_domains: args.blockedDomains,
              user_location: args.userLocation,
              cache_control: void 0
            });
            break;
          }
          case "anthropic.tool_search_regex_20251119": {
            anthropicTools2.push({
              type: "tool_search_tool_regex_20251119",
              name: "tool_search_tool_regex"
            });
            break;
          }
          case "anthropic.tool_search_bm25_20251119": {
            anthropicTools2.push({
              type: "tool_search_tool_bm25_20251119",
              name: "tool_search_tool_bm25"
            });
            break;
          }
          case "anthropic.advisor_20260301": {
            betas.add("advisor-tool-2026-03-01");
            const args = await validateTypes({
              value: tool3.args,
              schema: advisor_20260301ArgsSchema
            });
            anthropicTools2.push({
              type: "advisor_20260301",
              name: "advisor",
              model: args.model,
              ...args.maxUses !== void 0 && { max_uses: args.maxUses },
              ...args.caching !== void 0 && { caching: args.caching }
            });
            break;
          }
          default: {
            toolWarnings.push({
              type: "unsupported",
              feature: `provider-defined tool ${tool3.id}`
            });
            break;
          }
        }
        break;
      }
      default: {
        toolWarnings.push({
          type: "unsupported",
          feature: `tool ${tool3}`
        });
        break;
      }
    }
  }
  const declaredTools = tools == null ? void 0 : anthropicTools2;
  if (toolChoice == null) {
    return {
      tools: declaredTools,
      toolChoice: disableParallelToolUse ? { type: "auto", disable_parallel_tool_use: disableParallelToolUse } : void 0,
      toolWarnings,
      betas
    };
  }
  const type = toolChoice.type;
  switch (type) {
    case "auto":
      return {
        tools: declaredTools,
        toolChoice: {
          type: "auto",
          disable_parallel_tool_use: disableParallelToolUse
        },
        toolWarnings,
        betas
      };
    case "required":
      if (rejectsForcedToolUse) {
        toolWarnings.push({
          type: "unsupported",
          feature: "toolChoice",
          details: `toolChoice 'required' is not supported with this model or thinking configuration. Using 'auto' instead. Instruct the model to use a tool in the prompt and verify that a tool call was made.`
        });
        return {
          tools: declaredTools,
          toolChoice: {
            type: "auto",
            disable_parallel_tool_use: disableParallelToolUse
          },
          toolWarnings,
          betas
        };
      }
      return {
        tools: declaredTools,
        toolChoice: {
          type: "any",
          disable_parallel_tool_use: disableParallelToolUse
        },
        toolWarnings,
        betas
      };
    case "none":
      return {
        tools: declaredTools,
        toolChoice: { type: "none" },
        toolWarnings,
        betas
      };
    case "tool":
      if (rejectsForcedToolUse) {
        toolWarnings.push({
          type: "unsupported",
          feature: "toolChoice",
          details: `toolChoice 'tool' is not supported with this model or thinking configuration. Only the '${toolChoice.toolName}' tool is sent with 'auto' tool choice. Instruct the model to use the tool in the prompt and verify that a tool call was made.`
        });
        return {
          tools: declaredTools == null ? void 0 : declaredTools.filter(
            (tool3) => "name" in tool3 && tool3.name === toolChoice.toolName
          ),
          toolChoice: {
            type: "auto",
            disable_parallel_tool_use: disableParallelToolUse
          },
          toolWarnings,
          betas
        };
      }
      return {
        tools: declaredTools,
        toolChoice: {
          type: "tool",
          name: toolChoice.toolName,
          disable_parallel_tool_use: disableParallelToolUse
        },
        toolWarnings,
        betas
      };
    default: {
      const _exhaustiveCheck = type;
      throw new UnsupportedFunctionalityError({
        functionality: `tool choice type: ${_exhaustiveCheck}`
      });
    }
  }
}
function convertAnthropicMessagesUsage({
  usage,
  rawUsage
}) {
  var _a3, _b2, _c, _d, _e;
  const cacheCreationTokens = (_a3 = usage.cache_creation_input_tokens) != null ? _a3 : 0;
  const cacheReadTokens = (_b2 = usage.cache_read_input_tokens) != null ? _b2 : 0;
  const reasoningTokens = (_d = (_c = usage.output_tokens_details) == null ? void 0 : _c.thinking_tokens) != null ? _d : void 0;
  let inputTokens;
  let outputTokens;
  const servedByFallback = (_e = usage.iterations) == null ? void 0 : _e.some(
    (iter) => iter.type === "fallback_message"
  );
  if (usage.iterations && usage.iterations.length > 0 && !servedByFallback) {
    const executorIterations = usage.iterations.filter(
      (iter) => iter.type === "compaction" || iter.type === "message"
    );
    if (executorIterations.length > 0) {
      const totals = executorIterations.reduce(
        (acc, iter) => ({
          input: acc.input + iter.input_tokens,
          output: acc.output + iter.output_tokens
        }),
        { input: 0, output: 0 }
      );
      inputTokens = totals.input;
      outputTokens = totals.output;
    } else {
      inputTokens = usage.input_tokens;
      outputTokens = usage.output_tokens;
    }
  } else {
    inputTokens = usage.input_tokens;
    outputTokens = usage.output_tokens;
  }
  return {
    inputTokens: {
      total: inputTokens + cacheCreationTokens + cacheReadTokens,
      noCache: inputTokens,
      cacheRead: cacheReadTokens,
      cacheWrite: cacheCreationTokens
    },
    outputTokens: {
      total: outputTokens,
      text: reasoningTokens == null ? void 0 : outputTokens - reasoningTokens,
      reasoning: reasoningTokens
    },
    raw: rawUsage != null ? rawUsage : usage
  };
}
var codeExecution_20250522OutputSchema = lazySchema(
  () => zodSchema(
    external_exports.object({
      type: external_exports.literal("code_execution_result"),
      stdout: external_exports.string(),
      stderr: external_exports.string(),
      return_code: external_exports.number(),
      content: external_exports.array(
        external_exports.object({
          type: external_exports.literal("code_execution_output"),
          file_id: external_exports.string()
        })
      ).optional().default([])
    })
  )
);
var codeExecution_20250522InputSchema = lazySchema(
  () => zodSchema(
    external_exports.object({
      code: external_exports.string()
    })
  )
);
var factory7 = createProviderToolFactoryWithOutputSchema({
  id: "anthropic.code_execution_20250522",
  inputSchema: codeExecution_20250522InputSchema,
  outputSchema: codeExecution_20250522OutputSchema
});
var codeExecution_20250522 = (args = {}) => {
  return factory7(args);
};
var codeExecution_20250825OutputSchema = lazySchema(
  () => zodSchema(
    external_exports.discriminatedUnion("type", [
      external_exports.object({
        type: external_exports.literal("code_execution_result"),
        stdout: external_exports.string(),
        stderr: external_exports.string(),
        return_code: external_exports.number(),
        content: external_exports.array(
          external_exports.object({
            type: external_exports.literal("code_execution_output"),
            file_id: external_exports.string()
          })
        ).optional().default([])
      }),
      external_exports.object({
        type: external_exports.literal("bash_code_execution_result"),
        content: external_exports.array(
          external_exports.object({
            type: external_exports.literal("bash_code_execution_output"),
            file_id: external_exports.string()
          })
        ),
        stdout: external_exports.string(),
        stderr: external_exports.string(),
        return_code: external_exports.number()
      }),
      external_exports.object({
        type: external_exports.literal("bash_code_execution_tool_result_error"),
        error_code: external_exports.string()
      }),
      external_exports.object({
        type: external_exports.literal("text_editor_code_execution_tool_result_error"),
        error_code: external_exports.string()
      }),
      external_exports.object({
        type: external_exports.literal("text_editor_code_execution_view_result"),
        content: external_exports.string(),
        file_type: external_exports.string(),
        num_lines: external_exports.number().nullable(),
        start_line: external_exports.number().nullable(),
        total_lines: external_exports.number().nullable()
      }),
      external_exports.object({
        type: external_exports.literal("text_editor_code_execution_create_result"),
        is_file_update: external_exports.boolean()
      }),
      external_exports.object({
        type: external_exports.literal("text_editor_code_execution_str_replace_result"),
        lines: external_exports.array(external_exports.string()).nullable(),
        new_lines: external_exports.number().nullable(),
        new_start: external_exports.number().nullable(),
        old_lines: external_exports.number().nullable(),
        old_start: external_exports.number().nullable()
      })
    ])
  )
);
var codeExecution_20250825InputSchema = lazySchema(
  () => zodSchema(
    external_exports.discriminatedUnion("type", [
      // Programmatic tool calling format (mapped from { code } by AI SDK)
      external_exports.object({
        type: external_exports.literal("programmatic-tool-call"),
        code: external_exports.string()
      }),
      external_exports.object({
        type: external_exports.literal("bash_code_execution"),
        command: external_exports.string()
      }),
      external_exports.discriminatedUnion("command", [
        external_exports.object({
          type: external_exports.literal("text_editor_code_execution"),
          command: external_exports.literal("view"),
          path: external_exports.string()
        }),
        external_exports.object({
          type: external_exports.literal("text_editor_code_execution"),
          command: external_exports.literal("create"),
          path: external_exports.string(),
          file_text: external_exports.string().nullish()
        }),
        external_exports.object({
          type: external_exports.literal("text_editor_code_execution"),
          command: external_exports.literal("str_replace"),
          path: external_exports.string(),
          old_str: external_exports.string(),
          new_str: external_exports.string()
        })
      ])
    ])
  )
);
var factory8 = createProviderToolFactoryWithOutputSchema({
  id: "anthropic.code_execution_20250825",
  inputSchema: codeExecution_20250825InputSchema,
  outputSchema: codeExecution_20250825OutputSchema,
  // Programmatic tool calling: tool results may be deferred to a later turn
  // when code execution triggers a client-executed tool that needs to be
  // resolved before the code execution result can be returned.
  supportsDeferredResults: true
});
var codeExecution_20250825 = (args = {}) => {
  return factory8(args);
};
var codeExecution_20260120OutputSchema = lazySchema(
  () => zodSchema(
    external_exports.discriminatedUnion("type", [
      external_exports.object({
        type: external_exports.literal("code_execution_result"),
        stdout: external_exports.string(),
        stderr: external_exports.string(),
        return_code: external_exports.number(),
        content: external_exports.array(
          external_exports.object({
            type: external_exports.literal("code_execution_output"),
            file_id: external_exports.string()
          })
        ).optional().default([])
      }),
      external_exports.object({
        type: external_exports.literal("encrypted_code_execution_result"),
        encrypted_stdout: external_exports.string(),
        stderr: external_exports.string(),
        return_code: external_exports.number(),
        content: external_exports.array(
          external_exports.object({
            type: external_exports.literal("code_execution_output"),
            file_id: external_exports.string()
          })
        ).optional().default([])
      }),
      external_exports.object({
        type: external_exports.literal("bash_code_execution_result"),
        content: external_exports.array(
          external_exports.object({
            type: external_exports.literal("bash_code_execution_output"),
            file_id: external_exports.string()
          })
        ),
        stdout: external_exports.string(),
        stderr: external_exports.string(),
        return_code: external_exports.number()
      }),
      external_exports.object({
        type: external_exports.literal("bash_code_execution_tool_result_error"),
        error_code: external_exports.string()
      }),
      external_exports.object({
        type: external_exports.literal("text_editor_code_execution_tool_result_error"),
        error_code: external_exports.string()
      }),
      external_exports.object({
        type: external_exports.literal("text_editor_code_execution_view_result"),
        content: external_exports.string(),
        file_type: external_exports.string(),
        num_lines: external_exports.number().nullable(),
        start_line: external_exports.number().nullable(),
        total_lines: external_exports.number().nullable()
      }),
      external_exports.object({
        type: external_exports.literal("text_editor_code_execution_create_result"),
        is_file_update: external_exports.boolean()
      }),
      external_exports.object({
        type: external_exports.literal("text_editor_code_execution_str_replace_result"),
        lines: external_exports.array(external_exports.string()).nullable(),
        new_lines: external_exports.number().nullable(),
        new_start: external_exports.number().nullable(),
        old_lines: external_exports.number().nullable(),
        old_start: external_exports.number().nullable()
      })
    ])
  )
);
var codeExecution_20260120InputSchema = lazySchema(
  () => zodSchema(
    external_exports.discriminatedUnion("type", [
      external_exports.object({
        type: external_exports.literal("programmatic-tool-call"),
        code: external_exports.string()
      }),
      external_exports.object({
        type: external_exports.literal("bash_code_execution"),
        command: external_exports.string()
      }),
      external_exports.discriminatedUnion("command", [
        external_exports.object({
          type: external_exports.literal("text_editor_code_execution"),
          command: external_exports.literal("view"),
          path: external_exports.string()
        }),
        external_exports.object({
          type: external_exports.literal("text_editor_code_execution"),
          command: external_exports.literal("create"),
          path: external_exports.string(),
          file_text: external_exports.string().nullish()
        }),
        external_exports.object({
          type: external_exports.literal("text_editor_code_execution"),
          command: external_exports.literal("str_replace"),
          path: external_exports.string(),
          old_str: external_exports.string(),
          new_str: external_exports.string()
        })
      ])
    ])
  )
);
var factory9 = createProviderToolFactoryWithOutputSchema({
  id: "anthropic.code_execution_20260120",
  inputSchema: codeExecution_20260120InputSchema,
  outputSchema: codeExecution_20260120OutputSchema,
  supportsDeferredResults: true
});
var codeExecution_20260120 = (args = {}) => {
  return factory9(args);
};
var toolSearchRegex_20251119OutputSchema = lazySchema(
  () => zodSchema(
    external_exports.array(
      external_exports.object({
        type: external_exports.literal("tool_reference"),
        toolName: external_exports.string()
      })
    )
  )
);
var toolSearchRegex_20251119InputSchema = lazySchema(
  () => zodSchema(
    external_exports.object({
      /**
       * A regex pattern to search for tools.
       * Uses Python re.search() syntax. Maximum 200 characters.
       *
       * Examples:
       * - "weather" - matches tool names/descriptions containing "weather"
       * - "get_.*_data" - matches tools like get_user_data, get_weather_data
       * - "database.*query|query.*database" - OR patterns for flexibility
       * - "(?i)slack" - case-insensitive search
       */
      pattern: external_exports.string(),
      /**
       * Maximum number of tools to return. Optional.
       */
      limit: external_exports.number().optional()
    })
  )
);
var factory10 = createProviderToolFactoryWithOutputSchema({
  id: "anthropic.tool_search_regex_20251119",
  inputSchema: toolSearchRegex_20251119InputSchema,
  outputSchema: toolSearchRegex_20251119OutputSchema,
  supportsDeferredResults: true
});
var toolSearchRegex_20251119 = (args = {}) => {
  return factory10(args);
};
function convertToString(data) {
  if (typeof data === "string") {
    return new TextDecoder().decode(convertBase64ToUint8Array(data));
  }
  if (data instanceof Uint8Array) {
    return new TextDecoder().decode(data);
  }
  if (data instanceof URL) {
    throw new UnsupportedFunctionalityError({
      functionality: "URL-based text documents are not supported for citations"
    });
  }
  throw new UnsupportedFunctionalityError({
    functionality: `unsupported data type for text documents: ${typeof data}`
  });
}
function isUrlData(data) {
  return data instanceof URL || isUrlString(data);
}
function isUrlString(data) {
  return typeof data === "string" && /^https?:\/\//i.test(data);
}
function getUrlString(data) {
  return data instanceof URL ? data.toString() : data;
}
async function extractErrorValue(value) {
  if (typeof value === "string") {
    const result = await safeParseJSON({ text: value });
    if (result.success && typeof result.value === "object" && result.value !== null) {
      return result.value;
    }
    return {
      errorCode: "unavailable"
    };
  }
  if (typeof value === "object" && value !== null) {
    return value;
  }
  return {};
}
function isComputerTool(tool3) {
  return tool3.type === "provider" && tool3.id.startsWith("anthropic.computer_");
}
async function getInlineToolsFromPrompt(prompt) {
  var _a3;
  const inlineTools = [];
  for (const message of prompt) {
    if (message.role !== "system" || message.providerOptions == null) {
      continue;
    }
    const options = await parseProviderOptions({
      provider: "anthropic",
      providerOptions: message.providerOptions,
      schema: anthropicSystemMessageProviderOptions
    });
    for (const toolChange of (_a3 = options == null ? void 0 : options.toolChanges) != null ? _a3 : []) {
      if ("tool" in toolChange) {
        const tool3 = toolChange.tool;
        if (!isComputerTool(tool3)) {
          inlineTools.push(tool3);
        }
      }
    }
  }
  return inlineTools;
}
async function convertToAnthropicMessagesPrompt({
  prompt,
  sendReasoning,
  warnings,
  cacheControlValidator,
  toolNameMapping,
  toolsetNames = {},
  convertMediaPart,
  convertInlineTool
}) {
  var _a3, _b2, _c, _d, _e, _f, _g, _h, _i, _j, _k, _l, _m, _n, _o, _p, _q, _r, _s, _t, _u, _v;
  const betas = /* @__PURE__ */ new Set();
  const blocks = groupIntoBlocks(prompt);
  const validator = cacheControlValidator || new CacheControlValidator();
  let system = void 0;
  const messages = [];
  let lastUserMessageIndex = -1;
  async function shouldEnableCitations(providerMetadata) {
    var _a22, _b22;
    const anthropicOptions = await parseProviderOptions({
      provider: "anthropic",
      providerOptions: providerMetadata,
      schema: anthropicFilePartProviderOptions
    });
    return (_b22 = (_a22 = anthropicOptions == null ? void 0 : anthropicOptions.citations) == null ? void 0 : _a22.enabled) != null ? _b22 : false;
  }
  async function getDocumentMetadata(providerMetadata) {
    const anthropicOptions = await parseProviderOptions({
      provider: "anthropic",
      providerOptions: providerMetadata,
      schema: anthropicFilePartProviderOptions
    });
    return {
      title: anthropicOptions == null ? void 0 : anthropicOptions.title,
      context: anthropicOptions == null ? void 0 : anthropicOptions.context
    };
  }
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i];
    const isLastBlock = i === blocks.length - 1;
    const type = block.type;
    switch (type) {
      case "system": {
        const systemMessages = [];
        let toolChangeCount = 0;
        let hasInlineToolDefinition = false;
        let hasMidConversationOptions = false;
        for (const { content: text, providerOptions } of block.messages) {
          const systemMessageOptions = await parseProviderOptions({
            provider: "anthropic",
            providerOptions,
            schema: anthropicSystemMessageProviderOptions
          });
          const toolChanges = (_a3 = systemMessageOptions == null ? void 0 : systemMessageOptions.toolChanges) != null ? _a3 : [];
          const clearAt = systemMessageOptions == null ? void 0 : systemMessageOptions.clearAt;
          const effort = systemMessageOptions == null ? void 0 : systemMessageOptions.effort;
          const content = [];
          if (text !== "" || toolChanges.length === 0 && clearAt == null && effort == null) {
            content.push({
              type: "text",
              text,
              cache_control: validator.getCacheControl(providerOptions, {
                type: "system message",
                canCache: true
              })
            });
          }
          for (const toolChange of toolChanges) {
            if ("tool" in toolChange) {
              if (convertInlineTool == null) {
                throw new UnsupportedFunctionalityError({
                  functionality: "tool additions by value in mid-conversation tool changes"
                });
              }
              const tool3 = toolChange.tool;
              if (isComputerTool(tool3)) {
                warnings.push({
                  type: "other",
                  message: `The tool '${tool3.name}' cannot be added by value in a tool change. Declare it in the tools option and add it by reference with toolName. The tool change has been ignored.`
                });
                continue;
              }
              const {
                definition,
                warnings: toolWarnings,
                betas: toolBetas
              } = await convertInlineTool(tool3);
              warnings.push(...toolWarnings);
              for (const beta of toolBetas) {
                betas.add(beta);
              }
              if (definition == null) {
                continue;
              }
              content.push({
                type: "tool_addition",
                tool: { type: "tool_definition", definition }
              });
              toolChangeCount++;
              hasInlineToolDefinition = true;
              continue;
            }
            toolChangeCount++;
            content.push({
              type: toolChange.type,
              tool: {
                type: "tool_reference",
                name: toolNameMapping.toProviderToolName(toolChange.toolName)
              }
            });
          }
          if (content.length === 0 && clearAt == null && effort == null) {
            continue;
          }
          hasMidConversationOptions || (hasMidConversationOptions = clearAt != null || effort != null);
          systemMessages.push({
            role: "system",
            content,
            ...clearAt != null && { clear_at: clearAt },
            ...effort != null && { output_config: { effort } }
          });
        }
        if (i === 0 || system == null && toolChangeCount === 0 && !hasMidConversationOptions) {
          if (toolChangeCount > 0) {
            warnings.push({
              type: "other",
              message: "tool changes on the initial system message are not supported by Anthropic. Configure the initial tool set via the tools option instead. The tool changes have been ignored."
            });
          }
          for (const message of systemMessages) {
            if (message.content.length === 0 && message.clear_at == null && message.output_config != null) {
              messages.push(message);
              betas.add("mid-conversation-output-config-2026-07-01");
            } else if (message.clear_at != null || message.output_config != null) {
              warnings.push({
                type: "other",
                message: "clearAt and effort on this initial system message are not supported by Anthropic. Use a separate effort-only system message with empty content to set effort. These options have been ignored."
              });
            }
          }
          system = systemMessages.flatMap(
            (message) => message.content.filter(
              (part) => part.type === "text"
            )
          );
        } else {
          messages.push(...systemMessages);
          betas.add("mid-conversation-system-2026-04-07");
          if (hasInlineToolDefinition) {
            betas.add("inline-tools-2026-09-15");
          } else if (toolChangeCount > 0) {
            betas.add("mid-conversation-tool-changes-2026-07-01");
          }
          if (systemMessages.some((message) => message.clear_at != null)) {
            betas.add("mid-conversation-system-clear-at-2026-08-21");
          }
          if (systemMessages.some((message) => message.output_config != null)) {
            betas.add("mid-conversation-output-config-2026-07-01");
          }
        }
        break;
      }
      case "user": {
        const anthropicContent = [];
        for (const message of block.messages) {
          const { role, content } = message;
          switch (role) {
            case "user": {
              if (content.length > 0) {
                lastUserMessageIndex = messages.length;
              }
              for (let j = 0; j < content.length; j++) {
                const part = content[j];
                const isLastPart = j === content.length - 1;
                const cacheControl = (_b2 = validator.getCacheControl(part.providerOptions, {
                  type: "user message part",
                  canCache: true
                })) != null ? _b2 : isLastPart ? validator.getCacheControl(message.providerOptions, {
                  type: "user message",
                  canCache: true
                }) : void 0;
                switch (part.type) {
                  case "text": {
                    anthropicContent.push({
                      type: "text",
                      text: part.text,
                      cache_control: cacheControl
                    });
                    break;
                  }
                  case "file": {
                    const customContent = await (convertMediaPart == null ? void 0 : convertMediaPart(part));
                    if (customContent != null) {
                      anthropicContent.push({
                        ...customContent,
                        cache_control: cacheControl
                      });
                      break;
                    }
                    if (part.mediaType.startsWith("image/")) {
                      anthropicContent.push({
                        type: "image",
                        source: isUrlData(part.data) ? {
                          type: "url",
                          url: getUrlString(part.data)
                        } : {
                          type: "base64",
                          media_type: part.mediaType === "image/*" ? "image/jpeg" : part.mediaType,
                          data: convertToBase64(part.data)
                        },
                        cache_control: cacheControl
                      });
                    } else if (part.mediaType === "application/pdf") {
                      betas.add("pdfs-2024-09-25");
                      const enableCitations = await shouldEnableCitations(
                        part.providerOptions
                      );
                      const metadata = await getDocumentMetadata(
                        part.providerOptions
                      );
                      anthropicContent.push({
                        type: "document",
                        source: isUrlData(part.data) ? {
                          type: "url",
                          url: getUrlString(part.data)
                        } : {
                          type: "base64",
                          media_type: "application/pdf",
                          data: convertToBase64(part.data)
                        },
                        title: (_c = metadata.title) != null ? _c : part.filename,
                        ...metadata.context && { context: metadata.context },
                        ...enableCitations && {
                          citations: { enabled: true }
                        },
                        cache_control: cacheControl
                      });
                    } else if (part.mediaType === "text/plain") {
                      const enableCitations = await shouldEnableCitations(
                        part.providerOptions
                      );
                      const metadata = await getDocumentMetadata(
                        part.providerOptions
                      );
                      anthropicContent.push({
                        type: "document",
                        source: isUrlData(part.data) ? {
                          type: "url",
                          url: getUrlString(part.data)
                        } : {
                          type: "text",
                          media_type: "text/plain",
                          data: convertToString(part.data)
                        },
                        title: (_d = metadata.title) != null ? _d : part.filename,
                        ...metadata.context && { context: metadata.context },
                        ...enableCitations && {
                          citations: { enabled: true }
                        },
                        cache_control: cacheControl
                      });
                    } else {
                      throw new UnsupportedFunctionalityError({
                        functionality: `media type: ${part.mediaType}`
                      });
                    }
                    break;
                  }
                }
              }
              break;
            }
            case "tool": {
              for (let i2 = 0; i2 < content.length; i2++) {
                const part = content[i2];
                if (part.type === "tool-approval-response") {
                  continue;
                }
                const output = part.output;
                const outputProviderOptions = "providerOptions" in output ? output.providerOptions : output.type === "content" ? (_e = output.value.find(
                  (contentPart) => contentPart.providerOptions != null
                )) == null ? void 0 : _e.providerOptions : void 0;
                const isLastPart = i2 === content.length - 1;
                const cacheControl = (_g = (_f = validator.getCacheControl(part.providerOptions, {
                  type: "tool result part",
                  canCache: true
                })) != null ? _f : validator.getCacheControl(outputProviderOptions, {
                  type: "tool result output",
                  canCache: true
                })) != null ? _g : isLastPart ? validator.getCacheControl(message.providerOptions, {
                  type: "tool result message",
                  canCache: true
                }) : void 0;
                let contentValue;
                switch (output.type) {
                  case "content":
                    contentValue = output.value.map((contentPart) => {
                      var _a22;
                      switch (contentPart.type) {
                        case "text":
                          return {
                            type: "text",
                            text: contentPart.text
                          };
                        case "image-data": {
                          return {
                            type: "image",
                            source: {
                              type: "base64",
                              media_type: contentPart.mediaType,
                              data: contentPart.data
                            }
                          };
                        }
                        case "image-url": {
                          return {
                            type: "image",
                            source: {
                              type: "url",
                              url: contentPart.url
                            }
                          };
                        }
                        case "file-url": {
                          return {
                            type: "document",
                            source: {
                              type: "url",
                              url: contentPart.url
                            }
                          };
                        }
                        case "file-data": {
                          if (contentPart.mediaType === "application/pdf") {
                            betas.add("pdfs-2024-09-25");
                            return {
                              type: "document",
                              source: {
                                type: "base64",
                                media_type: contentPart.mediaType,
                                data: contentPart.data
                              }
                            };
                          }
                          warnings.push({
                            type: "other",
                            message: `unsupported tool content part type: ${contentPart.type} with media type: ${contentPart.mediaType}`
                          });
                          return void 0;
                        }
                        case "custom": {
                          const anthropicOptions = (_a22 = contentPart.providerOptions) == null ? void 0 : _a22.anthropic;
                          if ((anthropicOptions == null ? void 0 : anthropicOptions.type) === "tool-reference") {
                            return {
                              type: "tool_reference",
                              tool_name: anthropicOptions.toolName
                            };
                          }
                          warnings.push({
                            type: "other",
                            message: `unsupported custom tool content part`
                          });
                          return void 0;
                        }
                        default: {
                          warnings.push({
                            type: "other",
                            message: `unsupported tool content part type: ${contentPart.type}`
                          });
                          return void 0;
                        }
                      }
                    }).filter(isNonNullable);
                    break;
                  case "text":
                  case "error-text":
                    contentValue = output.value;
                    break;
                  case "execution-denied":
                    contentValue = (_h = output.reason) != null ? _h : "Tool call execution denied.";
                    break;
                  case "json":
                  case "error-json":
                  default:
                    contentValue = stringifyWithBigIntAndCycles(output.value);
                    break;
                }
                const toolsetName = getAnthropicToolsetName({
                  toolName: part.toolName,
                  providerOptions: part.providerOptions,
                  toolsetNames
                });
                anthropicContent.push({
                  type: "tool_result",
                  tool_use_id: part.toolCallId,
                  ...toolsetName != null && { toolset_name: toolsetName },
                  content: contentValue,
                  is_error: output.type === "error-text" || output.type === "error-json" ? true : void 0,
                  cache_control: cacheControl
                });
              }
              break;
            }
            default: {
              const _exhaustiveCheck = role;
              throw new Error(`Unsupported role: ${_exhaustiveCheck}`);
            }
          }
        }
        messages.push({ role: "user", content: anthropicContent });
        break;
      }
      case "assistant": {
        const anthropicContent = [];
        const mcpToolUseIds = /* @__PURE__ */ new Set();
        for (let j = 0; j < block.messages.length; j++) {
          const message = block.messages[j];
          const isLastMessage = j === block.messages.length - 1;
          const { content } = message;
          for (let k = 0; k < content.length; k++) {
            const part = content[k];
            const isLastContentPart = k === content.length - 1;
            const cacheControl = (_i = validator.getCacheControl(part.providerOptions, {
              type: "assistant message part",
              canCache: true
            })) != null ? _i : isLastContentPart ? validator.getCacheControl(message.providerOptions, {
              type: "assistant message",
              canCache: true
            }) : void 0;
            switch (part.type) {
              case "text": {
                const textMetadata = (_j = part.providerOptions) == null ? void 0 : _j.anthropic;
                if ((textMetadata == null ? void 0 : textMetadata.type) === "compaction") {
                  anthropicContent.push({
                    type: "compaction",
                    content: part.text,
                    cache_control: cacheControl
                  });
                } else {
                  anthropicContent.push({
                    type: "text",
                    text: (
                      // trim the last text part if it's the last message in the block
                      // because Anthropic does not allow trailing whitespace
                      // in pre-filled assistant responses
                      isLastBlock && isLastMessage && isLastContentPart ? part.text.trim() : part.text
                    ),
                    ...(textMetadata == null ? void 0 : textMetadata.citations) != null && {
                      citations: textMetadata.citations
                    },
                    cache_control: cacheControl
                  });
                }
                break;
              }
              case "reasoning": {
                if (sendReasoning) {
                  const reasoningMetadata = await parseProviderOptions({
                    provider: "anthropic",
                    providerOptions: part.providerOptions,
                    schema: anthropicReasoningMetadataSchema
                  });
                  if (reasoningMetadata != null) {
                    if (reasoningMetadata.signature != null) {
                      validator.getCacheControl(part.providerOptions, {
                        type: "thinking block",
                        canCache: false
                      });
                      anthropicContent.push({
                        type: "thinking",
                        thinking: part.text,
                        signature: reasoningMetadata.signature
                      });
                    } else if (reasoningMetadata.redactedData != null) {
                      validator.getCacheControl(part.providerOptions, {
                        type: "redacted thinking block",
                        canCache: false
                      });
                      anthropicContent.push({
                        type: "redacted_thinking",
                        data: reasoningMetadata.redactedData
                      });
                    } else {
                      warnings.push({
                        type: "other",
                        message: "unsupported reasoning metadata"
                      });
                    }
                  } else {
                    warnings.push({
                      type: "other",
                      message: "unsupported reasoning metadata"
                    });
                  }
                } else {
                  warnings.push({
                    type: "other",
                    message: "sending reasoning content is disabled for this model"
                  });
                }
                break;
              }
              case "tool-call": {
                const caller = getAnthropicCaller(part.providerOptions);
                if (part.providerExecuted) {
                  const providerToolName = toolNameMapping.toProviderToolName(
                    part.toolName
                  );
                  const isMcpToolUse = ((_l = (_k = part.providerOptions) == null ? void 0 : _k.anthropic) == null ? void 0 : _l.type) === "mcp-tool-use";
                  if (isMcpToolUse) {
                    mcpToolUseIds.add(part.toolCallId);
                    const serverName = (_n = (_m = part.providerOptions) == null ? void 0 : _m.anthropic) == null ? void 0 : _n.serverName;
                    if (serverName == null || typeof serverName !== "string") {
                      warnings.push({
                        type: "other",
                        message: "mcp tool use server name is required and must be a string"
                      });
                      break;
                    }
                    anthropicContent.push({
                      type: "mcp_tool_use",
                      id: part.toolCallId,
                      name: part.toolName,
                      input: part.input,
                      server_name: serverName,
                      cache_control: cacheControl
                    });
                  } else if (
                    // code execution 20250825:
                    providerToolName === "code_execution" && part.input != null && typeof part.input === "object" && "type" in part.input && typeof part.input.type === "string" && (part.input.type === "bash_code_execution" || part.input.type === "text_editor_code_execution")
                  ) {
                    const { type: subtoolName, ...input } = part.input;
                    anthropicContent.push({
                      type: "server_tool_use",
                      id: part.toolCallId,
                      name: subtoolName,
                      // map back to subtool name
                      input,
                      ...caller && { caller },
                      cache_control: cacheControl
                    });
                  } else if (
                    // code execution 20250825 programmatic tool calling:
                    // Strip the fake 'programmatic-tool-call' type before sending to Anthropic
                    providerToolName === "code_execution" && part.input != null && typeof part.input === "object" && "type" in part.input && part.input.type === "programmatic-tool-call"
                  ) {
                    const { type: _, ...inputWithoutType } = part.input;
                    anthropicContent.push({
                      type: "server_tool_use",
                      id: part.toolCallId,
                      name: "code_execution",
                      input: inputWithoutType,
                      ...caller && { caller },
                      cache_control: cacheControl
                    });
                  } else {
                    if (providerToolName === "code_execution" || // code execution 20250522
                    providerToolName === "web_fetch" || providerToolName === "web_search") {
                      anthropicContent.push({
                        type: "server_tool_use",
                        id: part.toolCallId,
                        name: providerToolName,
                        input: part.input,
                        ...caller && { caller },
                        cache_control: cacheControl
                      });
                    } else if (providerToolName === "tool_search_tool_regex" || providerToolName === "tool_search_tool_bm25") {
                      anthropicContent.push({
                        type: "server_tool_use",
                        id: part.toolCallId,
                        name: providerToolName,
                        input: part.input,
                        ...caller && { caller },
                        cache_control: cacheControl
                      });
                    } else if (providerToolName === "advisor") {
                      anthropicContent.push({
                        type: "server_tool_use",
                        id: part.toolCallId,
                        name: "advisor",
                        input: {},
                        ...caller && { caller },
                        cache_control: cacheControl
                      });
                    } else {
                      warnings.push({
                        type: "other",
                        message: `provider executed tool call for tool ${part.toolName} is not supported`
                      });
                    }
                  }
                  break;
                }
                const toolsetName = getAnthropicToolsetName({
                  toolName: part.toolName,
                  providerOptions: part.providerOptions,
                  toolsetNames
                });
                if (toolsetName != null) {
                  const { action, ...memberInput } = typeof part.input === "object" && part.input !== null && !Array.isArray(part.input) ? part.input : {};
                  if (typeof action !== "string") {
                    warnings.push({
                      type: "other",
                      message: `toolset tool call for tool ${part.toolName} is missing the action`
                    });
                    break;
                  }
                  anthropicContent.push({
                    type: "tool_use",
                    id: part.toolCallId,
                    name: action,
                    toolset_name: toolsetName,
                    input: memberInput,
                    ...caller && { caller },
                    cache_control: cacheControl
                  });
                  break;
                }
                anthropicContent.push({
                  type: "tool_use",
                  id: part.toolCallId,
                  name: part.toolName,
                  input: parseToolCallInput(part.input),
                  ...caller && { caller },
                  cache_control: cacheControl
                });
                break;
              }
              case "tool-result": {
                const providerToolName = toolNameMapping.toProviderToolName(
                  part.toolName
                );
                const caller = getAnthropicCaller(part.providerOptions);
                if (mcpToolUseIds.has(part.toolCallId)) {
                  const output = part.output;
                  if (output.type !== "json" && output.type !== "error-json") {
                    warnings.push({
                      type: "other",
                      message: `provider executed tool result output type ${output.type} for tool ${part.toolName} is not supported`
                    });
                    break;
                  }
                  anthropicContent.push({
                    type: "mcp_tool_result",
                    tool_use_id: part.toolCallId,
                    is_error: output.type === "error-json",
                    content: output.value,
                    cache_control: cacheControl
                  });
                } else if (providerToolName === "code_execution") {
                  const output = part.output;
                  if (output.type === "error-text" || output.type === "error-json") {
                    let errorInfo = {};
                    try {
                      if (typeof output.value === "string") {
                        errorInfo = secureJsonParse(output.value);
                      } else if (typeof output.value === "object" && output.value !== null) {
                        errorInfo = output.value;
                      }
                    } catch (e) {
                    }
                    if (errorInfo.type === "code_execution_tool_result_error") {
                      anthropicContent.push({
                        type: "code_execution_tool_result",
                        tool_use_id: part.toolCallId,
                        content: {
                          type: "code_execution_tool_result_error",
                          error_code: (_o = errorInfo.errorCode) != null ? _o : "unknown"
                        },
                        cache_control: cacheControl
                      });
                    } else {
                      anthropicContent.push({
                        type: "bash_code_execution_tool_result",
                        tool_use_id: part.toolCallId,
                        cache_control: cacheControl,
                        content: {
                          type: "bash_code_execution_tool_result_error",
                          error_code: (_p = errorInfo.errorCode) != null ? _p : "unknown"
                        }
                      });
                    }
                    break;
                  }
                  if (output.type !== "json") {
                    warnings.push({
                      type: "other",
                      message: `provider executed tool result output type ${output.type} for tool ${part.toolName} is not supported`
                    });
                    break;
                  }
                  if (output.value == null || typeof output.value !== "object" || !("type" in output.value) || typeof output.value.type !== "string") {
                    warnings.push({
                      type: "other",
                      message: `provider executed tool result output value is not a valid code execution result for tool ${part.toolName}`
                    });
                    break;
                  }
                  if (output.value.type === "code_execution_result") {
                    const codeExecutionOutput = await validateTypes({
                      value: output.value,
                      schema: codeExecution_20250522OutputSchema
                    });
                    anthropicContent.push({
                      type: "code_execution_tool_result",
                      tool_use_id: part.toolCallId,
                      content: {
                        type: codeExecutionOutput.type,
                        stdout: codeExecutionOutput.stdout,
                        stderr: codeExecutionOutput.stderr,
                        return_code: codeExecutionOutput.return_code,
                        content: (_q = codeExecutionOutput.content) != null ? _q : []
                      },
                      cache_control: cacheControl
                    });
                  } else if (output.value.type === "encrypted_code_execution_result") {
                    const codeExecutionOutput = await validateTypes({
                      value: output.value,
                      schema: codeExecution_20260120OutputSchema
                    });
                    if (codeExecutionOutput.type === "encrypted_code_execution_result") {
                      anthropicContent.push({
                        type: "code_execution_tool_result",
                        tool_use_id: part.toolCallId,
                        content: {
                          type: codeExecutionOutput.type,
                          encrypted_stdout: codeExecutionOutput.encrypted_stdout,
                          stderr: codeExecutionOutput.stderr,
                          return_code: codeExecutionOutput.return_code,
                          content: (_r = codeExecutionOutput.content) != null ? _r : []
                        },
                        cache_control: cacheControl
                      });
                    }
                  } else {
                    const codeExecutionOutput = await validateTypes({
                      value: output.value,
                      schema: codeExecution_20250825OutputSchema
                    });
                    if (codeExecutionOutput.type === "code_execution_result") {
                      anthropicContent.push({
                        type: "code_execution_tool_result",
                        tool_use_id: part.toolCallId,
                        content: {
                          type: codeExecutionOutput.type,
                          stdout: codeExecutionOutput.stdout,
                          stderr: codeExecutionOutput.stderr,
                          return_code: codeExecutionOutput.return_code,
                          content: (_s = codeExecutionOutput.content) != null ? _s : []
                        },
                        cache_control: cacheControl
                      });
                    } else if (codeExecutionOutput.type === "bash_code_execution_result" || codeExecutionOutput.type === "bash_code_execution_tool_result_error") {
                      anthropicContent.push({
                        type: "bash_code_execution_tool_result",
                        tool_use_id: part.toolCallId,
                        cache_control: cacheControl,
                        // Prompt caching requires stable key ordering:
                        // https://platform.claude.com/docs/en/build-with-claude/prompt-caching#troubleshooting-common-issues
                        content: codeExecutionOutput.type === "bash_code_execution_result" ? {
                          type: codeExecutionOutput.type,
                          stdout: codeExecutionOutput.stdout,
                          stderr: codeExecutionOutput.stderr,
                          return_code: codeExecutionOutput.return_code,
                          content: codeExecutionOutput.content
                        } : codeExecutionOutput
                      });
                    } else {
                      anthropicContent.push({
                        type: "text_editor_code_execution_tool_result",
                        tool_use_id: part.toolCallId,
                        cache_control: cacheControl,
                        content: codeExecutionOutput
                      });
                    }
                  }
                  break;
                }
                if (providerToolName === "web_fetch") {
                  const output = part.output;
                  if (output.type === "error-json") {
                    anthropicContent.push({
                      type: "web_fetch_tool_result",
                      tool_use_id: part.toolCallId,
                      content: {
                        type: "web_fetch_tool_result_error",
                        error_code: (_t = (await extractErrorValue(output.value)).errorCode) != null ? _t : "unavailable"
                      },
                      ...caller && { caller },
                      cache_control: cacheControl
                    });
                    break;
                  }
                  if (output.type !== "json") {
                    warnings.push({
                      type: "other",
                      message: `provider executed tool result output type ${output.type} for tool ${part.toolName} is not supported`
                    });
                    break;
                  }
                  const webFetchOutput = await validateTypes({
                    value: output.value,
                    schema: webFetch_20250910OutputSchema
                  });
                  anthropicContent.push({
                    type: "web_fetch_tool_result",
                    tool_use_id: part.toolCallId,
                    content: {
                      type: "web_fetch_result",
                      url: webFetchOutput.url,
                      retrieved_at: webFetchOutput.retrievedAt,
                      content: {
                        type: "document",
                        title: webFetchOutput.content.title,
                        citations: webFetchOutput.content.citations,
                        source: {
                          type: webFetchOutput.content.source.type,
                          media_type: webFetchOutput.content.source.mediaType,
                          data: webFetchOutput.content.source.data
                        }
                      }
                    },
                    ...caller && { caller },
                    cache_control: cacheControl
                  });
                  break;
                }
                if (providerToolName === "web_search") {
                  const output = part.output;
                  if (output.type === "error-json") {
                    anthropicContent.push({
                      type: "web_search_tool_result",
                      tool_use_id: part.toolCallId,
                      content: {
                        type: "web_search_tool_result_error",
                        error_code: (_u = (await extractErrorValue(output.value)).errorCode) != null ? _u : "unavailable"
                      },
                      ...caller && { caller },
                      cache_control: cacheControl
                    });
                    break;
                  }
                  if (output.type !== "json") {
                    warnings.push({
                      type: "other",
                      message: `provider executed tool result output type ${output.type} for tool ${part.toolName} is not supported`
                    });
                    break;
                  }
                  const webSearchOutput = await validateTypes({
                    value: output.value,
                    schema: webSearch_20250305OutputSchema
                  });
                  anthropicContent.push({
                    type: "web_search_tool_result",
                    tool_use_id: part.toolCallId,
                    content: webSearchOutput.map((result) => ({
                      url: result.url,
                      title: result.title,
                      page_age: result.pageAge,
                      encrypted_content: result.encryptedContent,
                      type: result.type
                    })),
                    ...caller && { caller },
                    cache_control: cacheControl
                  });
                  break;
                }
                if (providerToolName === "tool_search_tool_regex" || providerToolName === "tool_search_tool_bm25") {
                  const output = part.output;
                  if (output.type === "error-json" || output.type === "json" && output.value != null && typeof output.value === "object" && !Array.isArray(output.value) && "type" in output.value && output.value.type === "tool_search_tool_result_error") {
                    anthropicContent.push({
                      type: "tool_search_tool_result",
                      tool_use_id: part.toolCallId,
                      content: {
                        type: "tool_search_tool_result_error",
                        error_code: (_v = (await extractErrorValue(output.value)).errorCode) != null ? _v : "unavailable"
                      },
                      cache_control: cacheControl
                    });
                    break;
                  }
                  if (output.type !== "json") {
                    warnings.push({
                      type: "other",
                      message: `provider executed tool result output type ${output.type} for tool ${part.toolName} is not supported`
                    });
                    break;
                  }
                  const toolSearchOutput = await validateTypes({
                    value: output.value,
                    schema: toolSearchRegex_20251119OutputSchema
                  });
                  const toolReferences = toolSearchOutput.map((ref) => ({
                    type: "tool_reference",
                    tool_name: ref.toolName
                  }));
                  anthropicContent.push({
                    type: "tool_search_tool_result",
                    tool_use_id: part.toolCallId,
                    content: {
                      type: "tool_search_tool_search_result",
                      tool_references: toolReferences
                    },
                    cache_control: cacheControl
                  });
                  break;
                }
                if (providerToolName === "advisor") {
                  const output = part.output;
                  if (output.type !== "json" && output.type !== "error-json") {
                    warnings.push({
                      type: "other",
                      message: `provider executed tool result output type ${output.type} for tool ${part.toolName} is not supported`
                    });
                    break;
                  }
                  const advisorOutput = await validateTypes({
                    value: output.value,
                    schema: advisor_20260301OutputSchema
                  });
                  if (advisorOutput.type === "advisor_result") {
                    anthropicContent.push({
                      type: "advisor_tool_result",
                      tool_use_id: part.toolCallId,
                      content: {
                        type: "advisor_result",
                        text: advisorOutput.text
                      },
                      cache_control: cacheControl
                    });
                  } else if (advisorOutput.type === "advisor_redacted_result") {
                    anthropicContent.push({
                      type: "advisor_tool_result",
                      tool_use_id: part.toolCallId,
                      content: {
                        type: "advisor_redacted_result",
                        encrypted_content: advisorOutput.encryptedContent
                      },
                      cache_control: cacheControl
                    });
                  } else {
                    anthropicContent.push({
                      type: "advisor_tool_result",
                      tool_use_id: part.toolCallId,
                      content: {
                        type: "advisor_tool_result_error",
                        error_code: advisorOutput.errorCode
                      },
                      cache_control: cacheControl
                    });
                  }
                  break;
                }
                warnings.push({
                  type: "other",
                  message: `provider executed tool result for tool ${part.toolName} is not supported`
                });
                break;
              }
            }
          }
        }
        messages.push({
          role: "assistant",
          content: moveToolUseBlocksToEnd(anthropicContent)
        });
        break;
      }
      default: {
        const _exhaustiveCheck = type;
        throw new Error(`content type: ${_exhaustiveCheck}`);
      }
    }
  }
  const codeExecutionToolCallIds = /* @__PURE__ */ new Set();
  for (const message of messages) {
    if (message.role !== "assistant") {
      continue;
    }
    for (const part of message.content) {
      if (part.type === "server_tool_use" && part.name === "code_execution") {
        codeExecutionToolCallIds.add(part.id);
      }
    }
  }
  const warnedToolCallIds = /* @__PURE__ */ new Set();
  for (let i = 0; i < lastUserMessageIndex; i++) {
    const message = messages[i];
    if (message.role !== "assistant") {
      continue;
    }
    for (const part of message.content) {
      if (!("caller" in part)) {
        continue;
      }
      const caller = part.caller;
      if (caller == null || caller.type === "direct" || codeExecutionToolCallIds.has(caller.tool_id)) {
        continue;
      }
      const toolCallId = "id" in part ? part.id : part.tool_use_id;
      delete part.caller;
      if (!warnedToolCallIds.has(toolCallId)) {
        warnedToolCallIds.add(toolCallId);
        warnings.push({
          type: "other",
          message: `Omitted caller metadata for tool ${toolCallId} because source code execution tool ${caller.tool_id} is missing from the conversation history.`
        });
      }
    }
  }
  return {
    prompt: { system, messages },
    betas
  };
}
function groupIntoBlocks(prompt) {
  const blocks = [];
  let currentBlock = void 0;
  for (const message of prompt) {
    const { role } = message;
    switch (role) {
      case "system": {
        if ((currentBlock == null ? void 0 : currentBlock.type) !== "system") {
          currentBlock = { type: "system", messages: [] };
          blocks.push(currentBlock);
        }
        currentBlock.messages.push(message);
        break;
      }
      case "assistant": {
        if ((currentBlock == null ? void 0 : currentBlock.type) !== "assistant") {
          currentBlock = { type: "assistant", messages: [] };
          blocks.push(currentBlock);
        }
        currentBlock.messages.push(message);
        break;
      }
      case "user": {
        if ((currentBlock == null ? void 0 : currentBlock.type) !== "user") {
          currentBlock = { type: "user", messages: [] };
          blocks.push(currentBlock);
        }
        currentBlock.messages.push(message);
        break;
      }
      case "tool": {
        if ((currentBlock == null ? void 0 : currentBlock.type) !== "user") {
          currentBlock = { type: "user", messages: [] };
          blocks.push(currentBlock);
        }
        currentBlock.messages.push(message);
        break;
      }
      default: {
        const _exhaustiveCheck = role;
        throw new Error(`Unsupported role: ${_exhaustiveCheck}`);
      }
    }
  }
  return blocks;
}
function moveToolUseBlocksToEnd(content) {
  const result = [];
  let segment = [];
  function flushSegment() {
    result.push(
      ...segment.filter((part) => part.type !== "tool_use"),
      ...segment.filter((part) => part.type === "tool_use")
    );
    segment = [];
  }
  for (const part of content) {
    if (part.type === "thinking" || part.type === "redacted_thinking") {
      flushSegment();
      result.push(part);
    } else {
      segment.push(part);
    }
  }
  flushSegment();
  return result;
}
function getAnthropicToolsetName({
  toolName,
  providerOptions,
  toolsetNames
}) {
  var _a3;
  const fromTools = toolsetNames[toolName];
  if (fromTools != null) {
    return fromTools;
  }
  const fromMetadata = (_a3 = providerOptions == null ? void 0 : providerOptions.anthropic) == null ? void 0 : _a3.toolsetName;
  return typeof fromMetadata === "string" ? fromMetadata : void 0;
}
function getAnthropicCaller(providerOptions) {
  var _a3;
  const caller = (_a3 = providerOptions == null ? void 0 : providerOptions.anthropic) == null ? void 0 : _a3.caller;
  if (((caller == null ? void 0 : caller.type) === "code_execution_20250825" || (caller == null ? void 0 : caller.type) === "code_execution_20260120") && caller.toolId) {
    return {
      type: caller.type,
      tool_id: caller.toolId
    };
  }
  return (caller == null ? void 0 : caller.type) === "direct" ? { type: "direct" } : void 0;
}
function parseToolCallInput(input) {
  if (typeof input === "string") {
    try {
      const parsed = secureJsonParse(input);
      if (typeof parsed === "object" && parsed !== null && !Array.isArray(parsed)) {
        return parsed;
      }
    } catch (e) {
    }
  }
  return input;
}
function mapAnthropicStopReason({
  finishReason,
  isJsonResponseFromTool
}) {
  switch (finishReason) {
    case "pause_turn":
    case "end_turn":
    case "stop_sequence":
      return "stop";
    case "refusal":
      return "content-filter";
    case "tool_use":
      return isJsonResponseFromTool ? "stop" : "tool-calls";
    case "max_tokens":
    case "model_context_window_exceeded":
      return "length";
    case "compaction":
      return "other";
    default:
      return "other";
  }
}
var SUPPORTED_STRING_FORMATS = /* @__PURE__ */ new Set([
  "date-time",
  "time",
  "date",
  "duration",
  "email",
  "hostname",
  "uri",
  "ipv4",
  "ipv6",
  "uuid"
]);
var DESCRIPTION_CONSTRAINT_KEYS = [
  "minimum",
  "maximum",
  "exclusiveMinimum",
  "exclusiveMaximum",
  "multipleOf",
  "minLength",
  "maxLength",
  "pattern",
  "minItems",
  "maxItems",
  "uniqueItems",
  "minProperties",
  "maxProperties",
  "not"
];
function sanitizeJsonSchema(schema) {
  return sanitizeSchema(schema);
}
function sanitizeDefinition(definition) {
  if (typeof definition === "boolean" || !isPlainObject(definition)) {
    return definition;
  }
  return sanitizeSchema(definition);
}
function sanitizeSchema(schema) {
  const result = {};
  if (schema.$ref != null) {
    return { $ref: schema.$ref, ...sanitizeSchemaDefinitions(schema) };
  }
  if (schema.$schema != null) {
    result.$schema = schema.$schema;
  }
  if (schema.$id != null) {
    result.$id = schema.$id;
  }
  if (schema.title != null) {
    result.title = schema.title;
  }
  if (schema.description != null) {
    result.description = schema.description;
  }
  if (schema.default !== void 0) {
    result.default = schema.default;
  }
  if (schema.const !== void 0) {
    result.const = schema.const;
  }
  if (schema.enum != null) {
    result.enum = schema.enum;
  }
  if (schema.type != null) {
    result.type = schema.type;
  }
  if (schema.anyOf != null) {
    result.anyOf = schema.anyOf.map(sanitizeDefinition);
  } else if (schema.oneOf != null) {
    result.anyOf = schema.oneOf.map(sanitizeDefinition);
  }
  if (schema.allOf != null) {
    result.allOf = schema.allOf.map(sanitizeDefinition);
  }
  Object.assign(result, sanitizeSchemaDefinitions(schema));
  if (schema.type === "object" || schema.properties != null) {
    if (schema.properties != null) {
      result.properties = Object.fromEntries(
        Object.entries(schema.properties).map(([name2, definition]) => [
          name2,
          sanitizeDefinition(definition)
        ])
      );
    }
    result.additionalProperties = false;
    if (schema.required != null) {
      result.required = schema.required;
    }
  }
  if (schema.items != null) {
    result.items = Array.isArray(schema.items) ? schema.items.map(sanitizeDefinition) : sanitizeDefinition(schema.items);
  }
  if (typeof schema.format === "string" && SUPPORTED_STRING_FORMATS.has(schema.format)) {
    result.format = schema.format;
  }
  const constraintDescription = getConstraintDescription(schema);
  if (constraintDescription != null) {
    result.description = result.description == null ? constraintDescription : `${result.description}
${constraintDescription}`;
  }
  return result;
}
function sanitizeSchemaDefinitions(schema) {
  const { $defs } = schema;
  const sanitizeAll = (definitions) => Object.fromEntries(
    Object.entries(definitions).map(([name2, definition]) => [
      name2,
      sanitizeDefinition(definition)
    ])
  );
  return {
    ...schema.definitions != null && {
      definitions: sanitizeAll(schema.definitions)
    },
    ...$defs != null && { $defs: sanitizeAll($defs) }
  };
}
function getConstraintDescription(schema) {
  const descriptions = DESCRIPTION_CONSTRAINT_KEYS.flatMap((key) => {
    const value = schema[key];
    if (value == null || value === false) {
      return [];
    }
    return `${formatConstraintName(key)}: ${formatConstraintValue(value)}`;
  });
  if (typeof schema.format === "string" && !SUPPORTED_STRING_FORMATS.has(schema.format)) {
    descriptions.push(`format: ${schema.format}`);
  }
  return descriptions.length === 0 ? void 0 : `${descriptions.join("; ")}.`;
}
function formatConstraintName(key) {
  return key.replace(/[A-Z]/g, (match) => ` ${match.toLowerCase()}`);
}
function formatConstraintValue(value) {
  if (typeof value === "string") {
    return value;
  }
  return JSON.stringify(value);
}
function isPlainObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
var SCHEMA_MAP_KEYWORDS = /* @__PURE__ */ new Set([
  "dependentSchemas",
  "patternProperties",
  "properties"
]);
var DATA_KEYWORDS = /* @__PURE__ */ new Set(["const", "default", "enum", "examples"]);
function hasCircularSchemaReference(schema) {
  const visiting = /* @__PURE__ */ new Set();
  const visited = /* @__PURE__ */ new Set();
  const visit2 = (pointer) => {
    if (visiting.has(pointer)) {
      return true;
    }
    if (visited.has(pointer)) {
      return false;
    }
    const target = resolveSchemaPointer(schema, pointer);
    if (target === void 0) {
      return false;
    }
    visiting.add(pointer);
    const isCircular = collectLocalRefs(target).some(visit2);
    visiting.delete(pointer);
    visited.add(pointer);
    return isCircular;
  };
  return visit2("#");
}
function collectLocalRefs(node, refs = []) {
  if (Array.isArray(node)) {
    for (const item of node) {
      collectLocalRefs(item, refs);
    }
    return refs;
  }
  if (!isRecord(node)) {
    return refs;
  }
  for (const [key, value] of Object.entries(node)) {
    if (key === "$ref") {
      if (typeof value === "string" && value.startsWith("#")) {
        refs.push(value);
      }
    } else if (SCHEMA_MAP_KEYWORDS.has(key) && isRecord(value)) {
      for (const subschema of Object.values(value)) {
        collectLocalRefs(subschema, refs);
      }
    } else if (
      // definitions are only reached through a `$ref`:
      key !== "$defs" && key !== "definitions" && !DATA_KEYWORDS.has(key)
    ) {
      collectLocalRefs(value, refs);
    }
  }
  return refs;
}
function resolveSchemaPointer(schema, pointer) {
  if (pointer === "#") {
    return schema;
  }
  if (!pointer.startsWith("#/")) {
    return void 0;
  }
  let decodedPointer;
  try {
    decodedPointer = decodeURIComponent(pointer.slice(2));
  } catch (e) {
    return void 0;
  }
  let current = schema;
  for (const rawSegment of decodedPointer.split("/")) {
    const segment = rawSegment.replace(/~1/g, "/").replace(/~0/g, "~");
    if (Array.isArray(current)) {
      current = current[Number(segment)];
    } else if (isRecord(current)) {
      current = current[segment];
    } else {
      return void 0;
    }
  }
  return current;
}
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
var MAX_OPTIONAL_PROPERTIES = 10;
var SUBSCHEMA_KEYWORDS = [
  "additionalProperties",
  "contains",
  "else",
  "if",
  "items",
  "not",
  "then"
];
var SUBSCHEMA_LIST_KEYWORDS = ["allOf", "anyOf", "oneOf", "prefixItems"];
var SUBSCHEMA_MAP_KEYWORDS = [
  "dependentSchemas",
  "patternProperties",
  "properties"
];
function supportsNativeStructuredOutputSchema(schema) {
  if (hasCircularSchemaReference(schema)) {
    return false;
  }
  const { optionalProperties, hasOpenObject } = getSchemaStats(
    schema,
    schema,
    /* @__PURE__ */ new Map()
  );
  return !hasOpenObject && optionalProperties <= MAX_OPTIONAL_PROPERTIES;
}
function getSchemaStats(node, root, refStats) {
  const stats = { optionalProperties: 0, hasOpenObject: false };
  if (!isRecord(node)) {
    return stats;
  }
  const add = (child) => {
    const childStats = getSchemaStats(child, root, refStats);
    stats.optionalProperties += childStats.optionalProperties;
    stats.hasOpenObject || (stats.hasOpenObject = childStats.hasOpenObject);
  };
  if (typeof node.$ref === "string" && node.$ref.startsWith("#")) {
    let resolved = refStats.get(node.$ref);
    if (resolved == null) {
      resolved = getSchemaStats(
        resolveSchemaPointer(root, node.$ref),
        root,
        refStats
      );
      refStats.set(node.$ref, resolved);
    }
    stats.optionalProperties += resolved.optionalProperties;
    stats.hasOpenObject || (stats.hasOpenObject = resolved.hasOpenObject);
  }
  if (isOpenObject(node)) {
    stats.hasOpenObject = true;
  }
  if (isRecord(node.properties)) {
    const required = new Set(Array.isArray(node.required) ? node.required : []);
    stats.optionalProperties += Object.keys(node.properties).filter(
      (name2) => !required.has(name2)
    ).length;
  }
  for (const keyword of SUBSCHEMA_KEYWORDS) {
    const value = node[keyword];
    if (Array.isArray(value)) {
      value.forEach(add);
    } else {
      add(value);
    }
  }
  for (const keyword of SUBSCHEMA_LIST_KEYWORDS) {
    const value = node[keyword];
    if (Array.isArray(value)) {
      value.forEach(add);
    }
  }
  for (const keyword of SUBSCHEMA_MAP_KEYWORDS) {
    const value = node[keyword];
    if (isRecord(value)) {
      Object.values(value).forEach(add);
    }
  }
  return stats;
}
function isOpenObject(node) {
  const { additionalProperties, patternProperties, properties, type } = node;
  if (additionalProperties === true || isRecord(additionalProperties)) {
    return true;
  }
  if (isRecord(patternProperties) && Object.keys(patternProperties).length > 0) {
    return true;
  }
  const isObjectType = type === "object" || Array.isArray(type) && type.includes("object");
  return isObjectType && properties == null && additionalProperties !== false;
}
function createCitationSource(citation, citationDocuments, generateId3) {
  var _a3;
  if (citation.type === "web_search_result_location") {
    return {
      type: "source",
      sourceType: "url",
      id: generateId3(),
      url: citation.url,
      title: citation.title,
      providerMetadata: {
        anthropic: {
          citedText: citation.cited_text,
          encryptedIndex: citation.encrypted_index
        }
      }
    };
  }
  if (citation.type !== "page_location" && citation.type !== "char_location") {
    return;
  }
  const documentInfo = citationDocuments[citation.document_index];
  if (!documentInfo) {
    return;
  }
  return {
    type: "source",
    sourceType: "document",
    id: generateId3(),
    mediaType: documentInfo.mediaType,
    title: (_a3 = citation.document_title) != null ? _a3 : documentInfo.title,
    filename: documentInfo.filename,
    providerMetadata: {
      anthropic: citation.type === "page_location" ? {
        citedText: citation.cited_text,
        startPageNumber: citation.start_page_number,
        endPageNumber: citation.end_page_number
      } : {
        citedText: citation.cited_text,
        startCharIndex: citation.start_char_index,
        endCharIndex: citation.end_char_index
      }
    }
  };
}
function getAnthropicCallerInfo(caller) {
  return caller == null ? void 0 : {
    type: caller.type,
    toolId: "tool_id" in caller ? caller.tool_id : void 0
  };
}
function getAnthropicCallerMetadata(caller) {
  const callerInfo = getAnthropicCallerInfo(caller);
  return callerInfo == null ? {} : { providerMetadata: { anthropic: { caller: callerInfo } } };
}
function getAnthropicToolsetNames(tools) {
  const toolsetNames = {};
  for (const tool3 of tools != null ? tools : []) {
    if (tool3.type === "provider" && tool3.id === "anthropic.computer_toolset_20260801") {
      toolsetNames[tool3.name] = "computer";
    }
  }
  return toolsetNames;
}
function toToolsetMemberInput({
  memberName,
  input
}) {
  return {
    action: memberName,
    ...typeof input === "object" && input !== null && !Array.isArray(input) ? input : {}
  };
}
var TEXT_OR_THINKING_BLOCK_TYPES = /* @__PURE__ */ new Set([
  "redacted_thinking",
  "text",
  "thinking"
]);
function isContinuationStopReason(stopReason) {
  return stopReason === "pause_turn" || stopReason === "tool_use";
}
function getJsonResponseToolFallbackText(content, stopReason) {
  const text = /* @__PURE__ */ new Set();
  if (isContinuationStopReason(stopReason)) {
    return text;
  }
  for (const part of content) {
    if (part.type === "tool_use" && part.name === "json") {
      return /* @__PURE__ */ new Set();
    }
    if (part.type === "text") {
      text.add(part);
    } else if (!TEXT_OR_THINKING_BLOCK_TYPES.has(part.type)) {
      text.clear();
    }
  }
  return text;
}
var AnthropicMessagesLanguageModel = class {
  constructor(modelId, config) {
    this.specificationVersion = "v3";
    var _a3;
    this.modelId = modelId;
    this.config = config;
    this.generateId = (_a3 = config.generateId) != null ? _a3 : generateId;
  }
  supportsUrl(url) {
    return url.protocol === "https:";
  }
  get provider() {
    return this.config.provider;
  }
  /**
   * Extracts the dynamic provider name from the config.provider string.
   * e.g., 'my-custom-anthropic.messages' -> 'my-custom-anthropic'
   */
  get providerOptionsName() {
    const provider = this.config.provider;
    const dotIndex = provider.indexOf(".");
    return dotIndex === -1 ? provider : provider.substring(0, dotIndex);
  }
  get supportedUrls() {
    var _a3, _b2, _c;
    return (_c = (_b2 = (_a3 = this.config).supportedUrls) == null ? void 0 : _b2.call(_a3)) != null ? _c : {};
  }
  async getArgs({
    userSuppliedBetas,
    prompt,
    maxOutputTokens,
    temperature,
    topP,
    topK,
    frequencyPenalty,
    presencePenalty,
    stopSequences,
    responseFormat,
    seed,
    tools,
    toolChoice,
    providerOptions,
    stream
  }) {
    var _a3, _b2, _c, _d, _e, _f, _g, _h, _i, _j;
    const warnings = [];
    if (frequencyPenalty != null) {
      warnings.push({ type: "unsupported", feature: "frequencyPenalty" });
    }
    if (presencePenalty != null) {
      warnings.push({ type: "unsupported", feature: "presencePenalty" });
    }
    if (seed != null) {
      warnings.push({ type: "unsupported", feature: "seed" });
    }
    const maxTemperature = (_a3 = this.config.maxTemperature) != null ? _a3 : 1;
    const temperatureProvider = this.config.maxTemperature == null ? "anthropic" : this.providerOptionsName;
    if (temperature != null && temperature > maxTemperature) {
      warnings.push({
        type: "unsupported",
        feature: "temperature",
        details: `${temperature} exceeds ${temperatureProvider} maximum of ${maxTemperature.toFixed(1)}. clamped to ${maxTemperature.toFixed(1)}`
      });
      temperature = maxTemperature;
    } else if (temperature != null && temperature < 0) {
      warnings.push({
        type: "unsupported",
        feature: "temperature",
        details: `${temperature} is below ${temperatureProvider} minimum of 0. clamped to 0`
      });
      temperature = 0;
    }
    if ((responseFormat == null ? void 0 : responseFormat.type) === "json") {
      if (responseFormat.schema == null) {
        warnings.push({
          type: "unsupported",
          feature: "responseFormat",
          details: "JSON response format requires a schema. The response format is ignored."
        });
      }
    }
    const providerOptionsName = this.providerOptionsName;
    const canonicalOptions = await parseProviderOptions({
      provider: "anthropic",
      providerOptions,
      schema: anthropicLanguageModelOptions
    });
    const customProviderOptions = providerOptionsName !== "anthropic" ? await parseProviderOptions({
      provider: providerOptionsName,
      providerOptions,
      schema: anthropicLanguageModelOptions
    }) : null;
    const usedCustomProviderKey = customProviderOptions != null;
    const anthropicOptions = Object.assign(
      {},
      canonicalOptions != null ? canonicalOptions : {},
      customProviderOptions != null ? customProviderOptions : {}
    );
    const {
      maxOutputTokens: maxOutputTokensForModel,
      supportsStructuredOutput: modelSupportsStructuredOutput,
      rejectsSamplingParameters,
      rejectsThinkingDisabledAboveHighEffort,
      rejectsThinkingDisabled,
      rejectsBudgetThinking,
      rejectsForcedToolUse,
      supportsBetweenToolsThinking,
      isKnownModel
    } = getModelCapabilities(this.modelId);
    if (!isKnownModel && maxOutputTokens == null) {
      warnings.push({
        type: "compatibility",
        feature: "maxOutputTokens",
        details: `The model "${this.modelId}" is unknown. The max output tokens have been limited to ${maxOutputTokensForModel}. Set maxOutputTokens explicitly to override this limit.`
      });
    }
    if (rejectsSamplingParameters) {
      if (temperature != null) {
        warnings.push({
          type: "unsupported",
          feature: "temperature",
          details: `temperature is not supported by ${this.modelId} and will be ignored`
        });
        temperature = void 0;
      }
      if (topK != null) {
        warnings.push({
          type: "unsupported",
          feature: "topK",
          details: `topK is not supported by ${this.modelId} and will be ignored`
        });
        topK = void 0;
      }
      if (topP != null) {
        warnings.push({
          type: "unsupported",
          feature: "topP",
          details: `topP is not supported by ${this.modelId} and will be ignored`
        });
        topP = void 0;
      }
    }
    const isAnthropicModel = isKnownModel || this.modelId.includes("claude-");
    const supportsStructuredOutput = ((_b2 = this.config.supportsNativeStructuredOutput) != null ? _b2 : true) && modelSupportsStructuredOutput;
    const supportsResponseSchema = (responseFormat == null ? void 0 : responseFormat.type) !== "json" || responseFormat.schema == null || supportsNativeStructuredOutputSchema(responseFormat.schema);
    const supportsStrictTools = ((_c = this.config.supportsStrictTools) != null ? _c : true) && modelSupportsStructuredOutput;
    const structureOutputMode = (_d = anthropicOptions == null ? void 0 : anthropicOptions.structuredOutputMode) != null ? _d : "auto";
    let useStructuredOutput = structureOutputMode === "outputFormat" || structureOutputMode === "auto" && supportsStructuredOutput && supportsResponseSchema;
    if (!useStructuredOutput && rejectsForcedToolUse && modelSupportsStructuredOutput && (responseFormat == null ? void 0 : responseFormat.type) === "json" && responseFormat.schema != null && supportsNativeStructuredOutputSchema(responseFormat.schema)) {
      warnings.push({
        type: "unsupported",
        feature: "providerOptions.anthropic.structuredOutputMode",
        details: `structuredOutputMode 'jsonTool' is not supported by ${this.modelId} because it rejects forced tool use. Using 'outputFormat' instead.`
      });
      useStructuredOutput = true;
    }
    const jsonResponseTool = (responseFormat == null ? void 0 : responseFormat.type) === "json" && responseFormat.schema != null && !useStructuredOutput ? {
      type: "function",
      name: "json",
      description: "Respond with a JSON object.",
      inputSchema: responseFormat.schema
    } : void 0;
    if (jsonResponseTool != null && (anthropicOptions == null ? void 0 : anthropicOptions.disableParallelToolUse) === false) {
      warnings.push({
        type: "unsupported",
        feature: "providerOptions.anthropic.disableParallelToolUse",
        details: "`disableParallelToolUse: false` is ignored when using the JSON response tool. Parallel tool use is disabled to ensure a single coherent JSON tool call."
      });
    }
    const contextManagement = anthropicOptions == null ? void 0 : anthropicOptions.contextManagement;
    const cacheControlValidator = new CacheControlValidator(
      this.config.cacheControlProviderOptionsName
    );
    const defaultEagerInputStreaming = stream && ((_e = anthropicOptions == null ? void 0 : anthropicOptions.toolStreaming) != null ? _e : true);
    const inlineTools = await getInlineToolsFromPrompt(prompt);
    const declaredFunctionToolNames = new Set(
      (tools != null ? tools : []).flatMap(
        (tool3) => tool3.type === "function" ? [tool3.name] : []
      )
    );
    const toolNameMapping = createToolNameMapping({
      // later entries win when provider tool names collide, so the declared
      // tools go last and an inline tool cannot take over their mapping:
      tools: [
        ...inlineTools.filter(
          (tool3) => !(tool3.type === "provider" && declaredFunctionToolNames.has(tool3.name))
        ),
        ...tools != null ? tools : []
      ],
      providerToolNames: {
        "anthropic.code_execution_20250522": "code_execution",
        "anthropic.code_execution_20250825": "code_execution",
        "anthropic.code_execution_20260120": "code_execution",
        "anthropic.computer_20241022": "computer",
        "anthropic.computer_20250124": "computer",
        "anthropic.computer_20251124": "computer",
        "anthropic.computer_toolset_20260801": "computer",
        "anthropic.text_editor_20241022": "str_replace_editor",
        "anthropic.text_editor_20250124": "str_replace_editor",
        "anthropic.text_editor_20250429": "str_replace_based_edit_tool",
        "anthropic.text_editor_20250728": "str_replace_based_edit_tool",
        "anthropic.bash_20241022": "bash",
        "anthropic.bash_20250124": "bash",
        "anthropic.memory_20250818": "memory",
        "anthropic.web_search_20250305": "web_search",
        "anthropic.web_search_20260209": "web_search",
        "anthropic.web_fetch_20250910": "web_fetch",
        "anthropic.web_fetch_20260209": "web_fetch",
        "anthropic.tool_search_regex_20251119": "tool_search_tool_regex",
        "anthropic.tool_search_bm25_20251119": "tool_search_tool_bm25",
        "anthropic.advisor_20260301": "advisor"
      }
    });
    const toolsetNames = getAnthropicToolsetNames(tools);
    const inlineToolDefinitions = [];
    const { prompt: messagesPrompt, betas } = await convertToAnthropicMessagesPrompt({
      prompt,
      sendReasoning: (_f = anthropicOptions == null ? void 0 : anthropicOptions.sendReasoning) != null ? _f : true,
      warnings,
      cacheControlValidator,
      toolNameMapping,
      toolsetNames,
      convertMediaPart: this.config.convertMediaPart,
      convertInlineTool: async (tool3) => {
        const {
          tools: definitions,
          toolWarnings: toolWarnings2,
          betas: betas2
        } = await prepareTools({
          tools: [tool3],
          toolChoice: void 0,
          cacheControlValidator,
          supportsStructuredOutput,
          supportsStrictTools
          // no stream-dependent defaults (eager input streaming): the
          // definition is replayed on every request and has to stay
          // identical between streaming and non-streaming calls to keep
          // the cache.
        });
        if ((definitions == null ? void 0 : definitions[0]) != null) {
          inlineToolDefinitions.push({
            sdkName: tool3.name,
            definition: definitions[0]
          });
        }
        return {
          definition: definitions == null ? void 0 : definitions[0],
          warnings: toolWarnings2,
          betas: betas2
        };
      }
    });
    if (rejectsThinkingDisabled && (anthropicOptions == null ? void 0 : anthropicOptions.thinking) != null) {
      const requestedThinking = anthropicOptions.thinking;
      const requestedType = "type" in requestedThinking ? requestedThinking.type : void 0;
      if (requestedType === "disabled" && supportsBetweenToolsThinking) {
        warnings.push({
          type: "unsupported",
          feature: "providerOptions.anthropic.thinking",
          details: `thinking cannot be disabled for ${this.modelId}. Using 'between_tools' thinking, the lowest thinking setting, instead.`
        });
        anthropicOptions.thinking = { type: "between_tools" };
      } else if (requestedType === "disabled") {
        warnings.push({
          type: "unsupported",
          feature: "providerOptions.anthropic.thinking",
          details: `thinking cannot be disabled for ${this.modelId}; it always uses adaptive thinking. The thinking setting has been removed. Lower 'effort' to reduce thinking.`
        });
        anthropicOptions.thinking = void 0;
      }
    }
    if (rejectsBudgetThinking && (anthropicOptions == null ? void 0 : anthropicOptions.thinking) != null && "type" in anthropicOptions.thinking && anthropicOptions.thinking.type === "enabled") {
      warnings.push({
        type: "unsupported",
        feature: "providerOptions.anthropic.thinking",
        details: rejectsThinkingDisabled ? `budget-based thinking is not supported by ${this.modelId}; it always uses adaptive thinking. Using adaptive thinking instead. Use 'effort' to control how much the model thinks.` : `budget-based thinking is not supported by ${this.modelId}. Using adaptive thinking instead. Use 'effort' to control how much the model thinks.`
      });
      anthropicOptions.thinking = { type: "adaptive" };
    }
    const thinking = anthropicOptions == null ? void 0 : anthropicOptions.thinking;
    const thinkingType = thinking != null && "type" in thinking ? thinking.type : void 0;
    if (rejectsThinkingDisabledAboveHighEffort && thinkingType === "disabled" && (anthropicOptions.effort === "xhigh" || anthropicOptions.effort === "max")) {
      warnings.push({
        type: "unsupported",
        feature: "providerOptions.anthropic.effort",
        details: `effort '${anthropicOptions.effort}' is not supported by ${this.modelId} when thinking is disabled. The effort has been lowered to 'high'.`
      });
      anthropicOptions.effort = "high";
    }
    if (thinkingType === "between_tools" && (anthropicOptions.effort === "xhigh" || anthropicOptions.effort === "max")) {
      warnings.push({
        type: "unsupported",
        feature: "providerOptions.anthropic.effort",
        details: `effort '${anthropicOptions.effort}' is not supported with 'between_tools' thinking. The effort has been lowered to 'high'.`
      });
      anthropicOptions.effort = "high";
    }
    const isThinking = thinkingType === "enabled" || thinkingType === "adaptive" || thinkingType === "between_tools";
    const sendThinking = isThinking || thinkingType === "disabled";
    let thinkingBudget = thinkingType === "enabled" && thinking != null && "budgetTokens" in thinking ? thinking.budgetTokens : void 0;
    const thinkingDisplay = thinkingType === "adaptive" && thinking != null && "display" in thinking ? thinking.display : void 0;
    const thinkingBlockBinding = thinking != null && "blockBinding" in thinking ? thinking.blockBinding : void 0;
    const sendThinkingConfig = sendThinking || thinkingBlockBinding != null;
    const maxTokens = maxOutputTokens != null ? maxOutputTokens : maxOutputTokensForModel;
    const baseArgs = {
      // model id:
      model: this.modelId,
      // standardized settings:
      max_tokens: maxTokens,
      temperature,
      top_k: topK,
      top_p: topP,
      stop_sequences: stopSequences,
      // provider specific settings:
      ...sendThinkingConfig && {
        thinking: {
          ...thinkingType != null && { type: thinkingType },
          ...thinkingBudget != null && { budget_tokens: thinkingBudget },
          ...thinkingDisplay != null && { display: thinkingDisplay },
          ...thinkingBlockBinding != null && {
            block_binding: {
              prefix_mismatch_behavior: thinkingBlockBinding.prefixMismatchBehavior
            }
          }
        }
      },
      ...((anthropicOptions == null ? void 0 : anthropicOptions.effort) || (anthropicOptions == null ? void 0 : anthropicOptions.taskBudget) || useStructuredOutput && (responseFormat == null ? void 0 : responseFormat.type) === "json" && responseFormat.schema != null) && {
        output_config: {
          ...(anthropicOptions == null ? void 0 : anthropicOptions.effort) && {
            effort: anthropicOptions.effort
          },
          ...(anthropicOptions == null ? void 0 : anthropicOptions.taskBudget) && {
            task_budget: {
              type: anthropicOptions.taskBudget.type,
              total: anthropicOptions.taskBudget.total,
              ...anthropicOptions.taskBudget.remaining != null && {
                remaining: anthropicOptions.taskBudget.remaining
              }
            }
          },
          ...useStructuredOutput && (responseFormat == null ? void 0 : responseFormat.type) === "json" && responseFormat.schema != null && {
            format: {
              type: "json_schema",
              schema: sanitizeJsonSchema(responseFormat.schema)
            }
          }
        }
      },
      ...(anthropicOptions == null ? void 0 : anthropicOptions.speed) && {
        speed: anthropicOptions.speed
      },
      ...(anthropicOptions == null ? void 0 : anthropicOptions.inferenceGeo) && {
        inference_geo: anthropicOptions.inferenceGeo
      },
      ...(anthropicOptions == null ? void 0 : anthropicOptions.fallbacks) != null && (anthropicOptions.fallbacks === "default" || anthropicOptions.fallbacks.length > 0) && {
        fallbacks: anthropicOptions.fallbacks
      },
      ...(anthropicOptions == null ? void 0 : anthropicOptions.cacheControl) && {
        cache_control: anthropicOptions.cacheControl
      },
      ...((_g = anthropicOptions == null ? void 0 : anthropicOptions.metadata) == null ? void 0 : _g.userId) != null && {
        metadata: { user_id: anthropicOptions.metadata.userId }
      },
      // mcp servers:
      ...(anthropicOptions == null ? void 0 : anthropicOptions.mcpServers) && anthropicOptions.mcpServers.length > 0 && {
        mcp_servers: anthropicOptions.mcpServers.map((server) => ({
          type: server.type,
          name: server.name,
          url: server.url,
          authorization_token: server.authorizationToken,
          tool_configuration: server.toolConfiguration ? {
            allowed_tools: server.toolConfiguration.allowedTools,
            enabled: server.toolConfiguration.enabled
          } : void 0
        }))
      },
      // container: For programmatic tool calling (just an ID string) or agent skills (object with id and skills)
      ...(anthropicOptions == null ? void 0 : anthropicOptions.container) && {
        container: anthropicOptions.container.skills && anthropicOptions.container.skills.length > 0 ? (
          // Object format when skills are provided (agent skills feature)
          {
            id: anthropicOptions.container.id,
            skills: anthropicOptions.container.skills.map((skill) => ({
              type: skill.type,
              skill_id: skill.skillId,
              version: skill.version
            }))
          }
        ) : (
          // String format for container ID only (programmatic tool calling)
          anthropicOptions.container.id
        )
      },
      // prompt:
      system: messagesPrompt.system,
      messages: messagesPrompt.messages,
      ...(anthropicOptions == null ? void 0 : anthropicOptions.safeguards) && anthropicOptions.safeguards.length > 0 && {
        safeguards: anthropicOptions.safeguards.map((safeguard) => ({
          type: safeguard.type,
          ...safeguard.classifierContext !== void 0 && {
            classifier_context: safeguard.classifierContext
          }
        }))
      },
      ...contextManagement && {
        context_management: {
          edits: contextManagement.edits.map((edit) => {
            const strategy = edit.type;
            switch (strategy) {
              case "clear_tool_uses_20250919":
                return {
                  type: edit.type,
                  ...edit.trigger !== void 0 && {
                    trigger: edit.trigger
                  },
                  ...edit.keep !== void 0 && { keep: edit.keep },
                  ...edit.clearAtLeast !== void 0 && {
                    clear_at_least: edit.clearAtLeast
                  },
                  ...edit.clearToolInputs !== void 0 && {
                    clear_tool_inputs: edit.clearToolInputs
                  },
                  ...edit.excludeTools !== void 0 && {
                    exclude_tools: edit.excludeTools
                  }
                };
              case "clear_thinking_20251015":
                return {
                  type: edit.type,
                  ...edit.keep !== void 0 && { keep: edit.keep }
                };
              case "compact_20260112":
                return {
                  type: edit.type,
                  ...edit.trigger !== void 0 && {
                    trigger: edit.trigger
                  },
                  ...edit.pauseAfterCompaction !== void 0 && {
                    pause_after_compaction: edit.pauseAfterCompaction
                  },
                  ...edit.instructions !== void 0 && {
                    instructions: edit.instructions
                  }
                };
              default:
                warnings.push({
                  type: "other",
                  message: `Unknown context management strategy: ${strategy}`
                });
                return void 0;
            }
          }).filter((edit) => edit !== void 0)
        }
      }
    };
    if (isThinking) {
      if (thinkingType === "enabled" && thinkingBudget == null) {
        warnings.push({
          type: "compatibility",
          feature: "extended thinking",
          details: "thinking budget is required when thinking is enabled. using default budget of 1024 tokens."
        });
        baseArgs.thinking = {
          type: "enabled",
          budget_tokens: 1024
        };
        thinkingBudget = 1024;
      }
      if (baseArgs.temperature != null && !this.config.supportsTemperatureAndTopPWithThinking) {
        baseArgs.temperature = void 0;
        warnings.push({
          type: "unsupported",
          feature: "temperature",
          details: "temperature is not supported when thinking is enabled"
        });
      }
      if (topK != null) {
        baseArgs.top_k = void 0;
        warnings.push({
          type: "unsupported",
          feature: "topK",
          details: "topK is not supported when thinking is enabled"
        });
      }
      if (topP != null && !this.config.supportsTemperatureAndTopPWithThinking) {
        baseArgs.top_p = void 0;
        warnings.push({
          type: "unsupported",
          feature: "topP",
          details: "topP is not supported when thinking is enabled"
        });
      }
      baseArgs.max_tokens = maxTokens + (thinkingBudget != null ? thinkingBudget : 0);
    } else {
      if (isAnthropicModel && topP != null && temperature != null) {
        warnings.push({
          type: "unsupported",
          feature: "topP",
          details: `topP is not supported when temperature is set. topP is ignored.`
        });
        baseArgs.top_p = void 0;
      }
    }
    if (isKnownModel && baseArgs.max_tokens > maxOutputTokensForModel) {
      if (maxOutputTokens != null) {
        warnings.push({
          type: "unsupported",
          feature: "maxOutputTokens",
          details: `${baseArgs.max_tokens} (maxOutputTokens + thinkingBudget) is greater than ${this.modelId} ${maxOutputTokensForModel} max output tokens. The max output tokens have been limited to ${maxOutputTokensForModel}.`
        });
      }
      baseArgs.max_tokens = maxOutputTokensForModel;
    }
    if ((anthropicOptions == null ? void 0 : anthropicOptions.mcpServers) && anthropicOptions.mcpServers.length > 0) {
      betas.add("mcp-client-2025-04-04");
    }
    if ((anthropicOptions == null ? void 0 : anthropicOptions.safeguards) && anthropicOptions.safeguards.length > 0) {
      betas.add("dangerous-tool-use-2026-09-03");
    }
    if (contextManagement) {
      betas.add("context-management-2025-06-27");
      if (contextManagement.edits.some((e) => e.type === "compact_20260112")) {
        betas.add("compact-2026-01-12");
      }
    }
    if ((anthropicOptions == null ? void 0 : anthropicOptions.container) && anthropicOptions.container.skills && anthropicOptions.container.skills.length > 0) {
      betas.add("code-execution-2025-08-25");
      betas.add("skills-2025-10-02");
      betas.add("files-api-2025-04-14");
      if (!(tools == null ? void 0 : tools.some(
        (tool3) => tool3.type === "provider" && (tool3.id === "anthropic.code_execution_20250825" || tool3.id === "anthropic.code_execution_20260120")
      ))) {
        warnings.push({
          type: "other",
          message: "code execution tool is required when using skills"
        });
      }
    }
    if (anthropicOptions == null ? void 0 : anthropicOptions.taskBudget) {
      betas.add("task-budgets-2026-03-13");
    }
    if (thinkingDisplay === "updates") {
      betas.add("thinking-display-updates-2026-08-18");
    }
    if (thinkingBlockBinding != null) {
      betas.add("thinking-binding-controls-2026-08-01");
    }
    if ((anthropicOptions == null ? void 0 : anthropicOptions.speed) === "fast") {
      betas.add("fast-mode-2026-02-01");
    }
    if ((anthropicOptions == null ? void 0 : anthropicOptions.fallbacks) === "default") {
      betas.add("server-side-fallback-2026-07-01");
    } else if ((anthropicOptions == null ? void 0 : anthropicOptions.fallbacks) && anthropicOptions.fallbacks.length > 0) {
      betas.add("server-side-fallback-2026-06-01");
    }
    const {
      tools: anthropicTools2,
      toolChoice: anthropicToolChoice,
      toolWarnings,
      betas: toolsBetas
    } = await prepareTools(
      jsonResponseTool != null ? {
        tools: [
          ...(tools != null ? tools : []).filter(
            (tool3) => (toolChoice == null ? void 0 : toolChoice.type) !== "none" && ((toolChoice == null ? void 0 : toolChoice.type) !== "tool" || tool3.name === toolChoice.toolName)
          ),
          jsonResponseTool
        ],
        toolChoice: { type: "required" },
        disableParallelToolUse: true,
        cacheControlValidator,
        supportsStructuredOutput: false,
        supportsStrictTools,
        defaultEagerInputStreaming,
        rejectsForcedToolUse: rejectsForcedToolUse || thinkingType === "enabled"
      } : {
        tools: tools != null ? tools : [],
        toolChoice,
        // tool changes can add tools when `tools` is empty, so the tool
        // choice and parallel tool use settings still apply:
        hasInlineTools: inlineTools.length > 0,
        disableParallelToolUse: anthropicOptions == null ? void 0 : anthropicOptions.disableParallelToolUse,
        cacheControlValidator,
        supportsStructuredOutput,
        supportsStrictTools,
        defaultEagerInputStreaming,
        rejectsForcedToolUse: rejectsForcedToolUse || thinkingType === "enabled"
      }
    );
    if ((toolChoice == null ? void 0 : toolChoice.type) === "tool" && ((anthropicToolChoice == null ? void 0 : anthropicToolChoice.type) === "auto" || jsonResponseTool != null) || (toolChoice == null ? void 0 : toolChoice.type) === "none" && jsonResponseTool != null) {
      for (const server of (_h = baseArgs.mcp_servers) != null ? _h : []) {
        server.tool_configuration = {
          allowed_tools: (_i = server.tool_configuration) == null ? void 0 : _i.allowed_tools,
          enabled: false
        };
      }
      const emittedInlineDefinitions = new Set(
        messagesPrompt.messages.flatMap(
          (message) => message.role === "system" ? message.content.flatMap(
            (part) => part.type === "tool_addition" && part.tool.type === "tool_definition" ? [part.tool.definition] : []
          ) : []
        )
      );
      const selectedSdkName = toolChoice.type === "tool" ? toolChoice.toolName : void 0;
      const selectedTool = tools == null ? void 0 : tools.find((tool3) => tool3.name === selectedSdkName);
      const selectedProviderName = jsonResponseTool != null && selectedSdkName != null && (selectedTool == null ? void 0 : selectedTool.type) !== "function" ? toolNameMapping.toProviderToolName(selectedSdkName) : selectedSdkName;
      const conflictingTool = inlineToolDefinitions.find(
        ({ sdkName, definition }) => emittedInlineDefinitions.has(definition) && (toolChoice.type === "none" || // The JSON-tool path filters application tools by SDK name before
        // conversion; the forced-choice fallback filters by provider name.
        jsonResponseTool != null && sdkName !== selectedSdkName || !("name" in definition) || definition.name !== selectedProviderName)
      );
      if (conflictingTool != null) {
        const toolName = "name" in conflictingTool.definition ? conflictingTool.definition.name : conflictingTool.definition.type;
        const choice = toolChoice.type === "tool" ? `named tool choice '${toolChoice.toolName}'` : `tool choice 'none'`;
        throw new InvalidArgumentError({
          argument: "toolChoice",
          message: `Inline tool '${toolName}' conflicts with ${choice}. Inline definitions must respect the tool choice when forced tool use falls back or the JSON response tool is used.`
        });
      }
    }
    const cacheWarnings = cacheControlValidator.getWarnings();
    return {
      args: {
        ...baseArgs,
        tools: anthropicTools2,
        tool_choice: anthropicToolChoice,
        stream: stream === true ? true : void 0
        // do not send when not streaming
      },
      warnings: [...warnings, ...toolWarnings, ...cacheWarnings],
      betas: /* @__PURE__ */ new Set([
        ...betas,
        ...toolsBetas,
        ...userSuppliedBetas,
        ...(_j = anthropicOptions == null ? void 0 : anthropicOptions.anthropicBeta) != null ? _j : []
      ]),
      usesJsonResponseTool: jsonResponseTool != null,
      toolNameMapping,
      providerOptionsName,
      usedCustomProviderKey
    };
  }
  async getHeaders({
    betas,
    headers
  }) {
    return combineHeaders(
      await resolve(this.config.headers),
      headers,
      betas.size > 0 ? { "anthropic-beta": Array.from(betas).join(",") } : {}
    );
  }
  async getBetasFromHeaders(requestHeaders) {
    var _a3, _b2;
    const configHeaders = await resolve(this.config.headers);
    const configBetaHeader = (_a3 = configHeaders["anthropic-beta"]) != null ? _a3 : "";
    const requestBetaHeader = (_b2 = requestHeaders == null ? void 0 : requestHeaders["anthropic-beta"]) != null ? _b2 : "";
    return new Set(
      [
        ...configBetaHeader.toLowerCase().split(","),
        ...requestBetaHeader.toLowerCase().split(",")
      ].map((beta) => beta.trim()).filter((beta) => beta !== "")
    );
  }
  buildRequestUrl(isStreaming) {
    var _a3, _b2, _c;
    return (_c = (_b2 = (_a3 = this.config).buildRequestUrl) == null ? void 0 : _b2.call(_a3, this.config.baseURL, isStreaming)) != null ? _c : `${this.config.baseURL}/messages`;
  }
  transformRequestBody(args, betas) {
    var _a3, _b2, _c;
    return (_c = (_b2 = (_a3 = this.config).transformRequestBody) == null ? void 0 : _b2.call(_a3, args, betas)) != null ? _c : args;
  }
  extractCitationDocuments(prompt) {
    const isCitationPart = (part) => {
      var _a3, _b2;
      if (part.type !== "file") {
        return false;
      }
      if (part.mediaType !== "application/pdf" && part.mediaType !== "text/plain") {
        return false;
      }
      const anthropic2 = (_a3 = part.providerOptions) == null ? void 0 : _a3.anthropic;
      const citationsConfig = anthropic2 == null ? void 0 : anthropic2.citations;
      return (_b2 = citationsConfig == null ? void 0 : citationsConfig.enabled) != null ? _b2 : false;
    };
    return prompt.filter((message) => message.role === "user").flatMap((message) => message.content).filter(isCitationPart).map((part) => {
      var _a3;
      const filePart = part;
      return {
        title: (_a3 = filePart.filename) != null ? _a3 : "Untitled Document",
        filename: filePart.filename,
        mediaType: filePart.mediaType
      };
    });
  }
  async doGenerate(options) {
    var _a3, _b2, _c, _d, _e, _f, _g, _h, _i;
    const {
      args,
      warnings,
      betas,
      usesJsonResponseTool,
      toolNameMapping,
      providerOptionsName,
      usedCustomProviderKey
    } = await this.getArgs({
      ...options,
      stream: false,
      userSuppliedBetas: await this.getBetasFromHeaders(options.headers)
    });
    const citationDocuments = [
      ...this.extractCitationDocuments(options.prompt)
    ];
    const markCodeExecutionDynamic = hasWebTool20260209WithoutCodeExecution(
      args.tools
    );
    const {
      responseHeaders,
      value: response,
      rawValue: rawResponse
    } = await postJsonToApi({
      url: this.buildRequestUrl(false),
      headers: await this.getHeaders({ betas, headers: options.headers }),
      body: this.transformRequestBody(args, betas),
      failedResponseHandler: anthropicFailedResponseHandler,
      successfulResponseHandler: createJsonResponseHandler(
        anthropicMessagesResponseSchema
      ),
      abortSignal: options.abortSignal,
      fetch: this.config.fetch
    });
    const content = [];
    const mcpToolCalls = {};
    const serverToolCalls = {};
    let isJsonResponseFromTool = false;
    const jsonResponseToolFallbackText = usesJsonResponseTool ? getJsonResponseToolFallbackText(response.content, response.stop_reason) : void 0;
    for (const part of response.content) {
      switch (part.type) {
        case "text": {
          if (jsonResponseToolFallbackText == null || jsonResponseToolFallbackText.has(part)) {
            const webSearchCitations = (_a3 = part.citations) == null ? void 0 : _a3.filter(
              (citation) => citation.type === "web_search_result_location"
            );
            content.push({
              type: "text",
              text: part.text,
              ...webSearchCitations != null && webSearchCitations.length > 0 && {
                providerMetadata: {
                  anthropic: {
                    citations: webSearchCitations
                  }
                }
              }
            });
            if (part.citations) {
              for (const citation of part.citations) {
                const source = createCitationSource(
                  citation,
                  citationDocuments,
                  this.generateId
                );
                if (source) {
                  content.push(source);
                }
              }
            }
          }
          break;
        }
        case "thinking": {
          content.push({
            type: "reasoning",
            text: part.thinking,
            providerMetadata: {
              anthropic: {
                signature: part.signature
              }
            }
          });
          break;
        }
        case "redacted_thinking": {
          content.push({
            type: "reasoning",
            text: "",
            providerMetadata: {
              anthropic: {
                redactedData: part.data
              }
            }
          });
          break;
        }
        case "compaction": {
          content.push({
            type: "text",
            text: part.content,
            providerMetadata: {
              anthropic: {
                type: "compaction"
              }
            }
          });
          break;
        }
        case "tool_use": {
          const isJsonResponseTool = usesJsonResponseTool && part.name === "json";
          if (isJsonResponseTool) {
            isJsonResponseFromTool = true;
            content.push({
              type: "text",
              text: JSON.stringify(part.input)
            });
          } else if (part.toolset_name != null) {
            content.push({
              type: "tool-call",
              toolCallId: part.id,
              toolName: toolNameMapping.toCustomToolName(part.toolset_name),
              input: JSON.stringify(
                toToolsetMemberInput({
                  memberName: part.name,
                  input: part.input
                })
              ),
              providerMetadata: {
                anthropic: {
                  toolsetName: part.toolset_name,
                  ...(_b2 = getAnthropicCallerMetadata(part.caller).providerMetadata) == null ? void 0 : _b2.anthropic
                }
              }
            });
          } else {
            content.push({
              type: "tool-call",
              toolCallId: part.id,
              toolName: part.name,
              input: JSON.stringify(part.input),
              ...getAnthropicCallerMetadata(part.caller)
            });
          }
          break;
        }
        case "server_tool_use": {
          if (part.name === "text_editor_code_execution" || part.name === "bash_code_execution") {
            const providerToolName = "code_execution";
            content.push({
              type: "tool-call",
              toolCallId: part.id,
              toolName: toolNameMapping.toCustomToolName("code_execution"),
              input: JSON.stringify({ type: part.name, ...part.input }),
              providerExecuted: true,
              // Specific 'web_fetch' or 'web_search' tools may need code execution, which the Anthropic API
              // implicitly allows. In this scenario, we need to allow 'code_execution' tool calls even if the
              // tool was not explicitly provided. We therefore bypass the general validation by marking the
              // tool as dynamic.
              ...markCodeExecutionDynamic && providerToolName === "code_execution" ? { dynamic: true } : {},
              ...getAnthropicCallerMetadata(part.caller)
            });
          } else if (part.name === "web_search" || part.name === "code_execution" || part.name === "web_fetch") {
            const inputToSerialize = part.name === "code_execution" && part.input != null && typeof part.input === "object" && "code" in part.input && !("type" in part.input) ? { type: "programmatic-tool-call", ...part.input } : part.input;
            content.push({
              type: "tool-call",
              toolCallId: part.id,
              toolName: toolNameMapping.toCustomToolName(part.name),
              input: JSON.stringify(inputToSerialize),
              providerExecuted: true,
              // Specific 'web_fetch' or 'web_search' tools may need code execution, which the Anthropic API
              // implicitly allows. In this scenario, we need to allow 'code_execution' tool calls even if the
              // tool was not explicitly provided. We therefore bypass the general validation by marking the
              // tool as dynamic.
              ...markCodeExecutionDynamic && part.name === "code_execution" ? { dynamic: true } : {},
              ...getAnthropicCallerMetadata(part.caller)
            });
          } else if (part.name === "tool_search_tool_regex" || part.name === "tool_search_tool_bm25") {
            serverToolCalls[part.id] = part.name;
            content.push({
              type: "tool-call",
              toolCallId: part.id,
              toolName: toolNameMapping.toCustomToolName(part.name),
              input: JSON.stringify(part.input),
              providerExecuted: true,
              ...getAnthropicCallerMetadata(part.caller)
            });
          } else if (part.name === "advisor") {
            content.push({
              type: "tool-call",
              toolCallId: part.id,
              toolName: toolNameMapping.toCustomToolName("advisor"),
              input: JSON.stringify(part.input),
              providerExecuted: true,
              ...getAnthropicCallerMetadata(part.caller)
            });
          }
          break;
        }
        case "mcp_tool_use": {
          mcpToolCalls[part.id] = {
            type: "tool-call",
            toolCallId: part.id,
            toolName: part.name,
            input: JSON.stringify(part.input),
            providerExecuted: true,
            dynamic: true,
            providerMetadata: {
              anthropic: {
                type: "mcp-tool-use",
                serverName: part.server_name
              }
            }
          };
          content.push(mcpToolCalls[part.id]);
          break;
        }
        case "mcp_tool_result": {
          content.push({
            type: "tool-result",
            toolCallId: part.tool_use_id,
            toolName: mcpToolCalls[part.tool_use_id].toolName,
            isError: part.is_error,
            result: part.content,
            dynamic: true,
            providerMetadata: mcpToolCalls[part.tool_use_id].providerMetadata
          });
          break;
        }
        case "web_fetch_tool_result": {
          if (part.content.type === "web_fetch_result") {
            citationDocuments.push({
              title: (_c = part.content.content.title) != null ? _c : part.content.url,
              mediaType: part.content.content.source.media_type
            });
            content.push({
              type: "tool-result",
              toolCallId: part.tool_use_id,
              toolName: toolNameMapping.toCustomToolName("web_fetch"),
              result: {
                type: "web_fetch_result",
                url: part.content.url,
                retrievedAt: part.content.retrieved_at,
                content: {
                  type: part.content.content.type,
                  title: part.content.content.title,
                  citations: part.content.content.citations,
                  source: {
                    type: part.content.content.source.type,
                    mediaType: part.content.content.source.media_type,
                    data: part.content.content.source.data
                  }
                }
              },
              ...getAnthropicCallerMetadata(part.caller)
            });
          } else if (part.content.type === "web_fetch_tool_result_error") {
            content.push({
              type: "tool-result",
              toolCallId: part.tool_use_id,
              toolName: toolNameMapping.toCustomToolName("web_fetch"),
              isError: true,
              result: {
                type: "web_fetch_tool_result_error",
                errorCode: part.content.error_code
              },
              ...getAnthropicCallerMetadata(part.caller)
            });
          }
          break;
        }
        case "web_search_tool_result": {
          if (Array.isArray(part.content)) {
            content.push({
              type: "tool-result",
              toolCallId: part.tool_use_id,
              toolName: toolNameMapping.toCustomToolName("web_search"),
              result: part.content.map((result) => {
                var _a22;
                return {
                  url: result.url,
                  title: result.title,
                  pageAge: (_a22 = result.page_age) != null ? _a22 : null,
                  encryptedContent: result.encrypted_content,
                  type: result.type
                };
              }),
              ...getAnthropicCallerMetadata(part.caller)
            });
            for (const result of part.content) {
              content.push({
                type: "source",
                sourceType: "url",
                id: this.generateId(),
                url: result.url,
                title: result.title,
                providerMetadata: {
                  anthropic: {
                    pageAge: (_d = result.page_age) != null ? _d : null
                  }
                }
              });
            }
          } else {
            content.push({
              type: "tool-result",
              toolCallId: part.tool_use_id,
              toolName: toolNameMapping.toCustomToolName("web_search"),
              isError: true,
              result: {
                type: "web_search_tool_result_error",
                errorCode: part.content.error_code
              },
              ...getAnthropicCallerMetadata(part.caller)
            });
          }
          break;
        }
        // code execution 20250522:
        case "code_execution_tool_result": {
          if (part.content.type === "code_execution_result") {
            content.push({
              type: "tool-result",
              toolCallId: part.tool_use_id,
              toolName: toolNameMapping.toCustomToolName("code_execution"),
              result: {
                type: part.content.type,
                stdout: part.content.stdout,
                stderr: part.content.stderr,
                return_code: part.content.return_code,
                content: (_e = part.content.content) != null ? _e : []
              }
            });
          } else if (part.content.type === "encrypted_code_execution_result") {
            content.push({
              type: "tool-result",
              toolCallId: part.tool_use_id,
              toolName: toolNameMapping.toCustomToolName("code_execution"),
              result: {
                type: part.content.type,
                encrypted_stdout: part.content.encrypted_stdout,
                stderr: part.content.stderr,
                return_code: part.content.return_code,
                content: (_f = part.content.content) != null ? _f : []
              }
            });
          } else if (part.content.type === "code_execution_tool_result_error") {
            content.push({
              type: "tool-result",
              toolCallId: part.tool_use_id,
              toolName: toolNameMapping.toCustomToolName("code_execution"),
              isError: true,
              result: {
                type: "code_execution_tool_result_error",
                errorCode: part.content.error_code
              }
            });
          }
          break;
        }
        // code execution 20250825:
        case "bash_code_execution_tool_result":
        case "text_editor_code_execution_tool_result": {
          content.push({
            type: "tool-result",
            toolCallId: part.tool_use_id,
            toolName: toolNameMapping.toCustomToolName("code_execution"),
            result: part.content
          });
          break;
        }
        // tool search tool results:
        case "tool_search_tool_result": {
          let providerToolName = serverToolCalls[part.tool_use_id];
          if (providerToolName == null) {
            const bm25CustomName = toolNameMapping.toCustomToolName(
              "tool_search_tool_bm25"
            );
            const regexCustomName = toolNameMapping.toCustomToolName(
              "tool_search_tool_regex"
            );
            if (bm25CustomName !== "tool_search_tool_bm25") {
              providerToolName = "tool_search_tool_bm25";
            } else if (regexCustomName !== "tool_search_tool_regex") {
              providerToolName = "tool_search_tool_regex";
            } else {
              providerToolName = "tool_search_tool_regex";
            }
          }
          if (part.content.type === "tool_search_tool_search_result") {
            content.push({
              type: "tool-result",
              toolCallId: part.tool_use_id,
              toolName: toolNameMapping.toCustomToolName(providerToolName),
              result: part.content.tool_references.map((ref) => ({
                type: ref.type,
                toolName: ref.tool_name
              }))
            });
          } else {
            content.push({
              type: "tool-result",
              toolCallId: part.tool_use_id,
              toolName: toolNameMapping.toCustomToolName(providerToolName),
              isError: true,
              result: {
                type: "tool_search_tool_result_error",
                errorCode: part.content.error_code
              }
            });
          }
          break;
        }
        // advisor results for advisor_20260301:
        case "advisor_tool_result": {
          const advisorToolName = toolNameMapping.toCustomToolName("advisor");
          if (part.content.type === "advisor_result") {
            content.push({
              type: "tool-result",
              toolCallId: part.tool_use_id,
              toolName: advisorToolName,
              result: {
                type: "advisor_result",
                text: part.content.text
              }
            });
          } else if (part.content.type === "advisor_redacted_result") {
            content.push({
              type: "tool-result",
              toolCallId: part.tool_use_id,
              toolName: advisorToolName,
              result: {
                type: "advisor_redacted_result",
                encryptedContent: part.content.encrypted_content
              }
            });
          } else {
            content.push({
              type: "tool-result",
              toolCallId: part.tool_use_id,
              toolName: advisorToolName,
              isError: true,
              result: {
                type: "advisor_tool_result_error",
                errorCode: part.content.error_code
              }
            });
          }
          break;
        }
        // Server-side fallback marker: the AI SDK has no content primitive for
        // a model hop, so drop it. The hop is still observable via
        // usage.iterations.
        case "fallback": {
          break;
        }
      }
    }
    return {
      content,
      finishReason: {
        unified: mapAnthropicStopReason({
          finishReason: response.stop_reason,
          isJsonResponseFromTool
        }),
        raw: (_g = response.stop_reason) != null ? _g : void 0
      },
      usage: convertAnthropicMessagesUsage({ usage: response.usage }),
      request: { body: args },
      response: {
        id: (_h = response.id) != null ? _h : void 0,
        modelId: (_i = response.model) != null ? _i : void 0,
        headers: responseHeaders,
        body: rawResponse
      },
      warnings,
      providerMetadata: (() => {
        var _a22, _b22, _c2, _d2, _e2;
        const stopDetails = mapAnthropicStopDetails(response.stop_details);
        const anthropicMetadata = {
          usage: response.usage,
          cacheCreationInputTokens: (_a22 = response.usage.cache_creation_input_tokens) != null ? _a22 : null,
          stopSequence: (_b22 = response.stop_sequence) != null ? _b22 : null,
          ...stopDetails != null ? { stopDetails } : {},
          ...response.input_transformations != null ? { inputTransformations: response.input_transformations } : {},
          ...response.safeguard_results != null ? { safeguardResults: response.safeguard_results } : {},
          iterations: response.usage.iterations ? response.usage.iterations.map(
            (iter) => ({
              type: iter.type,
              ...iter.model != null ? { model: iter.model } : {},
              inputTokens: iter.input_tokens,
              outputTokens: iter.output_tokens,
              ...iter.cache_creation_input_tokens ? {
                cacheCreationInputTokens: iter.cache_creation_input_tokens
              } : {},
              ...iter.cache_read_input_tokens ? {
                cacheReadInputTokens: iter.cache_read_input_tokens
              } : {}
            })
          ) : null,
          container: response.container ? {
            expiresAt: response.container.expires_at,
            id: response.container.id,
            skills: (_d2 = (_c2 = response.container.skills) == null ? void 0 : _c2.map((skill) => ({
              type: skill.type,
              skillId: skill.skill_id,
              version: skill.version
            }))) != null ? _d2 : null
          } : null,
          contextManagement: (_e2 = mapAnthropicResponseContextManagement(
            response.context_management
          )) != null ? _e2 : null
        };
        const providerMetadata = {
          anthropic: anthropicMetadata
        };
        if (usedCustomProviderKey && providerOptionsName !== "anthropic") {
          providerMetadata[providerOptionsName] = anthropicMetadata;
        }
        return providerMetadata;
      })()
    };
  }
  async doStream(options) {
    var _a3, _b2;
    const {
      args: body,
      warnings,
      betas,
      usesJsonResponseTool,
      toolNameMapping,
      providerOptionsName,
      usedCustomProviderKey
    } = await this.getArgs({
      ...options,
      stream: true,
      userSuppliedBetas: await this.getBetasFromHeaders(options.headers)
    });
    const citationDocuments = [
      ...this.extractCitationDocuments(options.prompt)
    ];
    const markCodeExecutionDynamic = hasWebTool20260209WithoutCodeExecution(
      body.tools
    );
    const url = this.buildRequestUrl(true);
    const { responseHeaders, value: response } = await postJsonToApi({
      url,
      headers: await this.getHeaders({ betas, headers: options.headers }),
      body: this.transformRequestBody(body, betas),
      failedResponseHandler: anthropicFailedResponseHandler,
      successfulResponseHandler: createEventSourceResponseHandler(
        anthropicMessagesChunkSchema
      ),
      abortSignal: options.abortSignal,
      fetch: this.config.fetch
    });
    let finishReason = {
      unified: "other",
      raw: void 0
    };
    const usage = {
      input_tokens: 0,
      output_tokens: 0,
      cache_creation_input_tokens: 0,
      cache_read_input_tokens: 0,
      iterations: null
    };
    const contentBlocks = {};
    const mcpToolCalls = {};
    const serverToolCalls = {};
    let contextManagement = null;
    let rawUsage = void 0;
    let cacheCreationInputTokens = null;
    let stopSequence = null;
    let stopDetails = void 0;
    let inputTransformations;
    let safeguardResults;
    let container = null;
    let isJsonResponseFromTool = false;
    const heldBackText = [];
    const heldBackTextByIndex = /* @__PURE__ */ new Map();
    const createTextEnd = (id, citations) => ({
      type: "text-end",
      id,
      ...citations.length > 0 && {
        providerMetadata: { anthropic: { citations } }
      }
    });
    let isMessageOpen = false;
    let activeMessageId;
    let hasInvalidMessageSequence = false;
    let blockType = void 0;
    const generateId3 = this.generateId;
    const transformedStream = response.pipeThrough(
      new TransformStream({
        start(controller) {
          controller.enqueue({ type: "stream-start", warnings });
        },
        transform(chunk, controller) {
          var _a22, _b22, _c, _d, _e, _f, _g, _h, _i, _j, _k, _l, _m, _n, _o;
          if (hasInvalidMessageSequence) {
            return;
          }
          if (options.includeRawChunks) {
            controller.enqueue({ type: "raw", rawValue: chunk.rawValue });
          }
          if (!chunk.success) {
            controller.enqueue({ type: "error", error: chunk.error });
            return;
          }
          const value = chunk.value;
          switch (value.type) {
            case "ping": {
              return;
            }
            case "content_block_start": {
              const part = value.content_block;
              const contentBlockType = part.type;
              if (contentBlockType === "fallback") {
                return;
              }
              blockType = contentBlockType;
              if (!TEXT_OR_THINKING_BLOCK_TYPES.has(contentBlockType)) {
                heldBackText.length = 0;
              }
              switch (contentBlockType) {
                case "text": {
                  if (usesJsonResponseTool) {
                    const entry = {
                      id: String(value.index),
                      text: "",
                      citations: []
                    };
                    heldBackText.push(entry);
                    heldBackTextByIndex.set(value.index, entry);
                    return;
                  }
                  contentBlocks[value.index] = {
                    type: "text",
                    citations: []
                  };
                  controller.enqueue({
                    type: "text-start",
                    id: String(value.index)
                  });
                  return;
                }
                case "thinking": {
                  contentBlocks[value.index] = { type: "reasoning" };
                  controller.enqueue({
                    type: "reasoning-start",
                    id: String(value.index)
                  });
                  return;
                }
                case "redacted_thinking": {
                  contentBlocks[value.index] = { type: "reasoning" };
                  controller.enqueue({
                    type: "reasoning-start",
                    id: String(value.index),
                    providerMetadata: {
                      anthropic: {
                        redactedData: part.data
                      }
                    }
                  });
                  return;
                }
                case "compaction": {
                  contentBlocks[value.index] = {
                    type: "text",
                    citations: []
                  };
                  controller.enqueue({
                    type: "text-start",
                    id: String(value.index),
                    providerMetadata: {
                      anthropic: {
                        type: "compaction"
                      }
                    }
                  });
                  return;
                }
                case "tool_use": {
                  const isJsonResponseTool = usesJsonResponseTool && part.name === "json";
                  if (isJsonResponseTool) {
                    isJsonResponseFromTool = true;
                    contentBlocks[value.index] = {
                      type: "text",
                      citations: []
                    };
                    controller.enqueue({
                      type: "text-start",
                      id: String(value.index)
                    });
                  } else if (part.toolset_name != null) {
                    const callerInfo = getAnthropicCallerInfo(part.caller);
                    const customToolName = toolNameMapping.toCustomToolName(
                      part.toolset_name
                    );
                    const hasNonEmptyInput = part.input && Object.keys(part.input).length > 0;
                    contentBlocks[value.index] = {
                      type: "tool-call",
                      toolCallId: part.id,
                      toolName: customToolName,
                      input: hasNonEmptyInput ? JSON.stringify(part.input) : "",
                      firstDelta: true,
                      toolset: {
                        name: part.toolset_name,
                        memberName: part.name
                      },
                      ...callerInfo && { caller: callerInfo }
                    };
                    controller.enqueue({
                      type: "tool-input-start",
                      id: part.id,
                      toolName: customToolName
                    });
                  } else {
                    const callerInfo = getAnthropicCallerInfo(part.caller);
                    const hasNonEmptyInput = part.input && Object.keys(part.input).length > 0;
                    const initialInput = hasNonEmptyInput ? JSON.stringify(part.input) : "";
                    contentBlocks[value.index] = {
                      type: "tool-call",
                      toolCallId: part.id,
                      toolName: part.name,
                      input: initialInput,
                      firstDelta: initialInput.length === 0,
                      ...callerInfo && { caller: callerInfo }
                    };
                    controller.enqueue({
                      type: "tool-input-start",
                      id: part.id,
                      toolName: part.name
                    });
                  }
                  return;
                }
                case "server_tool_use": {
                  const callerInfo = getAnthropicCallerInfo(part.caller);
                  if ([
                    "web_fetch",
                    "web_search",
                    // code execution 20250825:
                    "code_execution",
                    // code execution 20250825 text editor:
                    "text_editor_code_execution",
                    // code execution 20250825 bash:
                    "bash_code_execution"
                  ].includes(part.name)) {
                    const providerToolName = part.name === "text_editor_code_execution" || part.name === "bash_code_execution" ? "code_execution" : part.name;
                    const providerToolInputType = part.name === "text_editor_code_execution" || part.name === "bash_code_execution" ? part.name : part.name === "code_execution" ? "programmatic-tool-call" : void 0;
                    const customToolName = toolNameMapping.toCustomToolName(providerToolName);
                    const finalInput = part.input != null && typeof part.input === "object" && Object.keys(part.input).length > 0 ? JSON.stringify(part.input) : "";
                    contentBlocks[value.index] = {
                      type: "tool-call",
                      toolCallId: part.id,
                      toolName: customToolName,
                      input: finalInput,
                      providerExecuted: true,
                      // Specific 'web_fetch' or 'web_search' tools may need code execution, which the Anthropic API
                      // implicitly allows. In this scenario, we need to allow 'code_execution' tool calls even if the
                      // tool was not explicitly provided. We therefore bypass the general validation by marking the
                      // tool as dynamic.
                      ...markCodeExecutionDynamic && providerToolName === "code_execution" ? { dynamic: true } : {},
                      firstDelta: finalInput.length === 0,
                      providerToolName,
                      providerToolInputType,
                      ...callerInfo && { caller: callerInfo }
                    };
                    controller.enqueue({
                      type: "tool-input-start",
                      id: part.id,
                      toolName: customToolName,
                      providerExecuted: true,
                      // Specific 'web_fetch' or 'web_search' tools may need code execution, which the Anthropic API
                      // implicitly allows. In this scenario, we need to allow 'code_execution' tool calls even if the
                      // tool was not explicitly provided. We therefore bypass the general validation by marking the
                      // tool as dynamic.
                      ...markCodeExecutionDynamic && providerToolName === "code_execution" ? { dynamic: true } : {}
                    });
                  } else if (part.name === "tool_search_tool_regex" || part.name === "tool_search_tool_bm25") {
                    serverToolCalls[part.id] = part.name;
                    const customToolName = toolNameMapping.toCustomToolName(
                      part.name
                    );
                    contentBlocks[value.index] = {
                      type: "tool-call",
                      toolCallId: part.id,
                      toolName: customToolName,
                      input: "",
                      providerExecuted: true,
                      firstDelta: true,
                      providerToolName: part.name,
                      ...callerInfo && { caller: callerInfo }
                    };
                    controller.enqueue({
                      type: "tool-input-start",
                      id: part.id,
                      toolName: customToolName,
                      providerExecuted: true
                    });
                  } else if (part.name === "advisor") {
                    const customToolName = toolNameMapping.toCustomToolName("advisor");
                    contentBlocks[value.index] = {
                      type: "tool-call",
                      toolCallId: part.id,
                      toolName: customToolName,
                      input: "{}",
                      providerExecuted: true,
                      firstDelta: true,
                      providerToolName: part.name,
                      ...callerInfo && { caller: callerInfo }
                    };
                    controller.enqueue({
                      type: "tool-input-start",
                      id: part.id,
                      toolName: customToolName,
                      providerExecuted: true
                    });
                  }
                  return;
                }
                case "web_fetch_tool_result": {
                  if (part.content.type === "web_fetch_result") {
                    citationDocuments.push({
                      title: (_a22 = part.content.content.title) != null ? _a22 : part.content.url,
                      mediaType: part.content.content.source.media_type
                    });
                    controller.enqueue({
                      type: "tool-result",
                      toolCallId: part.tool_use_id,
                      toolName: toolNameMapping.toCustomToolName("web_fetch"),
                      result: {
                        type: "web_fetch_result",
                        url: part.content.url,
                        retrievedAt: part.content.retrieved_at,
                        content: {
                          type: part.content.content.type,
                          title: part.content.content.title,
                          citations: part.content.content.citations,
                          source: {
                            type: part.content.content.source.type,
                            mediaType: part.content.content.source.media_type,
                            data: part.content.content.source.data
                          }
                        }
                      },
                      ...getAnthropicCallerMetadata(part.caller)
                    });
                  } else if (part.content.type === "web_fetch_tool_result_error") {
                    controller.enqueue({
                      type: "tool-result",
                      toolCallId: part.tool_use_id,
                      toolName: toolNameMapping.toCustomToolName("web_fetch"),
                      isError: true,
                      result: {
                        type: "web_fetch_tool_result_error",
                        errorCode: part.content.error_code
                      },
                      ...getAnthropicCallerMetadata(part.caller)
                    });
                  }
                  return;
                }
                case "web_search_tool_result": {
                  if (Array.isArray(part.content)) {
                    controller.enqueue({
                      type: "tool-result",
                      toolCallId: part.tool_use_id,
                      toolName: toolNameMapping.toCustomToolName("web_search"),
                      result: part.content.map((result) => {
                        var _a32;
                        return {
                          url: result.url,
                          title: result.title,
                          pageAge: (_a32 = result.page_age) != null ? _a32 : null,
                          encryptedContent: result.encrypted_content,
                          type: result.type
                        };
                      }),
                      ...getAnthropicCallerMetadata(part.caller)
                    });
                    for (const result of part.content) {
                      controller.enqueue({
                        type: "source",
                        sourceType: "url",
                        id: generateId3(),
                        url: result.url,
                        title: result.title,
                        providerMetadata: {
                          anthropic: {
                            pageAge: (_b22 = result.page_age) != null ? _b22 : null
                          }
                        }
                      });
                    }
                  } else {
                    controller.enqueue({
                      type: "tool-result",
                      toolCallId: part.tool_use_id,
                      toolName: toolNameMapping.toCustomToolName("web_search"),
                      isError: true,
                      result: {
                        type: "web_search_tool_result_error",
                        errorCode: part.content.error_code
                      },
                      ...getAnthropicCallerMetadata(part.caller)
                    });
                  }
                  return;
                }
                // code execution 20250522:
                case "code_execution_tool_result": {
                  if (part.content.type === "code_execution_result") {
                    controller.enqueue({
                      type: "tool-result",
                      toolCallId: part.tool_use_id,
                      toolName: toolNameMapping.toCustomToolName("code_execution"),
                      result: {
                        type: part.content.type,
                        stdout: part.content.stdout,
                        stderr: part.content.stderr,
                        return_code: part.content.return_code,
                        content: (_c = part.content.content) != null ? _c : []
                      }
                    });
                  } else if (part.content.type === "encrypted_code_execution_result") {
                    controller.enqueue({
                      type: "tool-result",
                      toolCallId: part.tool_use_id,
                      toolName: toolNameMapping.toCustomToolName("code_execution"),
                      result: {
                        type: part.content.type,
                        encrypted_stdout: part.content.encrypted_stdout,
                        stderr: part.content.stderr,
                        return_code: part.content.return_code,
                        content: (_d = part.content.content) != null ? _d : []
                      }
                    });
                  } else if (part.content.type === "code_execution_tool_result_error") {
                    controller.enqueue({
                      type: "tool-result",
                      toolCallId: part.tool_use_id,
                      toolName: toolNameMapping.toCustomToolName("code_execution"),
                      isError: true,
                      result: {
                        type: "code_execution_tool_result_error",
                        errorCode: part.content.error_code
                      }
                    });
                  }
                  return;
                }
                // code execution 20250825:
                case "bash_code_execution_tool_result":
                case "text_editor_code_execution_tool_result": {
                  controller.enqueue({
                    type: "tool-result",
                    toolCallId: part.tool_use_id,
                    toolName: toolNameMapping.toCustomToolName("code_execution"),
                    result: part.content
                  });
                  return;
                }
                // tool search tool results:
                case "tool_search_tool_result": {
                  let providerToolName = serverToolCalls[part.tool_use_id];
                  if (providerToolName == null) {
                    const bm25CustomName = toolNameMapping.toCustomToolName(
                      "tool_search_tool_bm25"
                    );
                    const regexCustomName = toolNameMapping.toCustomToolName(
                      "tool_search_tool_regex"
                    );
                    if (bm25CustomName !== "tool_search_tool_bm25") {
                      providerToolName = "tool_search_tool_bm25";
                    } else if (regexCustomName !== "tool_search_tool_regex") {
                      providerToolName = "tool_search_tool_regex";
                    } else {
                      providerToolName = "tool_search_tool_regex";
                    }
                  }
                  if (part.content.type === "tool_search_tool_search_result") {
                    controller.enqueue({
                      type: "tool-result",
                      toolCallId: part.tool_use_id,
                      toolName: toolNameMapping.toCustomToolName(providerToolName),
                      result: part.content.tool_references.map((ref) => ({
                        type: ref.type,
                        toolName: ref.tool_name
                      }))
                    });
                  } else {
                    controller.enqueue({
                      type: "tool-result",
                      toolCallId: part.tool_use_id,
                      toolName: toolNameMapping.toCustomToolName(providerToolName),
                      isError: true,
                      result: {
                        type: "tool_search_tool_result_error",
                        errorCode: part.content.error_code
                      }
                    });
                  }
                  return;
                }
                // advisor results for advisor_20260301:
                // arrives fully formed in a single content_block_start (no deltas).
                case "advisor_tool_result": {
                  const advisorToolName = toolNameMapping.toCustomToolName("advisor");
                  if (part.content.type === "advisor_result") {
                    controller.enqueue({
                      type: "tool-result",
                      toolCallId: part.tool_use_id,
                      toolName: advisorToolName,
                      result: {
                        type: "advisor_result",
                        text: part.content.text
                      }
                    });
                  } else if (part.content.type === "advisor_redacted_result") {
                    controller.enqueue({
                      type: "tool-result",
                      toolCallId: part.tool_use_id,
                      toolName: advisorToolName,
                      result: {
                        type: "advisor_redacted_result",
                        encryptedContent: part.content.encrypted_content
                      }
                    });
                  } else {
                    controller.enqueue({
                      type: "tool-result",
                      toolCallId: part.tool_use_id,
                      toolName: advisorToolName,
                      isError: true,
                      result: {
                        type: "advisor_tool_result_error",
                        errorCode: part.content.error_code
                      }
                    });
                  }
                  return;
                }
                case "mcp_tool_use": {
                  mcpToolCalls[part.id] = {
                    type: "tool-call",
                    toolCallId: part.id,
                    toolName: part.name,
                    input: JSON.stringify(part.input),
                    providerExecuted: true,
                    dynamic: true,
                    providerMetadata: {
                      anthropic: {
                        type: "mcp-tool-use",
                        serverName: part.server_name
                      }
                    }
                  };
                  controller.enqueue(mcpToolCalls[part.id]);
                  return;
                }
                case "mcp_tool_result": {
                  controller.enqueue({
                    type: "tool-result",
                    toolCallId: part.tool_use_id,
                    toolName: mcpToolCalls[part.tool_use_id].toolName,
                    isError: part.is_error,
                    result: part.content,
                    dynamic: true,
                    providerMetadata: mcpToolCalls[part.tool_use_id].providerMetadata
                  });
                  return;
                }
                default: {
                  const _exhaustiveCheck = contentBlockType;
                  throw new Error(
                    `Unsupported content block type: ${_exhaustiveCheck}`
                  );
                }
              }
            }
            case "content_block_stop": {
              if (contentBlocks[value.index] != null) {
                const contentBlock = contentBlocks[value.index];
                switch (contentBlock.type) {
                  case "text": {
                    controller.enqueue(
                      createTextEnd(
                        String(value.index),
                        contentBlock.citations
                      )
                    );
                    break;
                  }
                  case "reasoning": {
                    controller.enqueue({
                      type: "reasoning-end",
                      id: String(value.index)
                    });
                    break;
                  }
                  case "tool-call":
                    const isJsonResponseTool = usesJsonResponseTool && contentBlock.toolName === "json";
                    if (!isJsonResponseTool) {
                      if (contentBlock.toolset != null) {
                        let memberInput = {};
                        try {
                          memberInput = contentBlock.input === "" ? {} : secureJsonParse(contentBlock.input);
                        } catch (e) {
                          memberInput = void 0;
                        }
                        contentBlock.input = memberInput === void 0 ? contentBlock.input : JSON.stringify(
                          toToolsetMemberInput({
                            memberName: contentBlock.toolset.memberName,
                            input: memberInput
                          })
                        );
                        controller.enqueue({
                          type: "tool-input-delta",
                          id: contentBlock.toolCallId,
                          delta: contentBlock.input
                        });
                      }
                      controller.enqueue({
                        type: "tool-input-end",
                        id: contentBlock.toolCallId
                      });
                      let finalInput = contentBlock.input === "" ? "{}" : contentBlock.input;
                      if (contentBlock.providerToolName === "code_execution") {
                        try {
                          const parsed = secureJsonParse(finalInput);
                          if (parsed != null && typeof parsed === "object" && "code" in parsed && !("type" in parsed)) {
                            finalInput = JSON.stringify({
                              type: "programmatic-tool-call",
                              ...parsed
                            });
                          }
                        } catch (e) {
                        }
                      }
                      controller.enqueue({
                        type: "tool-call",
                        toolCallId: contentBlock.toolCallId,
                        toolName: contentBlock.toolName,
                        input: finalInput,
                        providerExecuted: contentBlock.providerExecuted,
                        // Specific 'web_fetch' or 'web_search' tools may need code execution, which the Anthropic API
                        // implicitly allows. In this scenario, we need to allow 'code_execution' tool calls even if the
                        // tool was not explicitly provided. We therefore bypass the general validation by marking the
                        // tool as dynamic.
                        ...markCodeExecutionDynamic && contentBlock.providerToolName === "code_execution" ? { dynamic: true } : {},
                        ...(contentBlock.caller || contentBlock.toolset) && {
                          providerMetadata: {
                            anthropic: {
                              ...contentBlock.toolset && {
                                toolsetName: contentBlock.toolset.name
                              },
                              ...contentBlock.caller && {
                                caller: contentBlock.caller
                              }
                            }
                          }
                        }
                      });
                    }
                    break;
                }
                delete contentBlocks[value.index];
              }
              blockType = void 0;
              return;
            }
            case "content_block_delta": {
              const deltaType = value.delta.type;
              switch (deltaType) {
                case "text_delta": {
                  if (usesJsonResponseTool) {
                    const entry = heldBackTextByIndex.get(value.index);
                    if (entry != null) {
                      entry.text += value.delta.text;
                    }
                    return;
                  }
                  controller.enqueue({
                    type: "text-delta",
                    id: String(value.index),
                    delta: value.delta.text
                  });
                  return;
                }
                case "thinking_delta": {
                  controller.enqueue({
                    type: "reasoning-delta",
                    id: String(value.index),
                    delta: value.delta.thinking
                  });
                  return;
                }
                case "signature_delta": {
                  if (blockType === "thinking") {
                    controller.enqueue({
                      type: "reasoning-delta",
                      id: String(value.index),
                      delta: "",
                      providerMetadata: {
                        anthropic: {
                          signature: value.delta.signature
                        }
                      }
                    });
                  }
                  return;
                }
                case "compaction_delta": {
                  if (value.delta.content != null) {
                    controller.enqueue({
                      type: "text-delta",
                      id: String(value.index),
                      delta: value.delta.content
                    });
                  }
                  return;
                }
                case "input_json_delta": {
                  const contentBlock = contentBlocks[value.index];
                  let delta = value.delta.partial_json;
                  if (delta.length === 0) {
                    return;
                  }
                  if (isJsonResponseFromTool) {
                    if ((contentBlock == null ? void 0 : contentBlock.type) !== "text") {
                      return;
                    }
                    controller.enqueue({
                      type: "text-delta",
                      id: String(value.index),
                      delta
                    });
                  } else {
                    if ((contentBlock == null ? void 0 : contentBlock.type) !== "tool-call") {
                      return;
                    }
                    if (contentBlock.toolset != null) {
                      contentBlock.input += delta;
                      return;
                    }
                    if (contentBlock.firstDelta && contentBlock.providerToolInputType != null) {
                      delta = `{"type": "${contentBlock.providerToolInputType}",${delta.substring(1)}`;
                    }
                    controller.enqueue({
                      type: "tool-input-delta",
                      id: contentBlock.toolCallId,
                      delta
                    });
                    contentBlock.input += delta;
                    contentBlock.firstDelta = false;
                  }
                  return;
                }
                case "citations_delta": {
                  const citation = value.delta.citation;
                  const contentBlock = contentBlocks[value.index];
                  if (citation.type === "web_search_result_location") {
                    if ((contentBlock == null ? void 0 : contentBlock.type) === "text") {
                      contentBlock.citations.push(citation);
                    }
                    (_e = heldBackTextByIndex.get(value.index)) == null ? void 0 : _e.citations.push(citation);
                  }
                  const source = createCitationSource(
                    citation,
                    citationDocuments,
                    generateId3
                  );
                  if (source) {
                    controller.enqueue(source);
                  }
                  return;
                }
                default: {
                  const _exhaustiveCheck = deltaType;
                  throw new Error(
                    `Unsupported delta type: ${_exhaustiveCheck}`
                  );
                }
              }
            }
            case "message_start": {
              if (isMessageOpen) {
                if (activeMessageId === value.message.id) {
                  return;
                }
                hasInvalidMessageSequence = true;
                controller.enqueue({
                  type: "error",
                  error: new InvalidResponseDataError({
                    data: value,
                    message: `Received message_start for message ${JSON.stringify(value.message.id)} while message ${JSON.stringify(activeMessageId)} is still open.`
                  })
                });
                return;
              }
              isMessageOpen = true;
              activeMessageId = value.message.id;
              heldBackTextByIndex.clear();
              usage.input_tokens = value.message.usage.input_tokens;
              usage.cache_read_input_tokens = (_f = value.message.usage.cache_read_input_tokens) != null ? _f : 0;
              usage.cache_creation_input_tokens = (_g = value.message.usage.cache_creation_input_tokens) != null ? _g : 0;
              rawUsage = {
                ...value.message.usage
              };
              cacheCreationInputTokens = (_h = value.message.usage.cache_creation_input_tokens) != null ? _h : null;
              if (value.message.input_transformations != null) {
                inputTransformations = value.message.input_transformations;
              }
              if (value.message.container != null) {
                container = {
                  expiresAt: value.message.container.expires_at,
                  id: value.message.container.id,
                  skills: null
                };
              }
              if (value.message.stop_reason != null) {
                finishReason = {
                  unified: mapAnthropicStopReason({
                    finishReason: value.message.stop_reason,
                    isJsonResponseFromTool
                  }),
                  raw: value.message.stop_reason
                };
              }
              controller.enqueue({
                type: "response-metadata",
                id: (_i = value.message.id) != null ? _i : void 0,
                modelId: (_j = value.message.model) != null ? _j : void 0
              });
              if (value.message.content != null) {
                for (let contentIndex = 0; contentIndex < value.message.content.length; contentIndex++) {
                  const part = value.message.content[contentIndex];
                  if (part.type === "tool_use") {
                    const callerInfo = getAnthropicCallerInfo(part.caller);
                    controller.enqueue({
                      type: "tool-input-start",
                      id: part.id,
                      toolName: part.name
                    });
                    const inputStr = JSON.stringify((_k = part.input) != null ? _k : {});
                    controller.enqueue({
                      type: "tool-input-delta",
                      id: part.id,
                      delta: inputStr
                    });
                    controller.enqueue({
                      type: "tool-input-end",
                      id: part.id
                    });
                    controller.enqueue({
                      type: "tool-call",
                      toolCallId: part.id,
                      toolName: part.name,
                      input: inputStr,
                      ...callerInfo && {
                        providerMetadata: {
                          anthropic: {
                            caller: callerInfo
                          }
                        }
                      }
                    });
                  }
                }
              }
              return;
            }
            case "message_delta": {
              if (value.usage.input_tokens != null && usage.input_tokens !== value.usage.input_tokens) {
                usage.input_tokens = value.usage.input_tokens;
              }
              usage.output_tokens = value.usage.output_tokens;
              if (value.usage.output_tokens_details != null) {
                usage.output_tokens_details = value.usage.output_tokens_details;
              }
              if (value.usage.cache_read_input_tokens != null) {
                usage.cache_read_input_tokens = value.usage.cache_read_input_tokens;
              }
              if (value.usage.cache_creation_input_tokens != null) {
                usage.cache_creation_input_tokens = value.usage.cache_creation_input_tokens;
                cacheCreationInputTokens = value.usage.cache_creation_input_tokens;
              }
              if (value.usage.iterations != null) {
                usage.iterations = value.usage.iterations;
              }
              finishReason = {
                unified: mapAnthropicStopReason({
                  finishReason: value.delta.stop_reason,
                  isJsonResponseFromTool
                }),
                raw: (_l = value.delta.stop_reason) != null ? _l : void 0
              };
              stopSequence = (_m = value.delta.stop_sequence) != null ? _m : null;
              stopDetails = mapAnthropicStopDetails(value.delta.stop_details);
              container = value.delta.container != null ? {
                expiresAt: value.delta.container.expires_at,
                id: value.delta.container.id,
                skills: (_o = (_n = value.delta.container.skills) == null ? void 0 : _n.map((skill) => ({
                  type: skill.type,
                  skillId: skill.skill_id,
                  version: skill.version
                }))) != null ? _o : null
              } : null;
              if (value.context_management) {
                contextManagement = mapAnthropicResponseContextManagement(
                  value.context_management
                );
              }
              if (value.input_transformations != null) {
                inputTransformations = value.input_transformations;
              }
              if (value.delta.safeguard_results != null) {
                safeguardResults = value.delta.safeguard_results;
              }
              rawUsage = {
                ...rawUsage,
                ...value.usage
              };
              return;
            }
            case "message_stop": {
              isMessageOpen = false;
              activeMessageId = void 0;
              const anthropicMetadata = {
                usage: rawUsage != null ? rawUsage : null,
                cacheCreationInputTokens,
                stopSequence,
                ...stopDetails != null ? { stopDetails } : {},
                ...inputTransformations != null ? { inputTransformations } : {},
                ...safeguardResults != null ? { safeguardResults } : {},
                iterations: usage.iterations ? usage.iterations.map(
                  (iter) => ({
                    type: iter.type,
                    ...iter.model != null ? { model: iter.model } : {},
                    inputTokens: iter.input_tokens,
                    outputTokens: iter.output_tokens,
                    ...iter.cache_creation_input_tokens ? {
                      cacheCreationInputTokens: iter.cache_creation_input_tokens
                    } : {},
                    ...iter.cache_read_input_tokens ? {
                      cacheReadInputTokens: iter.cache_read_input_tokens
                    } : {}
                  })
                ) : null,
                container,
                contextManagement
              };
              const providerMetadata = {
                anthropic: anthropicMetadata
              };
              if (usedCustomProviderKey && providerOptionsName !== "anthropic") {
                providerMetadata[providerOptionsName] = anthropicMetadata;
              }
              if (!isJsonResponseFromTool && !isContinuationStopReason(finishReason.raw)) {
                for (const { id, text, citations } of heldBackText) {
                  if (text.length === 0) continue;
                  controller.enqueue({ type: "text-start", id });
                  controller.enqueue({ type: "text-delta", id, delta: text });
                  controller.enqueue(createTextEnd(id, citations));
                }
              }
              heldBackText.length = 0;
              controller.enqueue({
                type: "finish",
                finishReason,
                usage: convertAnthropicMessagesUsage({ usage, rawUsage }),
                providerMetadata
              });
              return;
            }
            case "error": {
              controller.enqueue({ type: "error", error: value.error });
              return;
            }
            default: {
              const _exhaustiveCheck = value;
              throw new Error(`Unsupported chunk type: ${_exhaustiveCheck}`);
            }
          }
        }
      })
    );
    const [streamForFirstChunk, streamForConsumer] = transformedStream.tee();
    const firstChunkReader = streamForFirstChunk.getReader();
    try {
      await firstChunkReader.read();
      let result = await firstChunkReader.read();
      if (((_a3 = result.value) == null ? void 0 : _a3.type) === "raw") {
        result = await firstChunkReader.read();
      }
      if (((_b2 = result.value) == null ? void 0 : _b2.type) === "error") {
        const error = result.value.error;
        throw new APICallError({
          message: error.message,
          url,
          requestBodyValues: body,
          statusCode: error.type === "overloaded_error" ? 529 : 500,
          responseHeaders,
          responseBody: JSON.stringify(error),
          isRetryable: error.type === "overloaded_error"
        });
      }
    } finally {
      firstChunkReader.cancel().catch(() => {
      });
      firstChunkReader.releaseLock();
    }
    return {
      stream: streamForConsumer,
      request: { body },
      response: { headers: responseHeaders }
    };
  }
};
function getModelCapabilities(modelId) {
  if (modelId.includes("claude-sonnet-5-5")) {
    return {
      maxOutputTokens: 128e3,
      supportsStructuredOutput: true,
      rejectsSamplingParameters: true,
      rejectsThinkingDisabledAboveHighEffort: true,
      rejectsThinkingDisabled: true,
      rejectsBudgetThinking: true,
      rejectsForcedToolUse: true,
      supportsBetweenToolsThinking: true,
      isKnownModel: true
    };
  } else if (modelId.includes("claude-opus-5-5")) {
    return {
      maxOutputTokens: 128e3,
      supportsStructuredOutput: true,
      rejectsSamplingParameters: true,
      rejectsThinkingDisabledAboveHighEffort: true,
      rejectsThinkingDisabled: true,
      rejectsBudgetThinking: true,
      rejectsForcedToolUse: true,
      supportsBetweenToolsThinking: false,
      isKnownModel: true
    };
  } else if (modelId.includes("claude-haiku-5-5")) {
    return {
      maxOutputTokens: 128e3,
      supportsStructuredOutput: true,
      rejectsSamplingParameters: true,
      rejectsThinkingDisabledAboveHighEffort: true,
      rejectsThinkingDisabled: false,
      rejectsBudgetThinking: true,
      rejectsForcedToolUse: false,
      supportsBetweenToolsThinking: false,
      isKnownModel: true
    };
  } else if (modelId.includes("claude-opus-5")) {
    return {
      maxOutputTokens: 128e3,
      supportsStructuredOutput: true,
      rejectsSamplingParameters: true,
      rejectsThinkingDisabledAboveHighEffort: true,
      rejectsThinkingDisabled: false,
      rejectsBudgetThinking: false,
      rejectsForcedToolUse: false,
      supportsBetweenToolsThinking: false,
      isKnownModel: true
    };
  } else if (modelId.includes("claude-fable-5-1")) {
    return {
      maxOutputTokens: 128e3,
      supportsStructuredOutput: true,
      rejectsSamplingParameters: true,
      rejectsThinkingDisabledAboveHighEffort: false,
      rejectsThinkingDisabled: true,
      rejectsBudgetThinking: true,
      rejectsForcedToolUse: true,
      supportsBetweenToolsThinking: false,
      isKnownModel: true
    };
  } else if (modelId.includes("claude-fable-5")) {
    return {
      maxOutputTokens: 128e3,
      supportsStructuredOutput: true,
      rejectsSamplingParameters: true,
      rejectsThinkingDisabledAboveHighEffort: false,
      rejectsThinkingDisabled: true,
      rejectsBudgetThinking: true,
      rejectsForcedToolUse: false,
      supportsBetweenToolsThinking: false,
      isKnownModel: true
    };
  } else if (modelId.includes("claude-opus-4-8") || modelId.includes("claude-opus-4-7") || modelId.includes("claude-sonnet-5")) {
    return {
      maxOutputTokens: 128e3,
      supportsStructuredOutput: true,
      rejectsSamplingParameters: true,
      rejectsThinkingDisabledAboveHighEffort: false,
      rejectsThinkingDisabled: false,
      rejectsBudgetThinking: false,
      rejectsForcedToolUse: false,
      supportsBetweenToolsThinking: false,
      isKnownModel: true
    };
  } else if (modelId.includes("claude-sonnet-4-6") || modelId.includes("claude-opus-4-6")) {
    return {
      maxOutputTokens: 128e3,
      supportsStructuredOutput: true,
      rejectsSamplingParameters: false,
      rejectsThinkingDisabledAboveHighEffort: false,
      rejectsThinkingDisabled: false,
      rejectsBudgetThinking: false,
      rejectsForcedToolUse: false,
      supportsBetweenToolsThinking: false,
      isKnownModel: true
    };
  } else if (modelId.includes("claude-sonnet-4-5") || modelId.includes("claude-opus-4-5") || modelId.includes("claude-haiku-4-5")) {
    return {
      maxOutputTokens: 64e3,
      supportsStructuredOutput: true,
      rejectsSamplingParameters: false,
      rejectsThinkingDisabledAboveHighEffort: false,
      rejectsThinkingDisabled: false,
      rejectsBudgetThinking: false,
      rejectsForcedToolUse: false,
      supportsBetweenToolsThinking: false,
      isKnownModel: true
    };
  } else if (modelId.includes("claude-opus-4-1")) {
    return {
      maxOutputTokens: 32e3,
      supportsStructuredOutput: true,
      rejectsSamplingParameters: false,
      rejectsThinkingDisabledAboveHighEffort: false,
      rejectsThinkingDisabled: false,
      rejectsBudgetThinking: false,
      rejectsForcedToolUse: false,
      supportsBetweenToolsThinking: false,
      isKnownModel: true
    };
  } else if (modelId.includes("claude-sonnet-4-")) {
    return {
      maxOutputTokens: 64e3,
      supportsStructuredOutput: false,
      rejectsSamplingParameters: false,
      rejectsThinkingDisabledAboveHighEffort: false,
      rejectsThinkingDisabled: false,
      rejectsBudgetThinking: false,
      rejectsForcedToolUse: false,
      supportsBetweenToolsThinking: false,
      isKnownModel: true
    };
  } else if (modelId.includes("claude-opus-4-")) {
    return {
      maxOutputTokens: 32e3,
      supportsStructuredOutput: false,
      rejectsSamplingParameters: false,
      rejectsThinkingDisabledAboveHighEffort: false,
      rejectsThinkingDisabled: false,
      rejectsBudgetThinking: false,
      rejectsForcedToolUse: false,
      supportsBetweenToolsThinking: false,
      isKnownModel: true
    };
  } else if (modelId.includes("claude-3-haiku")) {
    return {
      maxOutputTokens: 4096,
      supportsStructuredOutput: false,
      rejectsSamplingParameters: false,
      rejectsThinkingDisabledAboveHighEffort: false,
      rejectsThinkingDisabled: false,
      rejectsBudgetThinking: false,
      rejectsForcedToolUse: false,
      supportsBetweenToolsThinking: false,
      isKnownModel: true
    };
  } else if (/claude-(?:instant(?:-|$)|v?2(?=$|[-.:])|3(?=$|[-.]))/.test(modelId)) {
    return {
      maxOutputTokens: 4096,
      supportsStructuredOutput: false,
      rejectsSamplingParameters: false,
      rejectsThinkingDisabledAboveHighEffort: false,
      rejectsThinkingDisabled: false,
      rejectsBudgetThinking: false,
      rejectsForcedToolUse: false,
      supportsBetweenToolsThinking: false,
      isKnownModel: false
    };
  } else if (modelId.includes("claude-")) {
    return {
      maxOutputTokens: 128e3,
      supportsStructuredOutput: true,
      rejectsSamplingParameters: true,
      rejectsThinkingDisabledAboveHighEffort: true,
      rejectsThinkingDisabled: false,
      rejectsBudgetThinking: false,
      rejectsForcedToolUse: false,
      supportsBetweenToolsThinking: false,
      isKnownModel: false
    };
  } else {
    return {
      maxOutputTokens: 4096,
      supportsStructuredOutput: false,
      rejectsSamplingParameters: false,
      rejectsThinkingDisabledAboveHighEffort: false,
      rejectsThinkingDisabled: false,
      rejectsBudgetThinking: false,
      rejectsForcedToolUse: false,
      supportsBetweenToolsThinking: false,
      isKnownModel: false
    };
  }
}
function hasWebTool20260209WithoutCodeExecution(tools) {
  if (!tools) {
    return false;
  }
  let hasWebTool20260209 = false;
  let hasCodeExecutionTool = false;
  for (const tool3 of tools) {
    if ("type" in tool3 && (tool3.type === "web_fetch_20260209" || tool3.type === "web_search_20260209")) {
      hasWebTool20260209 = true;
      continue;
    }
    if ("name" in tool3 && tool3.name === "code_execution") {
      hasCodeExecutionTool = true;
      break;
    }
  }
  return hasWebTool20260209 && !hasCodeExecutionTool;
}
function mapAnthropicResponseContextManagement(contextManagement) {
  return contextManagement ? {
    appliedEdits: contextManagement.applied_edits.map((edit) => {
      const strategy = edit.type;
      switch (strategy) {
        case "clear_tool_uses_20250919":
          return {
            type: edit.type,
            clearedToolUses: edit.cleared_tool_uses,
            clearedInputTokens: edit.cleared_input_tokens
          };
        case "clear_thinking_20251015":
          return {
            type: edit.type,
            clearedThinkingTurns: edit.cleared_thinking_turns,
            clearedInputTokens: edit.cleared_input_tokens
          };
        case "compact_20260112":
          return {
            type: edit.type
          };
      }
    }).filter((edit) => edit !== void 0)
  } : null;
}
function mapAnthropicStopDetails(stopDetails) {
  if (stopDetails == null) {
    return void 0;
  }
  return {
    type: stopDetails.type,
    ...stopDetails.category != null ? { category: stopDetails.category } : {},
    ...stopDetails.explanation != null ? { explanation: stopDetails.explanation } : {},
    ...stopDetails.recommended_model != null ? { recommendedModel: stopDetails.recommended_model } : {}
  };
}
var bash_20241022InputSchema = lazySchema(
  () => zodSchema(
    external_exports.object({
      command: external_exports.string(),
      restart: external_exports.boolean().optional()
    })
  )
);
var bash_20241022 = createProviderToolFactory({
  id: "anthropic.bash_20241022",
  inputSchema: bash_20241022InputSchema
});
var bash_20250124InputSchema = lazySchema(
  () => zodSchema(
    external_exports.object({
      command: external_exports.string(),
      restart: external_exports.boolean().optional()
    })
  )
);
var bash_20250124 = createProviderToolFactory({
  id: "anthropic.bash_20250124",
  inputSchema: bash_20250124InputSchema
});
var computer_20241022InputSchema = lazySchema(
  () => zodSchema(
    external_exports.object({
      action: external_exports.enum([
        "key",
        "type",
        "mouse_move",
        "left_click",
        "left_click_drag",
        "right_click",
        "middle_click",
        "double_click",
        "screenshot",
        "cursor_position"
      ]),
      coordinate: external_exports.array(external_exports.number().int()).optional(),
      text: external_exports.string().optional()
    })
  )
);
var computer_20241022 = createProviderToolFactory({
  id: "anthropic.computer_20241022",
  inputSchema: computer_20241022InputSchema
});
var computer_20250124InputSchema = lazySchema(
  () => zodSchema(
    external_exports.object({
      action: external_exports.enum([
        "key",
        "hold_key",
        "type",
        "cursor_position",
        "mouse_move",
        "left_mouse_down",
        "left_mouse_up",
        "left_click",
        "left_click_drag",
        "right_click",
        "middle_click",
        "double_click",
        "triple_click",
        "scroll",
        "wait",
        "screenshot"
      ]),
      coordinate: external_exports.tuple([external_exports.number().int(), external_exports.number().int()]).optional(),
      duration: external_exports.number().optional(),
      scroll_amount: external_exports.number().optional(),
      scroll_direction: external_exports.enum(["up", "down", "left", "right"]).optional(),
      start_coordinate: external_exports.tuple([external_exports.number().int(), external_exports.number().int()]).optional(),
      text: external_exports.string().optional()
    })
  )
);
var computer_20250124 = createProviderToolFactory({
  id: "anthropic.computer_20250124",
  inputSchema: computer_20250124InputSchema
});
var computer_20251124InputSchema = lazySchema(
  () => zodSchema(
    external_exports.object({
      action: external_exports.enum([
        "key",
        "hold_key",
        "type",
        "cursor_position",
        "mouse_move",
        "left_mouse_down",
        "left_mouse_up",
        "left_click",
        "left_click_drag",
        "right_click",
        "middle_click",
        "double_click",
        "triple_click",
        "scroll",
        "wait",
        "screenshot",
        "zoom"
      ]),
      coordinate: external_exports.tuple([external_exports.number().int(), external_exports.number().int()]).optional(),
      duration: external_exports.number().optional(),
      region: external_exports.tuple([
        external_exports.number().int(),
        external_exports.number().int(),
        external_exports.number().int(),
        external_exports.number().int()
      ]).optional(),
      scroll_amount: external_exports.number().optional(),
      scroll_direction: external_exports.enum(["up", "down", "left", "right"]).optional(),
      start_coordinate: external_exports.tuple([external_exports.number().int(), external_exports.number().int()]).optional(),
      text: external_exports.string().optional()
    })
  )
);
var computer_20251124 = createProviderToolFactory({
  id: "anthropic.computer_20251124",
  inputSchema: computer_20251124InputSchema
});
var memory_20250818InputSchema = lazySchema(
  () => zodSchema(
    external_exports.discriminatedUnion("command", [
      external_exports.object({
        command: external_exports.literal("view"),
        path: external_exports.string(),
        view_range: external_exports.tuple([external_exports.number(), external_exports.number()]).optional()
      }),
      external_exports.object({
        command: external_exports.literal("create"),
        path: external_exports.string(),
        file_text: external_exports.string()
      }),
      external_exports.object({
        command: external_exports.literal("str_replace"),
        path: external_exports.string(),
        old_str: external_exports.string(),
        new_str: external_exports.string()
      }),
      external_exports.object({
        command: external_exports.literal("insert"),
        path: external_exports.string(),
        insert_line: external_exports.number(),
        insert_text: external_exports.string()
      }),
      external_exports.object({
        command: external_exports.literal("delete"),
        path: external_exports.string()
      }),
      external_exports.object({
        command: external_exports.literal("rename"),
        old_path: external_exports.string(),
        new_path: external_exports.string()
      })
    ])
  )
);
var memory_20250818 = createProviderToolFactory({
  id: "anthropic.memory_20250818",
  inputSchema: memory_20250818InputSchema
});
var textEditor_20241022InputSchema = lazySchema(
  () => zodSchema(
    external_exports.object({
      command: external_exports.enum(["view", "create", "str_replace", "insert", "undo_edit"]),
      path: external_exports.string(),
      file_text: external_exports.string().optional(),
      insert_line: external_exports.number().int().optional(),
      new_str: external_exports.string().optional(),
      insert_text: external_exports.string().optional(),
      old_str: external_exports.string().optional(),
      view_range: external_exports.array(external_exports.number().int()).optional()
    })
  )
);
var textEditor_20241022 = createProviderToolFactory({
  id: "anthropic.text_editor_20241022",
  inputSchema: textEditor_20241022InputSchema
});
var textEditor_20250124InputSchema = lazySchema(
  () => zodSchema(
    external_exports.object({
      command: external_exports.enum(["view", "create", "str_replace", "insert", "undo_edit"]),
      path: external_exports.string(),
      file_text: external_exports.string().optional(),
      insert_line: external_exports.number().int().optional(),
      new_str: external_exports.string().optional(),
      insert_text: external_exports.string().optional(),
      old_str: external_exports.string().optional(),
      view_range: external_exports.array(external_exports.number().int()).optional()
    })
  )
);
var textEditor_20250124 = createProviderToolFactory({
  id: "anthropic.text_editor_20250124",
  inputSchema: textEditor_20250124InputSchema
});
var textEditor_20250429InputSchema = lazySchema(
  () => zodSchema(
    external_exports.object({
      command: external_exports.enum(["view", "create", "str_replace", "insert"]),
      path: external_exports.string(),
      file_text: external_exports.string().optional(),
      insert_line: external_exports.number().int().optional(),
      new_str: external_exports.string().optional(),
      insert_text: external_exports.string().optional(),
      old_str: external_exports.string().optional(),
      view_range: external_exports.array(external_exports.number().int()).optional()
    })
  )
);
var textEditor_20250429 = createProviderToolFactory({
  id: "anthropic.text_editor_20250429",
  inputSchema: textEditor_20250429InputSchema
});
var toolSearchBm25_20251119OutputSchema = lazySchema(
  () => zodSchema(
    external_exports.array(
      external_exports.object({
        type: external_exports.literal("tool_reference"),
        toolName: external_exports.string()
      })
    )
  )
);
var toolSearchBm25_20251119InputSchema = lazySchema(
  () => zodSchema(
    external_exports.object({
      /**
       * A natural language query to search for tools.
       * Claude will use BM25 text search to find relevant tools.
       */
      query: external_exports.string(),
      /**
       * Maximum number of tools to return. Optional.
       */
      limit: external_exports.number().optional()
    })
  )
);
var factory11 = createProviderToolFactoryWithOutputSchema({
  id: "anthropic.tool_search_bm25_20251119",
  inputSchema: toolSearchBm25_20251119InputSchema,
  outputSchema: toolSearchBm25_20251119OutputSchema,
  supportsDeferredResults: true
});
var toolSearchBm25_20251119 = (args = {}) => {
  return factory11(args);
};
var anthropicTools = {
  /**
   * Pairs a faster executor model with a higher-intelligence advisor model
   * that provides strategic guidance mid-generation.
   *
   * The advisor lets a faster, lower-cost executor model consult a
   * higher-intelligence advisor model server-side. The advisor reads the
   * executor's full transcript and produces a plan or course correction;
   * the executor continues with the task, informed by the advice. All of
   * this happens inside a single `/v1/messages` request.
   *
   * Beta header `advisor-tool-2026-03-01` is added automatically when this
   * tool is included.
   *
   * Multi-turn conversations: pass the full assistant content (including
   * `advisor_tool_result` blocks) back to the API on subsequent turns. If
   * you omit the advisor tool from `tools` on a follow-up turn while the
   * message history still contains `advisor_tool_result` blocks, the API
   * returns a `400 invalid_request_error`.
   *
   * Supported executor models: Claude Haiku 4.5, Sonnet 4.6, Opus 4.6,
   * Opus 4.7. The advisor must be at least as capable as the executor.
   *
   * @param model - The advisor model ID (required), e.g. `"claude-opus-4-8"`.
   * @param maxUses - Maximum advisor calls per request (per-request cap).
   * @param caching - Enables prompt caching for the advisor's transcript
   * across calls within a conversation. Worthwhile from ~3 advisor calls
   * per conversation.
   */
  advisor_20260301,
  /**
   * The bash tool enables Claude to execute shell commands in a persistent bash session,
   * allowing system operations, script execution, and command-line automation.
   *
   * Image results are supported.
   */
  bash_20241022,
  /**
   * The bash tool enables Claude to execute shell commands in a persistent bash session,
   * allowing system operations, script execution, and command-line automation.
   *
   * Image results are supported.
   */
  bash_20250124,
  /**
   * Claude can analyze data, create visualizations, perform complex calculations,
   * run system commands, create and edit files, and process uploaded files directly within
   * the API conversation.
   *
   * The code execution tool allows Claude to run Bash commands and manipulate files,
   * including writing code, in a secure, sandboxed environment.
   */
  codeExecution_20250522,
  /**
   * Claude can analyze data, create visualizations, perform complex calculations,
   * run system commands, create and edit files, and process uploaded files directly within
   * the API conversation.
   *
   * The code execution tool allows Claude to run both Python and Bash commands and manipulate files,
   * including writing code, in a secure, sandboxed environment.
   *
   * This is the latest version with enhanced Bash support and file operations.
   */
  codeExecution_20250825,
  /**
   * Claude can analyze data, create visualizations, perform complex calculations,
   * run system commands, create and edit files, and process uploaded files directly within
   * the API conversation.
   *
   * The code execution tool allows Claude to run both Python and Bash commands and manipulate files,
   * including writing code, in a secure, sandboxed environment.
   *
   * This is the recommended version. Does not require a beta header.
   *
   * Supported models: Claude Opus 4.6, Sonnet 4.6, Sonnet 4.5, Opus 4.5
   */
  codeExecution_20260120,
  /**
   * Claude can interact with computer environments through the computer use tool, which
   * provides screenshot capabilities and mouse/keyboard control for autonomous desktop interaction.
   *
   * Image results are supported.
   *
   * @param displayWidthPx - The width of the display being controlled by the model in pixels.
   * @param displayHeightPx - The height of the display being controlled by the model in pixels.
   * @param displayNumber - The display number to control (only relevant for X11 environments). If specified, the tool will be provided a display number in the tool definition.
   */
  computer_20241022,
  /**
   * Claude can interact with computer environments through the computer use tool, which
   * provides screenshot capabilities and mouse/keyboard control for autonomous desktop interaction.
   *
   * Image results are supported.
   *
   * @param displayWidthPx - The width of the display being controlled by the model in pixels.
   * @param displayHeightPx - The height of the display being controlled by the model in pixels.
   * @param displayNumber - The display number to control (only relevant for X11 environments). If specified, the tool will be provided a display number in the tool definition.
   */
  computer_20250124,
  /**
   * Claude can interact with computer environments through the computer use tool, which
   * provides screenshot capabilities and mouse/keyboard control for autonomous desktop interaction.
   *
   * This version adds the zoom action for detailed screen region inspection.
   *
   * Image results are supported.
   *
   * Supported models: Claude Opus 4.5
   *
   * @param displayWidthPx - The width of the display being controlled by the model in pixels.
   * @param displayHeightPx - The height of the display being controlled by the model in pixels.
   * @param displayNumber - The display number to control (only relevant for X11 environments). If specified, the tool will be provided a display number in the tool definition.
   * @param enableZoom - Enable zoom action. Set to true to allow Claude to zoom into specific screen regions. Default: false.
   */
  computer_20251124,
  /**
   * The computer toolset lets Claude control a computer through screenshots,
   * mouse, and keyboard. It replaces the versioned computer tools
   * (`computer_20251124` and earlier) on newer models.
   *
   * The API returns each computer action as its own `tool_use` block with
   * `toolset_name: 'computer'`. The AI SDK maps every member call to this tool
   * and exposes the member name as `action`, so `execute` receives the same
   * input shape as the older computer tools. Claude may return several actions
   * in one turn.
   *
   * Coordinates are always in the pixel space of the screenshots you return;
   * there are no display size parameters. Zoom is enabled by default.
   *
   * Does not require a beta header.
   *
   * Supported models: Claude Opus 5.5 (required; older computer tool types
   * are rejected), Opus 5, Sonnet 5, Fable 5, Fable 5.1, Opus 4.8.
   *
   * @param configs - Per-member settings keyed by member name, e.g.
   * `{ zoom: { enabled: false } }`. Omitted members keep their defaults.
   */
  computerToolset_20260801,
  /**
   * The memory tool enables Claude to store and retrieve information across conversations through a memory file directory.
   * Claude can create, read, update, and delete files that persist between sessions,
   * allowing it to build knowledge over time without keeping everything in the context window.
   * The memory tool operates client-side—you control where and how the data is stored through your own infrastructure.
   *
   * Supported models: Claude Sonnet 4.5, Claude Sonnet 4, Claude Opus 4.1, Claude Opus 4.
   */
  memory_20250818,
  /**
   * Claude can use an Anthropic-defined text editor tool to view and modify text files,
   * helping you debug, fix, and improve your code or other text documents. This allows Claude
   * to directly interact with your files, providing hands-on assistance rather than just suggesting changes.
   *
   * Supported models: Claude Sonnet 3.5
   */
  textEditor_20241022,
  /**
   * Claude can use an Anthropic-defined text editor tool to view and modify text files,
   * helping you debug, fix, and improve your code or other text documents. This allows Claude
   * to directly interact with your files, providing hands-on assistance rather than just suggesting changes.
   *
   * Supported models: Claude Sonnet 3.7
   */
  textEditor_20250124,
  /**
   * Claude can use an Anthropic-defined text editor tool to view and modify text files,
   * helping you debug, fix, and improve your code or other text documents. This allows Claude
   * to directly interact with your files, providing hands-on assistance rather than just suggesting changes.
   *
   * Note: This version does not support the "undo_edit" command.
   *
   * @deprecated Use textEditor_20250728 instead
   */
  textEditor_20250429,
  /**
   * Claude can use an Anthropic-defined text editor tool to view and modify text files,
   * helping you debug, fix, and improve your code or other text documents. This allows Claude
   * to directly interact with your files, providing hands-on assistance rather than just suggesting changes.
   *
   * Note: This version does not support the "undo_edit" command and adds optional max_characters parameter.
   *
   * Supported models: Claude Sonnet 4, Opus 4, and Opus 4.1
   *
   * @param maxCharacters - Optional maximum number of characters to view in the file
   */
  textEditor_20250728,
  /**
   * Creates a web fetch tool that gives Claude direct access to real-time web content.
   *
   * @param maxUses - The max_uses parameter limits the number of web fetches performed
   * @param allowedDomains - Only fetch from these domains
   * @param blockedDomains - Never fetch from these domains
   * @param citations - Unlike web search where citations are always enabled, citations are optional for web fetch. Set "citations": {"enabled": true} to enable Claude to cite specific passages from fetched documents.
   * @param maxContentTokens - The max_content_tokens parameter limits the amount of content that will be included in the context.
   */
  webFetch_20250910,
  /**
   * Creates a web fetch tool that gives Claude direct access to real-time web content.
   *
   * @param maxUses - The max_uses parameter limits the number of web fetches performed
   * @param allowedDomains - Only fetch from these domains
   * @param blockedDomains - Never fetch from these domains
   * @param citations - Unlike web search where citations are always enabled, citations are optional for web fetch. Set "citations": {"enabled": true} to enable Claude to cite specific passages from fetched documents.
   * @param maxContentTokens - The max_content_tokens parameter limits the amount of content that will be included in the context.
   */
  webFetch_20260209,
  /**
   * Creates a web search tool that gives Claude direct access to real-time web content.
   *
   * @param maxUses - Maximum number of web searches Claude can perform during the conversation.
   * @param allowedDomains - Optional list of domains that Claude is allowed to search.
   * @param blockedDomains - Optional list of domains that Claude should avoid when searching.
   * @param userLocation - Optional user location information to provide geographically relevant search results.
   */
  webSearch_20250305,
  /**
   * Creates a web search tool that gives Claude direct access to real-time web content.
   *
   * @param maxUses - Maximum number of web searches Claude can perform during the conversation.
   * @param allowedDomains - Optional list of domains that Claude is allowed to search.
   * @param blockedDomains - Optional list of domains that Claude should avoid when searching.
   * @param userLocation - Optional user location information to provide geographically relevant search results.
   */
  webSearch_20260209,
  /**
   * Creates a tool search tool that uses regex patterns to find tools.
   *
   * The tool search tool enables Claude to work with hundreds or thousands of tools
   * by dynamically discovering and loading them on-demand. Instead of loading all
   * tool definitions into the context window upfront, Claude searches your tool
   * catalog and loads only the tools it needs.
   *
   * Use `providerOptions: { anthropic: { deferLoading: true } }` on other tools
   * to mark them for deferred loading.
   *
   * Supported models: Claude Opus 4.5, Claude Sonnet 4.5
   */
  toolSearchRegex_20251119,
  /**
   * Creates a tool search tool that uses BM25 (natural language) to find tools.
   *
   * The tool search tool enables Claude to work with hundreds or thousands of tools
   * by dynamically discovering and loading them on-demand. Instead of loading all
   * tool definitions into the context window upfront, Claude searches your tool
   * catalog and loads only the tools it needs.
   *
   * Use `providerOptions: { anthropic: { deferLoading: true } }` on other tools
   * to mark them for deferred loading.
   *
   * Supported models: Claude Opus 4.5, Claude Sonnet 4.5
   */
  toolSearchBm25_20251119
};
var ANTHROPIC_API_URL = "https://api.anthropic.com";
var ANTHROPIC_API_VERSIONED_URL = `${ANTHROPIC_API_URL}/v1`;
function normalizeBaseURL(baseURL) {
  const baseURLWithoutTrailingSlash = withoutTrailingSlash(baseURL);
  return baseURLWithoutTrailingSlash === ANTHROPIC_API_URL ? ANTHROPIC_API_VERSIONED_URL : baseURLWithoutTrailingSlash;
}
function createAnthropic(options = {}) {
  var _a3, _b2;
  const baseURL = (_a3 = normalizeBaseURL(
    loadOptionalSetting({
      settingValue: options.baseURL,
      environmentVariableName: "ANTHROPIC_BASE_URL"
    })
  )) != null ? _a3 : ANTHROPIC_API_VERSIONED_URL;
  const providerName = (_b2 = options.name) != null ? _b2 : "anthropic.messages";
  if (options.apiKey && options.authToken) {
    throw new InvalidArgumentError({
      argument: "apiKey/authToken",
      message: "Both apiKey and authToken were provided. Please use only one authentication method."
    });
  }
  const getHeaders = () => {
    const authHeaders = options.authToken ? { Authorization: `Bearer ${options.authToken}` } : {
      "x-api-key": loadApiKey({
        apiKey: options.apiKey,
        environmentVariableName: "ANTHROPIC_API_KEY",
        description: "Anthropic"
      })
    };
    return withUserAgentSuffix(
      {
        "anthropic-version": "2023-06-01",
        ...authHeaders,
        ...options.headers
      },
      `ai-sdk/anthropic/${VERSION}`
    );
  };
  const createChatModel = (modelId) => {
    var _a22;
    return new AnthropicMessagesLanguageModel(modelId, {
      provider: providerName,
      baseURL,
      headers: getHeaders,
      fetch: options.fetch,
      generateId: (_a22 = options.generateId) != null ? _a22 : generateId,
      supportedUrls: () => ({
        "image/*": [/^https?:\/\/.*$/],
        "application/pdf": [/^https?:\/\/.*$/]
      })
    });
  };
  const provider = function(modelId) {
    if (new.target) {
      throw new Error(
        "The Anthropic model function cannot be called with the new keyword."
      );
    }
    return createChatModel(modelId);
  };
  provider.specificationVersion = "v3";
  provider.languageModel = createChatModel;
  provider.chat = createChatModel;
  provider.messages = createChatModel;
  provider.embeddingModel = (modelId) => {
    throw new NoSuchModelError({ modelId, modelType: "embeddingModel" });
  };
  provider.textEmbeddingModel = provider.embeddingModel;
  provider.imageModel = (modelId) => {
    throw new NoSuchModelError({ modelId, modelType: "imageModel" });
  };
  provider.tools = anthropicTools;
  return provider;
}
var anthropic = createAnthropic();

// node_modules/@ai-sdk/openai/node_modules/@ai-sdk/provider-utils/dist/index.mjs
function combineHeaders2(...headers) {
  return headers.reduce(
    (combinedHeaders, currentHeaders) => ({
      ...combinedHeaders,
      ...currentHeaders
    }),
    {}
  );
}
function createToolNameMapping2({
  tools = [],
  providerToolNames,
  resolveProviderToolName
}) {
  var _a22;
  const customToolNameToProviderToolName = {};
  const providerToolNameToCustomToolName = {};
  for (const tool22 of tools) {
    if (tool22.type === "provider") {
      const providerToolName = (_a22 = resolveProviderToolName == null ? void 0 : resolveProviderToolName(tool22)) != null ? _a22 : tool22.id in providerToolNames ? providerToolNames[tool22.id] : void 0;
      if (providerToolName == null) {
        continue;
      }
      customToolNameToProviderToolName[tool22.name] = providerToolName;
      providerToolNameToCustomToolName[providerToolName] = tool22.name;
    }
  }
  return {
    toProviderToolName: (customToolName) => {
      var _a3;
      return (_a3 = customToolNameToProviderToolName[customToolName]) != null ? _a3 : customToolName;
    },
    toCustomToolName: (providerToolName) => {
      var _a3;
      return (_a3 = providerToolNameToCustomToolName[providerToolName]) != null ? _a3 : providerToolName;
    }
  };
}
function extractResponseHeaders(response) {
  return Object.fromEntries([...response.headers]);
}
var { btoa, atob } = globalThis;
function convertBase64ToUint8Array2(base64String) {
  const base64Url = base64String.replace(/-/g, "+").replace(/_/g, "/");
  const latin1string = atob(base64Url);
  const bytes = new Uint8Array(latin1string.length);
  for (let i = 0; i < latin1string.length; i++) {
    bytes[i] = latin1string.charCodeAt(i);
  }
  return bytes;
}
function convertUint8ArrayToBase64(array) {
  var _a22;
  if (typeof ((_a22 = globalThis.Buffer) == null ? void 0 : _a22.from) === "function") {
    return globalThis.Buffer.from(
      array.buffer,
      array.byteOffset,
      array.byteLength
    ).toString("base64");
  }
  const chunks = [];
  const chunkSize = 4096;
  for (let i = 0; i < array.length; i += chunkSize) {
    chunks.push(String.fromCodePoint(...array.subarray(i, i + chunkSize)));
  }
  return btoa(chunks.join(""));
}
var typedArrayTag = Object.getOwnPropertyDescriptor(
  Object.getPrototypeOf(Uint8Array.prototype),
  Symbol.toStringTag
).get;
var arrayBufferByteLength = Object.getOwnPropertyDescriptor(
  ArrayBuffer.prototype,
  "byteLength"
).get;
function isUint8Array(value) {
  return ArrayBuffer.isView(value) && typedArrayTag.call(value) === "Uint8Array";
}
function convertToBase642(value) {
  return isUint8Array(value) ? convertUint8ArrayToBase64(value) : value;
}
function convertToFormData2(input, options = {}) {
  const { useArrayBrackets = true } = options;
  const formData = new FormData();
  for (const [key, value] of Object.entries(input)) {
    if (value == null) {
      continue;
    }
    if (Array.isArray(value)) {
      if (value.length === 1) {
        formData.append(key, value[0]);
        continue;
      }
      const arrayKey = useArrayBrackets ? `${key}[]` : key;
      for (const item of value) {
        formData.append(arrayKey, item);
      }
      continue;
    }
    formData.append(key, value);
  }
  return formData;
}
async function cancelResponseBody(response) {
  var _a22;
  try {
    await ((_a22 = response.body) == null ? void 0 : _a22.cancel());
  } catch (e) {
  }
}
var name = "AI_DownloadError";
var marker = `vercel.ai.error.${name}`;
var symbol = Symbol.for(marker);
var _a;
var _b;
var DownloadError = class extends (_b = AISDKError, _a = symbol, _b) {
  constructor({
    url,
    statusCode,
    statusText,
    cause,
    message = cause == null ? `Failed to download ${url}: ${statusCode} ${statusText}` : `Failed to download ${url}: ${cause}`
  }) {
    super({ name, message, cause });
    this[_a] = true;
    this.url = url;
    this.statusCode = statusCode;
    this.statusText = statusText;
  }
  static isInstance(error) {
    return AISDKError.hasMarker(error, marker);
  }
};
function isBrowserRuntime(globalThisAny = globalThis) {
  return globalThisAny.window != null;
}
function isSameOrigin(url, baseUrl) {
  try {
    return new URL(url).origin === new URL(baseUrl).origin;
  } catch (e) {
    return false;
  }
}
function validateDownloadUrl(url) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch (e) {
    throw new DownloadError({
      url,
      message: `Invalid URL: ${url}`
    });
  }
  if (parsed.protocol === "data:") {
    return;
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") {
    throw new DownloadError({
      url,
      message: `URL scheme must be http, https, or data, got ${parsed.protocol}`
    });
  }
  const hostname = parsed.hostname.toLowerCase().replace(/\.+$/, "");
  if (!hostname) {
    throw new DownloadError({
      url,
      message: `URL must have a hostname`
    });
  }
  if (hostname === "localhost" || hostname.endsWith(".local") || hostname.endsWith(".localhost") || hostname.endsWith(".internal")) {
    throw new DownloadError({
      url,
      message: `URL with hostname ${hostname} is not allowed`
    });
  }
  if (hostname.startsWith("[") && hostname.endsWith("]")) {
    const ipv6 = hostname.slice(1, -1);
    if (isPrivateIPv6(ipv6)) {
      throw new DownloadError({
        url,
        message: `URL with IPv6 address ${hostname} is not allowed`
      });
    }
    return;
  }
  if (isIPv4(hostname)) {
    if (isPrivateIPv4(hostname)) {
      throw new DownloadError({
        url,
        message: `URL with IP address ${hostname} is not allowed`
      });
    }
  }
}
function validateDownloadAddress({
  address,
  family,
  hostname
}) {
  const isUnsafe = family === 4 ? !isIPv4(address) || isPrivateIPv4(address) : family === 6 ? isPrivateIPv6(address) : true;
  if (isUnsafe) {
    throw new DownloadError({
      url: hostname,
      message: `Hostname ${hostname} resolved to disallowed IP address ${address}`
    });
  }
}
function isIPv4(hostname) {
  const parts = hostname.split(".");
  if (parts.length !== 4) return false;
  return parts.every((part) => {
    const num = Number(part);
    return Number.isInteger(num) && num >= 0 && num <= 255 && String(num) === part;
  });
}
function isPrivateIPv4(ip) {
  const parts = ip.split(".").map(Number);
  const [a, b, c] = parts;
  if (a === 0) return true;
  if (a === 10) return true;
  if (a === 100 && b >= 64 && b <= 127) return true;
  if (a === 127) return true;
  if (a === 169 && b === 254) return true;
  if (a === 172 && b >= 16 && b <= 31) return true;
  if (a === 192 && b === 0 && c === 0) return true;
  if (a === 192 && b === 168) return true;
  if (a === 198 && (b === 18 || b === 19)) return true;
  if (a >= 240) return true;
  return false;
}
function parseIPv6(ip) {
  let address = ip.toLowerCase();
  const zoneIndex = address.indexOf("%");
  if (zoneIndex !== -1) {
    address = address.slice(0, zoneIndex);
  }
  const halves = address.split("::");
  if (halves.length > 2) return null;
  const toGroups = (segment) => {
    if (segment === "") return [];
    const groups = [];
    const parts = segment.split(":");
    for (let i = 0; i < parts.length; i++) {
      const part = parts[i];
      if (part.includes(".")) {
        if (i !== parts.length - 1 || !isIPv4(part)) return null;
        const [a, b, c, d] = part.split(".").map(Number);
        groups.push(a << 8 | b, c << 8 | d);
        continue;
      }
      if (!/^[0-9a-f]{1,4}$/.test(part)) return null;
      groups.push(parseInt(part, 16));
    }
    return groups;
  };
  const head = toGroups(halves[0]);
  if (head === null) return null;
  if (halves.length === 2) {
    const tail = toGroups(halves[1]);
    if (tail === null) return null;
    const fill = 8 - head.length - tail.length;
    if (fill < 0) return null;
    return [...head, ...new Array(fill).fill(0), ...tail];
  }
  return head.length === 8 ? head : null;
}
function isPrivateIPv6(ip) {
  const groups = parseIPv6(ip);
  if (groups === null) return true;
  const topZero = (count) => groups.slice(0, count).every((group) => group === 0);
  if (topZero(7) && (groups[7] === 0 || groups[7] === 1)) return true;
  if ((groups[0] & 65024) === 64512) return true;
  if ((groups[0] & 65472) === 65152) return true;
  if ((groups[0] & 65472) === 65216) return true;
  if ((groups[0] & 65280) === 65280) return true;
  const embedsIPv4 = (
    // ::/96 — IPv4-compatible (deprecated)
    topZero(6) || // ::ffff:0:0/96 — IPv4-mapped (ffff in group 5)
    topZero(5) && groups[5] === 65535 || // ::ffff:0:0/96 — IPv4-translated form (ffff in group 4, group 5 zero)
    topZero(4) && groups[4] === 65535 && groups[5] === 0 || // 64:ff9b::/96 — NAT64 well-known prefix
    groups[0] === 100 && groups[1] === 65435 && groups[2] === 0 && groups[3] === 0 && groups[4] === 0 && groups[5] === 0 || // 64:ff9b:1::/48 — NAT64 local-use prefix
    groups[0] === 100 && groups[1] === 65435 && groups[2] === 1
  );
  if (embedsIPv4) {
    const a = groups[6] >> 8 & 255;
    const b = groups[6] & 255;
    const c = groups[7] >> 8 & 255;
    const d = groups[7] & 255;
    return isPrivateIPv4(`${a}.${b}.${c}.${d}`);
  }
  return false;
}
function createSafeLookup(lookup) {
  return ((hostname, options, callback) => {
    lookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) {
        callback(error);
        return;
      }
      try {
        const [firstAddress] = addresses;
        if (firstAddress == null) {
          throw new Error(`Hostname ${hostname} did not resolve to an address`);
        }
        for (const { address, family } of addresses) {
          validateDownloadAddress({ address, family, hostname });
        }
        if (options.all === true) {
          callback(null, addresses);
        } else {
          callback(
            null,
            firstAddress.address,
            firstAddress.family
          );
        }
      } catch (error2) {
        callback(
          error2 instanceof Error ? error2 : new Error(String(error2))
        );
      }
    });
  });
}
var safeNodeFetchPromise;
function isNodeRuntime() {
  var _a22, _b2, _c;
  const runtimeProcess = globalThis.process;
  return ((_a22 = runtimeProcess == null ? void 0 : runtimeProcess.release) == null ? void 0 : _a22.name) === "node" && ((_b2 = runtimeProcess.versions) == null ? void 0 : _b2.bun) == null && ((_c = runtimeProcess.versions) == null ? void 0 : _c.deno) == null && runtimeProcess.title !== "workerd" && globalThis.EdgeRuntime == null;
}
async function getDefaultDownloadFetch() {
  if (!isNodeRuntime()) {
    return globalThis.fetch;
  }
  return safeNodeFetchPromise != null ? safeNodeFetchPromise : safeNodeFetchPromise = createSafeNodeFetch();
}
async function createSafeNodeFetch() {
  const [module, { lookup }] = await Promise.all([
    loadNodeModule("node:module"),
    loadNodeModule("node:dns")
  ]);
  const nodeRequire = module.createRequire(getCurrentModulePath());
  const { Agent, fetch } = nodeRequire("undici");
  const dispatcher = new Agent({
    connect: {
      lookup: createSafeLookup(lookup)
    }
  });
  return ((input, init) => fetch(
    input,
    {
      ...init,
      dispatcher
    }
  ));
}
async function loadNodeModule(id) {
  var _a22;
  const processWithBuiltins = globalThis.process;
  const builtinModule = (_a22 = processWithBuiltins == null ? void 0 : processWithBuiltins.getBuiltinModule) == null ? void 0 : _a22.call(processWithBuiltins, id);
  if (builtinModule == null) {
    throw new Error(`Node.js built-in module ${id} is unavailable`);
  }
  return builtinModule;
}
function getCurrentModulePath() {
  const originalPrepareStackTrace = Error.prepareStackTrace;
  try {
    Error.prepareStackTrace = (_error, callSites) => callSites;
    const error = new Error("Capture current module path");
    Error.captureStackTrace(error, getCurrentModulePath);
    const [caller] = error.stack;
    const fileName = caller == null ? void 0 : caller.getFileName();
    if (fileName == null) {
      throw new Error("Unable to determine the current module path");
    }
    return fileName;
  } finally {
    Error.prepareStackTrace = originalPrepareStackTrace;
  }
}
var BLOCKED_REQUEST_HEADERS = [
  // Hop-by-hop / transport (RFC 7230 §6.1)
  "connection",
  "keep-alive",
  "te",
  "trailer",
  "transfer-encoding",
  "upgrade",
  // Host / virtual-host routing
  "host",
  // Proxy / origin spoofing
  "forwarded",
  "proxy-authorization",
  "via",
  "x-forwarded-for",
  "x-forwarded-host",
  "x-forwarded-proto",
  "x-real-ip",
  // Cloud metadata (GCP, AWS IMDSv1/v2, Azure, Alibaba, DigitalOcean)
  "metadata",
  "metadata-flavor",
  "x-aws-ec2-metadata-token",
  "x-metadata-token",
  // Session / cookie
  "cookie",
  "set-cookie"
];
function sanitizeRequestHeaders(input) {
  const headers = new Headers(input);
  for (const name2 of BLOCKED_REQUEST_HEADERS) {
    headers.delete(name2);
  }
  return headers;
}
var MAX_DOWNLOAD_REDIRECTS = 10;
var REDIRECT_STATUS_CODES = /* @__PURE__ */ new Set([301, 302, 303, 307, 308]);
async function getValidatedFetch(customFetch) {
  return customFetch == null || customFetch === globalThis.fetch ? await getDefaultDownloadFetch() : customFetch;
}
async function fetchWithValidatedRedirects({
  url,
  headers,
  abortSignal,
  maxRedirects = MAX_DOWNLOAD_REDIRECTS,
  fetch: customFetch,
  trustedOrigin
}) {
  var _a22;
  let currentHeaders = headers === void 0 ? void 0 : sanitizeRequestHeaders(headers);
  const perHopInit = (redirect) => {
    const init = { signal: abortSignal, redirect };
    if (currentHeaders !== void 0) {
      init.headers = new Headers(currentHeaders);
    }
    return init;
  };
  let currentUrl = url;
  for (let redirectCount = 0; redirectCount <= maxRedirects; redirectCount++) {
    const isTrustedHop = trustedOrigin !== void 0 && isSameOrigin(currentUrl, trustedOrigin);
    if (!isTrustedHop) {
      validateDownloadUrl(currentUrl);
    }
    const fetch = isTrustedHop && customFetch != null ? customFetch : isTrustedHop ? globalThis.fetch : await getValidatedFetch(customFetch);
    const response = await fetch(currentUrl, perHopInit("manual"));
    if (response.type === "opaqueredirect") {
      if (!isBrowserRuntime()) {
        throw new DownloadError({
          url,
          message: `Redirect from ${currentUrl} could not be validated and was blocked`
        });
      }
      return await fetch(currentUrl, perHopInit("follow"));
    }
    const location = (_a22 = response.headers) == null ? void 0 : _a22.get("location");
    if (REDIRECT_STATUS_CODES.has(response.status) && location) {
      void cancelResponseBody(response);
      const nextUrl = new URL(location, currentUrl).toString();
      if (new URL(currentUrl).protocol === "https:" && new URL(nextUrl).protocol === "http:") {
        throw new DownloadError({
          url,
          message: "Redirect from HTTPS to HTTP was blocked"
        });
      }
      if (currentHeaders !== void 0 && !isSameOrigin(nextUrl, currentUrl)) {
        const userAgent = currentHeaders.get("user-agent");
        currentHeaders = new Headers(
          userAgent == null ? void 0 : { "user-agent": userAgent }
        );
      }
      currentUrl = nextUrl;
      continue;
    }
    return response;
  }
  throw new DownloadError({
    url,
    message: `Too many redirects (max ${maxRedirects})`
  });
}
var DEFAULT_MAX_DOWNLOAD_SIZE = 2 * 1024 * 1024 * 1024;
async function readResponseWithSizeLimit({
  response,
  url,
  maxBytes = DEFAULT_MAX_DOWNLOAD_SIZE
}) {
  const contentLength = response.headers.get("content-length");
  if (contentLength != null) {
    const length = parseInt(contentLength, 10);
    if (!isNaN(length) && length > maxBytes) {
      await cancelResponseBody(response);
      throw new DownloadError({
        url,
        message: `Download of ${url} exceeded maximum size of ${maxBytes} bytes (Content-Length: ${length}).`
      });
    }
  }
  const body = response.body;
  if (body == null) {
    return new Uint8Array(0);
  }
  const reader = body.getReader();
  const chunks = [];
  let totalBytes = 0;
  try {
    while (true) {
      const { done, value } = await reader.read();
      if (done) {
        break;
      }
      totalBytes += value.length;
      if (totalBytes > maxBytes) {
        throw new DownloadError({
          url,
          message: `Download of ${url} exceeded maximum size of ${maxBytes} bytes.`
        });
      }
      chunks.push(value);
    }
  } finally {
    try {
      await reader.cancel();
    } catch (e) {
    } finally {
      reader.releaseLock();
    }
  }
  const result = new Uint8Array(totalBytes);
  let offset = 0;
  for (const chunk of chunks) {
    result.set(chunk, offset);
    offset += chunk.length;
  }
  return result;
}
async function downloadBlob2(url, options) {
  var _a22, _b2;
  try {
    const response = await fetchWithValidatedRedirects({
      url,
      abortSignal: options == null ? void 0 : options.abortSignal
    });
    if (!response.ok) {
      await cancelResponseBody(response);
      throw new DownloadError({
        url,
        statusCode: response.status,
        statusText: response.statusText
      });
    }
    const data = await readResponseWithSizeLimit({
      response,
      url,
      maxBytes: (_a22 = options == null ? void 0 : options.maxBytes) != null ? _a22 : DEFAULT_MAX_DOWNLOAD_SIZE
    });
    const contentType = (_b2 = response.headers.get("content-type")) != null ? _b2 : void 0;
    return new Blob([data], contentType ? { type: contentType } : void 0);
  } catch (error) {
    if (DownloadError.isInstance(error)) {
      throw error;
    }
    throw new DownloadError({ url, cause: error });
  }
}
var EMBEDDING_MODEL_MAX_INPUT_BYTES_PER_CALL = /* @__PURE__ */ Symbol.for(
  "vercel.ai.embeddingModel.maxInputBytesPerCall"
);
var createIdGenerator = ({
  prefix,
  size = 16,
  alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz",
  separator = "-"
} = {}) => {
  const generator = () => {
    const alphabetLength = alphabet.length;
    const chars = new Array(size);
    for (let i = 0; i < size; i++) {
      chars[i] = alphabet[Math.random() * alphabetLength | 0];
    }
    return chars.join("");
  };
  if (prefix == null) {
    return generator;
  }
  if (alphabet.includes(separator)) {
    throw new InvalidArgumentError({
      argument: "separator",
      message: `The separator "${separator}" must not be part of the alphabet "${alphabet}".`
    });
  }
  return () => `${prefix}${separator}${generator()}`;
};
var generateId2 = createIdGenerator();
function isAbortError(error) {
  return (error instanceof Error || error instanceof DOMException) && (error.name === "AbortError" || error.name === "ResponseAborted" || // Next.js
  error.name === "TimeoutError");
}
var FETCH_FAILED_ERROR_MESSAGES = ["fetch failed", "failed to fetch"];
var RETRYABLE_NETWORK_ERROR_CODES = /* @__PURE__ */ new Set([
  "ConnectionRefused",
  "ConnectionClosed",
  "FailedToOpenSocket",
  "ECONNRESET",
  "ECONNREFUSED",
  "ETIMEDOUT",
  "EPIPE",
  "UND_ERR_SOCKET",
  "UND_ERR_HEADERS_TIMEOUT",
  "UND_ERR_BODY_TIMEOUT",
  "UND_ERR_CONNECT_TIMEOUT"
]);
function findNetworkError(error) {
  const visited = /* @__PURE__ */ new Set();
  let current = error;
  while (current instanceof Error && !visited.has(current)) {
    visited.add(current);
    const errorWithCode = current;
    if (typeof errorWithCode.code === "string" && RETRYABLE_NETWORK_ERROR_CODES.has(errorWithCode.code)) {
      return errorWithCode;
    }
    current = current.cause;
  }
  return void 0;
}
function handleFetchError({
  error,
  url,
  requestBodyValues
}) {
  if (isAbortError(error)) {
    return error;
  }
  if (error instanceof TypeError && FETCH_FAILED_ERROR_MESSAGES.includes(error.message.toLowerCase())) {
    const cause = error.cause;
    if (cause != null) {
      return new APICallError({
        message: `Cannot connect to API: ${cause.message}`,
        cause,
        url,
        requestBodyValues,
        isRetryable: true
        // retry when network error
      });
    }
  }
  const networkError = findNetworkError(error);
  if (networkError != null) {
    if (APICallError.isInstance(error)) {
      return new APICallError({
        message: error.message,
        cause: error.cause,
        url: error.url,
        requestBodyValues: error.requestBodyValues,
        statusCode: error.statusCode,
        responseHeaders: error.responseHeaders,
        responseBody: error.responseBody,
        data: error.data,
        isRetryable: true
      });
    }
    return new APICallError({
      message: `Cannot connect to API: ${error instanceof Error ? error.message : networkError.message}`,
      cause: error,
      url,
      requestBodyValues,
      isRetryable: true
    });
  }
  return error;
}
function getRuntimeEnvironmentUserAgent(globalThisAny = globalThis) {
  var _a22, _b2, _c;
  if (globalThisAny.window) {
    return `runtime/browser`;
  }
  if ((_a22 = globalThisAny.navigator) == null ? void 0 : _a22.userAgent) {
    return `runtime/${globalThisAny.navigator.userAgent.toLowerCase()}`;
  }
  if ((_c = (_b2 = globalThisAny.process) == null ? void 0 : _b2.versions) == null ? void 0 : _c.node) {
    return `runtime/node.js/${globalThisAny.process.version.substring(0)}`;
  }
  if (globalThisAny.EdgeRuntime) {
    return `runtime/vercel-edge`;
  }
  return "runtime/unknown";
}
function normalizeHeaders(headers) {
  if (headers == null) {
    return {};
  }
  const normalized = {};
  if (headers instanceof Headers) {
    headers.forEach((value, key) => {
      normalized[key.toLowerCase()] = value;
    });
  } else {
    if (!Array.isArray(headers)) {
      headers = Object.entries(headers);
    }
    for (const [key, value] of headers) {
      if (value != null) {
        normalized[key.toLowerCase()] = value;
      }
    }
  }
  return normalized;
}
function withUserAgentSuffix2(headers, ...userAgentSuffixParts) {
  const normalizedHeaders = new Headers(normalizeHeaders(headers));
  const currentUserAgentHeader = normalizedHeaders.get("user-agent") || "";
  normalizedHeaders.set(
    "user-agent",
    [currentUserAgentHeader, ...userAgentSuffixParts].filter(Boolean).join(" ")
  );
  return Object.fromEntries(normalizedHeaders.entries());
}
var VERSION2 = true ? "4.0.66" : "0.0.0-test";
function isNonNullable2(value) {
  return value != null;
}
function loadApiKey2({
  apiKey,
  environmentVariableName,
  apiKeyParameterName = "apiKey",
  description
}) {
  if (typeof apiKey === "string") {
    return apiKey;
  }
  if (apiKey != null) {
    throw new LoadAPIKeyError({
      message: `${description} API key must be a string.`
    });
  }
  if (typeof process === "undefined") {
    throw new LoadAPIKeyError({
      message: `${description} API key is missing. Pass it using the '${apiKeyParameterName}' parameter. Environment variables are not supported in this environment.`
    });
  }
  apiKey = process.env[environmentVariableName];
  if (apiKey == null) {
    throw new LoadAPIKeyError({
      message: `${description} API key is missing. Pass it using the '${apiKeyParameterName}' parameter or the ${environmentVariableName} environment variable.`
    });
  }
  if (typeof apiKey !== "string") {
    throw new LoadAPIKeyError({
      message: `${description} API key must be a string. The value of the ${environmentVariableName} environment variable is not a string.`
    });
  }
  return apiKey;
}
function loadOptionalSetting2({
  settingValue,
  environmentVariableName
}) {
  if (typeof settingValue === "string") {
    return settingValue;
  }
  if (settingValue != null || typeof process === "undefined") {
    return void 0;
  }
  settingValue = process.env[environmentVariableName];
  if (settingValue == null || typeof settingValue !== "string") {
    return void 0;
  }
  return settingValue;
}
function mediaTypeToExtension(mediaType) {
  var _a22;
  const [_type, subtype = ""] = mediaType.toLowerCase().split("/");
  return (_a22 = {
    mpeg: "mp3",
    "x-wav": "wav",
    opus: "ogg",
    mp4: "m4a",
    "x-m4a": "m4a"
  }[subtype]) != null ? _a22 : subtype;
}
var suspectProtoRx = /"(?:_|\\u005[Ff])(?:_|\\u005[Ff])(?:p|\\u0070)(?:r|\\u0072)(?:o|\\u006[Ff])(?:t|\\u0074)(?:o|\\u006[Ff])(?:_|\\u005[Ff])(?:_|\\u005[Ff])"\s*:/;
var suspectConstructorRx = /"(?:c|\\u0063)(?:o|\\u006[Ff])(?:n|\\u006[Ee])(?:s|\\u0073)(?:t|\\u0074)(?:r|\\u0072)(?:u|\\u0075)(?:c|\\u0063)(?:t|\\u0074)(?:o|\\u006[Ff])(?:r|\\u0072)"\s*:/;
function _parse(text) {
  const obj = JSON.parse(text);
  if (obj === null || typeof obj !== "object") {
    return obj;
  }
  if (suspectProtoRx.test(text) === false && suspectConstructorRx.test(text) === false) {
    return obj;
  }
  return filter(obj);
}
function filter(obj) {
  let next = [obj];
  while (next.length) {
    const nodes = next;
    next = [];
    for (const node of nodes) {
      if (Object.prototype.hasOwnProperty.call(node, "__proto__")) {
        throw new SyntaxError("Object contains forbidden prototype property");
      }
      if (Object.prototype.hasOwnProperty.call(node, "constructor") && node.constructor !== null && typeof node.constructor === "object" && Object.prototype.hasOwnProperty.call(node.constructor, "prototype")) {
        throw new SyntaxError("Object contains forbidden prototype property");
      }
      for (const key in node) {
        const value = node[key];
        if (value && typeof value === "object") {
          next.push(value);
        }
      }
    }
  }
  return obj;
}
function secureJsonParse2(text) {
  const { stackTraceLimit } = Error;
  try {
    Error.stackTraceLimit = 0;
  } catch (e) {
    return _parse(text);
  }
  try {
    return _parse(text);
  } finally {
    Error.stackTraceLimit = stackTraceLimit;
  }
}
function addAdditionalPropertiesToJsonSchema(jsonSchema22) {
  if (jsonSchema22.type === "object" || Array.isArray(jsonSchema22.type) && jsonSchema22.type.includes("object")) {
    const { additionalProperties } = jsonSchema22;
    jsonSchema22.additionalProperties = additionalProperties != null && typeof additionalProperties !== "boolean" ? visit(additionalProperties) : false;
    const { properties } = jsonSchema22;
    if (properties != null) {
      for (const key of Object.keys(properties)) {
        properties[key] = visit(properties[key]);
      }
    }
  }
  if (jsonSchema22.items != null) {
    jsonSchema22.items = Array.isArray(jsonSchema22.items) ? jsonSchema22.items.map(visit) : visit(jsonSchema22.items);
  }
  if (jsonSchema22.anyOf != null) {
    jsonSchema22.anyOf = jsonSchema22.anyOf.map(visit);
  }
  if (jsonSchema22.allOf != null) {
    jsonSchema22.allOf = jsonSchema22.allOf.map(visit);
  }
  if (jsonSchema22.oneOf != null) {
    jsonSchema22.oneOf = jsonSchema22.oneOf.map(visit);
  }
  const { definitions } = jsonSchema22;
  if (definitions != null) {
    for (const key of Object.keys(definitions)) {
      definitions[key] = visit(definitions[key]);
    }
  }
  return jsonSchema22;
}
function visit(def) {
  if (typeof def === "boolean") return def;
  return addAdditionalPropertiesToJsonSchema(def);
}
var ignoreOverride = /* @__PURE__ */ Symbol(
  "Let zodToJsonSchema decide on which parser to use"
);
var defaultOptions = {
  name: void 0,
  $refStrategy: "root",
  basePath: ["#"],
  effectStrategy: "input",
  pipeStrategy: "all",
  dateStrategy: "format:date-time",
  mapStrategy: "entries",
  removeAdditionalStrategy: "passthrough",
  allowedAdditionalProperties: true,
  rejectedAdditionalProperties: false,
  definitionPath: "definitions",
  strictUnions: false,
  definitions: {},
  errorMessages: false,
  patternStrategy: "escape",
  applyRegexFlags: false,
  emailStrategy: "format:email",
  base64Strategy: "contentEncoding:base64",
  nameStrategy: "ref"
};
var getDefaultOptions = (options) => typeof options === "string" ? {
  ...defaultOptions,
  name: options
} : {
  ...defaultOptions,
  ...options
};
function parseAnyDef() {
  return {};
}
function parseArrayDef(def, refs) {
  var _a22, _b2, _c;
  const res = {
    type: "array"
  };
  if (((_a22 = def.type) == null ? void 0 : _a22._def) && ((_c = (_b2 = def.type) == null ? void 0 : _b2._def) == null ? void 0 : _c.typeName) !== ZodFirstPartyTypeKind.ZodAny) {
    res.items = parseDef(def.type._def, {
      ...refs,
      currentPath: [...refs.currentPath, "items"]
    });
  }
  if (def.minLength) {
    res.minItems = def.minLength.value;
  }
  if (def.maxLength) {
    res.maxItems = def.maxLength.value;
  }
  if (def.exactLength) {
    res.minItems = def.exactLength.value;
    res.maxItems = def.exactLength.value;
  }
  return res;
}
function parseBigintDef(def) {
  const res = {
    type: "integer",
    format: "int64"
  };
  if (!def.checks) return res;
  for (const check of def.checks) {
    switch (check.kind) {
      case "min":
        if (check.inclusive) {
          res.minimum = check.value;
        } else {
          res.exclusiveMinimum = check.value;
        }
        break;
      case "max":
        if (check.inclusive) {
          res.maximum = check.value;
        } else {
          res.exclusiveMaximum = check.value;
        }
        break;
      case "multipleOf":
        res.multipleOf = check.value;
        break;
    }
  }
  return res;
}
function parseBooleanDef() {
  return { type: "boolean" };
}
function parseBrandedDef(_def, refs) {
  return parseDef(_def.type._def, refs);
}
var parseCatchDef = (def, refs) => {
  return parseDef(def.innerType._def, refs);
};
function parseDateDef(def, refs, overrideDateStrategy) {
  const strategy = overrideDateStrategy != null ? overrideDateStrategy : refs.dateStrategy;
  if (Array.isArray(strategy)) {
    return {
      anyOf: strategy.map((item, i) => parseDateDef(def, refs, item))
    };
  }
  switch (strategy) {
    case "string":
    case "format:date-time":
      return {
        type: "string",
        format: "date-time"
      };
    case "format:date":
      return {
        type: "string",
        format: "date"
      };
    case "integer":
      return integerDateParser(def);
  }
}
var integerDateParser = (def) => {
  const res = {
    type: "integer",
    format: "unix-time"
  };
  for (const check of def.checks) {
    switch (check.kind) {
      case "min":
        res.minimum = check.value;
        break;
      case "max":
        res.maximum = check.value;
        break;
    }
  }
  return res;
};
function parseDefaultDef(_def, refs) {
  return {
    ...parseDef(_def.innerType._def, refs),
    default: _def.defaultValue()
  };
}
function parseEffectsDef(_def, refs) {
  return refs.effectStrategy === "input" ? parseDef(_def.schema._def, refs) : parseAnyDef();
}
function parseEnumDef(def) {
  return {
    type: "string",
    enum: Array.from(def.values)
  };
}
var isJsonSchema7AllOfType = (type) => {
  if ("type" in type && type.type === "string") return false;
  return "allOf" in type;
};
function parseIntersectionDef(def, refs) {
  const allOf = [
    parseDef(def.left._def, {
      ...refs,
      currentPath: [...refs.currentPath, "allOf", "0"]
    }),
    parseDef(def.right._def, {
      ...refs,
      currentPath: [...refs.currentPath, "allOf", "1"]
    })
  ].filter((x) => !!x);
  const mergedAllOf = [];
  allOf.forEach((schema) => {
    if (isJsonSchema7AllOfType(schema)) {
      mergedAllOf.push(...schema.allOf);
    } else {
      let nestedSchema = schema;
      if ("additionalProperties" in schema && schema.additionalProperties === false) {
        const { additionalProperties, ...rest } = schema;
        nestedSchema = rest;
      }
      mergedAllOf.push(nestedSchema);
    }
  });
  return mergedAllOf.length ? { allOf: mergedAllOf } : void 0;
}
function parseLiteralDef(def) {
  const parsedType = typeof def.value;
  if (parsedType !== "bigint" && parsedType !== "number" && parsedType !== "boolean" && parsedType !== "string") {
    return {
      type: Array.isArray(def.value) ? "array" : "object"
    };
  }
  return {
    type: parsedType === "bigint" ? "integer" : parsedType,
    const: def.value
  };
}
var emojiRegex = void 0;
var zodPatterns = {
  /**
   * `c` was changed to `[cC]` to replicate /i flag
   */
  cuid: /^[cC][^\s-]{8,}$/,
  cuid2: /^[0-9a-z]+$/,
  ulid: /^[0-9A-HJKMNP-TV-Z]{26}$/,
  /**
   * `a-z` was added to replicate /i flag
   */
  email: /^(?!\.)(?!.*\.\.)([a-zA-Z0-9_'+\-.]*)[a-zA-Z0-9_+-]@([a-zA-Z0-9][a-zA-Z0-9-]*\.)+[a-zA-Z]{2,}$/,
  /**
   * Constructed a valid Unicode RegExp
   *
   * Lazily instantiate since this type of regex isn't supported
   * in all envs (e.g. React Native).
   *
   * See:
   * https://github.com/colinhacks/zod/issues/2433
   * Fix in Zod:
   * https://github.com/colinhacks/zod/commit/9340fd51e48576a75adc919bff65dbc4a5d4c99b
   */
  emoji: () => {
    if (emojiRegex === void 0) {
      emojiRegex = RegExp(
        "^(\\p{Extended_Pictographic}|\\p{Emoji_Component})+$",
        "u"
      );
    }
    return emojiRegex;
  },
  /**
   * Unused
   */
  uuid: /^[0-9a-fA-F]{8}\b-[0-9a-fA-F]{4}\b-[0-9a-fA-F]{4}\b-[0-9a-fA-F]{4}\b-[0-9a-fA-F]{12}$/,
  /**
   * Unused
   */
  ipv4: /^(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])$/,
  ipv4Cidr: /^(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\/(3[0-2]|[12]?[0-9])$/,
  /**
   * Unused
   */
  ipv6: /^(([a-f0-9]{1,4}:){7}|::([a-f0-9]{1,4}:){0,6}|([a-f0-9]{1,4}:){1}:([a-f0-9]{1,4}:){0,5}|([a-f0-9]{1,4}:){2}:([a-f0-9]{1,4}:){0,4}|([a-f0-9]{1,4}:){3}:([a-f0-9]{1,4}:){0,3}|([a-f0-9]{1,4}:){4}:([a-f0-9]{1,4}:){0,2}|([a-f0-9]{1,4}:){5}:([a-f0-9]{1,4}:){0,1})([a-f0-9]{1,4}|(((25[0-5])|(2[0-4][0-9])|(1[0-9]{2})|([0-9]{1,2}))\.){3}((25[0-5])|(2[0-4][0-9])|(1[0-9]{2})|([0-9]{1,2})))$/,
  ipv6Cidr: /^(([0-9a-fA-F]{1,4}:){7,7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:)|fe80:(:[0-9a-fA-F]{0,4}){0,4}%[0-9a-zA-Z]{1,}|::(ffff(:0{1,4}){0,1}:){0,1}((25[0-5]|(2[0-4]|1{0,1}[0-9]){0,1}[0-9])\.){3,3}(25[0-5]|(2[0-4]|1{0,1}[0-9]){0,1}[0-9])|([0-9a-fA-F]{1,4}:){1,4}:((25[0-5]|(2[0-4]|1{0,1}[0-9]){0,1}[0-9])\.){3,3}(25[0-5]|(2[0-4]|1{0,1}[0-9]){0,1}[0-9]))\/(12[0-8]|1[01][0-9]|[1-9]?[0-9])$/,
  base64: /^([0-9a-zA-Z+/]{4})*(([0-9a-zA-Z+/]{2}==)|([0-9a-zA-Z+/]{3}=))?$/,
  base64url: /^([0-9a-zA-Z-_]{4})*(([0-9a-zA-Z-_]{2}(==)?)|([0-9a-zA-Z-_]{3}(=)?))?$/,
  nanoid: /^[a-zA-Z0-9_-]{21}$/,
  jwt: /^[A-Za-z0-9-_]+\.[A-Za-z0-9-_]+\.[A-Za-z0-9-_]*$/
};
function parseStringDef(def, refs) {
  const res = {
    type: "string"
  };
  if (def.checks) {
    for (const check of def.checks) {
      switch (check.kind) {
        case "min":
          res.minLength = typeof res.minLength === "number" ? Math.max(res.minLength, check.value) : check.value;
          break;
        case "max":
          res.maxLength = typeof res.maxLength === "number" ? Math.min(res.maxLength, check.value) : check.value;
          break;
        case "email":
          switch (refs.emailStrategy) {
            case "format:email":
              addFormat(res, "email", check.message, refs);
              break;
            case "format:idn-email":
              addFormat(res, "idn-email", check.message, refs);
              break;
            case "pattern:zod":
              addPattern(res, zodPatterns.email, check.message, refs);
              break;
          }
          break;
        case "url":
          addFormat(res, "uri", check.message, refs);
          break;
        case "uuid":
          addFormat(res, "uuid", check.message, refs);
          break;
        case "regex":
          addPattern(res, check.regex, check.message, refs);
          break;
        case "cuid":
          addPattern(res, zodPatterns.cuid, check.message, refs);
          break;
        case "cuid2":
          addPattern(res, zodPatterns.cuid2, check.message, refs);
          break;
        case "startsWith":
          addPattern(
            res,
            RegExp(`^${escapeLiteralCheckValue(check.value, refs)}`),
            check.message,
            refs
          );
          break;
        case "endsWith":
          addPattern(
            res,
            RegExp(`${escapeLiteralCheckValue(check.value, refs)}$`),
            check.message,
            refs
          );
          break;
        case "datetime":
          addFormat(res, "date-time", check.message, refs);
          break;
        case "date":
          addFormat(res, "date", check.message, refs);
          break;
        case "time":
          addFormat(res, "time", check.message, refs);
          break;
        case "duration":
          addFormat(res, "duration", check.message, refs);
          break;
        case "length":
          res.minLength = typeof res.minLength === "number" ? Math.max(res.minLength, check.value) : check.value;
          res.maxLength = typeof res.maxLength === "number" ? Math.min(res.maxLength, check.value) : check.value;
          break;
        case "includes": {
          addPattern(
            res,
            RegExp(escapeLiteralCheckValue(check.value, refs)),
            check.message,
            refs
          );
          break;
        }
        case "ip": {
          if (check.version !== "v6") {
            addFormat(res, "ipv4", check.message, refs);
          }
          if (check.version !== "v4") {
            addFormat(res, "ipv6", check.message, refs);
          }
          break;
        }
        case "base64url":
          addPattern(res, zodPatterns.base64url, check.message, refs);
          break;
        case "jwt":
          addPattern(res, zodPatterns.jwt, check.message, refs);
          break;
        case "cidr": {
          if (check.version !== "v6") {
            addPattern(res, zodPatterns.ipv4Cidr, check.message, refs);
          }
          if (check.version !== "v4") {
            addPattern(res, zodPatterns.ipv6Cidr, check.message, refs);
          }
          break;
        }
        case "emoji":
          addPattern(res, zodPatterns.emoji(), check.message, refs);
          break;
        case "ulid": {
          addPattern(res, zodPatterns.ulid, check.message, refs);
          break;
        }
        case "base64": {
          switch (refs.base64Strategy) {
            case "format:binary": {
              addFormat(res, "binary", check.message, refs);
              break;
            }
            case "contentEncoding:base64": {
              res.contentEncoding = "base64";
              break;
            }
            case "pattern:zod": {
              addPattern(res, zodPatterns.base64, check.message, refs);
              break;
            }
          }
          break;
        }
        case "nanoid": {
          addPattern(res, zodPatterns.nanoid, check.message, refs);
        }
        case "toLowerCase":
        case "toUpperCase":
        case "trim":
          break;
        default:
          /* @__PURE__ */ ((_) => {
          })(check);
      }
    }
  }
  return res;
}
function escapeLiteralCheckValue(literal, refs) {
  return refs.patternStrategy === "escape" ? escapeNonAlphaNumeric(literal) : literal;
}
var ALPHA_NUMERIC = new Set(
  "ABCDEFGHIJKLMNOPQRSTUVXYZabcdefghijklmnopqrstuvxyz0123456789"
);
function escapeNonAlphaNumeric(source) {
  let result = "";
  for (let i = 0; i < source.length; i++) {
    if (!ALPHA_NUMERIC.has(source[i])) {
      result += "\\";
    }
    result += source[i];
  }
  return result;
}
function addFormat(schema, value, message, refs) {
  var _a22;
  if (schema.format || ((_a22 = schema.anyOf) == null ? void 0 : _a22.some((x) => x.format))) {
    if (!schema.anyOf) {
      schema.anyOf = [];
    }
    if (schema.format) {
      schema.anyOf.push({
        format: schema.format
      });
      delete schema.format;
    }
    schema.anyOf.push({
      format: value,
      ...message && refs.errorMessages && { errorMessage: { format: message } }
    });
  } else {
    schema.format = value;
  }
}
function addPattern(schema, regex, message, refs) {
  var _a22;
  if (schema.pattern || ((_a22 = schema.allOf) == null ? void 0 : _a22.some((x) => x.pattern))) {
    if (!schema.allOf) {
      schema.allOf = [];
    }
    if (schema.pattern) {
      schema.allOf.push({
        pattern: schema.pattern
      });
      delete schema.pattern;
    }
    schema.allOf.push({
      pattern: stringifyRegExpWithFlags(regex, refs),
      ...message && refs.errorMessages && { errorMessage: { pattern: message } }
    });
  } else {
    schema.pattern = stringifyRegExpWithFlags(regex, refs);
  }
}
function stringifyRegExpWithFlags(regex, refs) {
  var _a22;
  if (!refs.applyRegexFlags || !regex.flags) {
    return regex.source;
  }
  const flags = {
    i: regex.flags.includes("i"),
    // Case-insensitive
    m: regex.flags.includes("m"),
    // `^` and `$` matches adjacent to newline characters
    s: regex.flags.includes("s")
    // `.` matches newlines
  };
  const source = flags.i ? regex.source.toLowerCase() : regex.source;
  let pattern = "";
  let isEscaped = false;
  let inCharGroup = false;
  let inCharRange = false;
  for (let i = 0; i < source.length; i++) {
    if (isEscaped) {
      pattern += source[i];
      isEscaped = false;
      continue;
    }
    if (flags.i) {
      if (inCharGroup) {
        if (source[i].match(/[a-z]/)) {
          if (inCharRange) {
            pattern += source[i];
            pattern += `${source[i - 2]}-${source[i]}`.toUpperCase();
            inCharRange = false;
          } else if (source[i + 1] === "-" && ((_a22 = source[i + 2]) == null ? void 0 : _a22.match(/[a-z]/))) {
            pattern += source[i];
            inCharRange = true;
          } else {
            pattern += `${source[i]}${source[i].toUpperCase()}`;
          }
          continue;
        }
      } else if (source[i].match(/[a-z]/)) {
        pattern += `[${source[i]}${source[i].toUpperCase()}]`;
        continue;
      }
    }
    if (flags.m) {
      if (source[i] === "^") {
        pattern += `(^|(?<=[\r
]))`;
        continue;
      } else if (source[i] === "$") {
        pattern += `($|(?=[\r
]))`;
        continue;
      }
    }
    if (flags.s && source[i] === ".") {
      pattern += inCharGroup ? `${source[i]}\r
` : `[${source[i]}\r
]`;
      continue;
    }
    pattern += source[i];
    if (source[i] === "\\") {
      isEscaped = true;
    } else if (inCharGroup && source[i] === "]") {
      inCharGroup = false;
    } else if (!inCharGroup && source[i] === "[") {
      inCharGroup = true;
    }
  }
  try {
    new RegExp(pattern);
  } catch (e) {
    console.warn(
      `Could not convert regex pattern at ${refs.currentPath.join(
        "/"
      )} to a flag-independent form! Falling back to the flag-ignorant source`
    );
    return regex.source;
  }
  return pattern;
}
function parseRecordDef(def, refs) {
  var _a22, _b2, _c, _d, _e, _f;
  const schema = {
    type: "object",
    additionalProperties: (_a22 = parseDef(def.valueType._def, {
      ...refs,
      currentPath: [...refs.currentPath, "additionalProperties"]
    })) != null ? _a22 : refs.allowedAdditionalProperties
  };
  if (((_b2 = def.keyType) == null ? void 0 : _b2._def.typeName) === ZodFirstPartyTypeKind.ZodString && ((_c = def.keyType._def.checks) == null ? void 0 : _c.length)) {
    const { type, ...keyType } = parseStringDef(def.keyType._def, refs);
    return {
      ...schema,
      propertyNames: keyType
    };
  } else if (((_d = def.keyType) == null ? void 0 : _d._def.typeName) === ZodFirstPartyTypeKind.ZodEnum) {
    return {
      ...schema,
      propertyNames: {
        enum: def.keyType._def.values
      }
    };
  } else if (((_e = def.keyType) == null ? void 0 : _e._def.typeName) === ZodFirstPartyTypeKind.ZodBranded && def.keyType._def.type._def.typeName === ZodFirstPartyTypeKind.ZodString && ((_f = def.keyType._def.type._def.checks) == null ? void 0 : _f.length)) {
    const { type, ...keyType } = parseBrandedDef(
      def.keyType._def,
      refs
    );
    return {
      ...schema,
      propertyNames: keyType
    };
  }
  return schema;
}
function parseMapDef(def, refs) {
  if (refs.mapStrategy === "record") {
    return parseRecordDef(def, refs);
  }
  const keys = parseDef(def.keyType._def, {
    ...refs,
    currentPath: [...refs.currentPath, "items", "items", "0"]
  }) || parseAnyDef();
  const values = parseDef(def.valueType._def, {
    ...refs,
    currentPath: [...refs.currentPath, "items", "items", "1"]
  }) || parseAnyDef();
  return {
    type: "array",
    maxItems: 125,
    items: {
      type: "array",
      items: [keys, values],
      minItems: 2,
      maxItems: 2
    }
  };
}
function parseNativeEnumDef(def) {
  const object = def.values;
  const actualKeys = Object.keys(def.values).filter((key) => {
    return typeof object[object[key]] !== "number";
  });
  const actualValues = actualKeys.map((key) => object[key]);
  const parsedTypes = Array.from(
    new Set(actualValues.map((values) => typeof values))
  );
  return {
    type: parsedTypes.length === 1 ? parsedTypes[0] === "string" ? "string" : "number" : ["string", "number"],
    enum: actualValues
  };
}
function parseNeverDef() {
  return { not: parseAnyDef() };
}
function parseNullDef() {
  return {
    type: "null"
  };
}
var primitiveMappings = {
  ZodString: "string",
  ZodNumber: "number",
  ZodBigInt: "integer",
  ZodBoolean: "boolean",
  ZodNull: "null"
};
function parseUnionDef(def, refs) {
  const options = def.options instanceof Map ? Array.from(def.options.values()) : def.options;
  if (options.every(
    (x) => x._def.typeName in primitiveMappings && (!x._def.checks || !x._def.checks.length)
  )) {
    const types = options.reduce((types2, x) => {
      const type = primitiveMappings[x._def.typeName];
      return type && !types2.includes(type) ? [...types2, type] : types2;
    }, []);
    return {
      type: types.length > 1 ? types : types[0]
    };
  } else if (options.every((x) => x._def.typeName === "ZodLiteral" && !x.description)) {
    const types = options.reduce(
      (acc, x) => {
        const type = typeof x._def.value;
        switch (type) {
          case "string":
          case "number":
          case "boolean":
            return [...acc, type];
          case "bigint":
            return [...acc, "integer"];
          case "object":
            if (x._def.value === null) return [...acc, "null"];
          case "symbol":
          case "undefined":
          case "function":
          default:
            return acc;
        }
      },
      []
    );
    if (types.length === options.length) {
      const uniqueTypes = types.filter((x, i, a) => a.indexOf(x) === i);
      return {
        type: uniqueTypes.length > 1 ? uniqueTypes : uniqueTypes[0],
        enum: options.reduce(
          (acc, x) => {
            return acc.includes(x._def.value) ? acc : [...acc, x._def.value];
          },
          []
        )
      };
    }
  } else if (options.every((x) => x._def.typeName === "ZodEnum")) {
    return {
      type: "string",
      enum: options.reduce(
        (acc, x) => [
          ...acc,
          ...x._def.values.filter((x2) => !acc.includes(x2))
        ],
        []
      )
    };
  }
  return asAnyOf(def, refs);
}
var asAnyOf = (def, refs) => {
  const anyOf = (def.options instanceof Map ? Array.from(def.options.values()) : def.options).map(
    (x, i) => parseDef(x._def, {
      ...refs,
      currentPath: [...refs.currentPath, "anyOf", `${i}`]
    })
  ).filter(
    (x) => !!x && (!refs.strictUnions || typeof x === "object" && Object.keys(x).length > 0)
  );
  return anyOf.length ? { anyOf } : void 0;
};
function parseNullableDef(def, refs) {
  if (["ZodString", "ZodNumber", "ZodBigInt", "ZodBoolean", "ZodNull"].includes(
    def.innerType._def.typeName
  ) && (!def.innerType._def.checks || !def.innerType._def.checks.length)) {
    return {
      type: [
        primitiveMappings[def.innerType._def.typeName],
        "null"
      ]
    };
  }
  const base = parseDef(def.innerType._def, {
    ...refs,
    currentPath: [...refs.currentPath, "anyOf", "0"]
  });
  return base && { anyOf: [base, { type: "null" }] };
}
function parseNumberDef(def) {
  const res = {
    type: "number"
  };
  if (!def.checks) return res;
  for (const check of def.checks) {
    switch (check.kind) {
      case "int":
        res.type = "integer";
        break;
      case "min":
        if (check.inclusive) {
          res.minimum = check.value;
        } else {
          res.exclusiveMinimum = check.value;
        }
        break;
      case "max":
        if (check.inclusive) {
          res.maximum = check.value;
        } else {
          res.exclusiveMaximum = check.value;
        }
        break;
      case "multipleOf":
        res.multipleOf = check.value;
        break;
    }
  }
  return res;
}
function parseObjectDef(def, refs) {
  const result = {
    type: "object",
    properties: {}
  };
  const required = [];
  const shape = def.shape();
  for (const propName in shape) {
    let propDef = shape[propName];
    if (propDef === void 0 || propDef._def === void 0) {
      continue;
    }
    const propOptional = safeIsOptional(propDef);
    const parsedDef = parseDef(propDef._def, {
      ...refs,
      currentPath: [...refs.currentPath, "properties", propName],
      propertyPath: [...refs.currentPath, "properties", propName]
    });
    if (parsedDef === void 0) {
      continue;
    }
    result.properties[propName] = parsedDef;
    if (!propOptional) {
      required.push(propName);
    }
  }
  if (required.length) {
    result.required = required;
  }
  const additionalProperties = decideAdditionalProperties(def, refs);
  if (additionalProperties !== void 0) {
    result.additionalProperties = additionalProperties;
  }
  return result;
}
function decideAdditionalProperties(def, refs) {
  if (def.catchall._def.typeName !== "ZodNever") {
    return parseDef(def.catchall._def, {
      ...refs,
      currentPath: [...refs.currentPath, "additionalProperties"]
    });
  }
  switch (def.unknownKeys) {
    case "passthrough":
      return refs.allowedAdditionalProperties;
    case "strict":
      return refs.rejectedAdditionalProperties;
    case "strip":
      return refs.removeAdditionalStrategy === "strict" ? refs.allowedAdditionalProperties : refs.rejectedAdditionalProperties;
  }
}
function safeIsOptional(schema) {
  try {
    return schema.isOptional();
  } catch (e) {
    return true;
  }
}
var parseOptionalDef = (def, refs) => {
  var _a22;
  if (refs.currentPath.toString() === ((_a22 = refs.propertyPath) == null ? void 0 : _a22.toString())) {
    return parseDef(def.innerType._def, refs);
  }
  const innerSchema = parseDef(def.innerType._def, {
    ...refs,
    currentPath: [...refs.currentPath, "anyOf", "1"]
  });
  return innerSchema ? { anyOf: [{ not: parseAnyDef() }, innerSchema] } : parseAnyDef();
};
var parsePipelineDef = (def, refs) => {
  if (refs.pipeStrategy === "input") {
    return parseDef(def.in._def, refs);
  } else if (refs.pipeStrategy === "output") {
    return parseDef(def.out._def, refs);
  }
  const a = parseDef(def.in._def, {
    ...refs,
    currentPath: [...refs.currentPath, "allOf", "0"]
  });
  const b = parseDef(def.out._def, {
    ...refs,
    currentPath: [...refs.currentPath, "allOf", a ? "1" : "0"]
  });
  return {
    allOf: [a, b].filter((x) => x !== void 0)
  };
};
function parsePromiseDef(def, refs) {
  return parseDef(def.type._def, refs);
}
function parseSetDef(def, refs) {
  const items = parseDef(def.valueType._def, {
    ...refs,
    currentPath: [...refs.currentPath, "items"]
  });
  const schema = {
    type: "array",
    uniqueItems: true,
    items
  };
  if (def.minSize) {
    schema.minItems = def.minSize.value;
  }
  if (def.maxSize) {
    schema.maxItems = def.maxSize.value;
  }
  return schema;
}
function parseTupleDef(def, refs) {
  if (def.rest) {
    return {
      type: "array",
      minItems: def.items.length,
      items: def.items.map(
        (x, i) => parseDef(x._def, {
          ...refs,
          currentPath: [...refs.currentPath, "items", `${i}`]
        })
      ).reduce(
        (acc, x) => x === void 0 ? acc : [...acc, x],
        []
      ),
      additionalItems: parseDef(def.rest._def, {
        ...refs,
        currentPath: [...refs.currentPath, "additionalItems"]
      })
    };
  } else {
    return {
      type: "array",
      minItems: def.items.length,
      maxItems: def.items.length,
      items: def.items.map(
        (x, i) => parseDef(x._def, {
          ...refs,
          currentPath: [...refs.currentPath, "items", `${i}`]
        })
      ).reduce(
        (acc, x) => x === void 0 ? acc : [...acc, x],
        []
      )
    };
  }
}
function parseUndefinedDef() {
  return {
    not: parseAnyDef()
  };
}
function parseUnknownDef() {
  return parseAnyDef();
}
var parseReadonlyDef = (def, refs) => {
  return parseDef(def.innerType._def, refs);
};
var selectParser = (def, typeName, refs) => {
  switch (typeName) {
    case ZodFirstPartyTypeKind.ZodString:
      return parseStringDef(def, refs);
    case ZodFirstPartyTypeKind.ZodNumber:
      return parseNumberDef(def);
    case ZodFirstPartyTypeKind.ZodObject:
      return parseObjectDef(def, refs);
    case ZodFirstPartyTypeKind.ZodBigInt:
      return parseBigintDef(def);
    case ZodFirstPartyTypeKind.ZodBoolean:
      return parseBooleanDef();
    case ZodFirstPartyTypeKind.ZodDate:
      return parseDateDef(def, refs);
    case ZodFirstPartyTypeKind.ZodUndefined:
      return parseUndefinedDef();
    case ZodFirstPartyTypeKind.ZodNull:
      return parseNullDef();
    case ZodFirstPartyTypeKind.ZodArray:
      return parseArrayDef(def, refs);
    case ZodFirstPartyTypeKind.ZodUnion:
    case ZodFirstPartyTypeKind.ZodDiscriminatedUnion:
      return parseUnionDef(def, refs);
    case ZodFirstPartyTypeKind.ZodIntersection:
      return parseIntersectionDef(def, refs);
    case ZodFirstPartyTypeKind.ZodTuple:
      return parseTupleDef(def, refs);
    case ZodFirstPartyTypeKind.ZodRecord:
      return parseRecordDef(def, refs);
    case ZodFirstPartyTypeKind.ZodLiteral:
      return parseLiteralDef(def);
    case ZodFirstPartyTypeKind.ZodEnum:
      return parseEnumDef(def);
    case ZodFirstPartyTypeKind.ZodNativeEnum:
      return parseNativeEnumDef(def);
    case ZodFirstPartyTypeKind.ZodNullable:
      return parseNullableDef(def, refs);
    case ZodFirstPartyTypeKind.ZodOptional:
      return parseOptionalDef(def, refs);
    case ZodFirstPartyTypeKind.ZodMap:
      return parseMapDef(def, refs);
    case ZodFirstPartyTypeKind.ZodSet:
      return parseSetDef(def, refs);
    case ZodFirstPartyTypeKind.ZodLazy:
      return () => def.getter()._def;
    case ZodFirstPartyTypeKind.ZodPromise:
      return parsePromiseDef(def, refs);
    case ZodFirstPartyTypeKind.ZodNaN:
    case ZodFirstPartyTypeKind.ZodNever:
      return parseNeverDef();
    case ZodFirstPartyTypeKind.ZodEffects:
      return parseEffectsDef(def, refs);
    case ZodFirstPartyTypeKind.ZodAny:
      return parseAnyDef();
    case ZodFirstPartyTypeKind.ZodUnknown:
      return parseUnknownDef();
    case ZodFirstPartyTypeKind.ZodDefault:
      return parseDefaultDef(def, refs);
    case ZodFirstPartyTypeKind.ZodBranded:
      return parseBrandedDef(def, refs);
    case ZodFirstPartyTypeKind.ZodReadonly:
      return parseReadonlyDef(def, refs);
    case ZodFirstPartyTypeKind.ZodCatch:
      return parseCatchDef(def, refs);
    case ZodFirstPartyTypeKind.ZodPipeline:
      return parsePipelineDef(def, refs);
    case ZodFirstPartyTypeKind.ZodFunction:
    case ZodFirstPartyTypeKind.ZodVoid:
    case ZodFirstPartyTypeKind.ZodSymbol:
      return void 0;
    default:
      return /* @__PURE__ */ ((_) => void 0)(typeName);
  }
};
var getRelativePath = (pathA, pathB) => {
  let i = 0;
  for (; i < pathA.length && i < pathB.length; i++) {
    if (pathA[i] !== pathB[i]) break;
  }
  return [(pathA.length - i).toString(), ...pathB.slice(i)].join("/");
};
function parseDef(def, refs, forceResolution = false) {
  var _a22;
  const seenItem = refs.seen.get(def);
  if (refs.override) {
    const overrideResult = (_a22 = refs.override) == null ? void 0 : _a22.call(
      refs,
      def,
      refs,
      seenItem,
      forceResolution
    );
    if (overrideResult !== ignoreOverride) {
      return overrideResult;
    }
  }
  if (seenItem && !forceResolution) {
    const seenSchema = get$ref(seenItem, refs);
    if (seenSchema !== void 0) {
      return seenSchema;
    }
  }
  const newItem = { def, path: refs.currentPath, jsonSchema: void 0 };
  refs.seen.set(def, newItem);
  const jsonSchemaOrGetter = selectParser(def, def.typeName, refs);
  const jsonSchema22 = typeof jsonSchemaOrGetter === "function" ? parseDef(jsonSchemaOrGetter(), refs) : jsonSchemaOrGetter;
  if (jsonSchema22) {
    addMeta(def, refs, jsonSchema22);
  }
  if (refs.postProcess) {
    const postProcessResult = refs.postProcess(jsonSchema22, def, refs);
    newItem.jsonSchema = jsonSchema22;
    return postProcessResult;
  }
  newItem.jsonSchema = jsonSchema22;
  return jsonSchema22;
}
var get$ref = (item, refs) => {
  switch (refs.$refStrategy) {
    case "root":
      return { $ref: item.path.join("/") };
    case "relative":
      return { $ref: getRelativePath(refs.currentPath, item.path) };
    case "none":
    case "seen": {
      if (item.path.length < refs.currentPath.length && item.path.every((value, index) => refs.currentPath[index] === value)) {
        console.warn(
          `Recursive reference detected at ${refs.currentPath.join(
            "/"
          )}! Defaulting to any`
        );
        return parseAnyDef();
      }
      return refs.$refStrategy === "seen" ? parseAnyDef() : void 0;
    }
  }
};
var addMeta = (def, refs, jsonSchema22) => {
  if (def.description) {
    jsonSchema22.description = def.description;
  }
  return jsonSchema22;
};
var getRefs = (options) => {
  const _options = getDefaultOptions(options);
  const currentPath = _options.name !== void 0 ? [..._options.basePath, _options.definitionPath, _options.name] : _options.basePath;
  return {
    ..._options,
    currentPath,
    propertyPath: void 0,
    seen: new Map(
      Object.entries(_options.definitions).map(([name2, def]) => [
        def._def,
        {
          def: def._def,
          path: [..._options.basePath, _options.definitionPath, name2],
          // Resolution of references will be forced even though seen, so it's ok that the schema is undefined here for now.
          jsonSchema: void 0
        }
      ])
    )
  };
};
var zod3ToJsonSchema = (schema, options) => {
  var _a22;
  const refs = getRefs(options);
  let definitions = typeof options === "object" && options.definitions ? Object.entries(options.definitions).reduce(
    (acc, [name3, schema2]) => {
      var _a3;
      return {
        ...acc,
        [name3]: (_a3 = parseDef(
          schema2._def,
          {
            ...refs,
            currentPath: [...refs.basePath, refs.definitionPath, name3]
          },
          true
        )) != null ? _a3 : parseAnyDef()
      };
    },
    {}
  ) : void 0;
  const name2 = typeof options === "string" ? options : (options == null ? void 0 : options.nameStrategy) === "title" ? void 0 : options == null ? void 0 : options.name;
  const main = (_a22 = parseDef(
    schema._def,
    name2 === void 0 ? refs : {
      ...refs,
      currentPath: [...refs.basePath, refs.definitionPath, name2]
    },
    false
  )) != null ? _a22 : parseAnyDef();
  const title = typeof options === "object" && options.name !== void 0 && options.nameStrategy === "title" ? options.name : void 0;
  if (title !== void 0) {
    main.title = title;
  }
  const combined = name2 === void 0 ? definitions ? {
    ...main,
    [refs.definitionPath]: definitions
  } : main : {
    $ref: [
      ...refs.$refStrategy === "relative" ? [] : refs.basePath,
      refs.definitionPath,
      name2
    ].join("/"),
    [refs.definitionPath]: {
      ...definitions,
      [name2]: main
    }
  };
  combined.$schema = "http://json-schema.org/draft-07/schema#";
  return combined;
};
var schemaSymbol = /* @__PURE__ */ Symbol.for("vercel.ai.schema");
function lazySchema2(createSchema) {
  let schema;
  return () => {
    if (schema == null) {
      schema = createSchema();
    }
    return schema;
  };
}
function jsonSchema2(jsonSchema22, {
  validate
} = {}) {
  return {
    [schemaSymbol]: true,
    _type: void 0,
    // should never be used directly
    get jsonSchema() {
      if (typeof jsonSchema22 === "function") {
        jsonSchema22 = jsonSchema22();
      }
      return jsonSchema22;
    },
    validate
  };
}
function isSchema(value) {
  return typeof value === "object" && value !== null && schemaSymbol in value && value[schemaSymbol] === true && "jsonSchema" in value && "validate" in value;
}
function asSchema(schema) {
  return schema == null ? jsonSchema2({
    type: "object",
    properties: {},
    additionalProperties: false
  }) : isSchema(schema) ? schema : "~standard" in schema ? schema["~standard"].vendor === "zod" ? zodSchema2(schema) : standardSchema(schema) : schema();
}
function standardSchema(standardSchema2) {
  return jsonSchema2(
    () => {
      if (!hasStandardJsonSchema(standardSchema2)) {
        throw new Error(
          `Standard schema vendor '${standardSchema2["~standard"].vendor}' does not support JSON Schema conversion.`
        );
      }
      return addAdditionalPropertiesToJsonSchema(
        standardSchema2["~standard"].jsonSchema.input({
          target: "draft-07"
        })
      );
    },
    {
      validate: async (value) => {
        const result = await standardSchema2["~standard"].validate(value);
        return "value" in result ? { success: true, value: result.value } : {
          success: false,
          error: new TypeValidationError({
            value,
            cause: result.issues
          })
        };
      }
    }
  );
}
function hasStandardJsonSchema(schema) {
  return schema["~standard"].jsonSchema != null;
}
function zod3Schema(zodSchema22, options) {
  var _a22;
  const useReferences = (_a22 = options == null ? void 0 : options.useReferences) != null ? _a22 : false;
  return jsonSchema2(
    // defer json schema creation to avoid unnecessary computation when only validation is needed
    () => zod3ToJsonSchema(zodSchema22, {
      $refStrategy: useReferences ? "root" : "none"
    }),
    {
      validate: async (value) => {
        const result = await zodSchema22.safeParseAsync(value);
        return result.success ? { success: true, value: result.data } : { success: false, error: result.error };
      }
    }
  );
}
function zod4Schema(zodSchema22, options) {
  var _a22;
  const useReferences = (_a22 = options == null ? void 0 : options.useReferences) != null ? _a22 : false;
  return jsonSchema2(
    // defer json schema creation to avoid unnecessary computation when only validation is needed
    () => addAdditionalPropertiesToJsonSchema(
      toJSONSchema(zodSchema22, {
        target: "draft-7",
        io: "input",
        reused: useReferences ? "ref" : "inline"
      })
    ),
    {
      validate: async (value) => {
        const result = await safeParseAsync(zodSchema22, value);
        return result.success ? { success: true, value: result.data } : { success: false, error: result.error };
      }
    }
  );
}
function isZod4Schema(zodSchema22) {
  return "_zod" in zodSchema22;
}
function zodSchema2(zodSchema22, options) {
  if (isZod4Schema(zodSchema22)) {
    return zod4Schema(zodSchema22, options);
  } else {
    return zod3Schema(zodSchema22, options);
  }
}
async function validateTypes2({
  value,
  schema,
  context
}) {
  const result = await safeValidateTypes({ value, schema, context });
  if (!result.success) {
    throw TypeValidationError.wrap({ value, cause: result.error, context });
  }
  return result.value;
}
async function safeValidateTypes({
  value,
  schema,
  context
}) {
  const actualSchema = asSchema(schema);
  try {
    if (actualSchema.validate == null) {
      return { success: true, value, rawValue: value };
    }
    const result = await actualSchema.validate(value);
    if (result.success) {
      return { success: true, value: result.value, rawValue: value };
    }
    return {
      success: false,
      error: TypeValidationError.wrap({ value, cause: result.error, context }),
      rawValue: value
    };
  } catch (error) {
    return {
      success: false,
      error: TypeValidationError.wrap({ value, cause: error, context }),
      rawValue: value
    };
  }
}
async function parseJSON({
  text,
  schema
}) {
  try {
    const value = secureJsonParse2(text);
    if (schema == null) {
      return value;
    }
    return validateTypes2({ value, schema });
  } catch (error) {
    if (JSONParseError.isInstance(error) || TypeValidationError.isInstance(error)) {
      throw error;
    }
    throw new JSONParseError({ text, cause: error });
  }
}
async function safeParseJSON2({
  text,
  schema
}) {
  try {
    const value = secureJsonParse2(text);
    if (schema == null) {
      return { success: true, value, rawValue: value };
    }
    return await safeValidateTypes({ value, schema });
  } catch (error) {
    return {
      success: false,
      error: JSONParseError.isInstance(error) ? error : new JSONParseError({ text, cause: error }),
      rawValue: void 0
    };
  }
}
function parseJsonEventStream({
  stream,
  schema
}) {
  return stream.pipeThrough(new TextDecoderStream()).pipeThrough(new EventSourceParserStream()).pipeThrough(
    new TransformStream({
      async transform({ data }, controller) {
        if (data === "[DONE]") {
          return;
        }
        controller.enqueue(await safeParseJSON2({ text: data, schema }));
      }
    })
  );
}
async function parseProviderOptions2({
  provider,
  providerOptions,
  schema
}) {
  if ((providerOptions == null ? void 0 : providerOptions[provider]) == null) {
    return void 0;
  }
  const parsedProviderOptions = await safeValidateTypes({
    value: providerOptions[provider],
    schema
  });
  if (!parsedProviderOptions.success) {
    throw new InvalidArgumentError({
      argument: "providerOptions",
      message: `invalid ${provider} provider options`,
      cause: parsedProviderOptions.error
    });
  }
  return parsedProviderOptions.value;
}
var getOriginalFetch2 = () => globalThis.fetch;
var postJsonToApi2 = async ({
  url,
  headers,
  body,
  failedResponseHandler,
  successfulResponseHandler,
  abortSignal,
  fetch
}) => postToApi({
  url,
  headers: {
    "Content-Type": "application/json",
    ...headers
  },
  body: {
    content: JSON.stringify(body),
    values: body
  },
  failedResponseHandler,
  successfulResponseHandler,
  abortSignal,
  fetch
});
var postFormDataToApi2 = async ({
  url,
  headers,
  formData,
  failedResponseHandler,
  successfulResponseHandler,
  abortSignal,
  fetch
}) => postToApi({
  url,
  headers,
  body: {
    content: formData,
    values: Object.fromEntries(formData.entries())
  },
  failedResponseHandler,
  successfulResponseHandler,
  abortSignal,
  fetch
});
var postToApi = async ({
  url,
  headers = {},
  body,
  successfulResponseHandler,
  failedResponseHandler,
  abortSignal,
  fetch = getOriginalFetch2()
}) => {
  try {
    const response = await fetch(url, {
      method: "POST",
      headers: withUserAgentSuffix2(
        headers,
        `ai-sdk/provider-utils/${VERSION2}`,
        getRuntimeEnvironmentUserAgent()
      ),
      body: body.content,
      signal: abortSignal
    });
    const responseHeaders = extractResponseHeaders(response);
    if (!response.ok) {
      let errorInformation;
      try {
        errorInformation = await failedResponseHandler({
          response,
          url,
          requestBodyValues: body.values
        });
      } catch (error) {
        if (isAbortError(error) || APICallError.isInstance(error)) {
          throw error;
        }
        throw new APICallError({
          message: "Failed to process error response",
          cause: error,
          statusCode: response.status,
          url,
          responseHeaders,
          requestBodyValues: body.values
        });
      }
      throw errorInformation.value;
    }
    try {
      return await successfulResponseHandler({
        response,
        url,
        requestBodyValues: body.values
      });
    } catch (error) {
      if (error instanceof Error) {
        if (isAbortError(error) || APICallError.isInstance(error)) {
          throw error;
        }
      }
      throw new APICallError({
        message: "Failed to process successful response",
        cause: error,
        statusCode: response.status,
        url,
        responseHeaders,
        requestBodyValues: body.values
      });
    }
  } catch (error) {
    throw handleFetchError({ error, url, requestBodyValues: body.values });
  }
};
function tool2(tool22) {
  return tool22;
}
function createProviderToolFactory2({
  id,
  inputSchema
}) {
  return ({
    execute,
    outputSchema,
    needsApproval,
    toModelOutput,
    onInputStart,
    onInputDelta,
    onInputAvailable,
    ...args
  }) => tool2({
    type: "provider",
    id,
    args,
    inputSchema,
    outputSchema,
    execute,
    needsApproval,
    toModelOutput,
    onInputStart,
    onInputDelta,
    onInputAvailable
  });
}
function createProviderToolFactoryWithOutputSchema2({
  id,
  inputSchema,
  outputSchema,
  supportsDeferredResults
}) {
  return ({
    execute,
    needsApproval,
    toModelOutput,
    onInputStart,
    onInputDelta,
    onInputAvailable,
    ...args
  }) => tool2({
    type: "provider",
    id,
    args,
    inputSchema,
    outputSchema,
    execute,
    needsApproval,
    toModelOutput,
    onInputStart,
    onInputDelta,
    onInputAvailable,
    supportsDeferredResults
  });
}
var textDecoder = new TextDecoder();
function wrapResponseBodyStream({
  stream,
  url,
  requestBodyValues,
  statusCode,
  responseHeaders
}) {
  const reader = stream.getReader();
  let readerReleased = false;
  const releaseReader = () => {
    if (!readerReleased) {
      reader.releaseLock();
      readerReleased = true;
    }
  };
  return new ReadableStream({
    async pull(controller) {
      try {
        const { done, value } = await reader.read();
        if (done) {
          releaseReader();
          controller.close();
        } else {
          controller.enqueue(value);
        }
      } catch (error) {
        releaseReader();
        if (isAbortError(error)) {
          controller.error(error);
          return;
        }
        controller.error(
          handleFetchError({
            error: new APICallError({
              message: "Failed to process successful response",
              cause: error,
              statusCode,
              url,
              responseHeaders,
              requestBodyValues
            }),
            url,
            requestBodyValues
          })
        );
      }
    },
    async cancel(reason) {
      try {
        await reader.cancel(reason);
      } finally {
        releaseReader();
      }
    }
  });
}
async function readResponseBodyAsText({
  response,
  url
}) {
  return textDecoder.decode(
    await readResponseWithSizeLimit({
      response,
      url
    })
  );
}
var createJsonErrorResponseHandler2 = ({
  errorSchema,
  errorToMessage,
  isRetryable
}) => async ({ response, url, requestBodyValues }) => {
  const responseBody = await readResponseBodyAsText({ response, url });
  const responseHeaders = extractResponseHeaders(response);
  if (responseBody.trim() === "") {
    return {
      responseHeaders,
      value: new APICallError({
        message: response.statusText,
        url,
        requestBodyValues,
        statusCode: response.status,
        responseHeaders,
        responseBody,
        isRetryable: isRetryable == null ? void 0 : isRetryable(response)
      })
    };
  }
  try {
    const parsedError = await parseJSON({
      text: responseBody,
      schema: errorSchema
    });
    return {
      responseHeaders,
      value: new APICallError({
        message: errorToMessage(parsedError),
        url,
        requestBodyValues,
        statusCode: response.status,
        responseHeaders,
        responseBody,
        data: parsedError,
        isRetryable: isRetryable == null ? void 0 : isRetryable(response, parsedError)
      })
    };
  } catch (parseError) {
    return {
      responseHeaders,
      value: new APICallError({
        message: response.statusText,
        url,
        requestBodyValues,
        statusCode: response.status,
        responseHeaders,
        responseBody,
        isRetryable: isRetryable == null ? void 0 : isRetryable(response)
      })
    };
  }
};
var createEventSourceResponseHandler2 = (chunkSchema) => async ({ response, url, requestBodyValues }) => {
  const responseHeaders = extractResponseHeaders(response);
  if (response.body == null) {
    throw new EmptyResponseBodyError({});
  }
  return {
    responseHeaders,
    value: parseJsonEventStream({
      stream: wrapResponseBodyStream({
        stream: response.body,
        url,
        requestBodyValues,
        statusCode: response.status,
        responseHeaders
      }),
      schema: chunkSchema
    })
  };
};
var createJsonResponseHandler2 = (responseSchema) => async ({ response, url, requestBodyValues }) => {
  const responseBody = await readResponseBodyAsText({ response, url });
  const parsedResult = await safeParseJSON2({
    text: responseBody,
    schema: responseSchema
  });
  const responseHeaders = extractResponseHeaders(response);
  if (!parsedResult.success) {
    throw new APICallError({
      message: "Invalid JSON response",
      cause: parsedResult.error,
      statusCode: response.status,
      responseHeaders,
      responseBody,
      url,
      requestBodyValues
    });
  }
  return {
    responseHeaders,
    value: parsedResult.value,
    rawValue: parsedResult.rawValue
  };
};
var createBinaryResponseHandler2 = () => async ({ response, url, requestBodyValues }) => {
  const responseHeaders = extractResponseHeaders(response);
  if (!response.body) {
    throw new APICallError({
      message: "Response body is empty",
      url,
      requestBodyValues,
      statusCode: response.status,
      responseHeaders,
      responseBody: void 0
    });
  }
  try {
    const buffer = await response.arrayBuffer();
    return {
      responseHeaders,
      value: new Uint8Array(buffer)
    };
  } catch (error) {
    throw new APICallError({
      message: "Failed to read response as array buffer",
      url,
      requestBodyValues,
      statusCode: response.status,
      responseHeaders,
      responseBody: void 0,
      cause: error
    });
  }
};
function startsWithStructuredValue(value) {
  if (typeof value !== "string") {
    return false;
  }
  const firstCharacter = value.trimStart()[0];
  return firstCharacter === "{" || firstCharacter === "[";
}
var StreamingToolCallArgumentState = class {
  constructor(initialValue = "") {
    this.structure = { kind: "undetermined" };
    this.append(initialValue);
  }
  get hasCompleteStructuredValue() {
    return this.structure.kind === "structured" && this.structure.complete === true;
  }
  append(delta) {
    let nextStructure = this.structure;
    for (const character of delta) {
      if (nextStructure.kind === "undetermined") {
        if (/\s/.test(character)) {
          continue;
        }
        if (character !== "{" && character !== "[") {
          nextStructure = { kind: "other" };
          continue;
        }
        nextStructure = {
          kind: "structured",
          stack: [character],
          inString: false,
          escaped: false,
          complete: false
        };
        continue;
      }
      if (nextStructure.kind !== "structured" || nextStructure.complete) {
        continue;
      }
      if (nextStructure.inString) {
        if (nextStructure.escaped) {
          nextStructure.escaped = false;
        } else if (character === "\\") {
          nextStructure.escaped = true;
        } else if (character === '"') {
          nextStructure.inString = false;
        }
        continue;
      }
      if (character === '"') {
        nextStructure.inString = true;
      } else if (character === "{" || character === "[") {
        nextStructure.stack.push(character);
      } else if (character === "}" || character === "]") {
        const expectedOpening = character === "}" ? "{" : "[";
        if (nextStructure.stack[nextStructure.stack.length - 1] !== expectedOpening) {
          nextStructure = { kind: "other" };
          continue;
        }
        nextStructure.stack.pop();
        if (nextStructure.stack.length === 0) {
          nextStructure.complete = true;
        }
      }
    }
    this.structure = nextStructure;
  }
};
var StreamingToolCallTracker2 = class {
  constructor(controller, options = {}) {
    this.toolCalls = [];
    this.toolCallsById = /* @__PURE__ */ new Map();
    this.toolCallsByIndex = /* @__PURE__ */ new Map();
    this.usedToolCallIds = /* @__PURE__ */ new Set();
    this.nextGeneratedIdSuffixes = /* @__PURE__ */ new Map();
    var _a22, _b2;
    this.controller = controller;
    this._generateId = (_a22 = options.generateId) != null ? _a22 : generateId2;
    this.typeValidation = (_b2 = options.typeValidation) != null ? _b2 : "none";
    this.extractMetadata = options.extractMetadata;
    this.buildToolCallProviderMetadata = options.buildToolCallProviderMetadata;
  }
  processDelta(toolCallDelta) {
    var _a22, _b2;
    const wireName = (_a22 = toolCallDelta.function) == null ? void 0 : _a22.name;
    const hasBlankName = typeof wireName === "string" && wireName.trim().length === 0;
    const wireId = this.getNonBlankString(toolCallDelta.id);
    const name2 = this.getNonBlankString(wireName);
    const { index } = toolCallDelta;
    const resolution = this.resolveToolCall({
      wireId,
      index,
      name: name2,
      hasExplicitCallStart: name2 != null && startsWithStructuredValue((_b2 = toolCallDelta.function) == null ? void 0 : _b2.arguments)
    });
    if (resolution.kind === "ambiguous") {
      return;
    }
    let toolCall;
    if (resolution.kind === "new") {
      if (hasBlankName) {
        return;
      }
      toolCall = this.processNewToolCall(toolCallDelta, {
        wireId,
        index,
        name: name2
      });
    } else {
      toolCall = resolution.toolCall;
      if (wireId != null) {
        this.associateWireId(toolCall, wireId);
      }
      this.processExistingToolCall(toolCall, toolCallDelta);
    }
    if (index != null) {
      this.associateIndex(toolCall, index);
    }
  }
  flush() {
    const toolCalls = this.toolCalls.every((toolCall) => toolCall.index != null) ? [...this.toolCalls].sort(
      (a, b) => a.index - b.index || a.sequence - b.sequence
    ) : this.toolCalls;
    for (const toolCall of toolCalls) {
      if (!toolCall.hasFinished) {
        this.finishToolCall(toolCall);
      }
    }
  }
  resolveToolCall({
    wireId,
    index,
    name: name2,
    hasExplicitCallStart
  }) {
    const indexedToolCalls = index != null ? this.toolCallsByIndex.get(index) : void 0;
    const matchingIndexedToolCalls = this.filterToolCallsByName(
      indexedToolCalls,
      name2
    );
    if (wireId != null) {
      const toolCallsWithId = this.toolCallsById.get(wireId);
      if (toolCallsWithId != null) {
        if (index != null) {
          const matchingToolCalls = matchingIndexedToolCalls.filter(
            (toolCall) => toolCallsWithId.has(toolCall)
          );
          const matchingToolCall = this.resolveMatchingToolCall(
            matchingToolCalls,
            hasExplicitCallStart
          );
          if (matchingToolCall.kind !== "new") {
            return matchingToolCall;
          }
          if (name2 != null) {
            return { kind: "new" };
          }
          if (indexedToolCalls != null) {
            return { kind: "ambiguous" };
          }
          return this.resolveMatchingToolCall([...toolCallsWithId], false);
        }
        if (name2 != null) {
          const matchingToolCalls = [...toolCallsWithId].filter(
            (toolCall) => toolCall.function.name === name2
          );
          return this.resolveMatchingToolCall(
            matchingToolCalls,
            hasExplicitCallStart
          );
        }
        return this.resolveMatchingToolCall([...toolCallsWithId], false);
      }
      if (matchingIndexedToolCalls.length > 0) {
        return hasExplicitCallStart ? { kind: "new" } : this.resolveMatchingToolCall(matchingIndexedToolCalls, false);
      }
      return { kind: "new" };
    }
    if (indexedToolCalls != null) {
      return this.resolveMatchingToolCall(
        matchingIndexedToolCalls,
        hasExplicitCallStart
      );
    }
    if (name2 != null) {
      return { kind: "new" };
    }
    const unfinishedToolCalls = this.toolCalls.filter(
      (toolCall) => !toolCall.hasFinished
    );
    if (unfinishedToolCalls.length === 1) {
      return { kind: "existing", toolCall: unfinishedToolCalls[0] };
    }
    return unfinishedToolCalls.length > 1 ? { kind: "ambiguous" } : { kind: "new" };
  }
  filterToolCallsByName(toolCalls, name2) {
    if (toolCalls == null) {
      return [];
    }
    return [...toolCalls].filter(
      (toolCall) => name2 == null || toolCall.function.name === name2
    );
  }
  resolveMatchingToolCall(toolCalls, hasExplicitCallStart) {
    if (toolCalls.length === 0) {
      return { kind: "new" };
    }
    if (!hasExplicitCallStart) {
      return toolCalls.length === 1 ? { kind: "existing", toolCall: toolCalls[0] } : { kind: "ambiguous" };
    }
    const continuableToolCalls = toolCalls.filter(
      (toolCall) => !toolCall.argumentState.hasCompleteStructuredValue
    );
    if (continuableToolCalls.length === 1) {
      return { kind: "existing", toolCall: continuableToolCalls[0] };
    }
    return continuableToolCalls.length > 1 ? { kind: "ambiguous" } : { kind: "new" };
  }
  processNewToolCall(toolCallDelta, {
    wireId,
    index,
    name: name2
  }) {
    var _a22, _b2, _c, _d, _e;
    if (this.typeValidation === "required") {
      if (toolCallDelta.type !== "function") {
        throw new InvalidResponseDataError({
          data: toolCallDelta,
          message: `Expected 'function' type.`
        });
      }
    } else if (this.typeValidation === "if-present") {
      if (toolCallDelta.type != null && toolCallDelta.type !== "function") {
        throw new InvalidResponseDataError({
          data: toolCallDelta,
          message: `Expected 'function' type.`
        });
      }
    }
    if (name2 == null) {
      throw new InvalidResponseDataError({
        data: toolCallDelta,
        message: `Expected 'function.name' to be a string.`
      });
    }
    const id = this.createToolCallId(wireId);
    this.controller.enqueue({
      type: "tool-input-start",
      id,
      toolName: name2
    });
    const toolCall = {
      id,
      index: index != null ? index : void 0,
      sequence: this.toolCalls.length,
      type: "function",
      function: {
        name: name2,
        arguments: (_b2 = (_a22 = toolCallDelta.function) == null ? void 0 : _a22.arguments) != null ? _b2 : ""
      },
      argumentState: new StreamingToolCallArgumentState(
        (_d = (_c = toolCallDelta.function) == null ? void 0 : _c.arguments) != null ? _d : ""
      ),
      hasFinished: false,
      metadata: (_e = this.extractMetadata) == null ? void 0 : _e.call(this, toolCallDelta)
    };
    this.toolCalls.push(toolCall);
    if (wireId != null) {
      this.associateWireId(toolCall, wireId);
    }
    if (toolCall.function.arguments.length > 0) {
      this.controller.enqueue({
        type: "tool-input-delta",
        id: toolCall.id,
        delta: toolCall.function.arguments
      });
    }
    return toolCall;
  }
  associateWireId(toolCall, wireId) {
    let toolCallsWithId = this.toolCallsById.get(wireId);
    if (toolCallsWithId == null) {
      toolCallsWithId = /* @__PURE__ */ new Set();
      this.toolCallsById.set(wireId, toolCallsWithId);
    }
    toolCallsWithId.add(toolCall);
  }
  associateIndex(toolCall, index) {
    let toolCallsWithIndex = this.toolCallsByIndex.get(index);
    if (toolCallsWithIndex == null) {
      toolCallsWithIndex = /* @__PURE__ */ new Set();
      this.toolCallsByIndex.set(index, toolCallsWithIndex);
    }
    toolCallsWithIndex.add(toolCall);
  }
  createToolCallId(wireId) {
    var _a22, _b2;
    if (wireId != null && !this.usedToolCallIds.has(wireId)) {
      this.usedToolCallIds.add(wireId);
      return wireId;
    }
    const generatedId = (_a22 = this.getNonBlankString(this._generateId())) != null ? _a22 : "tool-call";
    if (!this.usedToolCallIds.has(generatedId)) {
      this.usedToolCallIds.add(generatedId);
      return generatedId;
    }
    const initialSuffix = (_b2 = this.nextGeneratedIdSuffixes.get(generatedId)) != null ? _b2 : 1;
    const maximumSuffix = initialSuffix + this.usedToolCallIds.size;
    for (let suffix = initialSuffix; suffix <= maximumSuffix; suffix++) {
      const suffixedId = `${generatedId}-${suffix}`;
      if (!this.usedToolCallIds.has(suffixedId)) {
        this.usedToolCallIds.add(suffixedId);
        this.nextGeneratedIdSuffixes.set(generatedId, suffix + 1);
        return suffixedId;
      }
    }
    throw new Error("Failed to create a unique tool call ID.");
  }
  getNonBlankString(value) {
    return value != null && value.trim().length > 0 ? value : void 0;
  }
  processExistingToolCall(toolCall, toolCallDelta) {
    var _a22;
    if (!toolCall.hasFinished && ((_a22 = toolCallDelta.function) == null ? void 0 : _a22.arguments) != null) {
      toolCall.argumentState.append(toolCallDelta.function.arguments);
      toolCall.function.arguments += toolCallDelta.function.arguments;
      this.controller.enqueue({
        type: "tool-input-delta",
        id: toolCall.id,
        delta: toolCallDelta.function.arguments
      });
    }
  }
  finishToolCall(toolCall) {
    var _a22;
    this.controller.enqueue({
      type: "tool-input-end",
      id: toolCall.id
    });
    const providerMetadata = (_a22 = this.buildToolCallProviderMetadata) == null ? void 0 : _a22.call(
      this,
      toolCall.metadata
    );
    this.controller.enqueue({
      type: "tool-call",
      toolCallId: toolCall.id,
      toolName: toolCall.function.name,
      input: toolCall.function.arguments,
      ...providerMetadata ? { providerMetadata } : {}
    });
    toolCall.hasFinished = true;
  }
};
function withoutTrailingSlash2(url) {
  return url == null ? void 0 : url.replace(/\/$/, "");
}
function stringifyWithBigIntAndCycles2(value) {
  const ancestors = [];
  return JSON.stringify(value, function(_key, value2) {
    if (typeof value2 === "bigint") {
      return value2.toString();
    }
    if (typeof value2 !== "object" || value2 === null) {
      return value2;
    }
    while (ancestors.length > 0 && ancestors.at(-1) !== this) {
      ancestors.pop();
    }
    if (ancestors.includes(value2)) {
      return "[Circular]";
    }
    ancestors.push(value2);
    return value2;
  });
}

// node_modules/@ai-sdk/openai/dist/index.mjs
var openaiErrorDataSchema = () => external_exports.object({
  error: external_exports.object({
    message: external_exports.string(),
    // The additional information below is handled loosely to support
    // OpenAI-compatible providers that have slightly different error
    // responses:
    type: external_exports.string().nullish(),
    param: external_exports.any().nullish(),
    code: external_exports.union([external_exports.string(), external_exports.number()]).nullish()
  })
});
var openaiErrorDataSchemaValidator = lazySchema2(
  () => zodSchema2(openaiErrorDataSchema())
);
var openaiFailedResponseHandler = createJsonErrorResponseHandler2({
  errorSchema: openaiErrorDataSchemaValidator,
  errorToMessage: (data) => data.error.message
});
function getOpenAILanguageModelCapabilities(modelId) {
  var _a22, _b2, _c, _d, _e;
  const oSeriesVersion = getOSeriesVersion(modelId);
  const gptVersion = getGptVersion(modelId);
  const isGptChatModel = (gptVersion == null ? void 0 : gptVersion.minor) == null && ((_b2 = (_a22 = gptVersion == null ? void 0 : gptVersion.variant) == null ? void 0 : _a22.startsWith("chat")) != null ? _b2 : false);
  const isGptNanoModel = (_d = (_c = gptVersion == null ? void 0 : gptVersion.variant) == null ? void 0 : _c.startsWith("nano")) != null ? _d : false;
  const isGpt6OrLaterModel = gptVersion != null && gptVersion.major >= 6;
  const isGpt6OrLaterModelWithNoneEffort = modelId === "gpt-6-sol" || modelId === "gpt-6-luna" || modelId === "gpt-6.1-terra";
  const supportsFlexProcessing = oSeriesVersion != null && oSeriesVersion >= 3 || gptVersion != null && gptVersion.major >= 5 && !isGptChatModel;
  const supportsPriorityProcessing = modelId.startsWith("gpt-4") || gptVersion != null && gptVersion.major >= 5 && !isGptNanoModel && !isGptChatModel || oSeriesVersion != null && oSeriesVersion >= 3;
  const isReasoningModel = oSeriesVersion != null || gptVersion != null && gptVersion.major >= 5 && !isGptChatModel;
  const supportsNonReasoningParameters = !isGpt6OrLaterModel && gptVersion != null && (gptVersion.major > 5 || gptVersion.major === 5 && ((_e = gptVersion.minor) != null ? _e : 0) >= 1);
  const systemMessageMode = isReasoningModel ? "developer" : "system";
  return {
    supportsFlexProcessing,
    supportsPriorityProcessing,
    supportsConfigurationUpdate: isGpt6OrLaterModel,
    supportsAsyncToolCalling: isGpt6OrLaterModel,
    supportedReasoningEfforts: isGpt6OrLaterModelWithNoneEffort ? ["none", "low", "medium", "high", "xhigh", "max"] : isGpt6OrLaterModel ? ["low", "medium", "high", "xhigh", "max"] : void 0,
    isReasoningModel,
    systemMessageMode,
    supportsNonReasoningParameters
  };
}
function getOSeriesVersion(modelId) {
  const match = /^o(\d+)(?:-|$)/.exec(modelId);
  return match == null ? void 0 : Number(match[1]);
}
function getGptVersion(modelId) {
  const match = /^gpt-(\d+)(?:\.(\d+))?(?:-(.+))?$/.exec(modelId);
  if (match == null) {
    return void 0;
  }
  return {
    major: Number(match[1]),
    minor: match[2] == null ? void 0 : Number(match[2]),
    variant: match[3]
  };
}
function normalizeOpenAIJsonSchema(schema) {
  const normalizedSchema = normalizeSchema(schema, true);
  const reference = getSingletonReference(normalizedSchema);
  if (reference == null) {
    return normalizedSchema;
  }
  const { allOf: _allOf, ...schemaWithoutAllOf } = normalizedSchema;
  const referencedSchema = getLocalReferenceSchema(reference, normalizedSchema);
  return typeof referencedSchema !== "object" || referencedSchema == null ? normalizedSchema : { ...referencedSchema, ...schemaWithoutAllOf };
  function normalizeSchema(schema2, isRoot = false) {
    if (typeof schema2 !== "object" || schema2 == null) {
      return schema2;
    }
    const normalizedSchema2 = { ...schema2 };
    if (normalizedSchema2.properties != null) {
      normalizedSchema2.properties = normalizeSchemaRecord(
        normalizedSchema2.properties
      );
    }
    if (normalizedSchema2.patternProperties != null) {
      normalizedSchema2.patternProperties = normalizeSchemaRecord(
        normalizedSchema2.patternProperties
      );
    }
    if (normalizedSchema2.definitions != null) {
      normalizedSchema2.definitions = normalizeSchemaRecord(
        normalizedSchema2.definitions
      );
    }
    if (normalizedSchema2.$defs != null) {
      normalizedSchema2.$defs = normalizeSchemaRecord(normalizedSchema2.$defs);
    }
    if (normalizedSchema2.items != null) {
      normalizedSchema2.items = Array.isArray(normalizedSchema2.items) ? normalizedSchema2.items.map((item) => normalizeSchema(item)) : normalizeSchema(normalizedSchema2.items);
    }
    if (normalizedSchema2.allOf != null) {
      normalizedSchema2.allOf = normalizedSchema2.allOf.map(
        (item) => normalizeSchema(item)
      );
    }
    if (normalizedSchema2.anyOf != null) {
      normalizedSchema2.anyOf = normalizedSchema2.anyOf.map(
        (item) => normalizeSchema(item)
      );
    }
    if (normalizedSchema2.oneOf != null) {
      normalizedSchema2.oneOf = normalizedSchema2.oneOf.map(
        (item) => normalizeSchema(item)
      );
    }
    if (typeof normalizedSchema2.additionalProperties === "object" && normalizedSchema2.additionalProperties != null) {
      normalizedSchema2.additionalProperties = normalizeSchema(
        normalizedSchema2.additionalProperties
      );
    }
    const reference2 = getSingletonReference(normalizedSchema2);
    if (reference2 == null || isRoot) {
      return normalizedSchema2;
    }
    const { allOf: _allOf2, ...schemaWithoutAllOf2 } = normalizedSchema2;
    return { ...schemaWithoutAllOf2, $ref: reference2 };
  }
  function normalizeSchemaRecord(record) {
    return Object.fromEntries(
      Object.entries(record).map(([key, value]) => [
        key,
        normalizeSchema(value)
      ])
    );
  }
  function getSingletonReference(schema2) {
    var _a22;
    if (((_a22 = schema2.allOf) == null ? void 0 : _a22.length) !== 1) {
      return void 0;
    }
    const [allOfSchema] = schema2.allOf;
    return typeof allOfSchema === "object" && allOfSchema != null && Object.keys(allOfSchema).length === 1 && typeof allOfSchema.$ref === "string" ? allOfSchema.$ref : void 0;
  }
  function getLocalReferenceSchema(reference2, schema2) {
    var _a22, _b2;
    const match = /^#\/(definitions|\$defs)\/(.+)$/.exec(reference2);
    if (match == null) {
      return void 0;
    }
    const [, keyword, encodedName] = match;
    const name2 = encodedName.replace(/~1/g, "/").replace(/~0/g, "~");
    const definition = keyword === "definitions" ? (_a22 = schema2.definitions) == null ? void 0 : _a22[name2] : (_b2 = schema2.$defs) == null ? void 0 : _b2[name2];
    return definition;
  }
}
function createOpenAIProviderStreamError(frame) {
  var _a22, _b2;
  const streamError = parseStreamError(frame);
  if (streamError == null) {
    return void 0;
  }
  const statusCode = getStatusCode(streamError);
  return {
    message: streamError.message,
    type: (_a22 = streamError.type) != null ? _a22 : void 0,
    code: (_b2 = streamError.code) != null ? _b2 : void 0,
    statusCode,
    isRetryable: isRetryableStreamError(streamError, statusCode),
    data: frame
  };
}
async function throwIfOpenAIStreamErrorBeforeOutput({
  stream,
  getError,
  isOutputChunk,
  url,
  requestBodyValues,
  responseHeaders
}) {
  const [streamForEarlyError, streamForConsumer] = stream.tee();
  const reader = streamForEarlyError.getReader();
  try {
    while (true) {
      const result = await reader.read();
      if (result.done) {
        return streamForConsumer;
      }
      const chunk = result.value;
      if (!chunk.success) {
        return streamForConsumer;
      }
      const errorFrame = getError(chunk.value);
      if (errorFrame != null) {
        streamForConsumer.cancel().catch(() => {
        });
        throw createOpenAIStreamError({
          frame: errorFrame,
          url,
          requestBodyValues,
          responseHeaders
        });
      }
      if (isOutputChunk(chunk.value)) {
        return streamForConsumer;
      }
    }
  } finally {
    reader.cancel().catch(() => {
    });
    reader.releaseLock();
  }
}
function createOpenAIStreamError({
  frame,
  url,
  requestBodyValues,
  responseHeaders
}) {
  var _a22;
  const streamError = parseStreamError(frame);
  return new APICallError({
    message: (_a22 = streamError == null ? void 0 : streamError.message) != null ? _a22 : "OpenAI stream failed before any output was generated",
    url,
    requestBodyValues,
    statusCode: streamError == null ? 500 : getStatusCode(streamError),
    responseHeaders,
    responseBody: JSON.stringify(frame),
    data: frame,
    isRetryable: streamError == null ? true : isRetryableStreamError(streamError, getStatusCode(streamError))
  });
}
function parseStreamError(frame) {
  var _a22;
  const value = asRecord(frame);
  if (value == null) {
    return void 0;
  }
  if (value.type === "response.failed") {
    const response = asRecord(value.response);
    const responseError = asRecord(response == null ? void 0 : response.error);
    return typeof (responseError == null ? void 0 : responseError.message) === "string" ? {
      message: responseError.message,
      code: getStringOrNumber(responseError.code),
      type: "response.failed"
    } : void 0;
  }
  const error = (_a22 = asRecord(value.error)) != null ? _a22 : value;
  return typeof error.message === "string" && (asRecord(value.error) != null || typeof error.type === "string" || "code" in error || "param" in error) ? {
    message: error.message,
    code: getStringOrNumber(error.code),
    type: typeof error.type === "string" ? error.type : void 0
  } : void 0;
}
function getStatusCode(error) {
  if (typeof error.code === "number" && isHttpErrorStatusCode(error.code)) {
    return error.code;
  }
  if (typeof error.code === "string" && /^\d{3}$/.test(error.code)) {
    const numericCode = Number(error.code);
    if (isHttpErrorStatusCode(numericCode)) {
      return numericCode;
    }
  }
  const discriminator = [error.code, error.type].filter((value) => typeof value === "string" || typeof value === "number").join(" ").toLowerCase();
  if (["insufficient_quota", "rate_limit"].some(
    (term) => discriminator.includes(term)
  )) {
    return 429;
  }
  if (discriminator.includes("authentication")) return 401;
  if (discriminator.includes("permission")) return 403;
  if (discriminator.includes("not_found")) return 404;
  if (["invalid", "bad_request", "context_length"].some(
    (term) => discriminator.includes(term)
  )) {
    return 400;
  }
  if (discriminator.includes("overload")) return 503;
  if (discriminator.includes("timeout")) return 504;
  return 500;
}
function asRecord(value) {
  return typeof value === "object" && value != null ? value : void 0;
}
function getStringOrNumber(value) {
  return typeof value === "string" || typeof value === "number" ? value : void 0;
}
function isHttpErrorStatusCode(value) {
  return Number.isInteger(value) && value >= 400 && value <= 599;
}
function isRetryableStatusCode(statusCode) {
  return statusCode === 408 || statusCode === 409 || statusCode === 429 || statusCode >= 500;
}
function isRetryableStreamError(error, statusCode) {
  if (error.code === "insufficient_quota" || error.type === "insufficient_quota") {
    return false;
  }
  return isRetryableStatusCode(statusCode);
}
function convertOpenAIChatUsage(usage) {
  var _a22, _b2, _c, _d, _e, _f, _g, _h;
  if (usage == null) {
    return {
      inputTokens: {
        total: void 0,
        noCache: void 0,
        cacheRead: void 0,
        cacheWrite: void 0
      },
      outputTokens: {
        total: void 0,
        text: void 0,
        reasoning: void 0
      },
      raw: void 0
    };
  }
  const promptTokens = (_a22 = usage.prompt_tokens) != null ? _a22 : 0;
  const completionTokens = (_b2 = usage.completion_tokens) != null ? _b2 : 0;
  const cachedTokens = (_d = (_c = usage.prompt_tokens_details) == null ? void 0 : _c.cached_tokens) != null ? _d : 0;
  const cacheWriteTokens = (_f = (_e = usage.prompt_tokens_details) == null ? void 0 : _e.cache_write_tokens) != null ? _f : void 0;
  const reasoningTokens = (_h = (_g = usage.completion_tokens_details) == null ? void 0 : _g.reasoning_tokens) != null ? _h : 0;
  return {
    inputTokens: {
      total: promptTokens,
      noCache: promptTokens - cachedTokens - (cacheWriteTokens != null ? cacheWriteTokens : 0),
      cacheRead: cachedTokens,
      cacheWrite: cacheWriteTokens
    },
    outputTokens: {
      total: completionTokens,
      text: Math.max(0, completionTokens - reasoningTokens),
      reasoning: reasoningTokens
    },
    raw: usage
  };
}
function serializeToolCallArguments(input) {
  if (typeof input === "string") {
    try {
      const parsed = secureJsonParse2(input);
      if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
        return "{}";
      }
      return input;
    } catch (e) {
      return "{}";
    }
  }
  return stringifyWithBigIntAndCycles2(
    typeof input === "object" && input !== null && !Array.isArray(input) ? input : {}
  );
}
function getPromptCacheBreakpoint(providerOptions) {
  var _a22;
  return (_a22 = providerOptions == null ? void 0 : providerOptions.openai) == null ? void 0 : _a22.promptCacheBreakpoint;
}
function convertToOpenAIChatMessages({
  prompt,
  systemMessageMode = "system"
}) {
  var _a22, _b2;
  const messages = [];
  const warnings = [];
  for (const { role, content, providerOptions } of prompt) {
    switch (role) {
      case "system": {
        switch (systemMessageMode) {
          case "system": {
            const promptCacheBreakpoint = getPromptCacheBreakpoint(providerOptions);
            messages.push({
              role: "system",
              content: promptCacheBreakpoint == null ? content : [
                {
                  type: "text",
                  text: content,
                  prompt_cache_breakpoint: promptCacheBreakpoint
                }
              ]
            });
            break;
          }
          case "developer": {
            const promptCacheBreakpoint = getPromptCacheBreakpoint(providerOptions);
            messages.push({
              role: "developer",
              content: promptCacheBreakpoint == null ? content : [
                {
                  type: "text",
                  text: content,
                  prompt_cache_breakpoint: promptCacheBreakpoint
                }
              ]
            });
            break;
          }
          case "remove": {
            warnings.push({
              type: "other",
              message: "system messages are removed for this model"
            });
            break;
          }
          default: {
            const _exhaustiveCheck = systemMessageMode;
            throw new Error(
              `Unsupported system message mode: ${_exhaustiveCheck}`
            );
          }
        }
        break;
      }
      case "user": {
        if (content.length === 1 && content[0].type === "text" && getPromptCacheBreakpoint(content[0].providerOptions) == null) {
          messages.push({ role: "user", content: content[0].text });
          break;
        }
        messages.push({
          role: "user",
          content: content.map((part, index) => {
            var _a3, _b22, _c;
            switch (part.type) {
              case "text": {
                const promptCacheBreakpoint = getPromptCacheBreakpoint(
                  part.providerOptions
                );
                return {
                  type: "text",
                  text: part.text,
                  ...promptCacheBreakpoint != null && {
                    prompt_cache_breakpoint: promptCacheBreakpoint
                  }
                };
              }
              case "file": {
                const promptCacheBreakpoint = getPromptCacheBreakpoint(
                  part.providerOptions
                );
                if (part.mediaType.startsWith("image/")) {
                  const mediaType = part.mediaType === "image/*" ? "image/jpeg" : part.mediaType;
                  return {
                    type: "image_url",
                    image_url: {
                      url: part.data instanceof URL ? part.data.toString() : `data:${mediaType};base64,${convertToBase642(part.data)}`,
                      // OpenAI specific extension: image detail
                      detail: (_b22 = (_a3 = part.providerOptions) == null ? void 0 : _a3.openai) == null ? void 0 : _b22.imageDetail
                    },
                    ...promptCacheBreakpoint != null && {
                      prompt_cache_breakpoint: promptCacheBreakpoint
                    }
                  };
                } else if (part.mediaType.startsWith("audio/")) {
                  if (part.data instanceof URL) {
                    throw new UnsupportedFunctionalityError({
                      functionality: "audio file parts with URLs"
                    });
                  }
                  switch (part.mediaType) {
                    case "audio/wav": {
                      return {
                        type: "input_audio",
                        input_audio: {
                          data: convertToBase642(part.data),
                          format: "wav"
                        },
                        ...promptCacheBreakpoint != null && {
                          prompt_cache_breakpoint: promptCacheBreakpoint
                        }
                      };
                    }
                    case "audio/mp3":
                    case "audio/mpeg": {
                      return {
                        type: "input_audio",
                        input_audio: {
                          data: convertToBase642(part.data),
                          format: "mp3"
                        },
                        ...promptCacheBreakpoint != null && {
                          prompt_cache_breakpoint: promptCacheBreakpoint
                        }
                      };
                    }
                    default: {
                      throw new UnsupportedFunctionalityError({
                        functionality: `audio content parts with media type ${part.mediaType}`
                      });
                    }
                  }
                } else if (part.mediaType === "application/pdf") {
                  if (part.data instanceof URL) {
                    throw new UnsupportedFunctionalityError({
                      functionality: "PDF file parts with URLs"
                    });
                  }
                  return {
                    type: "file",
                    file: typeof part.data === "string" && part.data.startsWith("file-") ? { file_id: part.data } : {
                      filename: (_c = part.filename) != null ? _c : `part-${index}.pdf`,
                      file_data: `data:application/pdf;base64,${convertToBase642(part.data)}`
                    },
                    ...promptCacheBreakpoint != null && {
                      prompt_cache_breakpoint: promptCacheBreakpoint
                    }
                  };
                } else {
                  throw new UnsupportedFunctionalityError({
                    functionality: `file part media type ${part.mediaType}`
                  });
                }
              }
            }
          })
        });
        break;
      }
      case "assistant": {
        let text = "";
        const textParts = [];
        let hasPromptCacheBreakpoint = false;
        const toolCalls = [];
        for (const part of content) {
          switch (part.type) {
            case "text": {
              const promptCacheBreakpoint = getPromptCacheBreakpoint(
                part.providerOptions
              );
              text += part.text;
              textParts.push({
                type: "text",
                text: part.text,
                ...promptCacheBreakpoint != null && {
                  prompt_cache_breakpoint: promptCacheBreakpoint
                }
              });
              hasPromptCacheBreakpoint || (hasPromptCacheBreakpoint = promptCacheBreakpoint != null);
              break;
            }
            case "tool-call": {
              toolCalls.push({
                id: part.toolCallId,
                type: "function",
                function: {
                  name: part.toolName,
                  arguments: serializeToolCallArguments(part.input)
                }
              });
              break;
            }
          }
        }
        messages.push({
          role: "assistant",
          content: hasPromptCacheBreakpoint ? textParts : toolCalls.length > 0 ? text || null : text,
          tool_calls: toolCalls.length > 0 ? toolCalls : void 0
        });
        break;
      }
      case "tool": {
        for (const toolResponse of content) {
          if (toolResponse.type === "tool-approval-response") {
            continue;
          }
          const output = toolResponse.output;
          const promptCacheBreakpoint = (_a22 = output.type === "content" ? output.value.map((part) => getPromptCacheBreakpoint(part.providerOptions)).find((breakpoint) => breakpoint != null) : getPromptCacheBreakpoint(output.providerOptions)) != null ? _a22 : getPromptCacheBreakpoint(toolResponse.providerOptions);
          let contentValue;
          switch (output.type) {
            case "text":
            case "error-text":
              contentValue = output.value;
              break;
            case "execution-denied":
              contentValue = (_b2 = output.reason) != null ? _b2 : "Tool call execution denied.";
              break;
            case "content":
            case "json":
            case "error-json":
              contentValue = stringifyWithBigIntAndCycles2(output.value);
              break;
          }
          messages.push({
            role: "tool",
            tool_call_id: toolResponse.toolCallId,
            content: promptCacheBreakpoint == null ? contentValue : [
              {
                type: "text",
                text: contentValue,
                prompt_cache_breakpoint: promptCacheBreakpoint
              }
            ]
          });
        }
        break;
      }
      default: {
        const _exhaustiveCheck = role;
        throw new Error(`Unsupported role: ${_exhaustiveCheck}`);
      }
    }
  }
  return { messages, warnings };
}
function getResponseMetadata({
  id,
  model,
  created
}) {
  return {
    id: id != null ? id : void 0,
    modelId: model != null ? model : void 0,
    timestamp: created ? new Date(created * 1e3) : void 0
  };
}
function mapOpenAIFinishReason({
  finishReason,
  hasRefusal = false
}) {
  switch (finishReason) {
    case "stop":
      return hasRefusal ? "content-filter" : "stop";
    case "length":
      return "length";
    case "content_filter":
      return "content-filter";
    case "function_call":
    case "tool_calls":
      return "tool-calls";
    default:
      return "other";
  }
}
var openaiChatResponseSchema = lazySchema2(
  () => zodSchema2(
    external_exports.object({
      id: external_exports.string().nullish(),
      created: external_exports.number().nullish(),
      model: external_exports.string().nullish(),
      choices: external_exports.array(
        external_exports.object({
          message: external_exports.object({
            role: external_exports.literal("assistant").nullish(),
            content: external_exports.string().nullish(),
            // set instead of `content` when the model refuses to answer:
            refusal: external_exports.string().nullish(),
            audio: external_exports.object({
              transcript: external_exports.string().nullish()
            }).nullish(),
            tool_calls: external_exports.array(
              external_exports.object({
                id: external_exports.string().nullish(),
                type: external_exports.literal("function"),
                function: external_exports.object({
                  name: external_exports.string(),
                  arguments: external_exports.string()
                })
              })
            ).nullish(),
            annotations: external_exports.array(
              external_exports.object({
                type: external_exports.literal("url_citation"),
                url_citation: external_exports.object({
                  start_index: external_exports.number(),
                  end_index: external_exports.number(),
                  url: external_exports.string(),
                  title: external_exports.string()
                })
              })
            ).nullish()
          }),
          index: external_exports.number(),
          logprobs: external_exports.object({
            content: external_exports.array(
              external_exports.object({
                token: external_exports.string(),
                logprob: external_exports.number(),
                top_logprobs: external_exports.array(
                  external_exports.object({
                    token: external_exports.string(),
                    logprob: external_exports.number()
                  })
                )
              })
            ).nullish(),
            // logprobs of the refusal tokens (set instead of `content` when
            // the model refuses to answer):
            refusal: external_exports.array(
              external_exports.object({
                token: external_exports.string(),
                logprob: external_exports.number(),
                top_logprobs: external_exports.array(
                  external_exports.object({
                    token: external_exports.string(),
                    logprob: external_exports.number()
                  })
                )
              })
            ).nullish()
          }).nullish(),
          finish_reason: external_exports.string().nullish()
        })
      ),
      usage: external_exports.object({
        prompt_tokens: external_exports.number().nullish(),
        completion_tokens: external_exports.number().nullish(),
        total_tokens: external_exports.number().nullish(),
        prompt_tokens_details: external_exports.object({
          cached_tokens: external_exports.number().nullish(),
          cache_write_tokens: external_exports.number().nullish()
        }).nullish(),
        completion_tokens_details: external_exports.object({
          reasoning_tokens: external_exports.number().nullish(),
          accepted_prediction_tokens: external_exports.number().nullish(),
          rejected_prediction_tokens: external_exports.number().nullish()
        }).nullish()
      }).nullish()
    })
  )
);
var openaiChatChunkSchema = lazySchema2(
  () => zodSchema2(
    external_exports.union([
      external_exports.object({
        id: external_exports.string().nullish(),
        created: external_exports.number().nullish(),
        model: external_exports.string().nullish(),
        choices: external_exports.array(
          external_exports.object({
            delta: external_exports.object({
              role: external_exports.enum(["assistant"]).nullish(),
              content: external_exports.string().nullish(),
              // set instead of `content` when the model refuses to answer:
              refusal: external_exports.string().nullish(),
              tool_calls: external_exports.array(
                external_exports.object({
                  index: external_exports.number(),
                  id: external_exports.string().nullish(),
                  type: external_exports.literal("function").nullish(),
                  function: external_exports.object({
                    name: external_exports.string().nullish(),
                    arguments: external_exports.string().nullish()
                  })
                })
              ).nullish(),
              annotations: external_exports.array(
                external_exports.object({
                  type: external_exports.literal("url_citation"),
                  url_citation: external_exports.object({
                    start_index: external_exports.number(),
                    end_index: external_exports.number(),
                    url: external_exports.string(),
                    title: external_exports.string()
                  })
                })
              ).nullish()
            }).nullish(),
            logprobs: external_exports.object({
              content: external_exports.array(
                external_exports.object({
                  token: external_exports.string(),
                  logprob: external_exports.number(),
                  top_logprobs: external_exports.array(
                    external_exports.object({
                      token: external_exports.string(),
                      logprob: external_exports.number()
                    })
                  )
                })
              ).nullish(),
              // logprobs of the refusal tokens (set instead of `content` when
              // the model refuses to answer):
              refusal: external_exports.array(
                external_exports.object({
                  token: external_exports.string(),
                  logprob: external_exports.number(),
                  top_logprobs: external_exports.array(
                    external_exports.object({
                      token: external_exports.string(),
                      logprob: external_exports.number()
                    })
                  )
                })
              ).nullish()
            }).nullish(),
            finish_reason: external_exports.string().nullish(),
            index: external_exports.number()
          })
        ),
        usage: external_exports.object({
          prompt_tokens: external_exports.number().nullish(),
          completion_tokens: external_exports.number().nullish(),
          total_tokens: external_exports.number().nullish(),
          prompt_tokens_details: external_exports.object({
            cached_tokens: external_exports.number().nullish(),
            cache_write_tokens: external_exports.number().nullish()
          }).nullish(),
          completion_tokens_details: external_exports.object({
            reasoning_tokens: external_exports.number().nullish(),
            accepted_prediction_tokens: external_exports.number().nullish(),
            rejected_prediction_tokens: external_exports.number().nullish()
          }).nullish()
        }).nullish()
      }),
      openaiErrorDataSchema()
    ])
  )
);
var openaiLanguageModelChatOptions = lazySchema2(
  () => zodSchema2(
    external_exports.object({
      /**
       * Modify the likelihood of specified tokens appearing in the completion.
       *
       * Accepts a JSON object that maps tokens (specified by their token ID in
       * the GPT tokenizer) to an associated bias value from -100 to 100.
       */
      logitBias: external_exports.record(external_exports.coerce.number(), external_exports.number()).optional(),
      /**
       * Return the log probabilities of the tokens.
       *
       * Setting to true will return the log probabilities of the tokens that
       * were generated.
       *
       * Setting to a number will return the log probabilities of the top n
       * tokens that were generated.
       */
      logprobs: external_exports.union([external_exports.boolean(), external_exports.number()]).optional(),
      /**
       * Whether to enable parallel function calling during tool use. Default to true.
       */
      parallelToolCalls: external_exports.boolean().optional(),
      /**
       * A unique identifier representing your end-user, which can help OpenAI to
       * monitor and detect abuse.
       */
      user: external_exports.string().optional(),
      /**
       * Reasoning effort for reasoning models. Defaults to `medium`.
       * GPT-6 and later models support 'low' | 'medium' | 'high' | 'xhigh' | 'max'.
       */
      reasoningEffort: external_exports.enum(["none", "minimal", "low", "medium", "high", "xhigh", "max"]).optional(),
      /**
       * Maximum number of completion tokens to generate. Useful for reasoning models.
       */
      maxCompletionTokens: external_exports.number().optional(),
      /**
       * Whether to enable persistence in responses API.
       */
      store: external_exports.boolean().optional(),
      /**
       * Metadata to associate with the request.
       */
      metadata: external_exports.record(external_exports.string().max(64), external_exports.string().max(512)).optional(),
      /**
       * Parameters for prediction mode.
       */
      prediction: external_exports.record(external_exports.string(), external_exports.any()).optional(),
      /**
       * Service tier for the request.
       * - 'auto': Default service tier. The request will be processed with the service tier configured in the
       *           Project settings. Unless otherwise configured, the Project will use 'default'.
       * - 'flex': 50% cheaper processing at the cost of increased latency. Only available for o3 and o4-mini models.
       * - 'priority': Higher-speed processing with predictably low latency at premium cost. Available for Enterprise customers.
       * - 'fast': OpenAI's newer name for the 'priority' tier. Interchangeable with it.
       * - 'ultrafast': Access-controlled Ultrafast processing. Only available for gpt-5.6-sol.
       * - 'default': The request will be processed with the standard pricing and performance for the selected model.
       *
       * @default 'auto'
       */
      serviceTier: external_exports.enum(["auto", "flex", "priority", "fast", "ultrafast", "default"]).optional(),
      /**
       * Whether to use strict JSON schema validation.
       *
       * @default true
       */
      strictJsonSchema: external_exports.boolean().optional(),
      /**
       * Controls the verbosity of the model's responses.
       * Lower values will result in more concise responses, while higher values will result in more verbose responses.
       */
      textVerbosity: external_exports.enum(["low", "medium", "high"]).optional(),
      /**
       * A cache key for prompt caching. Allows manual control over prompt caching behavior.
       * Useful for improving cache hit rates and working around automatic caching issues.
       */
      promptCacheKey: external_exports.string().optional(),
      /**
       * Prompt cache behavior for GPT-5.6 and later models.
       * `mode` controls whether OpenAI also places an implicit breakpoint.
       * `ttl` sets the minimum cache lifetime and currently only supports 30 minutes.
       */
      promptCacheOptions: external_exports.object({
        mode: external_exports.enum(["implicit", "explicit"]).optional(),
        ttl: external_exports.literal("30m").optional()
      }).optional(),
      /**
       * The retention policy for the prompt cache.
       * - 'in_memory': Default. Standard prompt caching behavior.
       * - '24h': Extended prompt caching that keeps cached prefixes active for up to 24 hours.
       *          Available for models before GPT-5.6 that support extended caching.
       *
       * @deprecated For GPT-5.6 and later models, use `promptCacheOptions.ttl`.
       *
       * @default 'in_memory'
       */
      promptCacheRetention: external_exports.enum(["in_memory", "24h"]).optional(),
      /**
       * A stable identifier used to help detect users of your application
       * that may be violating OpenAI's usage policies. The IDs should be a
       * string that uniquely identifies each user. We recommend hashing their
       * username or email address, in order to avoid sending us any identifying
       * information.
       */
      safetyIdentifier: external_exports.string().optional(),
      /**
       * Override the system message mode for this model.
       * - 'system': Use the 'system' role for system messages (default for most models)
       * - 'developer': Use the 'developer' role for system messages (used by reasoning models)
       * - 'remove': Remove system messages entirely
       *
       * If not specified, the mode is automatically determined based on the model.
       */
      systemMessageMode: external_exports.enum(["system", "developer", "remove"]).optional(),
      /**
       * Force treating this model as a reasoning model.
       *
       * This is useful for "stealth" reasoning models (e.g. via a custom baseURL)
       * where the model ID is not recognized by the SDK's allowlist.
       *
       * When enabled, the SDK applies reasoning-model parameter compatibility rules
       * and defaults `systemMessageMode` to `developer` unless overridden.
       */
      forceReasoning: external_exports.boolean().optional()
    })
  )
);
function prepareChatTools({
  tools,
  toolChoice
}) {
  tools = (tools == null ? void 0 : tools.length) ? tools : void 0;
  const toolWarnings = [];
  if (tools == null) {
    return { tools: void 0, toolChoice: void 0, toolWarnings };
  }
  const openaiTools2 = [];
  for (const tool3 of tools) {
    switch (tool3.type) {
      case "function":
        openaiTools2.push({
          type: "function",
          function: {
            name: tool3.name,
            description: tool3.description,
            parameters: tool3.inputSchema,
            ...tool3.strict != null ? { strict: tool3.strict } : {}
          }
        });
        break;
      default:
        toolWarnings.push({
          type: "unsupported",
          feature: `tool type: ${tool3.type}`
        });
        break;
    }
  }
  if (toolChoice == null) {
    return { tools: openaiTools2, toolChoice: void 0, toolWarnings };
  }
  const type = toolChoice.type;
  switch (type) {
    case "auto":
    case "none":
    case "required":
      return { tools: openaiTools2, toolChoice: type, toolWarnings };
    case "tool":
      return {
        tools: openaiTools2,
        toolChoice: {
          type: "function",
          function: {
            name: toolChoice.toolName
          }
        },
        toolWarnings
      };
    default: {
      const _exhaustiveCheck = type;
      throw new UnsupportedFunctionalityError({
        functionality: `tool choice type: ${_exhaustiveCheck}`
      });
    }
  }
}
var OpenAIChatLanguageModel = class {
  constructor(modelId, config) {
    this.specificationVersion = "v3";
    this.supportedUrls = {
      "image/*": [/^https?:\/\/.*$/]
    };
    this.modelId = modelId;
    this.config = config;
  }
  get provider() {
    return this.config.provider;
  }
  async getArgs({
    prompt,
    maxOutputTokens,
    temperature,
    topP,
    topK,
    frequencyPenalty,
    presencePenalty,
    stopSequences,
    responseFormat,
    seed,
    tools,
    toolChoice,
    providerOptions
  }) {
    var _a22, _b2, _c, _d, _e;
    const warnings = [];
    const openaiOptions = (_a22 = await parseProviderOptions2({
      provider: "openai",
      providerOptions,
      schema: openaiLanguageModelChatOptions
    })) != null ? _a22 : {};
    const modelCapabilities = getOpenAILanguageModelCapabilities(this.modelId);
    const isReasoningModel = (_b2 = openaiOptions.forceReasoning) != null ? _b2 : modelCapabilities.isReasoningModel;
    let resolvedReasoningEffort = openaiOptions.reasoningEffort;
    if (resolvedReasoningEffort != null && modelCapabilities.supportedReasoningEfforts != null && !modelCapabilities.supportedReasoningEfforts.includes(
      resolvedReasoningEffort
    )) {
      warnings.push({
        type: "unsupported",
        feature: "reasoningEffort",
        details: `${this.modelId} only supports the following reasoning efforts: ${modelCapabilities.supportedReasoningEfforts.join(", ")}`
      });
      resolvedReasoningEffort = void 0;
    }
    if (topK != null) {
      warnings.push({ type: "unsupported", feature: "topK" });
    }
    const { messages, warnings: messageWarnings } = convertToOpenAIChatMessages(
      {
        prompt,
        systemMessageMode: (_c = openaiOptions.systemMessageMode) != null ? _c : isReasoningModel ? "developer" : modelCapabilities.systemMessageMode
      }
    );
    warnings.push(...messageWarnings);
    const strictJsonSchema = (_d = openaiOptions.strictJsonSchema) != null ? _d : true;
    const baseArgs = {
      // model id:
      model: this.modelId,
      // model specific settings:
      logit_bias: openaiOptions.logitBias,
      logprobs: openaiOptions.logprobs === true || typeof openaiOptions.logprobs === "number" ? true : void 0,
      top_logprobs: typeof openaiOptions.logprobs === "number" ? openaiOptions.logprobs : typeof openaiOptions.logprobs === "boolean" ? openaiOptions.logprobs ? 0 : void 0 : void 0,
      user: openaiOptions.user,
      parallel_tool_calls: openaiOptions.parallelToolCalls,
      // standardized settings:
      max_tokens: maxOutputTokens,
      temperature,
      top_p: topP,
      frequency_penalty: frequencyPenalty,
      presence_penalty: presencePenalty,
      response_format: (responseFormat == null ? void 0 : responseFormat.type) === "json" ? responseFormat.schema != null ? {
        type: "json_schema",
        json_schema: {
          schema: normalizeOpenAIJsonSchema(responseFormat.schema),
          strict: strictJsonSchema,
          name: (_e = responseFormat.name) != null ? _e : "response",
          description: responseFormat.description
        }
      } : { type: "json_object" } : void 0,
      stop: stopSequences,
      seed,
      verbosity: openaiOptions.textVerbosity,
      // openai specific settings:
      // TODO AI SDK 6: remove, we auto-map maxOutputTokens now
      max_completion_tokens: openaiOptions.maxCompletionTokens,
      store: openaiOptions.store,
      metadata: openaiOptions.metadata,
      prediction: openaiOptions.prediction,
      reasoning_effort: resolvedReasoningEffort,
      service_tier: openaiOptions.serviceTier,
      prompt_cache_key: openaiOptions.promptCacheKey,
      prompt_cache_options: openaiOptions.promptCacheOptions,
      prompt_cache_retention: openaiOptions.promptCacheRetention,
      safety_identifier: openaiOptions.safetyIdentifier,
      // messages:
      messages
    };
    if (modelCapabilities.supportedReasoningEfforts != null && baseArgs.prompt_cache_retention != null) {
      baseArgs.prompt_cache_retention = void 0;
      warnings.push({
        type: "unsupported",
        feature: "promptCacheRetention",
        details: "promptCacheRetention is not supported by GPT-6 and later models; use promptCacheOptions instead"
      });
    }
    if (isReasoningModel) {
      if (openaiOptions.reasoningEffort !== "none" || !modelCapabilities.supportsNonReasoningParameters) {
        if (baseArgs.temperature != null) {
          baseArgs.temperature = void 0;
          warnings.push({
            type: "unsupported",
            feature: "temperature",
            details: "temperature is not supported for reasoning models"
          });
        }
        if (baseArgs.top_p != null) {
          baseArgs.top_p = void 0;
          warnings.push({
            type: "unsupported",
            feature: "topP",
            details: "topP is not supported for reasoning models"
          });
        }
        if (baseArgs.logprobs != null) {
          baseArgs.logprobs = void 0;
          warnings.push({
            type: "other",
            message: "logprobs is not supported for reasoning models"
          });
        }
      }
      if (baseArgs.frequency_penalty != null) {
        baseArgs.frequency_penalty = void 0;
        warnings.push({
          type: "unsupported",
          feature: "frequencyPenalty",
          details: "frequencyPenalty is not supported for reasoning models"
        });
      }
      if (baseArgs.presence_penalty != null) {
        baseArgs.presence_penalty = void 0;
        warnings.push({
          type: "unsupported",
          feature: "presencePenalty",
          details: "presencePenalty is not supported for reasoning models"
        });
      }
      if (baseArgs.logit_bias != null) {
        baseArgs.logit_bias = void 0;
        warnings.push({
          type: "other",
          message: "logitBias is not supported for reasoning models"
        });
      }
      if (baseArgs.top_logprobs != null) {
        baseArgs.top_logprobs = void 0;
        warnings.push({
          type: "other",
          message: "topLogprobs is not supported for reasoning models"
        });
      }
      if (baseArgs.max_tokens != null) {
        if (baseArgs.max_completion_tokens == null) {
          baseArgs.max_completion_tokens = baseArgs.max_tokens;
        }
        baseArgs.max_tokens = void 0;
      }
    } else if (this.modelId.startsWith("gpt-4o-search-preview") || this.modelId.startsWith("gpt-4o-mini-search-preview")) {
      if (baseArgs.temperature != null) {
        baseArgs.temperature = void 0;
        warnings.push({
          type: "unsupported",
          feature: "temperature",
          details: "temperature is not supported for the search preview models and has been removed."
        });
      }
    }
    if (openaiOptions.serviceTier === "flex" && !modelCapabilities.supportsFlexProcessing) {
      warnings.push({
        type: "unsupported",
        feature: "serviceTier",
        details: "flex processing is only available for o3, o4-mini, and gpt-5 models"
      });
      baseArgs.service_tier = void 0;
    }
    if ((openaiOptions.serviceTier === "priority" || openaiOptions.serviceTier === "fast") && !modelCapabilities.supportsPriorityProcessing) {
      warnings.push({
        type: "unsupported",
        feature: "serviceTier",
        details: "priority processing is only available for supported models (gpt-4, gpt-5, gpt-5-mini, o3, o4-mini) and requires Enterprise access. gpt-5-nano is not supported"
      });
      baseArgs.service_tier = void 0;
    }
    const {
      tools: openaiTools2,
      toolChoice: openaiToolChoice,
      toolWarnings
    } = prepareChatTools({
      tools,
      toolChoice
    });
    return {
      args: {
        ...baseArgs,
        tools: openaiTools2,
        tool_choice: openaiToolChoice
      },
      warnings: [...warnings, ...toolWarnings]
    };
  }
  async doGenerate(options) {
    var _a22, _b2, _c, _d, _e, _f, _g, _h, _i;
    const { args: body, warnings } = await this.getArgs(options);
    const {
      responseHeaders,
      value: response,
      rawValue: rawResponse
    } = await postJsonToApi2({
      url: this.config.url({
        path: "/chat/completions",
        modelId: this.modelId
      }),
      headers: combineHeaders2(this.config.headers(), options.headers),
      body,
      failedResponseHandler: openaiFailedResponseHandler,
      successfulResponseHandler: createJsonResponseHandler2(
        openaiChatResponseSchema
      ),
      abortSignal: options.abortSignal,
      fetch: this.config.fetch
    });
    const choice = response.choices[0];
    if (choice == null) {
      throw new InvalidResponseDataError({
        data: rawResponse,
        message: "Response did not contain any choices."
      });
    }
    const content = [];
    const text = choice.message.content != null && choice.message.content.length > 0 ? choice.message.content : (_a22 = choice.message.audio) == null ? void 0 : _a22.transcript;
    if (text != null && text.length > 0) {
      content.push({ type: "text", text });
    }
    const refusal = choice.message.refusal;
    const hasRefusal = refusal != null && refusal.length > 0;
    if (hasRefusal) {
      content.push({ type: "text", text: refusal });
    }
    for (const toolCall of (_b2 = choice.message.tool_calls) != null ? _b2 : []) {
      content.push({
        type: "tool-call",
        toolCallId: (_c = toolCall.id) != null ? _c : generateId2(),
        toolName: toolCall.function.name,
        input: toolCall.function.arguments
      });
    }
    for (const annotation of (_d = choice.message.annotations) != null ? _d : []) {
      content.push({
        type: "source",
        sourceType: "url",
        id: generateId2(),
        url: annotation.url_citation.url,
        title: annotation.url_citation.title
      });
    }
    const completionTokenDetails = (_e = response.usage) == null ? void 0 : _e.completion_tokens_details;
    const promptTokenDetails = (_f = response.usage) == null ? void 0 : _f.prompt_tokens_details;
    const providerMetadata = { openai: {} };
    if ((completionTokenDetails == null ? void 0 : completionTokenDetails.accepted_prediction_tokens) != null) {
      providerMetadata.openai.acceptedPredictionTokens = completionTokenDetails == null ? void 0 : completionTokenDetails.accepted_prediction_tokens;
    }
    if ((completionTokenDetails == null ? void 0 : completionTokenDetails.rejected_prediction_tokens) != null) {
      providerMetadata.openai.rejectedPredictionTokens = completionTokenDetails == null ? void 0 : completionTokenDetails.rejected_prediction_tokens;
    }
    const contentLogprobs = (_g = choice.logprobs) == null ? void 0 : _g.content;
    const refusalLogprobs = (_h = choice.logprobs) == null ? void 0 : _h.refusal;
    if (contentLogprobs != null || refusalLogprobs != null) {
      providerMetadata.openai.logprobs = [
        ...contentLogprobs != null ? contentLogprobs : [],
        ...refusalLogprobs != null ? refusalLogprobs : []
      ];
    }
    return {
      content,
      finishReason: {
        unified: mapOpenAIFinishReason({
          finishReason: choice.finish_reason,
          hasRefusal
        }),
        raw: (_i = choice.finish_reason) != null ? _i : void 0
      },
      usage: convertOpenAIChatUsage(response.usage),
      request: { body },
      response: {
        ...getResponseMetadata(response),
        headers: responseHeaders,
        body: rawResponse
      },
      warnings,
      providerMetadata
    };
  }
  async doStream(options) {
    const { args, warnings } = await this.getArgs(options);
    const body = {
      ...args,
      stream: true,
      stream_options: {
        include_usage: true
      }
    };
    const url = this.config.url({
      path: "/chat/completions",
      modelId: this.modelId
    });
    const { responseHeaders, value: response } = await postJsonToApi2({
      url,
      headers: combineHeaders2(this.config.headers(), options.headers),
      body,
      failedResponseHandler: openaiFailedResponseHandler,
      successfulResponseHandler: createEventSourceResponseHandler2(
        openaiChatChunkSchema
      ),
      abortSignal: options.abortSignal,
      fetch: this.config.fetch
    });
    const checkedResponse = await throwIfOpenAIStreamErrorBeforeOutput({
      stream: response,
      getError: (chunk) => "error" in chunk ? chunk.error : void 0,
      isOutputChunk: isOpenAIChatOutputChunk,
      url,
      requestBodyValues: body,
      responseHeaders
    });
    let toolCallTracker;
    let finishReason = {
      unified: "other",
      raw: void 0
    };
    let usage = void 0;
    let metadataExtracted = false;
    let isActiveText = false;
    let hasRefusal = false;
    let rawFinishReason = void 0;
    let hasLogprobs = false;
    const streamedLogprobs = [];
    const providerMetadata = { openai: {} };
    const result = {
      stream: checkedResponse.pipeThrough(
        new TransformStream({
          start(controller) {
            toolCallTracker = new StreamingToolCallTracker2(controller, {
              generateId: generateId2,
              typeValidation: "if-present"
            });
            controller.enqueue({ type: "stream-start", warnings });
          },
          transform(chunk, controller) {
            var _a22, _b2, _c, _d;
            if (options.includeRawChunks) {
              controller.enqueue({ type: "raw", rawValue: chunk.rawValue });
            }
            if (!chunk.success) {
              finishReason = { unified: "error", raw: void 0 };
              rawFinishReason = void 0;
              controller.enqueue({ type: "error", error: chunk.error });
              return;
            }
            const value = chunk.value;
            if ("error" in value) {
              finishReason = { unified: "error", raw: void 0 };
              rawFinishReason = void 0;
              controller.enqueue({ type: "error", error: value.error });
              return;
            }
            if (!metadataExtracted) {
              const metadata = getResponseMetadata(value);
              if (Object.values(metadata).some(Boolean)) {
                metadataExtracted = true;
                controller.enqueue({
                  type: "response-metadata",
                  ...getResponseMetadata(value)
                });
              }
            }
            if (value.usage != null) {
              usage = value.usage;
              if (((_a22 = value.usage.completion_tokens_details) == null ? void 0 : _a22.accepted_prediction_tokens) != null) {
                providerMetadata.openai.acceptedPredictionTokens = (_b2 = value.usage.completion_tokens_details) == null ? void 0 : _b2.accepted_prediction_tokens;
              }
              if (((_c = value.usage.completion_tokens_details) == null ? void 0 : _c.rejected_prediction_tokens) != null) {
                providerMetadata.openai.rejectedPredictionTokens = (_d = value.usage.completion_tokens_details) == null ? void 0 : _d.rejected_prediction_tokens;
              }
            }
            const choice = value.choices[0];
            if ((choice == null ? void 0 : choice.finish_reason) != null) {
              rawFinishReason = choice.finish_reason;
            }
            if ((choice == null ? void 0 : choice.logprobs) != null) {
              const contentLogprobs = choice.logprobs.content;
              const refusalLogprobs = choice.logprobs.refusal;
              if (contentLogprobs != null || refusalLogprobs != null) {
                hasLogprobs = true;
                streamedLogprobs.push(
                  ...contentLogprobs != null ? contentLogprobs : [],
                  ...refusalLogprobs != null ? refusalLogprobs : []
                );
              }
            }
            if ((choice == null ? void 0 : choice.delta) == null) {
              return;
            }
            const delta = choice.delta;
            const textDeltas = [];
            if (delta.content != null && delta.content.length > 0) {
              textDeltas.push(delta.content);
            }
            if (delta.refusal != null && delta.refusal.length > 0) {
              hasRefusal = true;
              textDeltas.push(delta.refusal);
            }
            if (textDeltas.length === 0 && delta.content === "") {
              textDeltas.push(delta.content);
            }
            for (const textDelta of textDeltas) {
              if (!isActiveText) {
                controller.enqueue({ type: "text-start", id: "0" });
                isActiveText = true;
              }
              controller.enqueue({
                type: "text-delta",
                id: "0",
                delta: textDelta
              });
            }
            if (delta.tool_calls != null) {
              for (const toolCallDelta of delta.tool_calls) {
                toolCallTracker.processDelta(toolCallDelta);
              }
            }
            if (delta.annotations != null) {
              for (const annotation of delta.annotations) {
                controller.enqueue({
                  type: "source",
                  sourceType: "url",
                  id: generateId2(),
                  url: annotation.url_citation.url,
                  title: annotation.url_citation.title
                });
              }
            }
          },
          flush(controller) {
            if (isActiveText) {
              controller.enqueue({ type: "text-end", id: "0" });
            }
            toolCallTracker.flush();
            if (rawFinishReason != null) {
              finishReason = {
                unified: mapOpenAIFinishReason({
                  finishReason: rawFinishReason,
                  hasRefusal
                }),
                raw: rawFinishReason
              };
            }
            if (hasLogprobs) {
              providerMetadata.openai.logprobs = streamedLogprobs;
            }
            controller.enqueue({
              type: "finish",
              finishReason,
              usage: convertOpenAIChatUsage(usage),
              ...providerMetadata != null ? { providerMetadata } : {}
            });
          }
        })
      ),
      request: { body },
      response: { headers: responseHeaders }
    };
    return result;
  }
};
function isOpenAIChatOutputChunk(chunk) {
  if ("error" in chunk) {
    return false;
  }
  return chunk.choices.some((choice) => {
    const delta = choice.delta;
    return (delta == null ? void 0 : delta.content) != null && delta.content.length > 0 || (delta == null ? void 0 : delta.refusal) != null && delta.refusal.length > 0 || (delta == null ? void 0 : delta.tool_calls) != null && delta.tool_calls.length > 0 || (delta == null ? void 0 : delta.annotations) != null && delta.annotations.length > 0;
  });
}
function convertOpenAICompletionUsage(usage) {
  var _a22, _b2, _c, _d;
  if (usage == null) {
    return {
      inputTokens: {
        total: void 0,
        noCache: void 0,
        cacheRead: void 0,
        cacheWrite: void 0
      },
      outputTokens: {
        total: void 0,
        text: void 0,
        reasoning: void 0
      },
      raw: void 0
    };
  }
  const promptTokens = (_a22 = usage.prompt_tokens) != null ? _a22 : 0;
  const completionTokens = (_b2 = usage.completion_tokens) != null ? _b2 : 0;
  return {
    inputTokens: {
      total: (_c = usage.prompt_tokens) != null ? _c : void 0,
      noCache: promptTokens,
      cacheRead: void 0,
      cacheWrite: void 0
    },
    outputTokens: {
      total: (_d = usage.completion_tokens) != null ? _d : void 0,
      text: completionTokens,
      reasoning: void 0
    },
    raw: usage
  };
}
function convertToOpenAICompletionPrompt({
  prompt,
  user = "user",
  assistant = "assistant"
}) {
  let text = "";
  if (prompt[0].role === "system") {
    text += `${prompt[0].content}

`;
    prompt = prompt.slice(1);
  }
  for (const { role, content } of prompt) {
    switch (role) {
      case "system": {
        throw new InvalidPromptError({
          message: "Unexpected system message in prompt: ${content}",
          prompt
        });
      }
      case "user": {
        const userMessage = content.map((part) => {
          switch (part.type) {
            case "text": {
              return part.text;
            }
          }
        }).filter(Boolean).join("");
        text += `${user}:
${userMessage}

`;
        break;
      }
      case "assistant": {
        const assistantMessage = content.map((part) => {
          switch (part.type) {
            case "text": {
              return part.text;
            }
            case "tool-call": {
              throw new UnsupportedFunctionalityError({
                functionality: "tool-call messages"
              });
            }
          }
        }).join("");
        text += `${assistant}:
${assistantMessage}

`;
        break;
      }
      case "tool": {
        throw new UnsupportedFunctionalityError({
          functionality: "tool messages"
        });
      }
      default: {
        const _exhaustiveCheck = role;
        throw new Error(`Unsupported role: ${_exhaustiveCheck}`);
      }
    }
  }
  text += `${assistant}:
`;
  return {
    prompt: text,
    stopSequences: [`
${user}:`]
  };
}
function getResponseMetadata2({
  id,
  model,
  created
}) {
  return {
    id: id != null ? id : void 0,
    modelId: model != null ? model : void 0,
    timestamp: created != null ? new Date(created * 1e3) : void 0
  };
}
function mapOpenAIFinishReason2(finishReason) {
  switch (finishReason) {
    case "stop":
      return "stop";
    case "length":
      return "length";
    case "content_filter":
      return "content-filter";
    case "function_call":
    case "tool_calls":
      return "tool-calls";
    default:
      return "other";
  }
}
var openaiCompletionResponseSchema = lazySchema2(
  () => zodSchema2(
    external_exports.object({
      id: external_exports.string().nullish(),
      created: external_exports.number().nullish(),
      model: external_exports.string().nullish(),
      choices: external_exports.array(
        external_exports.object({
          text: external_exports.string(),
          finish_reason: external_exports.string(),
          logprobs: external_exports.object({
            tokens: external_exports.array(external_exports.string()),
            token_logprobs: external_exports.array(external_exports.number()),
            top_logprobs: external_exports.array(external_exports.record(external_exports.string(), external_exports.number())).nullish()
          }).nullish()
        })
      ),
      usage: external_exports.object({
        prompt_tokens: external_exports.number(),
        completion_tokens: external_exports.number(),
        total_tokens: external_exports.number()
      }).nullish()
    })
  )
);
var openaiCompletionChunkSchema = lazySchema2(
  () => zodSchema2(
    external_exports.union([
      external_exports.object({
        id: external_exports.string().nullish(),
        created: external_exports.number().nullish(),
        model: external_exports.string().nullish(),
        choices: external_exports.array(
          external_exports.object({
            text: external_exports.string(),
            finish_reason: external_exports.string().nullish(),
            index: external_exports.number(),
            logprobs: external_exports.object({
              tokens: external_exports.array(external_exports.string()),
              token_logprobs: external_exports.array(external_exports.number()),
              top_logprobs: external_exports.array(external_exports.record(external_exports.string(), external_exports.number())).nullish()
            }).nullish()
          })
        ),
        usage: external_exports.object({
          prompt_tokens: external_exports.number(),
          completion_tokens: external_exports.number(),
          total_tokens: external_exports.number()
        }).nullish()
      }),
      openaiErrorDataSchema()
    ])
  )
);
var openaiLanguageModelCompletionOptions = lazySchema2(
  () => zodSchema2(
    external_exports.object({
      /**
       * Echo back the prompt in addition to the completion.
       */
      echo: external_exports.boolean().optional(),
      /**
       * Modify the likelihood of specified tokens appearing in the completion.
       *
       * Accepts a JSON object that maps tokens (specified by their token ID in
       * the GPT tokenizer) to an associated bias value from -100 to 100. You
       * can use this tokenizer tool to convert text to token IDs. Mathematically,
       * the bias is added to the logits generated by the model prior to sampling.
       * The exact effect will vary per model, but values between -1 and 1 should
       * decrease or increase likelihood of selection; values like -100 or 100
       * should result in a ban or exclusive selection of the relevant token.
       *
       * As an example, you can pass {"50256": -100} to prevent the <|endoftext|>
       * token from being generated.
       */
      logitBias: external_exports.record(external_exports.string(), external_exports.number()).optional(),
      /**
       * The suffix that comes after a completion of inserted text.
       */
      suffix: external_exports.string().optional(),
      /**
       * A unique identifier representing your end-user, which can help OpenAI to
       * monitor and detect abuse. Learn more.
       */
      user: external_exports.string().optional(),
      /**
       * Return the log probabilities of the tokens. Including logprobs will increase
       * the response size and can slow down response times. However, it can
       * be useful to better understand how the model is behaving.
       * Setting to true will return the log probabilities of the tokens that
       * were generated.
       * Setting to a number will return the log probabilities of the top n
       * tokens that were generated.
       */
      logprobs: external_exports.union([external_exports.boolean(), external_exports.number()]).optional()
    })
  )
);
var OpenAICompletionLanguageModel = class {
  constructor(modelId, config) {
    this.specificationVersion = "v3";
    this.supportedUrls = {
      // No URLs are supported for completion models.
    };
    this.modelId = modelId;
    this.config = config;
  }
  get providerOptionsName() {
    return this.config.provider.split(".")[0].trim();
  }
  get provider() {
    return this.config.provider;
  }
  async getArgs({
    prompt,
    maxOutputTokens,
    temperature,
    topP,
    topK,
    frequencyPenalty,
    presencePenalty,
    stopSequences: userStopSequences,
    responseFormat,
    tools,
    toolChoice,
    seed,
    providerOptions
  }) {
    const warnings = [];
    const openaiOptions = {
      ...await parseProviderOptions2({
        provider: "openai",
        providerOptions,
        schema: openaiLanguageModelCompletionOptions
      }),
      ...await parseProviderOptions2({
        provider: this.providerOptionsName,
        providerOptions,
        schema: openaiLanguageModelCompletionOptions
      })
    };
    if (topK != null) {
      warnings.push({ type: "unsupported", feature: "topK" });
    }
    if (tools == null ? void 0 : tools.length) {
      warnings.push({ type: "unsupported", feature: "tools" });
    }
    if (toolChoice != null) {
      warnings.push({ type: "unsupported", feature: "toolChoice" });
    }
    if (responseFormat != null && responseFormat.type !== "text") {
      warnings.push({
        type: "unsupported",
        feature: "responseFormat",
        details: "JSON response format is not supported."
      });
    }
    const { prompt: completionPrompt, stopSequences } = convertToOpenAICompletionPrompt({ prompt });
    const stop = [...stopSequences != null ? stopSequences : [], ...userStopSequences != null ? userStopSequences : []];
    return {
      args: {
        // model id:
        model: this.modelId,
        // model specific settings:
        echo: openaiOptions.echo,
        logit_bias: openaiOptions.logitBias,
        logprobs: (openaiOptions == null ? void 0 : openaiOptions.logprobs) === true ? 0 : (openaiOptions == null ? void 0 : openaiOptions.logprobs) === false ? void 0 : openaiOptions == null ? void 0 : openaiOptions.logprobs,
        suffix: openaiOptions.suffix,
        user: openaiOptions.user,
        // standardized settings:
        max_tokens: maxOutputTokens,
        temperature,
        top_p: topP,
        frequency_penalty: frequencyPenalty,
        presence_penalty: presencePenalty,
        seed,
        // prompt:
        prompt: completionPrompt,
        // stop sequences:
        stop: stop.length > 0 ? stop : void 0
      },
      warnings
    };
  }
  async doGenerate(options) {
    var _a22;
    const { args, warnings } = await this.getArgs(options);
    const {
      responseHeaders,
      value: response,
      rawValue: rawResponse
    } = await postJsonToApi2({
      url: this.config.url({
        path: "/completions",
        modelId: this.modelId
      }),
      headers: combineHeaders2(this.config.headers(), options.headers),
      body: args,
      failedResponseHandler: openaiFailedResponseHandler,
      successfulResponseHandler: createJsonResponseHandler2(
        openaiCompletionResponseSchema
      ),
      abortSignal: options.abortSignal,
      fetch: this.config.fetch
    });
    const choice = response.choices[0];
    const providerMetadata = { openai: {} };
    if (choice.logprobs != null) {
      providerMetadata.openai.logprobs = choice.logprobs;
    }
    return {
      content: [{ type: "text", text: choice.text }],
      usage: convertOpenAICompletionUsage(response.usage),
      finishReason: {
        unified: mapOpenAIFinishReason2(choice.finish_reason),
        raw: (_a22 = choice.finish_reason) != null ? _a22 : void 0
      },
      request: { body: args },
      response: {
        ...getResponseMetadata2(response),
        headers: responseHeaders,
        body: rawResponse
      },
      providerMetadata,
      warnings
    };
  }
  async doStream(options) {
    const { args, warnings } = await this.getArgs(options);
    const body = {
      ...args,
      stream: true,
      stream_options: {
        include_usage: true
      }
    };
    const url = this.config.url({
      path: "/completions",
      modelId: this.modelId
    });
    const { responseHeaders, value: response } = await postJsonToApi2({
      url,
      headers: combineHeaders2(this.config.headers(), options.headers),
      body,
      failedResponseHandler: openaiFailedResponseHandler,
      successfulResponseHandler: createEventSourceResponseHandler2(
        openaiCompletionChunkSchema
      ),
      abortSignal: options.abortSignal,
      fetch: this.config.fetch
    });
    const checkedResponse = await throwIfOpenAIStreamErrorBeforeOutput({
      stream: response,
      getError: (chunk) => "error" in chunk ? chunk.error : void 0,
      isOutputChunk: isOpenAICompletionOutputChunk,
      url,
      requestBodyValues: body,
      responseHeaders
    });
    let finishReason = {
      unified: "other",
      raw: void 0
    };
    const providerMetadata = { openai: {} };
    let usage = void 0;
    let isFirstChunk = true;
    const result = {
      stream: checkedResponse.pipeThrough(
        new TransformStream({
          start(controller) {
            controller.enqueue({ type: "stream-start", warnings });
          },
          transform(chunk, controller) {
            if (options.includeRawChunks) {
              controller.enqueue({ type: "raw", rawValue: chunk.rawValue });
            }
            if (!chunk.success) {
              finishReason = { unified: "error", raw: void 0 };
              controller.enqueue({ type: "error", error: chunk.error });
              return;
            }
            const value = chunk.value;
            if ("error" in value) {
              finishReason = { unified: "error", raw: void 0 };
              controller.enqueue({ type: "error", error: value.error });
              return;
            }
            if (isFirstChunk) {
              isFirstChunk = false;
              controller.enqueue({
                type: "response-metadata",
                ...getResponseMetadata2(value)
              });
              controller.enqueue({ type: "text-start", id: "0" });
            }
            if (value.usage != null) {
              usage = value.usage;
            }
            const choice = value.choices[0];
            if ((choice == null ? void 0 : choice.finish_reason) != null) {
              finishReason = {
                unified: mapOpenAIFinishReason2(choice.finish_reason),
                raw: choice.finish_reason
              };
            }
            if ((choice == null ? void 0 : choice.logprobs) != null) {
              providerMetadata.openai.logprobs = choice.logprobs;
            }
            if ((choice == null ? void 0 : choice.text) != null && choice.text.length > 0) {
              controller.enqueue({
                type: "text-delta",
                id: "0",
                delta: choice.text
              });
            }
          },
          flush(controller) {
            if (!isFirstChunk) {
              controller.enqueue({ type: "text-end", id: "0" });
            }
            controller.enqueue({
              type: "finish",
              finishReason,
              providerMetadata,
              usage: convertOpenAICompletionUsage(usage)
            });
          }
        })
      ),
      request: { body },
      response: { headers: responseHeaders }
    };
    return result;
  }
};
function isOpenAICompletionOutputChunk(chunk) {
  return !("error" in chunk) && chunk.choices.some((choice) => choice.text.length > 0);
}
var openaiEmbeddingModelOptions = lazySchema2(
  () => zodSchema2(
    external_exports.object({
      /**
       * The number of dimensions the resulting output embeddings should have.
       * Only supported in text-embedding-3 and later models.
       */
      dimensions: external_exports.number().optional(),
      /**
       * A unique identifier representing your end-user, which can help OpenAI to
       * monitor and detect abuse. Learn more.
       */
      user: external_exports.string().optional()
    })
  )
);
var openaiTextEmbeddingResponseSchema = lazySchema2(
  () => zodSchema2(
    external_exports.object({
      data: external_exports.array(external_exports.object({ embedding: external_exports.array(external_exports.number()) })),
      usage: external_exports.object({ prompt_tokens: external_exports.number() }).nullish()
    })
  )
);
var _a2;
_a2 = EMBEDDING_MODEL_MAX_INPUT_BYTES_PER_CALL;
var OpenAIEmbeddingModel = class {
  constructor(modelId, config) {
    this.specificationVersion = "v3";
    this.maxEmbeddingsPerCall = 2048;
    this[_a2] = 3e5;
    this.supportsParallelCalls = true;
    this.modelId = modelId;
    this.config = config;
  }
  get provider() {
    return this.config.provider;
  }
  async doEmbed({
    values,
    headers,
    abortSignal,
    providerOptions
  }) {
    var _a22;
    if (values.length > this.maxEmbeddingsPerCall) {
      throw new TooManyEmbeddingValuesForCallError({
        provider: this.provider,
        modelId: this.modelId,
        maxEmbeddingsPerCall: this.maxEmbeddingsPerCall,
        values
      });
    }
    const openaiOptions = (_a22 = await parseProviderOptions2({
      provider: "openai",
      providerOptions,
      schema: openaiEmbeddingModelOptions
    })) != null ? _a22 : {};
    const {
      responseHeaders,
      value: response,
      rawValue
    } = await postJsonToApi2({
      url: this.config.url({
        path: "/embeddings",
        modelId: this.modelId
      }),
      headers: combineHeaders2(this.config.headers(), headers),
      body: {
        model: this.modelId,
        input: values,
        encoding_format: "float",
        dimensions: openaiOptions.dimensions,
        user: openaiOptions.user
      },
      failedResponseHandler: openaiFailedResponseHandler,
      successfulResponseHandler: createJsonResponseHandler2(
        openaiTextEmbeddingResponseSchema
      ),
      abortSignal,
      fetch: this.config.fetch
    });
    return {
      warnings: [],
      embeddings: response.data.map((item) => item.embedding),
      usage: response.usage ? { tokens: response.usage.prompt_tokens } : void 0,
      response: { headers: responseHeaders, body: rawValue }
    };
  }
};
var openaiImageResponseSchema = lazySchema2(
  () => zodSchema2(
    external_exports.object({
      created: external_exports.number().nullish(),
      data: external_exports.array(
        external_exports.object({
          b64_json: external_exports.string(),
          revised_prompt: external_exports.string().nullish()
        })
      ),
      background: external_exports.string().nullish(),
      output_format: external_exports.string().nullish(),
      size: external_exports.string().nullish(),
      quality: external_exports.string().nullish(),
      usage: external_exports.object({
        input_tokens: external_exports.number().nullish(),
        output_tokens: external_exports.number().nullish(),
        total_tokens: external_exports.number().nullish(),
        input_tokens_details: external_exports.object({
          image_tokens: external_exports.number().nullish(),
          text_tokens: external_exports.number().nullish()
        }).nullish()
      }).nullish()
    })
  )
);
var modelMaxImagesPerCall = {
  "dall-e-3": 1,
  "dall-e-2": 10,
  "gpt-image-1": 10,
  "gpt-image-1-mini": 10,
  "gpt-image-1.5": 10,
  "gpt-image-2": 10,
  "gpt-image-2.6-flare": 10,
  "gpt-image-2.6-sunburst": 10,
  "gpt-image-2.5-flare": 10,
  "gpt-image-2.5-flare-2026-09-08": 10,
  "gpt-image-2.5-sunburst": 10,
  "gpt-image-2.5-sunburst-2026-09-08": 10,
  "chatgpt-image-latest": 10
};
var defaultResponseFormatPrefixes = ["chatgpt-image-", "gpt-image-"];
function hasDefaultResponseFormat(modelId) {
  return defaultResponseFormatPrefixes.some(
    (prefix) => modelId.startsWith(prefix)
  );
}
function getMaxImagesPerCall(modelId) {
  var _a22;
  return (_a22 = modelMaxImagesPerCall[modelId]) != null ? _a22 : modelId.startsWith("gpt-image-") ? 10 : 1;
}
var baseImageModelOptionsObject = () => external_exports.object({
  /**
   * Quality of the generated image(s).
   *
   * Valid values: `standard`, `hd`, `low`, `medium`, `high`, `xhigh`, `max`, `auto`.
   * `xhigh` and `max` are supported by GPT Image 2.5 models.
   */
  quality: external_exports.enum(["standard", "hd", "low", "medium", "high", "xhigh", "max", "auto"]).optional(),
  /**
   * Background behavior for the generated image(s).
   *
   * If `transparent`, the output format must support transparency
   * (i.e. `png` or `webp`).
   */
  background: external_exports.enum(["transparent", "opaque", "auto"]).optional(),
  /**
   * Format in which the generated image(s) are returned.
   */
  outputFormat: external_exports.enum(["png", "jpeg", "webp"]).optional(),
  /**
   * How much detail the model puts into the image. Supported by GPT Image
   * 2.6 models. The API defaults to `high`.
   */
  complexity: external_exports.enum(["low", "medium", "high"]).optional(),
  /**
   * Compression level (0-100) for the generated image(s). Applies to the
   * `jpeg` and `webp` output formats.
   */
  outputCompression: external_exports.number().int().min(0).max(100).optional(),
  /**
   * A unique identifier representing your end-user, which can help OpenAI
   * to monitor and detect abuse.
   */
  user: external_exports.string().optional(),
  /**
   * A stable identifier used to help detect users of your application that
   * may be violating OpenAI's usage policies. Should be a hashed username
   * or email address.
   */
  safetyIdentifier: external_exports.string().max(128).optional()
});
var openaiImageModelOptions = lazySchema2(
  () => zodSchema2(baseImageModelOptionsObject())
);
var openaiImageModelGenerationOptions = lazySchema2(
  () => zodSchema2(
    baseImageModelOptionsObject().extend({
      /**
       * Style of the generated image. `vivid` produces hyper-real and
       * dramatic images; `natural` produces more subdued, less hyper-real
       * looking images.
       */
      style: external_exports.enum(["vivid", "natural"]).optional(),
      /**
       * Format in which the generated image(s) are returned. `gif` produces
       * an animated GIF and is supported by GPT Image 2.6 models.
       */
      outputFormat: external_exports.enum(["png", "jpeg", "webp", "gif"]).optional(),
      /**
       * Number of frames (2-64) of an animated GIF. Only applies to the `gif`
       * output format. The API defaults to 9.
       */
      frameCount: external_exports.number().int().min(2).max(64).optional(),
      /**
       * Duration of each frame in milliseconds (20-2000) of an animated GIF.
       * The API rounds it to the nearest 10 ms. Only applies to the `gif`
       * output format. The API defaults to 200.
       */
      frameDurationMs: external_exports.number().int().min(20).max(2e3).optional(),
      /**
       * Content moderation level for the generated image(s). `low` applies
       * less restrictive filtering.
       */
      moderation: external_exports.enum(["auto", "low"]).optional()
    })
  )
);
var openaiImageModelEditOptions = lazySchema2(
  () => zodSchema2(
    baseImageModelOptionsObject().extend({
      /**
       * Fidelity of the output image(s) to the input image(s).
       */
      inputFidelity: external_exports.enum(["high", "low"]).optional(),
      /**
       * A transparent PNG overlaid on the first input image to mark up the
       * regions to change, as an HTTPS URL or a base64 data URL. It must match
       * the dimensions of the first image. Supported by GPT Image 2.5 and 2.6
       * models. Cannot be combined with a `mask`.
       */
      markup: external_exports.string().optional()
    })
  )
);
var OpenAIImageModel = class {
  constructor(modelId, config) {
    this.modelId = modelId;
    this.config = config;
    this.specificationVersion = "v3";
  }
  get maxImagesPerCall() {
    return getMaxImagesPerCall(this.modelId);
  }
  get provider() {
    return this.config.provider;
  }
  async doGenerate({
    prompt,
    files,
    mask,
    n,
    size,
    aspectRatio,
    seed,
    providerOptions,
    headers,
    abortSignal
  }) {
    var _a22, _b2, _c, _d, _e, _f, _g, _h, _i, _j, _k;
    const warnings = [];
    if (aspectRatio != null) {
      warnings.push({
        type: "unsupported",
        feature: "aspectRatio",
        details: "This model does not support aspect ratio. Use `size` instead."
      });
    }
    if (seed != null) {
      warnings.push({ type: "unsupported", feature: "seed" });
    }
    const currentDate = (_c = (_b2 = (_a22 = this.config._internal) == null ? void 0 : _a22.currentDate) == null ? void 0 : _b2.call(_a22)) != null ? _c : /* @__PURE__ */ new Date();
    if (files != null) {
      const openaiOptions2 = (_d = await parseProviderOptions2({
        provider: "openai",
        providerOptions,
        schema: openaiImageModelEditOptions
      })) != null ? _d : {};
      if (mask != null && openaiOptions2.markup != null) {
        throw new InvalidArgumentError({
          argument: "providerOptions.openai.markup",
          message: "`markup` cannot be combined with `mask`."
        });
      }
      const { value: response2, responseHeaders: responseHeaders2 } = await postFormDataToApi2({
        url: this.config.url({
          path: "/images/edits",
          modelId: this.modelId
        }),
        headers: combineHeaders2(this.config.headers(), headers),
        formData: convertToFormData2({
          model: this.modelId,
          prompt,
          image: await Promise.all(
            files.map(
              (file) => file.type === "file" ? new Blob(
                [
                  file.data instanceof Uint8Array ? new Blob([file.data], {
                    type: file.mediaType
                  }) : new Blob([convertBase64ToUint8Array2(file.data)], {
                    type: file.mediaType
                  })
                ],
                { type: file.mediaType }
              ) : downloadBlob2(file.url)
            )
          ),
          mask: mask != null ? await fileToBlob(mask) : void 0,
          markup: openaiOptions2.markup != null ? await markupToBlob(openaiOptions2.markup) : void 0,
          n,
          size,
          quality: openaiOptions2.quality,
          background: openaiOptions2.background,
          output_format: openaiOptions2.outputFormat,
          output_compression: openaiOptions2.outputCompression,
          complexity: openaiOptions2.complexity,
          input_fidelity: openaiOptions2.inputFidelity,
          user: openaiOptions2.user,
          safety_identifier: openaiOptions2.safetyIdentifier
        }),
        failedResponseHandler: openaiFailedResponseHandler,
        successfulResponseHandler: createJsonResponseHandler2(
          openaiImageResponseSchema
        ),
        abortSignal,
        fetch: this.config.fetch
      });
      return {
        images: response2.data.map((item) => item.b64_json),
        warnings,
        usage: response2.usage != null ? {
          inputTokens: (_e = response2.usage.input_tokens) != null ? _e : void 0,
          outputTokens: (_f = response2.usage.output_tokens) != null ? _f : void 0,
          totalTokens: (_g = response2.usage.total_tokens) != null ? _g : void 0
        } : void 0,
        response: {
          timestamp: currentDate,
          modelId: this.modelId,
          headers: responseHeaders2
        },
        providerMetadata: {
          openai: {
            images: response2.data.map((item, index) => {
              var _a3, _b22, _c2, _d2, _e2, _f2;
              return {
                ...item.revised_prompt ? { revisedPrompt: item.revised_prompt } : {},
                created: (_a3 = response2.created) != null ? _a3 : void 0,
                size: (_b22 = response2.size) != null ? _b22 : void 0,
                quality: (_c2 = response2.quality) != null ? _c2 : void 0,
                background: (_d2 = response2.background) != null ? _d2 : void 0,
                outputFormat: (_e2 = response2.output_format) != null ? _e2 : void 0,
                ...distributeTokenDetails(
                  (_f2 = response2.usage) == null ? void 0 : _f2.input_tokens_details,
                  index,
                  response2.data.length
                )
              };
            })
          }
        }
      };
    }
    const openaiOptions = (_h = await parseProviderOptions2({
      provider: "openai",
      providerOptions,
      schema: openaiImageModelGenerationOptions
    })) != null ? _h : {};
    const { value: response, responseHeaders } = await postJsonToApi2({
      url: this.config.url({
        path: "/images/generations",
        modelId: this.modelId
      }),
      headers: combineHeaders2(this.config.headers(), headers),
      body: {
        model: this.modelId,
        prompt,
        n,
        size,
        quality: openaiOptions.quality,
        style: openaiOptions.style,
        background: openaiOptions.background,
        moderation: openaiOptions.moderation,
        output_format: openaiOptions.outputFormat,
        output_compression: openaiOptions.outputCompression,
        complexity: openaiOptions.complexity,
        frame_count: openaiOptions.frameCount,
        frame_duration_ms: openaiOptions.frameDurationMs,
        user: openaiOptions.user,
        safety_identifier: openaiOptions.safetyIdentifier,
        ...!hasDefaultResponseFormat(this.modelId) ? { response_format: "b64_json" } : {}
      },
      failedResponseHandler: openaiFailedResponseHandler,
      successfulResponseHandler: createJsonResponseHandler2(
        openaiImageResponseSchema
      ),
      abortSignal,
      fetch: this.config.fetch
    });
    return {
      images: response.data.map((item) => item.b64_json),
      warnings,
      usage: response.usage != null ? {
        inputTokens: (_i = response.usage.input_tokens) != null ? _i : void 0,
        outputTokens: (_j = response.usage.output_tokens) != null ? _j : void 0,
        totalTokens: (_k = response.usage.total_tokens) != null ? _k : void 0
      } : void 0,
      response: {
        timestamp: currentDate,
        modelId: this.modelId,
        headers: responseHeaders
      },
      providerMetadata: {
        openai: {
          images: response.data.map((item, index) => {
            var _a3, _b22, _c2, _d2, _e2, _f2;
            return {
              ...item.revised_prompt ? { revisedPrompt: item.revised_prompt } : {},
              created: (_a3 = response.created) != null ? _a3 : void 0,
              size: (_b22 = response.size) != null ? _b22 : void 0,
              quality: (_c2 = response.quality) != null ? _c2 : void 0,
              background: (_d2 = response.background) != null ? _d2 : void 0,
              outputFormat: (_e2 = response.output_format) != null ? _e2 : void 0,
              ...distributeTokenDetails(
                (_f2 = response.usage) == null ? void 0 : _f2.input_tokens_details,
                index,
                response.data.length
              )
            };
          })
        }
      }
    };
  }
};
function distributeTokenDetails(details, index, total) {
  if (details == null) {
    return {};
  }
  const result = {};
  if (details.image_tokens != null) {
    const base = Math.floor(details.image_tokens / total);
    const remainder = details.image_tokens - base * (total - 1);
    result.imageTokens = index === total - 1 ? remainder : base;
  }
  if (details.text_tokens != null) {
    const base = Math.floor(details.text_tokens / total);
    const remainder = details.text_tokens - base * (total - 1);
    result.textTokens = index === total - 1 ? remainder : base;
  }
  return result;
}
async function markupToBlob(markup) {
  const dataUrl = /^data:([^;,]*)(;base64)?,(.*)$/s.exec(markup);
  if (dataUrl == null) {
    return downloadBlob2(markup);
  }
  if (dataUrl[2] == null) {
    throw new InvalidArgumentError({
      argument: "providerOptions.openai.markup",
      message: "`markup` data URLs must be base64 encoded."
    });
  }
  return new Blob([convertBase64ToUint8Array2(dataUrl[3])], {
    type: dataUrl[1] || "image/png"
  });
}
async function fileToBlob(file) {
  if (!file) return void 0;
  if (file.type === "url") {
    return downloadBlob2(file.url);
  }
  const data = file.data instanceof Uint8Array ? file.data : convertBase64ToUint8Array2(file.data);
  return new Blob([data], { type: file.mediaType });
}
var applyPatchInputSchema = lazySchema2(
  () => zodSchema2(
    external_exports.object({
      callId: external_exports.string(),
      operation: external_exports.discriminatedUnion("type", [
        external_exports.object({
          type: external_exports.literal("create_file"),
          path: external_exports.string(),
          diff: external_exports.string()
        }),
        external_exports.object({
          type: external_exports.literal("delete_file"),
          path: external_exports.string()
        }),
        external_exports.object({
          type: external_exports.literal("update_file"),
          path: external_exports.string(),
          diff: external_exports.string()
        })
      ])
    })
  )
);
var applyPatchOutputSchema = lazySchema2(
  () => zodSchema2(
    external_exports.object({
      status: external_exports.enum(["completed", "failed"]),
      output: external_exports.string().optional()
    })
  )
);
var applyPatchArgsSchema = lazySchema2(() => zodSchema2(external_exports.object({})));
var applyPatchToolFactory = createProviderToolFactoryWithOutputSchema2({
  id: "openai.apply_patch",
  inputSchema: applyPatchInputSchema,
  outputSchema: applyPatchOutputSchema
});
var applyPatch = applyPatchToolFactory;
var codeInterpreterInputSchema = lazySchema2(
  () => zodSchema2(
    external_exports.object({
      code: external_exports.string().nullish(),
      containerId: external_exports.string()
    })
  )
);
var codeInterpreterOutputSchema = lazySchema2(
  () => zodSchema2(
    external_exports.object({
      outputs: external_exports.array(
        external_exports.discriminatedUnion("type", [
          external_exports.object({ type: external_exports.literal("logs"), logs: external_exports.string() }),
          external_exports.object({ type: external_exports.literal("image"), url: external_exports.string() })
        ])
      ).nullish()
    })
  )
);
var codeInterpreterArgsSchema = lazySchema2(
  () => zodSchema2(
    external_exports.object({
      container: external_exports.union([
        external_exports.string(),
        external_exports.object({
          fileIds: external_exports.array(external_exports.string()).optional()
        })
      ]).optional()
    })
  )
);
var codeInterpreterToolFactory = createProviderToolFactoryWithOutputSchema2({
  id: "openai.code_interpreter",
  inputSchema: codeInterpreterInputSchema,
  outputSchema: codeInterpreterOutputSchema
});
var codeInterpreter = (args = {}) => {
  return codeInterpreterToolFactory(args);
};
var customArgsSchema = lazySchema2(
  () => zodSchema2(
    external_exports.object({
      name: external_exports.string(),
      description: external_exports.string().optional(),
      async: external_exports.boolean().optional(),
      format: external_exports.union([
        external_exports.object({
          type: external_exports.literal("grammar"),
          syntax: external_exports.enum(["regex", "lark"]),
          definition: external_exports.string()
        }),
        external_exports.object({
          type: external_exports.literal("text")
        })
      ]).optional()
    })
  )
);
var customInputSchema = lazySchema2(() => zodSchema2(external_exports.string()));
var customToolFactory = createProviderToolFactory2({
  id: "openai.custom",
  inputSchema: customInputSchema
});
var customTool = (args) => customToolFactory(args);
var comparisonFilterSchema = () => external_exports.object({
  key: external_exports.string(),
  type: external_exports.enum(["eq", "ne", "gt", "gte", "lt", "lte", "in", "nin"]),
  value: external_exports.union([external_exports.string(), external_exports.number(), external_exports.boolean(), external_exports.array(external_exports.string())])
});
var cachedCompoundFilterSchema;
var compoundFilterSchema = () => cachedCompoundFilterSchema != null ? cachedCompoundFilterSchema : cachedCompoundFilterSchema = external_exports.object({
  type: external_exports.enum(["and", "or"]),
  filters: external_exports.array(
    external_exports.union([comparisonFilterSchema(), external_exports.lazy(() => compoundFilterSchema())])
  )
});
var fileSearchArgsSchema = lazySchema2(
  () => zodSchema2(
    external_exports.object({
      vectorStoreIds: external_exports.array(external_exports.string()),
      maxNumResults: external_exports.number().optional(),
      ranking: external_exports.object({
        ranker: external_exports.string().optional(),
        scoreThreshold: external_exports.number().optional()
      }).optional(),
      filters: external_exports.union([comparisonFilterSchema(), compoundFilterSchema()]).optional()
    })
  )
);
var fileSearchOutputSchema = lazySchema2(
  () => zodSchema2(
    external_exports.object({
      queries: external_exports.array(external_exports.string()),
      results: external_exports.array(
        external_exports.object({
          attributes: external_exports.record(external_exports.string(), external_exports.unknown()),
          fileId: external_exports.string(),
          filename: external_exports.string(),
          score: external_exports.number(),
          text: external_exports.string()
        })
      ).nullable()
    })
  )
);
var fileSearch = createProviderToolFactoryWithOutputSchema2({
  id: "openai.file_search",
  inputSchema: external_exports.object({}),
  outputSchema: fileSearchOutputSchema
});
var imageGenerationArgsSchema = lazySchema2(
  () => zodSchema2(
    external_exports.object({
      background: external_exports.enum(["auto", "opaque", "transparent"]).optional(),
      inputFidelity: external_exports.enum(["low", "high"]).optional(),
      inputImageMask: external_exports.object({
        fileId: external_exports.string().optional(),
        imageUrl: external_exports.string().optional()
      }).optional(),
      model: external_exports.string().optional(),
      moderation: external_exports.enum(["auto"]).optional(),
      outputCompression: external_exports.number().int().min(0).max(100).optional(),
      outputFormat: external_exports.enum(["png", "jpeg", "webp"]).optional(),
      partialImages: external_exports.number().int().min(0).max(3).optional(),
      quality: external_exports.enum(["auto", "low", "medium", "high", "xhigh", "max"]).optional(),
      size: external_exports.enum(["1024x1024", "1024x1536", "1536x1024", "auto"]).optional()
    }).strict()
  )
);
var imageGenerationInputSchema = lazySchema2(() => zodSchema2(external_exports.object({})));
var imageGenerationOutputSchema = lazySchema2(
  () => zodSchema2(external_exports.object({ result: external_exports.string() }))
);
var imageGenerationToolFactory = createProviderToolFactoryWithOutputSchema2({
  id: "openai.image_generation",
  inputSchema: imageGenerationInputSchema,
  outputSchema: imageGenerationOutputSchema
});
var imageGeneration = (args = {}) => {
  return imageGenerationToolFactory(args);
};
var localShellInputSchema = lazySchema2(
  () => zodSchema2(
    external_exports.object({
      action: external_exports.object({
        type: external_exports.literal("exec"),
        command: external_exports.array(external_exports.string()),
        timeoutMs: external_exports.number().optional(),
        user: external_exports.string().optional(),
        workingDirectory: external_exports.string().optional(),
        env: external_exports.record(external_exports.string(), external_exports.string()).optional()
      })
    })
  )
);
var localShellOutputSchema = lazySchema2(
  () => zodSchema2(external_exports.object({ output: external_exports.string() }))
);
var localShell = createProviderToolFactoryWithOutputSchema2({
  id: "openai.local_shell",
  inputSchema: localShellInputSchema,
  outputSchema: localShellOutputSchema
});
var shellInputSchema = lazySchema2(
  () => zodSchema2(
    external_exports.object({
      action: external_exports.object({
        commands: external_exports.array(external_exports.string()),
        timeoutMs: external_exports.number().optional(),
        maxOutputLength: external_exports.number().optional()
      })
    })
  )
);
var shellOutputSchema = lazySchema2(
  () => zodSchema2(
    external_exports.object({
      output: external_exports.array(
        external_exports.object({
          stdout: external_exports.string(),
          stderr: external_exports.string(),
          outcome: external_exports.discriminatedUnion("type", [
            external_exports.object({ type: external_exports.literal("timeout") }),
            external_exports.object({ type: external_exports.literal("exit"), exitCode: external_exports.number() })
          ])
        })
      )
    })
  )
);
var shellSkillsSchema = () => external_exports.array(
  external_exports.discriminatedUnion("type", [
    external_exports.object({
      type: external_exports.literal("skillReference"),
      skillId: external_exports.string(),
      version: external_exports.string().optional()
    }),
    external_exports.object({
      type: external_exports.literal("inline"),
      name: external_exports.string(),
      description: external_exports.string(),
      source: external_exports.object({
        type: external_exports.literal("base64"),
        mediaType: external_exports.literal("application/zip"),
        data: external_exports.string()
      })
    })
  ])
).optional();
var shellArgsSchema = lazySchema2(
  () => zodSchema2(
    external_exports.object({
      environment: external_exports.union([
        external_exports.object({
          type: external_exports.literal("containerAuto"),
          fileIds: external_exports.array(external_exports.string()).optional(),
          memoryLimit: external_exports.enum(["1g", "4g", "16g", "64g"]).optional(),
          networkPolicy: external_exports.discriminatedUnion("type", [
            external_exports.object({ type: external_exports.literal("disabled") }),
            external_exports.object({
              type: external_exports.literal("allowlist"),
              allowedDomains: external_exports.array(external_exports.string()),
              domainSecrets: external_exports.array(
                external_exports.object({
                  domain: external_exports.string(),
                  name: external_exports.string(),
                  value: external_exports.string()
                })
              ).optional()
            })
          ]).optional(),
          skills: shellSkillsSchema()
        }),
        external_exports.object({
          type: external_exports.literal("containerReference"),
          containerId: external_exports.string()
        }),
        external_exports.object({
          type: external_exports.literal("local").optional(),
          skills: external_exports.array(
            external_exports.object({
              name: external_exports.string(),
              description: external_exports.string(),
              path: external_exports.string()
            })
          ).optional()
        })
      ]).optional()
    })
  )
);
var shell = createProviderToolFactoryWithOutputSchema2({
  id: "openai.shell",
  inputSchema: shellInputSchema,
  outputSchema: shellOutputSchema
});
var toolSearchArgsSchema = lazySchema2(
  () => zodSchema2(
    external_exports.object({
      execution: external_exports.enum(["server", "client"]).optional(),
      description: external_exports.string().optional(),
      parameters: external_exports.record(external_exports.string(), external_exports.unknown()).optional()
    })
  )
);
var toolSearchInputSchema = lazySchema2(
  () => zodSchema2(
    external_exports.object({
      arguments: external_exports.unknown().optional(),
      call_id: external_exports.string().nullish()
    })
  )
);
var toolSearchOutputSchema = lazySchema2(
  () => zodSchema2(
    external_exports.object({
      tools: external_exports.array(external_exports.record(external_exports.string(), external_exports.unknown()))
    })
  )
);
var toolSearchToolFactory = createProviderToolFactoryWithOutputSchema2({
  id: "openai.tool_search",
  inputSchema: toolSearchInputSchema,
  outputSchema: toolSearchOutputSchema
});
var toolSearch = (args = {}) => toolSearchToolFactory(args);
var webSearchArgsSchema = lazySchema2(
  () => zodSchema2(
    external_exports.object({
      externalWebAccess: external_exports.boolean().optional(),
      filters: external_exports.object({
        allowedDomains: external_exports.array(external_exports.string()).optional(),
        blockedDomains: external_exports.array(external_exports.string()).optional()
      }).optional(),
      searchContextSize: external_exports.enum(["low", "medium", "high"]).optional(),
      userLocation: external_exports.object({
        type: external_exports.literal("approximate"),
        country: external_exports.string().optional(),
        city: external_exports.string().optional(),
        region: external_exports.string().optional(),
        timezone: external_exports.string().optional()
      }).optional()
    })
  )
);
var webSearchInputSchema = lazySchema2(() => zodSchema2(external_exports.object({})));
var webSearchOutputSchema = lazySchema2(
  () => zodSchema2(
    external_exports.object({
      action: external_exports.discriminatedUnion("type", [
        external_exports.object({
          type: external_exports.literal("search"),
          query: external_exports.string().optional(),
          queries: external_exports.array(external_exports.string()).optional()
        }),
        external_exports.object({
          type: external_exports.literal("openPage"),
          url: external_exports.string().nullish()
        }),
        external_exports.object({
          type: external_exports.literal("findInPage"),
          url: external_exports.string().nullish(),
          pattern: external_exports.string().nullish()
        })
      ]).optional(),
      sources: external_exports.array(
        external_exports.discriminatedUnion("type", [
          external_exports.object({ type: external_exports.literal("url"), url: external_exports.string() }),
          external_exports.object({ type: external_exports.literal("api"), name: external_exports.string() })
        ])
      ).optional()
    })
  )
);
var webSearchToolFactory = createProviderToolFactoryWithOutputSchema2({
  id: "openai.web_search",
  inputSchema: webSearchInputSchema,
  outputSchema: webSearchOutputSchema
});
var webSearch = (args = {}) => webSearchToolFactory(args);
var webSearchPreviewArgsSchema = lazySchema2(
  () => zodSchema2(
    external_exports.object({
      searchContextSize: external_exports.enum(["low", "medium", "high"]).optional(),
      userLocation: external_exports.object({
        type: external_exports.literal("approximate"),
        country: external_exports.string().optional(),
        city: external_exports.string().optional(),
        region: external_exports.string().optional(),
        timezone: external_exports.string().optional()
      }).optional()
    })
  )
);
var webSearchPreviewInputSchema = lazySchema2(
  () => zodSchema2(external_exports.object({}))
);
var webSearchPreviewOutputSchema = lazySchema2(
  () => zodSchema2(
    external_exports.object({
      action: external_exports.discriminatedUnion("type", [
        external_exports.object({
          type: external_exports.literal("search"),
          query: external_exports.string().optional()
        }),
        external_exports.object({
          type: external_exports.literal("openPage"),
          url: external_exports.string().nullish()
        }),
        external_exports.object({
          type: external_exports.literal("findInPage"),
          url: external_exports.string().nullish(),
          pattern: external_exports.string().nullish()
        })
      ]).optional()
    })
  )
);
var webSearchPreview = createProviderToolFactoryWithOutputSchema2({
  id: "openai.web_search_preview",
  inputSchema: webSearchPreviewInputSchema,
  outputSchema: webSearchPreviewOutputSchema
});
var cachedJsonValueSchema;
var jsonValueSchema = () => cachedJsonValueSchema != null ? cachedJsonValueSchema : cachedJsonValueSchema = external_exports.lazy(
  () => external_exports.union([
    external_exports.string(),
    external_exports.number(),
    external_exports.boolean(),
    external_exports.null(),
    external_exports.array(jsonValueSchema()),
    external_exports.record(external_exports.string(), jsonValueSchema())
  ])
);
var mcpArgsSchema = lazySchema2(
  () => zodSchema2(
    external_exports.object({
      serverLabel: external_exports.string(),
      allowedTools: external_exports.union([
        external_exports.array(external_exports.string()),
        external_exports.object({
          readOnly: external_exports.boolean().optional(),
          toolNames: external_exports.array(external_exports.string()).optional()
        })
      ]).optional(),
      authorization: external_exports.string().optional(),
      connectorId: external_exports.string().optional(),
      headers: external_exports.record(external_exports.string(), external_exports.string()).optional(),
      requireApproval: external_exports.union([
        external_exports.enum(["always", "never"]),
        external_exports.object({
          never: external_exports.object({
            toolNames: external_exports.array(external_exports.string()).optional()
          }).optional()
        })
      ]).optional(),
      serverDescription: external_exports.string().optional(),
      serverUrl: external_exports.string().optional()
    }).refine(
      (v) => v.serverUrl != null || v.connectorId != null,
      "One of serverUrl or connectorId must be provided."
    )
  )
);
var mcpInputSchema = lazySchema2(() => zodSchema2(external_exports.object({})));
var mcpOutputSchema = lazySchema2(
  () => zodSchema2(
    external_exports.object({
      type: external_exports.literal("call"),
      serverLabel: external_exports.string(),
      name: external_exports.string(),
      arguments: external_exports.string(),
      output: external_exports.string().nullish(),
      error: external_exports.union([external_exports.string(), jsonValueSchema()]).optional()
    })
  )
);
var mcpToolFactory = createProviderToolFactoryWithOutputSchema2({
  id: "openai.mcp",
  inputSchema: mcpInputSchema,
  outputSchema: mcpOutputSchema
});
var mcp = (args) => mcpToolFactory(args);
var openaiTools = {
  /**
   * The apply_patch tool lets GPT-5.1 create, update, and delete files in your
   * codebase using structured diffs. Instead of just suggesting edits, the model
   * emits patch operations that your application applies and then reports back on,
   * enabling iterative, multi-step code editing workflows.
   *
   */
  applyPatch,
  /**
   * Custom tools let callers constrain model output to a grammar (regex or
   * Lark syntax). The model returns a `custom_tool_call` output item whose
   * `input` field is a string matching the specified grammar.
   *
   * @param name - The name of the custom tool.
   * @param description - An optional description of the tool.
   * @param async - Whether the model can continue without waiting for the tool result.
   * @param format - The output format constraint (grammar type, syntax, and definition).
   */
  customTool,
  /**
   * The Code Interpreter tool allows models to write and run Python code in a
   * sandboxed environment to solve complex problems in domains like data analysis,
   * coding, and math.
   *
   * @param container - The container to use for the code interpreter.
   */
  codeInterpreter,
  /**
   * File search is a tool available in the Responses API. It enables models to
   * retrieve information in a knowledge base of previously uploaded files through
   * semantic and keyword search.
   *
   * @param vectorStoreIds - The vector store IDs to use for the file search.
   * @param maxNumResults - The maximum number of results to return.
   * @param ranking - The ranking options to use for the file search.
   * @param filters - The filters to use for the file search.
   */
  fileSearch,
  /**
   * The image generation tool allows you to generate images using a text prompt,
   * and optionally image inputs. It leverages the GPT Image model,
   * and automatically optimizes text inputs for improved performance.
   *
   * @param background - Background type for the generated image. One of 'auto', 'opaque', or 'transparent'.
   * @param inputFidelity - Input fidelity for the generated image. One of 'low' or 'high'.
   * @param inputImageMask - Optional mask for inpainting. Contains fileId and/or imageUrl.
   * @param model - The image generation model to use. Default: gpt-image-1.
   * @param moderation - Moderation level for the generated image. Default: 'auto'.
   * @param outputCompression - Compression level for the output image (0-100).
   * @param outputFormat - The output format of the generated image. One of 'png', 'jpeg', or 'webp'.
   * @param partialImages - Number of partial images to generate in streaming mode (0-3).
   * @param quality - The quality of the generated image. One of 'auto', 'low', 'medium', 'high', 'xhigh', or 'max'. 'xhigh' and 'max' require a GPT Image 2.5 model.
   * @param size - The size of the generated image. One of 'auto', '1024x1024', '1024x1536', or '1536x1024'.
   */
  imageGeneration,
  /**
   * Local shell is a tool that allows agents to run shell commands locally
   * on a machine you or the user provides.
   *
   * Supported models: `gpt-5-codex`
   */
  localShell,
  /**
   * The shell tool allows the model to interact with your local computer through
   * a controlled command-line interface. The model proposes shell commands; your
   * integration executes them and returns the outputs.
   *
   * Available through the Responses API for use with GPT-5.1.
   *
   * WARNING: Running arbitrary shell commands can be dangerous. Always sandbox
   * execution or add strict allow-/deny-lists before forwarding a command to
   * the system shell.
   */
  shell,
  /**
   * Web search allows models to access up-to-date information from the internet
   * and provide answers with sourced citations.
   *
   * @param searchContextSize - The search context size to use for the web search.
   * @param userLocation - The user location to use for the web search.
   */
  webSearchPreview,
  /**
   * Web search allows models to access up-to-date information from the internet
   * and provide answers with sourced citations.
   *
   * @param filters - The filters to use for the web search.
   * @param searchContextSize - The search context size to use for the web search.
   * @param userLocation - The user location to use for the web search.
   */
  webSearch,
  /**
   * MCP (Model Context Protocol) allows models to call tools exposed by
   * remote MCP servers or service connectors.
   *
   * @param serverLabel - Label to identify the MCP server.
   * @param allowedTools - Allowed tool names or filter object.
   * @param authorization - OAuth access token for the MCP server/connector.
   * @param connectorId - Identifier for a service connector.
   * @param headers - Optional headers to include in MCP requests.
   * // param requireApproval - Approval policy ('always'|'never'|filter object). (Removed - always 'never')
   * @param serverDescription - Optional description of the server.
   * @param serverUrl - URL for the MCP server.
   */
  mcp,
  /**
   * Tool search allows the model to dynamically search for and load deferred
   * tools into the model's context as needed. This helps reduce overall token
   * usage, cost, and latency by only loading tools when the model needs them.
   *
   * To use tool search, mark functions or namespaces with `defer_loading: true`
   * in the tools array. The model will use tool search to load these tools
   * when it determines they are needed.
   */
  toolSearch
};
var openaiResponsesTextFormatSchema = () => external_exports.discriminatedUnion("type", [
  external_exports.object({ type: external_exports.literal("text") }),
  external_exports.object({
    type: external_exports.literal("json_schema"),
    name: external_exports.string().min(1).max(64).regex(/^[a-zA-Z0-9_-]+$/),
    schema: external_exports.record(external_exports.string(), external_exports.json()),
    description: external_exports.string().optional(),
    strict: external_exports.boolean().optional()
  })
]);
function normalizeOpenAIResponsesTextFormat(format) {
  if (format.type === "text") {
    return format;
  }
  const normalized = normalizeOpenAIJsonSchema(format.schema);
  return {
    ...format,
    schema: normalized
  };
}
function convertOpenAIResponsesUsage(usage) {
  var _a22, _b2, _c, _d, _e, _f;
  if (usage == null) {
    return {
      inputTokens: {
        total: void 0,
        noCache: void 0,
        cacheRead: void 0,
        cacheWrite: void 0
      },
      outputTokens: {
        total: void 0,
        text: void 0,
        reasoning: void 0
      },
      raw: void 0
    };
  }
  const inputTokens = usage.input_tokens;
  const outputTokens = usage.output_tokens;
  const cachedTokens = (_b2 = (_a22 = usage.input_tokens_details) == null ? void 0 : _a22.cached_tokens) != null ? _b2 : 0;
  const cacheWriteTokens = (_d = (_c = usage.input_tokens_details) == null ? void 0 : _c.cache_write_tokens) != null ? _d : void 0;
  const reasoningTokens = (_f = (_e = usage.output_tokens_details) == null ? void 0 : _e.reasoning_tokens) != null ? _f : 0;
  return {
    inputTokens: {
      total: inputTokens,
      noCache: inputTokens - cachedTokens - (cacheWriteTokens != null ? cacheWriteTokens : 0),
      cacheRead: cachedTokens,
      cacheWrite: cacheWriteTokens
    },
    outputTokens: {
      total: outputTokens,
      text: outputTokens - reasoningTokens,
      reasoning: reasoningTokens
    },
    raw: usage
  };
}
var TOP_LOGPROBS_MAX = 20;
var openaiResponsesReasoningModelIds = [
  "o1",
  "o1-2024-12-17",
  "o3",
  "o3-2025-04-16",
  "o3-mini",
  "o3-mini-2025-01-31",
  "o4-mini",
  "o4-mini-2025-04-16",
  "gpt-5",
  "gpt-5-2025-08-07",
  "gpt-5-codex",
  "gpt-5-mini",
  "gpt-5-mini-2025-08-07",
  "gpt-5-nano",
  "gpt-5-nano-2025-08-07",
  "gpt-5-pro",
  "gpt-5-pro-2025-10-06",
  "gpt-5.1",
  "gpt-5.1-chat-latest",
  "gpt-5.1-codex-mini",
  "gpt-5.1-codex",
  "gpt-5.1-codex-max",
  "gpt-5.2",
  "gpt-5.2-chat-latest",
  "gpt-5.2-pro",
  "gpt-5.2-codex",
  "gpt-5.3-chat-latest",
  "gpt-5.3-codex",
  "gpt-5.4",
  "gpt-5.4-2026-03-05",
  "gpt-5.4-mini",
  "gpt-5.4-mini-2026-03-17",
  "gpt-5.4-nano",
  "gpt-5.4-nano-2026-03-17",
  "gpt-5.4-pro",
  "gpt-5.4-pro-2026-03-05",
  "gpt-5.5",
  "gpt-5.5-2026-04-23",
  "gpt-5.6",
  "gpt-5.6-luna",
  "gpt-5.6-sol",
  "gpt-5.6-terra",
  "gpt-6-astra",
  "gpt-6.1-sol",
  "gpt-6.1-terra",
  "gpt-6-luna",
  "gpt-6-sol"
];
var openaiResponsesModelIds = [
  "gpt-4.1",
  "gpt-4.1-2025-04-14",
  "gpt-4.1-mini",
  "gpt-4.1-mini-2025-04-14",
  "gpt-4.1-nano",
  "gpt-4.1-nano-2025-04-14",
  "gpt-4o",
  "gpt-4o-2024-05-13",
  "gpt-4o-2024-08-06",
  "gpt-4o-2024-11-20",
  "gpt-4o-audio-preview",
  "gpt-4o-audio-preview-2024-12-17",
  "gpt-4o-search-preview",
  "gpt-4o-search-preview-2025-03-11",
  "gpt-4o-mini-search-preview",
  "gpt-4o-mini-search-preview-2025-03-11",
  "gpt-4o-mini",
  "gpt-4o-mini-2024-07-18",
  "gpt-3.5-turbo-0125",
  "gpt-3.5-turbo",
  "gpt-3.5-turbo-1106",
  "gpt-5-chat-latest",
  ...openaiResponsesReasoningModelIds
];
var openaiLanguageModelResponsesOptionsSchema = lazySchema2(
  () => zodSchema2(
    external_exports.object({
      /**
       * The ID of the OpenAI Conversation to continue.
       * You must create a conversation first via the OpenAI API.
       * Cannot be used in conjunction with `previousResponseId`.
       * Defaults to `undefined`.
       * @see https://platform.openai.com/docs/api-reference/conversations/create
       */
      conversation: external_exports.string().nullish(),
      /**
       * The set of extra fields to include in the response (advanced, usually not needed).
       * Example values: 'reasoning.encrypted_content', 'file_search_call.results', 'web_search_call.results', 'message.output_text.logprobs'.
       */
      include: external_exports.array(
        external_exports.enum([
          "reasoning.encrypted_content",
          // handled internally by default, only needed for unknown reasoning models
          "file_search_call.results",
          "web_search_call.results",
          "message.output_text.logprobs"
        ])
      ).nullish(),
      /**
       * Instructions for the model.
       * They can be used to change the system or developer message when continuing a conversation using the `previousResponseId` option.
       * Defaults to `undefined`.
       */
      instructions: external_exports.string().nullish(),
      /**
       * Return the log probabilities of the tokens. Including logprobs will increase
       * the response size and can slow down response times. However, it can
       * be useful to better understand how the model is behaving.
       *
       * Setting to true will return the log probabilities of the tokens that
       * were generated.
       *
       * Setting to a number will return the log probabilities of the top n
       * tokens that were generated.
       *
       * @see https://platform.openai.com/docs/api-reference/responses/create
       * @see https://cookbook.openai.com/examples/using_logprobs
       */
      logprobs: external_exports.union([external_exports.boolean(), external_exports.number().min(1).max(TOP_LOGPROBS_MAX)]).optional(),
      /**
       * The maximum number of total calls to built-in tools that can be processed in a response.
       * This maximum number applies across all built-in tool calls, not per individual tool.
       * Any further attempts to call a tool by the model will be ignored.
       */
      maxToolCalls: external_exports.number().nullish(),
      /**
       * Additional metadata to store with the generation.
       */
      metadata: external_exports.any().nullish(),
      /**
       * Whether to use parallel tool calls. Defaults to `true`.
       */
      parallelToolCalls: external_exports.boolean().nullish(),
      /**
       * The ID of the previous response. You can use it to continue a conversation.
       * Defaults to `undefined`.
       */
      previousResponseId: external_exports.string().nullish(),
      /**
       * Sets a cache key to tie this prompt to cached prefixes for better caching performance.
       */
      promptCacheKey: external_exports.string().nullish(),
      /**
       * Prompt cache behavior for GPT-5.6 and later models.
       * `mode` controls whether OpenAI also places an implicit breakpoint.
       * `ttl` sets the minimum cache lifetime: `'30m'` (default) or `'12h'`.
       * `prewarm` writes the prompt to the cache without generating output.
       */
      promptCacheOptions: external_exports.object({
        comparisonResponseId: external_exports.string().optional(),
        mode: external_exports.enum(["implicit", "explicit"]).optional(),
        ttl: external_exports.enum(["30m", "12h"]).optional(),
        prewarm: external_exports.boolean().optional()
      }).optional(),
      /**
       * The retention policy for the prompt cache.
       * - 'in_memory': Default. Standard prompt caching behavior.
       * - '24h': Extended prompt caching that keeps cached prefixes active for up to 24 hours.
       *          Available for models before GPT-5.6 that support extended caching.
       *
       * @deprecated For GPT-5.6 and later models, use `promptCacheOptions.ttl`.
       *
       * @default 'in_memory'
       */
      promptCacheRetention: external_exports.enum(["in_memory", "24h"]).nullish(),
      /**
       * Reasoning effort for reasoning models. Defaults to `medium`. If you use
       * `providerOptions` to set the `reasoningEffort` option, this model setting will be ignored.
       * GPT-5.6 supports 'none' | 'low' | 'medium' | 'high' | 'xhigh' | 'max'.
       * GPT-6 and later models support 'low' | 'medium' | 'high' | 'xhigh' | 'max'.
       * Supported values vary by model.
       */
      reasoningEffort: external_exports.string().nullish(),
      /**
       * Updates the reasoning effort for GPT-6 and later models starting with this response
       * without changing the request-level reasoning effort. This preserves the
       * request prefix for prompt caching.
       *
       * Only supported by GPT-6 and later models in standard, single-agent mode. Cannot be
       * combined with automatic truncation.
       */
      reasoningEffortUpdate: external_exports.enum(["low", "medium", "high", "xhigh", "max"]).optional(),
      /**
       * Controls how much model work GPT-5.6 performs before returning a final answer.
       * `standard` is the default. `pro` increases quality, latency, and token usage.
       */
      reasoningMode: external_exports.enum(["standard", "pro"]).optional(),
      /**
       * Controls which available reasoning items GPT-5.6 can use.
       * `auto` uses the model default, `current_turn` excludes reasoning from earlier
       * turns, and `all_turns` makes compatible earlier reasoning available.
       */
      reasoningContext: external_exports.enum(["auto", "current_turn", "all_turns"]).optional(),
      /**
       * Controls reasoning summary output from the model.
       * Set to "auto" to automatically receive the richest level available,
       * or "detailed" for comprehensive summaries.
       */
      reasoningSummary: external_exports.string().nullish(),
      /**
       * The identifier for safety monitoring and tracking.
       */
      safetyIdentifier: external_exports.string().nullish(),
      /**
       * Service tier for the request.
       * Set to 'flex' for 50% cheaper processing at the cost of increased latency (available for o3, o4-mini, and gpt-5 models).
       * Set to 'priority' for faster processing with Enterprise access (available for gpt-4, gpt-5, gpt-5-mini, o3, o4-mini; gpt-5-nano is not supported).
       * Set to 'fast' for the same tier as 'priority' (OpenAI's newer name for it).
       * Set to 'ultrafast' for access-controlled Ultrafast processing (available only for gpt-5.6-sol).
       *
       * Defaults to 'auto'.
       */
      serviceTier: external_exports.enum(["auto", "flex", "priority", "fast", "ultrafast", "default"]).nullish(),
      /**
       * Whether to store the generation. Defaults to `true`.
       */
      store: external_exports.boolean().nullish(),
      /**
       * Whether to pass through non-image file types as generic input files.
       *
       * By default, inline file inputs are restricted to images and PDFs.
       * Enable this when the target OpenAI Responses model supports additional
       * file media types, such as text/csv.
       */
      passThroughUnsupportedFiles: external_exports.boolean().optional(),
      /**
       * Whether to use strict JSON schema validation.
       * Defaults to `true`.
       */
      strictJsonSchema: external_exports.boolean().nullish(),
      /**
       * Controls the verbosity of the model's responses. Lower values ('low') will result
       * in more concise responses, while higher values ('high') will result in more verbose responses.
       * Valid values: 'low', 'medium', 'high'.
       */
      textVerbosity: external_exports.enum(["low", "medium", "high"]).nullish(),
      /** Keep the initial wire format stable while Output validates the current schema. */
      textFormat: openaiResponsesTextFormatSchema().optional(),
      /**
       * Controls output truncation. 'auto' (default) performs truncation automatically;
       * 'disabled' turns truncation off.
       */
      truncation: external_exports.enum(["auto", "disabled"]).nullish(),
      /**
       * A unique identifier representing your end-user, which can help OpenAI to
       * monitor and detect abuse.
       * Defaults to `undefined`.
       * @see https://platform.openai.com/docs/guides/safety-best-practices/end-user-ids
       */
      user: external_exports.string().nullish(),
      /**
       * Override the system message mode for this model.
       * - 'system': Use the 'system' role for system messages (default for most models)
       * - 'developer': Use the 'developer' role for system messages (used by reasoning models)
       * - 'remove': Remove system messages entirely
       *
       * If not specified, the mode is automatically determined based on the model.
       */
      systemMessageMode: external_exports.enum(["system", "developer", "remove"]).optional(),
      /**
       * Force treating this model as a reasoning model.
       *
       * This is useful for "stealth" reasoning models (e.g. via a custom baseURL)
       * where the model ID is not recognized by the SDK's allowlist.
       *
       * When enabled, the SDK applies reasoning-model parameter compatibility rules
       * and defaults `systemMessageMode` to `developer` unless overridden.
       */
      forceReasoning: external_exports.boolean().optional(),
      /**
       * Restrict the callable tools to a subset while keeping the full tools
       * list intact, so prompt caching is preserved across requests with
       * different allowlists.
       *
       * When set, this overrides the request-level `toolChoice` and emits
       * `tool_choice: { type: "allowed_tools", mode, tools }` on the wire.
       *
       * @see https://developers.openai.com/api/reference/resources/responses/methods/create#(resource)%20responses%20%3E%20(model)%20tool_choice_allowed%20%3E%20(schema)
       */
      allowedTools: external_exports.object({
        toolNames: external_exports.array(external_exports.string()).min(1),
        mode: external_exports.enum(["auto", "required"]).optional()
      }).optional()
    })
  )
);
var openaiResponsesSystemMessageOptionsSchema = lazySchema2(
  () => zodSchema2(
    external_exports.object({
      /** Replace the format at this position; requires empty system content. */
      textFormatUpdate: openaiResponsesTextFormatSchema().optional(),
      /**
       * Emit a configuration update at this position in Responses history.
       * Requires empty system message content and the same supported
       * configuration as the request-level reasoningEffortUpdate option.
       * Unsupported historical updates throw instead of being omitted.
       *
       * @see https://developers.openai.com/api/docs/guides/reasoning#change-reasoning-mid-conversation
       */
      reasoningEffortUpdate: external_exports.enum(["low", "medium", "high", "xhigh", "max"]).optional()
    })
  )
);
var parallelToolName = "parallel";
var recipientNamePrefix = "functions.";
function getParallelToolCallMetadata({
  providerOptions,
  providerOptionsName
}) {
  var _a22;
  const metadata = (_a22 = providerOptions == null ? void 0 : providerOptions[providerOptionsName]) == null ? void 0 : _a22.parallelToolCall;
  if (!isJSONObject(metadata) || typeof metadata.itemId !== "string" || typeof metadata.toolCallId !== "string" || typeof metadata.toolName !== "string" || metadata.input !== void 0 && typeof metadata.input !== "string" || typeof metadata.index !== "number" || !Number.isInteger(metadata.index) || typeof metadata.count !== "number" || !Number.isInteger(metadata.count) || metadata.index < 0 || metadata.count <= metadata.index) {
    return void 0;
  }
  return metadata;
}
function isUndeclaredParallelToolCall({
  toolName,
  tools
}) {
  return toolName === parallelToolName && !tools.some((tool3) => tool3.name === parallelToolName);
}
async function expandParallelToolCall({
  toolCall,
  tools,
  providerOptionsName,
  itemId
}) {
  if (!isUndeclaredParallelToolCall({ toolName: toolCall.toolName, tools })) {
    return void 0;
  }
  const parsedInput = await safeParseJSON2({ text: toolCall.input });
  if (!parsedInput.success || !isJSONObject(parsedInput.value)) {
    return void 0;
  }
  const toolUses = parsedInput.value.tool_uses;
  if (!Array.isArray(toolUses) || toolUses.length === 0) {
    return void 0;
  }
  const availableToolNames = new Set(tools.map((tool3) => tool3.name));
  const expandedToolCalls = [];
  for (const [index, toolUse] of toolUses.entries()) {
    if (!isJSONObject(toolUse)) {
      return void 0;
    }
    const recipientName = toolUse.recipient_name;
    const parameters = toolUse.parameters;
    if (typeof recipientName !== "string" || !recipientName.startsWith(recipientNamePrefix) || !isJSONObject(parameters)) {
      return void 0;
    }
    const toolName = recipientName.slice(recipientNamePrefix.length);
    if (toolName.length === 0 || !availableToolNames.has(toolName)) {
      return void 0;
    }
    expandedToolCalls.push({
      type: "tool-call",
      toolCallId: `${toolCall.toolCallId}_${index}`,
      toolName,
      input: JSON.stringify(parameters),
      providerMetadata: {
        [providerOptionsName]: {
          parallelToolCall: {
            itemId,
            toolCallId: toolCall.toolCallId,
            toolName: toolCall.toolName,
            ...index === 0 && { input: toolCall.input },
            index,
            count: toolUses.length
          }
        }
      }
    });
  }
  return expandedToolCalls;
}
function serializeToolCallArguments2(input) {
  if (typeof input === "string") {
    try {
      secureJsonParse2(input);
      return input;
    } catch (e) {
      return stringifyWithBigIntAndCycles2(input);
    }
  }
  return stringifyWithBigIntAndCycles2(input === void 0 ? {} : input);
}
async function convertWebSearchToolResultOutput({
  output,
  id
}) {
  if (output.type !== "json") {
    return void 0;
  }
  const validation = await safeValidateTypes({
    value: output.value,
    schema: webSearchOutputSchema
  });
  if (!validation.success || validation.value.action == null) {
    return void 0;
  }
  const { action, sources } = validation.value;
  switch (action.type) {
    case "search":
      return {
        type: "web_search_call",
        id,
        status: "completed",
        action: {
          type: "search",
          ...action.query != null && { query: action.query },
          ...action.queries != null && { queries: action.queries },
          ...sources != null && { sources }
        }
      };
    case "openPage":
      return {
        type: "web_search_call",
        id,
        status: "completed",
        action: {
          type: "open_page",
          url: action.url
        }
      };
    case "findInPage":
      return {
        type: "web_search_call",
        id,
        status: "completed",
        action: {
          type: "find_in_page",
          url: action.url,
          pattern: action.pattern
        }
      };
  }
}
async function convertFunctionToolResultOutput({
  output,
  promptCacheBreakpoint,
  providerOptionsName,
  warnings
}) {
  var _a22;
  const convertScalarOutput = (value) => promptCacheBreakpoint == null ? value : [
    {
      type: "input_text",
      text: value,
      prompt_cache_breakpoint: promptCacheBreakpoint
    }
  ];
  switch (output.type) {
    case "text":
    case "error-text":
      return convertScalarOutput(output.value);
    case "execution-denied": {
      return convertScalarOutput(
        (_a22 = output.reason) != null ? _a22 : "Tool call execution denied."
      );
    }
    case "json":
    case "error-json":
      return convertScalarOutput(stringifyWithBigIntAndCycles2(output.value));
    case "content":
      return output.value.map((item) => {
        var _a3, _b2, _c, _d, _e, _f, _g;
        const promptCacheBreakpoint2 = getPromptCacheBreakpoint2(
          item.providerOptions,
          providerOptionsName
        );
        switch (item.type) {
          case "text": {
            return {
              type: "input_text",
              text: item.text,
              ...promptCacheBreakpoint2 != null && {
                prompt_cache_breakpoint: promptCacheBreakpoint2
              }
            };
          }
          case "image-data": {
            return {
              type: "input_image",
              image_url: `data:${item.mediaType};base64,${item.data}`,
              detail: (_b2 = (_a3 = item.providerOptions) == null ? void 0 : _a3[providerOptionsName]) == null ? void 0 : _b2.imageDetail,
              ...promptCacheBreakpoint2 != null && {
                prompt_cache_breakpoint: promptCacheBreakpoint2
              }
            };
          }
          case "image-url": {
            return {
              type: "input_image",
              image_url: item.url,
              detail: (_d = (_c = item.providerOptions) == null ? void 0 : _c[providerOptionsName]) == null ? void 0 : _d.imageDetail,
              ...promptCacheBreakpoint2 != null && {
                prompt_cache_breakpoint: promptCacheBreakpoint2
              }
            };
          }
          case "file-id": {
            return {
              type: "input_file",
              file_id: typeof item.fileId === "string" ? item.fileId : item.fileId[providerOptionsName],
              ...promptCacheBreakpoint2 != null && {
                prompt_cache_breakpoint: promptCacheBreakpoint2
              }
            };
          }
          case "image-file-id": {
            return {
              type: "input_image",
              file_id: typeof item.fileId === "string" ? item.fileId : item.fileId[providerOptionsName],
              detail: (_f = (_e = item.providerOptions) == null ? void 0 : _e[providerOptionsName]) == null ? void 0 : _f.imageDetail,
              ...promptCacheBreakpoint2 != null && {
                prompt_cache_breakpoint: promptCacheBreakpoint2
              }
            };
          }
          case "file-data": {
            return {
              type: "input_file",
              filename: (_g = item.filename) != null ? _g : "data",
              file_data: `data:${item.mediaType};base64,${item.data}`,
              ...promptCacheBreakpoint2 != null && {
                prompt_cache_breakpoint: promptCacheBreakpoint2
              }
            };
          }
          case "file-url": {
            return {
              type: "input_file",
              file_url: item.url,
              ...promptCacheBreakpoint2 != null && {
                prompt_cache_breakpoint: promptCacheBreakpoint2
              }
            };
          }
          default: {
            warnings.push({
              type: "other",
              message: `unsupported tool content part type: ${item.type}`
            });
            return void 0;
          }
        }
      }).filter(isNonNullable2);
  }
}
function hasSameParallelToolCall(first, second) {
  return first.itemId === second.itemId && first.toolCallId === second.toolCallId && first.toolName === second.toolName && (first.input === void 0 || second.input === void 0 || first.input === second.input) && first.count === second.count;
}
function collectCompleteParallelToolResultGroups({
  prompt,
  providerOptionsName
}) {
  const pendingGroups = /* @__PURE__ */ new Map();
  for (const message of prompt) {
    if (message.role !== "tool") {
      continue;
    }
    for (const part of message.content) {
      if (part.type !== "tool-result") {
        continue;
      }
      const metadata = getParallelToolCallMetadata({
        providerOptions: part.providerOptions,
        providerOptionsName
      });
      if (metadata == null) {
        continue;
      }
      const existing = pendingGroups.get(metadata.toolCallId);
      if (existing == null) {
        pendingGroups.set(metadata.toolCallId, {
          metadata,
          results: /* @__PURE__ */ new Map([[metadata.index, part]]),
          invalid: false
        });
        continue;
      }
      if (!hasSameParallelToolCall(existing.metadata, metadata) || existing.results.has(metadata.index)) {
        existing.invalid = true;
        continue;
      }
      if (existing.metadata.input === void 0 && metadata.input !== void 0) {
        existing.metadata = metadata;
      }
      existing.results.set(metadata.index, part);
    }
  }
  const completeGroups = /* @__PURE__ */ new Map();
  for (const [toolCallId, group] of pendingGroups) {
    if (group.invalid || group.results.size !== group.metadata.count || group.metadata.input === void 0) {
      continue;
    }
    const results = Array.from(
      { length: group.metadata.count },
      (_, index) => group.results.get(index)
    );
    if (results.every(isNonNullable2)) {
      completeGroups.set(toolCallId, {
        metadata: { ...group.metadata, input: group.metadata.input },
        results
      });
    }
  }
  return completeGroups;
}
function getPromptCacheBreakpoint2(providerOptions, providerOptionsName) {
  var _a22;
  return (_a22 = providerOptions == null ? void 0 : providerOptions[providerOptionsName]) == null ? void 0 : _a22.promptCacheBreakpoint;
}
function getScalarToolResultPromptCacheBreakpoint({
  output,
  toolResultProviderOptions,
  providerOptionsName
}) {
  var _a22;
  return output.type === "content" ? void 0 : (_a22 = getPromptCacheBreakpoint2(output.providerOptions, providerOptionsName)) != null ? _a22 : getPromptCacheBreakpoint2(
    toolResultProviderOptions,
    providerOptionsName
  );
}
function isFileId(data, prefixes) {
  if (!prefixes) return false;
  return prefixes.some((prefix) => data.startsWith(prefix));
}
async function convertToOpenAIResponsesInput({
  prompt,
  toolNameMapping,
  systemMessageMode,
  providerOptionsName,
  explicitMessageItemType = false,
  fileIdPrefixes,
  passThroughUnsupportedFiles = false,
  store,
  isReasoningModel = false,
  hasConversation = false,
  hasPreviousResponseId = false,
  configurationUpdateUnsupportedReason,
  hasLocalShellTool = false,
  hasShellTool = false,
  hasApplyPatchTool = false,
  toolSearchToolName,
  customProviderToolNames
}) {
  var _a22, _b2, _c, _d, _e, _f, _g, _h, _i, _j, _k, _l, _m, _n, _o, _p, _q, _r, _s, _t, _u, _v, _w, _x, _y, _z, _A, _B, _C, _D, _E, _F, _G;
  let input = [];
  const warnings = [];
  const processedApprovalIds = /* @__PURE__ */ new Set();
  const parallelToolResultGroups = hasConversation || hasPreviousResponseId ? collectCompleteParallelToolResultGroups({
    prompt,
    providerOptionsName
  }) : /* @__PURE__ */ new Map();
  const emittedParallelToolCalls = /* @__PURE__ */ new Set();
  const emittedParallelToolResults = /* @__PURE__ */ new Set();
  for (const { role, content, providerOptions } of prompt) {
    switch (role) {
      case "system": {
        let options = await parseProviderOptions2({
          provider: providerOptionsName,
          providerOptions,
          schema: openaiResponsesSystemMessageOptionsSchema
        });
        if (options == null && providerOptionsName !== "openai") {
          options = await parseProviderOptions2({
            provider: "openai",
            providerOptions,
            schema: openaiResponsesSystemMessageOptionsSchema
          });
        }
        const effort = options == null ? void 0 : options.reasoningEffortUpdate;
        const textFormat = options == null ? void 0 : options.textFormatUpdate;
        if (effort != null || textFormat != null) {
          const feature = effort != null ? "reasoningEffortUpdate" : "textFormatUpdate";
          const unsupportedReason = content !== "" ? `Message-level ${feature} requires empty system message content.` : configurationUpdateUnsupportedReason;
          if (unsupportedReason != null) {
            throw new UnsupportedFunctionalityError({
              functionality: `Message-level ${feature}`,
              message: unsupportedReason
            });
          }
          input.push({
            type: "configuration_update",
            ...effort != null && { reasoning: { effort } },
            ...textFormat != null && {
              text: {
                format: normalizeOpenAIResponsesTextFormat(textFormat)
              }
            }
          });
          break;
        }
        switch (systemMessageMode) {
          case "system": {
            const promptCacheBreakpoint = getPromptCacheBreakpoint2(
              providerOptions,
              providerOptionsName
            );
            input.push({
              ...explicitMessageItemType && { type: "message" },
              role: "system",
              content: promptCacheBreakpoint == null ? content : [
                {
                  type: "input_text",
                  text: content,
                  prompt_cache_breakpoint: promptCacheBreakpoint
                }
              ]
            });
            break;
          }
          case "developer": {
            const promptCacheBreakpoint = getPromptCacheBreakpoint2(
              providerOptions,
              providerOptionsName
            );
            input.push({
              ...explicitMessageItemType && { type: "message" },
              role: "developer",
              content: promptCacheBreakpoint == null ? content : [
                {
                  type: "input_text",
                  text: content,
                  prompt_cache_breakpoint: promptCacheBreakpoint
                }
              ]
            });
            break;
          }
          case "remove": {
            warnings.push({
              type: "other",
              message: "system messages are removed for this model"
            });
            break;
          }
          default: {
            const _exhaustiveCheck = systemMessageMode;
            throw new Error(
              `Unsupported system message mode: ${_exhaustiveCheck}`
            );
          }
        }
        break;
      }
      case "user": {
        input.push({
          ...explicitMessageItemType && { type: "message" },
          role: "user",
          content: content.map((part, index) => {
            var _a3, _b22, _c2;
            switch (part.type) {
              case "text": {
                const promptCacheBreakpoint = getPromptCacheBreakpoint2(
                  part.providerOptions,
                  providerOptionsName
                );
                return {
                  type: "input_text",
                  text: part.text,
                  ...promptCacheBreakpoint != null && {
                    prompt_cache_breakpoint: promptCacheBreakpoint
                  }
                };
              }
              case "file": {
                const promptCacheBreakpoint = getPromptCacheBreakpoint2(
                  part.providerOptions,
                  providerOptionsName
                );
                const mediaType = part.mediaType === "image/*" ? "image/jpeg" : part.mediaType;
                if (mediaType.startsWith("image/")) {
                  return {
                    type: "input_image",
                    ...part.data instanceof URL ? { image_url: part.data.toString() } : typeof part.data === "string" && isFileId(part.data, fileIdPrefixes) ? { file_id: part.data } : {
                      image_url: `data:${mediaType};base64,${convertToBase642(part.data)}`
                    },
                    detail: (_b22 = (_a3 = part.providerOptions) == null ? void 0 : _a3[providerOptionsName]) == null ? void 0 : _b22.imageDetail,
                    ...promptCacheBreakpoint != null && {
                      prompt_cache_breakpoint: promptCacheBreakpoint
                    }
                  };
                }
                if (part.data instanceof URL) {
                  return {
                    type: "input_file",
                    file_url: part.data.toString(),
                    ...promptCacheBreakpoint != null && {
                      prompt_cache_breakpoint: promptCacheBreakpoint
                    }
                  };
                }
                if (mediaType !== "application/pdf" && !passThroughUnsupportedFiles) {
                  throw new UnsupportedFunctionalityError({
                    functionality: `file part media type ${mediaType}`
                  });
                }
                return {
                  type: "input_file",
                  ...typeof part.data === "string" && isFileId(part.data, fileIdPrefixes) ? { file_id: part.data } : {
                    filename: (_c2 = part.filename) != null ? _c2 : mediaType === "application/pdf" ? `part-${index}.pdf` : `part-${index}`,
                    file_data: `data:${mediaType};base64,${convertToBase642(part.data)}`
                  },
                  ...promptCacheBreakpoint != null && {
                    prompt_cache_breakpoint: promptCacheBreakpoint
                  }
                };
              }
            }
          })
        });
        break;
      }
      case "assistant": {
        const reasoningMessages = {};
        let hasPrecedingReasoning = false;
        for (const part of content) {
          switch (part.type) {
            case "text": {
              const providerOpts = (_a22 = part.providerOptions) == null ? void 0 : _a22[providerOptionsName];
              const id = providerOpts == null ? void 0 : providerOpts.itemId;
              const phase = providerOpts == null ? void 0 : providerOpts.phase;
              if (hasConversation && id != null) {
                break;
              }
              const canUseItemId = id != null && (!isReasoningModel || hasPrecedingReasoning);
              if (store && canUseItemId) {
                input.push({ type: "item_reference", id });
                break;
              }
              input.push({
                ...explicitMessageItemType && { type: "message" },
                role: "assistant",
                content: [{ type: "output_text", text: part.text }],
                id: canUseItemId ? id : void 0,
                ...phase != null && { phase }
              });
              break;
            }
            case "tool-call": {
              const parallelToolCallMetadata = getParallelToolCallMetadata({
                providerOptions: part.providerOptions,
                providerOptionsName
              });
              const parallelToolResultGroup = parallelToolCallMetadata == null ? void 0 : parallelToolResultGroups.get(
                parallelToolCallMetadata.toolCallId
              );
              if (parallelToolCallMetadata != null && parallelToolResultGroup != null && hasSameParallelToolCall(
                parallelToolResultGroup.metadata,
                parallelToolCallMetadata
              )) {
                if (!emittedParallelToolCalls.has(
                  parallelToolResultGroup.metadata.toolCallId
                )) {
                  emittedParallelToolCalls.add(
                    parallelToolResultGroup.metadata.toolCallId
                  );
                  if (!hasConversation) {
                    input.push({
                      type: "function_call",
                      call_id: parallelToolResultGroup.metadata.toolCallId,
                      name: parallelToolResultGroup.metadata.toolName,
                      arguments: parallelToolResultGroup.metadata.input
                    });
                  }
                }
                break;
              }
              const id = (_f = (_c = (_b2 = part.providerOptions) == null ? void 0 : _b2[providerOptionsName]) == null ? void 0 : _c.itemId) != null ? _f : (_e = (_d = part.providerMetadata) == null ? void 0 : _d[providerOptionsName]) == null ? void 0 : _e.itemId;
              const namespace = (_k = (_h = (_g = part.providerOptions) == null ? void 0 : _g[providerOptionsName]) == null ? void 0 : _h.namespace) != null ? _k : (_j = (_i = part.providerMetadata) == null ? void 0 : _i[providerOptionsName]) == null ? void 0 : _j.namespace;
              const isAsync = (_p = (_m = (_l = part.providerOptions) == null ? void 0 : _l[providerOptionsName]) == null ? void 0 : _m.async) != null ? _p : (_o = (_n = part.providerMetadata) == null ? void 0 : _n[providerOptionsName]) == null ? void 0 : _o.async;
              if (hasConversation && id != null) {
                break;
              }
              const resolvedToolName = toolNameMapping.toProviderToolName(
                part.toolName
              );
              if (part.toolName === toolSearchToolName) {
                if (store && id != null) {
                  input.push({ type: "item_reference", id });
                  break;
                }
                const parsedInput = typeof part.input === "string" ? await parseJSON({
                  text: part.input,
                  schema: toolSearchInputSchema
                }) : await validateTypes2({
                  value: part.input,
                  schema: toolSearchInputSchema
                });
                const execution = parsedInput.call_id != null ? "client" : "server";
                input.push({
                  type: "tool_search_call",
                  id: id != null ? id : part.toolCallId,
                  execution,
                  call_id: (_q = parsedInput.call_id) != null ? _q : null,
                  status: "completed",
                  arguments: parsedInput.arguments
                });
                break;
              }
              if (part.providerExecuted) {
                if (store && id != null) {
                  input.push({ type: "item_reference", id });
                }
                if (store || !hasShellTool || resolvedToolName !== "shell") {
                  break;
                }
              }
              const isProviderDefinedToolCall = hasLocalShellTool && resolvedToolName === "local_shell" || hasShellTool && resolvedToolName === "shell" || hasApplyPatchTool && resolvedToolName === "apply_patch" || ((_r = customProviderToolNames == null ? void 0 : customProviderToolNames.has(resolvedToolName)) != null ? _r : false);
              if (hasPreviousResponseId && store && id != null && isProviderDefinedToolCall) {
                break;
              }
              if (store && id != null && isProviderDefinedToolCall) {
                input.push({ type: "item_reference", id });
                break;
              }
              if (hasLocalShellTool && resolvedToolName === "local_shell") {
                const parsedInput = await validateTypes2({
                  value: part.input,
                  schema: localShellInputSchema
                });
                input.push({
                  type: "local_shell_call",
                  call_id: part.toolCallId,
                  id,
                  action: {
                    type: "exec",
                    command: parsedInput.action.command,
                    timeout_ms: parsedInput.action.timeoutMs,
                    user: parsedInput.action.user,
                    working_directory: parsedInput.action.workingDirectory,
                    env: parsedInput.action.env
                  }
                });
                break;
              }
              if (hasShellTool && resolvedToolName === "shell") {
                const parsedInput = await validateTypes2({
                  value: part.input,
                  schema: shellInputSchema
                });
                input.push({
                  type: "shell_call",
                  call_id: part.toolCallId,
                  id,
                  status: "completed",
                  action: {
                    commands: parsedInput.action.commands,
                    timeout_ms: parsedInput.action.timeoutMs,
                    max_output_length: parsedInput.action.maxOutputLength
                  }
                });
                break;
              }
              if (hasApplyPatchTool && resolvedToolName === "apply_patch") {
                const parsedInput = await validateTypes2({
                  value: part.input,
                  schema: applyPatchInputSchema
                });
                input.push({
                  type: "apply_patch_call",
                  call_id: parsedInput.callId,
                  id,
                  status: "completed",
                  operation: parsedInput.operation
                });
                break;
              }
              if (customProviderToolNames == null ? void 0 : customProviderToolNames.has(resolvedToolName)) {
                input.push({
                  type: "custom_tool_call",
                  call_id: part.toolCallId,
                  name: resolvedToolName,
                  input: typeof part.input === "string" ? part.input : stringifyWithBigIntAndCycles2(part.input),
                  ...isAsync != null && { async: isAsync },
                  id
                });
                break;
              }
              input.push({
                type: "function_call",
                call_id: part.toolCallId,
                name: resolvedToolName,
                arguments: serializeToolCallArguments2(part.input),
                ...isAsync != null && { async: isAsync },
                ...namespace != null && { namespace }
              });
              break;
            }
            // assistant tool result parts are from provider-executed tools:
            case "tool-result": {
              if (part.output.type === "execution-denied" || part.output.type === "json" && typeof part.output.value === "object" && part.output.value != null && "type" in part.output.value && part.output.value.type === "execution-denied") {
                break;
              }
              if (hasConversation) {
                break;
              }
              const resolvedResultToolName = toolNameMapping.toProviderToolName(
                part.toolName
              );
              if (resolvedResultToolName === "web_search" || resolvedResultToolName === "web_search_preview") {
                const itemId = (_u = (_t = (_s = part.providerOptions) == null ? void 0 : _s[providerOptionsName]) == null ? void 0 : _t.itemId) != null ? _u : part.toolCallId;
                if (store) {
                  input.push({ type: "item_reference", id: itemId });
                  break;
                }
                const webSearchCall = await convertWebSearchToolResultOutput({
                  output: part.output,
                  id: itemId
                });
                if (webSearchCall != null) {
                  input.push(webSearchCall);
                  break;
                }
              }
              if (part.toolName === toolSearchToolName) {
                const itemId = (_A = (_z = (_w = (_v = part.providerOptions) == null ? void 0 : _v[providerOptionsName]) == null ? void 0 : _w.itemId) != null ? _z : (_y = (_x = part.providerMetadata) == null ? void 0 : _x[providerOptionsName]) == null ? void 0 : _y.itemId) != null ? _A : part.toolCallId;
                if (store) {
                  input.push({ type: "item_reference", id: itemId });
                } else if (part.output.type === "json") {
                  const parsedOutput = await validateTypes2({
                    value: part.output.value,
                    schema: toolSearchOutputSchema
                  });
                  input.push({
                    type: "tool_search_output",
                    id: itemId,
                    execution: "server",
                    call_id: null,
                    status: "completed",
                    tools: parsedOutput.tools
                  });
                }
                break;
              }
              if (hasShellTool && resolvedResultToolName === "shell") {
                if (part.output.type === "json") {
                  const parsedOutput = await validateTypes2({
                    value: part.output.value,
                    schema: shellOutputSchema
                  });
                  input.push({
                    type: "shell_call_output",
                    call_id: part.toolCallId,
                    output: parsedOutput.output.map((item) => ({
                      stdout: item.stdout,
                      stderr: item.stderr,
                      outcome: item.outcome.type === "timeout" ? { type: "timeout" } : {
                        type: "exit",
                        exit_code: item.outcome.exitCode
                      }
                    }))
                  });
                }
                break;
              }
              if (store) {
                const itemId = (_D = (_C = (_B = part.providerOptions) == null ? void 0 : _B[providerOptionsName]) == null ? void 0 : _C.itemId) != null ? _D : part.toolCallId;
                input.push({ type: "item_reference", id: itemId });
              } else {
                warnings.push({
                  type: "other",
                  message: `Results for OpenAI tool ${part.toolName} are not sent to the API when store is false`
                });
              }
              break;
            }
            case "reasoning": {
              hasPrecedingReasoning = true;
              const providerOptions2 = await parseProviderOptions2({
                provider: providerOptionsName,
                providerOptions: part.providerOptions,
                schema: openaiResponsesReasoningProviderOptionsSchema
              });
              const reasoningId = providerOptions2 == null ? void 0 : providerOptions2.itemId;
              if ((hasConversation || hasPreviousResponseId) && reasoningId != null) {
                break;
              }
              if (reasoningId != null) {
                const reasoningMessage = reasoningMessages[reasoningId];
                if (store) {
                  if (reasoningMessage === void 0) {
                    input.push({ type: "item_reference", id: reasoningId });
                    reasoningMessages[reasoningId] = {
                      type: "reasoning",
                      id: reasoningId,
                      summary: []
                    };
                  }
                } else {
                  const summaryParts = [];
                  if (part.text.length > 0) {
                    summaryParts.push({
                      type: "summary_text",
                      text: part.text
                    });
                  } else if (reasoningMessage !== void 0) {
                    warnings.push({
                      type: "other",
                      message: `Cannot append empty reasoning part to existing reasoning sequence. Skipping reasoning part: ${stringifyWithBigIntAndCycles2(part)}.`
                    });
                  }
                  if (reasoningMessage === void 0) {
                    reasoningMessages[reasoningId] = {
                      type: "reasoning",
                      id: reasoningId,
                      encrypted_content: providerOptions2 == null ? void 0 : providerOptions2.reasoningEncryptedContent,
                      summary: summaryParts
                    };
                    input.push(reasoningMessages[reasoningId]);
                  } else {
                    reasoningMessage.summary.push(...summaryParts);
                    if ((providerOptions2 == null ? void 0 : providerOptions2.reasoningEncryptedContent) != null) {
                      reasoningMessage.encrypted_content = providerOptions2.reasoningEncryptedContent;
                    }
                  }
                }
              } else {
                const encryptedContent = providerOptions2 == null ? void 0 : providerOptions2.reasoningEncryptedContent;
                if (encryptedContent != null) {
                  const summaryParts = [];
                  if (part.text.length > 0) {
                    summaryParts.push({
                      type: "summary_text",
                      text: part.text
                    });
                  }
                  input.push({
                    type: "reasoning",
                    encrypted_content: encryptedContent,
                    summary: summaryParts
                  });
                } else {
                  warnings.push({
                    type: "other",
                    message: `Non-OpenAI reasoning parts are not supported. Skipping reasoning part: ${stringifyWithBigIntAndCycles2(part)}.`
                  });
                }
              }
              break;
            }
          }
        }
        break;
      }
      case "tool": {
        for (const part of content) {
          if (part.type === "tool-approval-response") {
            const approvalResponse = part;
            if (processedApprovalIds.has(approvalResponse.approvalId)) {
              continue;
            }
            processedApprovalIds.add(approvalResponse.approvalId);
            if (store && !hasConversation && !hasPreviousResponseId) {
              input.push({
                type: "item_reference",
                id: approvalResponse.approvalId
              });
            }
            input.push({
              type: "mcp_approval_response",
              approval_request_id: approvalResponse.approvalId,
              approve: approvalResponse.approved
            });
            continue;
          }
          const parallelToolCallMetadata = getParallelToolCallMetadata({
            providerOptions: part.providerOptions,
            providerOptionsName
          });
          const parallelToolResultGroup = parallelToolCallMetadata == null ? void 0 : parallelToolResultGroups.get(
            parallelToolCallMetadata.toolCallId
          );
          if (parallelToolCallMetadata != null && parallelToolResultGroup != null && hasSameParallelToolCall(
            parallelToolResultGroup.metadata,
            parallelToolCallMetadata
          )) {
            if (!emittedParallelToolResults.has(
              parallelToolResultGroup.metadata.toolCallId
            )) {
              emittedParallelToolResults.add(
                parallelToolResultGroup.metadata.toolCallId
              );
              const toolOutputs = await Promise.all(
                parallelToolResultGroup.results.map(async (result) => {
                  const promptCacheBreakpoint = getScalarToolResultPromptCacheBreakpoint({
                    output: result.output,
                    toolResultProviderOptions: result.providerOptions,
                    providerOptionsName
                  });
                  return {
                    output: await convertFunctionToolResultOutput({
                      output: result.output,
                      providerOptionsName,
                      warnings
                    }),
                    promptCacheBreakpoint
                  };
                })
              );
              const serializedToolOutputs = toolOutputs.map(
                ({ output: output2 }) => typeof output2 === "string" ? output2 : stringifyWithBigIntAndCycles2(output2)
              );
              const hasPromptCacheBreakpoint = toolOutputs.some(
                ({ promptCacheBreakpoint }) => promptCacheBreakpoint != null
              );
              input.push({
                type: "function_call_output",
                call_id: parallelToolResultGroup.metadata.toolCallId,
                // The internal wrapper returns one output containing the child
                // results in the same order as the original tool_uses array.
                output: hasPromptCacheBreakpoint ? serializedToolOutputs.map((text, index) => ({
                  type: "input_text",
                  text: index === 0 ? text : `
${text}`,
                  ...toolOutputs[index].promptCacheBreakpoint != null && {
                    prompt_cache_breakpoint: toolOutputs[index].promptCacheBreakpoint
                  }
                })) : serializedToolOutputs.join("\n")
              });
            }
            continue;
          }
          const output = part.output;
          if (output.type === "execution-denied") {
            const approvalId = (_F = (_E = output.providerOptions) == null ? void 0 : _E.openai) == null ? void 0 : _F.approvalId;
            if (approvalId) {
              continue;
            }
          }
          const resolvedToolName = toolNameMapping.toProviderToolName(
            part.toolName
          );
          if (part.toolName === toolSearchToolName && output.type === "json") {
            const parsedOutput = await validateTypes2({
              value: output.value,
              schema: toolSearchOutputSchema
            });
            input.push({
              type: "tool_search_output",
              execution: "client",
              call_id: part.toolCallId,
              status: "completed",
              tools: parsedOutput.tools
            });
            continue;
          }
          if (hasLocalShellTool && resolvedToolName === "local_shell" && output.type === "json") {
            const parsedOutput = await validateTypes2({
              value: output.value,
              schema: localShellOutputSchema
            });
            input.push({
              type: "local_shell_call_output",
              call_id: part.toolCallId,
              output: parsedOutput.output
            });
            continue;
          }
          if (hasShellTool && resolvedToolName === "shell" && output.type === "json") {
            const parsedOutput = await validateTypes2({
              value: output.value,
              schema: shellOutputSchema
            });
            input.push({
              type: "shell_call_output",
              call_id: part.toolCallId,
              output: parsedOutput.output.map((item) => ({
                stdout: item.stdout,
                stderr: item.stderr,
                outcome: item.outcome.type === "timeout" ? { type: "timeout" } : {
                  type: "exit",
                  exit_code: item.outcome.exitCode
                }
              }))
            });
            continue;
          }
          if (hasApplyPatchTool && part.toolName === "apply_patch" && output.type === "json") {
            const parsedOutput = await validateTypes2({
              value: output.value,
              schema: applyPatchOutputSchema
            });
            input.push({
              type: "apply_patch_call_output",
              call_id: part.toolCallId,
              status: parsedOutput.status,
              output: parsedOutput.output
            });
            continue;
          }
          if (customProviderToolNames == null ? void 0 : customProviderToolNames.has(resolvedToolName)) {
            const promptCacheBreakpoint = getScalarToolResultPromptCacheBreakpoint({
              output,
              toolResultProviderOptions: part.providerOptions,
              providerOptionsName
            });
            const convertScalarOutput = (value) => promptCacheBreakpoint == null ? value : [
              {
                type: "input_text",
                text: value,
                prompt_cache_breakpoint: promptCacheBreakpoint
              }
            ];
            let outputValue;
            switch (output.type) {
              case "text":
              case "error-text":
                outputValue = convertScalarOutput(output.value);
                break;
              case "execution-denied":
                outputValue = convertScalarOutput(
                  (_G = output.reason) != null ? _G : "Tool call execution denied."
                );
                break;
              case "json":
              case "error-json":
                outputValue = convertScalarOutput(
                  stringifyWithBigIntAndCycles2(output.value)
                );
                break;
              case "content":
                outputValue = output.value.map((item) => {
                  var _a3, _b22, _c2, _d2, _e2;
                  const promptCacheBreakpoint2 = getPromptCacheBreakpoint2(
                    item.providerOptions,
                    providerOptionsName
                  );
                  switch (item.type) {
                    case "text":
                      return {
                        type: "input_text",
                        text: item.text,
                        ...promptCacheBreakpoint2 != null && {
                          prompt_cache_breakpoint: promptCacheBreakpoint2
                        }
                      };
                    case "image-data":
                      return {
                        type: "input_image",
                        image_url: `data:${item.mediaType};base64,${item.data}`,
                        detail: (_b22 = (_a3 = item.providerOptions) == null ? void 0 : _a3[providerOptionsName]) == null ? void 0 : _b22.imageDetail,
                        ...promptCacheBreakpoint2 != null && {
                          prompt_cache_breakpoint: promptCacheBreakpoint2
                        }
                      };
                    case "image-url":
                      return {
                        type: "input_image",
                        image_url: item.url,
                        detail: (_d2 = (_c2 = item.providerOptions) == null ? void 0 : _c2[providerOptionsName]) == null ? void 0 : _d2.imageDetail,
                        ...promptCacheBreakpoint2 != null && {
                          prompt_cache_breakpoint: promptCacheBreakpoint2
                        }
                      };
                    case "file-data":
                      return {
                        type: "input_file",
                        filename: (_e2 = item.filename) != null ? _e2 : "data",
                        file_data: `data:${item.mediaType};base64,${item.data}`,
                        ...promptCacheBreakpoint2 != null && {
                          prompt_cache_breakpoint: promptCacheBreakpoint2
                        }
                      };
                    case "file-url":
                      return {
                        type: "input_file",
                        file_url: item.url,
                        ...promptCacheBreakpoint2 != null && {
                          prompt_cache_breakpoint: promptCacheBreakpoint2
                        }
                      };
                    default:
                      warnings.push({
                        type: "other",
                        message: `unsupported custom tool content part type: ${item.type}`
                      });
                      return void 0;
                  }
                }).filter(isNonNullable2);
                break;
              default:
                outputValue = "";
            }
            input.push({
              type: "custom_tool_call_output",
              call_id: part.toolCallId,
              output: outputValue
            });
            continue;
          }
          const contentValue = await convertFunctionToolResultOutput({
            output,
            promptCacheBreakpoint: getScalarToolResultPromptCacheBreakpoint({
              output,
              toolResultProviderOptions: part.providerOptions,
              providerOptionsName
            }),
            providerOptionsName,
            warnings
          });
          input.push({
            type: "function_call_output",
            call_id: part.toolCallId,
            output: contentValue
          });
        }
        break;
      }
      default: {
        const _exhaustiveCheck = role;
        throw new Error(`Unsupported role: ${_exhaustiveCheck}`);
      }
    }
  }
  if (!store && input.some(
    (item) => "type" in item && item.type === "reasoning" && item.encrypted_content == null
  )) {
    warnings.push({
      type: "other",
      message: "Reasoning parts without encrypted content are not supported when store is false. Skipping reasoning parts."
    });
    input = input.filter(
      (item) => !("type" in item) || item.type !== "reasoning" || item.encrypted_content != null
    );
  }
  return { input, warnings };
}
var openaiResponsesReasoningProviderOptionsSchema = lazySchema2(
  () => zodSchema2(
    external_exports.object({
      itemId: external_exports.string().nullish(),
      reasoningEncryptedContent: external_exports.string().nullish()
    })
  )
);
function mapOpenAIResponseFinishReason({
  finishReason,
  hasFunctionCall,
  hasRefusal = false
}) {
  switch (finishReason) {
    case void 0:
    case null:
      if (hasFunctionCall) return "tool-calls";
      return hasRefusal ? "content-filter" : "stop";
    case "max_output_tokens":
      return "length";
    case "content_filter":
      return "content-filter";
    default:
      return hasFunctionCall ? "tool-calls" : "other";
  }
}
var openaiResponsesPromptCacheDiagnosticsSchema = () => external_exports.object({
  type: external_exports.string(),
  reason: external_exports.string().nullish(),
  cache_missed_tokens: external_exports.number().nullish(),
  comparison_reusable_tokens: external_exports.number().nullish()
});
var cachedJsonValueSchema2;
var jsonValueSchema2 = () => cachedJsonValueSchema2 != null ? cachedJsonValueSchema2 : cachedJsonValueSchema2 = external_exports.lazy(
  () => external_exports.union([
    external_exports.string(),
    external_exports.number(),
    external_exports.boolean(),
    external_exports.null(),
    external_exports.array(jsonValueSchema2()),
    external_exports.record(external_exports.string(), jsonValueSchema2().optional())
  ])
);
var jsonObjectSchema = () => external_exports.record(external_exports.string(), jsonValueSchema2().optional());
var openaiResponsesUsageSchema = () => external_exports.intersection(
  jsonObjectSchema(),
  external_exports.object({
    input_tokens: external_exports.number(),
    input_tokens_details: external_exports.intersection(
      jsonObjectSchema(),
      external_exports.object({
        cached_tokens: external_exports.number().nullish(),
        cache_write_tokens: external_exports.number().nullish(),
        cache_write_tokens_details: external_exports.intersection(
          jsonObjectSchema(),
          external_exports.object({
            ttl_30m_tokens: external_exports.number().nullish(),
            ttl_12h_tokens: external_exports.number().nullish()
          })
        ).nullish(),
        orchestration_input_tokens: external_exports.number().nullish(),
        orchestration_input_cached_tokens: external_exports.number().nullish()
      })
    ).nullish(),
    output_tokens: external_exports.number(),
    output_tokens_details: external_exports.intersection(
      jsonObjectSchema(),
      external_exports.object({
        reasoning_tokens: external_exports.number().nullish(),
        orchestration_output_tokens: external_exports.number().nullish()
      })
    ).nullish(),
    total_tokens: external_exports.number().optional()
  })
);
function isRecord2(value) {
  return value != null && typeof value === "object" && !Array.isArray(value);
}
var openaiResponsesLocalShellCallSchema = () => external_exports.object({
  type: external_exports.literal("local_shell_call"),
  id: external_exports.string(),
  call_id: external_exports.string(),
  action: external_exports.object({
    type: external_exports.literal("exec"),
    command: external_exports.array(external_exports.string()),
    timeout_ms: external_exports.number().optional(),
    user: external_exports.string().optional(),
    working_directory: external_exports.string().optional(),
    env: external_exports.record(external_exports.string(), external_exports.string()).optional()
  })
});
var openaiResponsesNestedErrorChunkSchema = () => external_exports.object({
  type: external_exports.literal("error"),
  sequence_number: external_exports.number(),
  error: external_exports.object({
    type: external_exports.string(),
    code: external_exports.string().nullish(),
    message: external_exports.string(),
    param: external_exports.string().nullish()
  })
});
var openaiResponsesErrorChunkSchema = () => external_exports.object({
  type: external_exports.literal("error"),
  sequence_number: external_exports.number(),
  code: external_exports.string().nullish(),
  message: external_exports.string(),
  param: external_exports.string().nullish()
});
var openaiResponsesModeledChunkTypes = /* @__PURE__ */ new Set([
  "error",
  "response.apply_patch_call_operation_diff.delta",
  "response.apply_patch_call_operation_diff.done",
  "response.code_interpreter_call_code.delta",
  "response.code_interpreter_call_code.done",
  "response.completed",
  "response.created",
  "response.custom_tool_call_input.delta",
  "response.failed",
  "response.function_call_arguments.delta",
  "response.function_call_arguments.done",
  "response.image_generation_call.partial_image",
  "response.incomplete",
  "response.output_item.added",
  "response.output_item.done",
  "response.output_text.annotation.added",
  "response.output_text.delta",
  "response.refusal.delta",
  "response.refusal.done",
  "response.reasoning_summary_part.added",
  "response.reasoning_summary_part.done",
  "response.reasoning_summary_text.delta"
]);
var openaiResponsesModeledOutputItemTypes = /* @__PURE__ */ new Set([
  "apply_patch_call",
  "code_interpreter_call",
  "computer_call",
  "custom_tool_call",
  "file_search_call",
  "function_call",
  "image_generation_call",
  "local_shell_call",
  "mcp_approval_request",
  "mcp_call",
  "mcp_list_tools",
  "message",
  "reasoning",
  "shell_call",
  "shell_call_output",
  "tool_search_call",
  "tool_search_output",
  "web_search_call"
]);
function isModeledOpenAIResponsesChunk(value) {
  if (typeof value.type !== "string" || !openaiResponsesModeledChunkTypes.has(value.type)) {
    return false;
  }
  if (value.type !== "response.output_item.added" && value.type !== "response.output_item.done") {
    return true;
  }
  if (!isRecord2(value.item) || typeof value.item.type !== "string") {
    return true;
  }
  return openaiResponsesModeledOutputItemTypes.has(value.item.type);
}
var openaiResponsesChunkSchema = lazySchema2(
  () => zodSchema2(
    external_exports.union([
      external_exports.object({
        type: external_exports.literal("response.output_text.delta"),
        item_id: external_exports.string(),
        delta: external_exports.string(),
        logprobs: external_exports.array(
          external_exports.object({
            token: external_exports.string(),
            logprob: external_exports.number(),
            top_logprobs: external_exports.array(
              external_exports.object({
                token: external_exports.string(),
                logprob: external_exports.number()
              })
            )
          })
        ).nullish()
      }),
      external_exports.object({
        type: external_exports.literal("response.refusal.delta"),
        item_id: external_exports.string(),
        output_index: external_exports.number().nullish(),
        content_index: external_exports.number().nullish(),
        delta: external_exports.string()
      }),
      external_exports.object({
        type: external_exports.literal("response.refusal.done"),
        item_id: external_exports.string(),
        output_index: external_exports.number().nullish(),
        content_index: external_exports.number().nullish(),
        refusal: external_exports.string()
      }),
      external_exports.object({
        type: external_exports.enum(["response.completed", "response.incomplete"]),
        response: external_exports.object({
          prompt_cache_diagnostics: openaiResponsesPromptCacheDiagnosticsSchema().nullish(),
          incomplete_details: external_exports.object({ reason: external_exports.string() }).nullish(),
          usage: openaiResponsesUsageSchema().nullish(),
          reasoning: external_exports.object({
            context: external_exports.string().nullish()
          }).nullish(),
          service_tier: external_exports.string().nullish()
        })
      }),
      external_exports.object({
        type: external_exports.literal("response.failed"),
        sequence_number: external_exports.number(),
        response: external_exports.object({
          prompt_cache_diagnostics: openaiResponsesPromptCacheDiagnosticsSchema().nullish(),
          error: external_exports.object({
            code: external_exports.string().nullish(),
            message: external_exports.string()
          }).nullish(),
          incomplete_details: external_exports.object({ reason: external_exports.string() }).nullish(),
          usage: openaiResponsesUsageSchema().nullish(),
          reasoning: external_exports.object({
            context: external_exports.string().nullish()
          }).nullish(),
          service_tier: external_exports.string().nullish()
        })
      }),
      external_exports.object({
        type: external_exports.literal("response.created"),
        response: external_exports.object({
          id: external_exports.string(),
          created_at: external_exports.number(),
          model: external_exports.string(),
          service_tier: external_exports.string().nullish()
        })
      }),
      external_exports.object({
        type: external_exports.literal("response.output_item.added"),
        output_index: external_exports.number(),
        item: external_exports.discriminatedUnion("type", [
          external_exports.object({
            type: external_exports.literal("message"),
            id: external_exports.string(),
            phase: external_exports.enum(["commentary", "final_answer"]).nullish()
          }),
          external_exports.object({
            type: external_exports.literal("reasoning"),
            id: external_exports.string(),
            encrypted_content: external_exports.string().nullish()
          }),
          external_exports.object({
            type: external_exports.literal("function_call"),
            id: external_exports.string(),
            call_id: external_exports.string(),
            name: external_exports.string(),
            arguments: external_exports.string(),
            async: external_exports.boolean().nullish(),
            namespace: external_exports.string().nullish()
          }),
          external_exports.object({
            type: external_exports.literal("web_search_call"),
            id: external_exports.string(),
            status: external_exports.string()
          }),
          external_exports.object({
            type: external_exports.literal("computer_call"),
            id: external_exports.string(),
            status: external_exports.string()
          }),
          external_exports.object({
            type: external_exports.literal("file_search_call"),
            id: external_exports.string()
          }),
          openaiResponsesLocalShellCallSchema(),
          external_exports.object({
            type: external_exports.literal("image_generation_call"),
            id: external_exports.string()
          }),
          external_exports.object({
            type: external_exports.literal("code_interpreter_call"),
            id: external_exports.string(),
            container_id: external_exports.string(),
            code: external_exports.string().nullable(),
            outputs: external_exports.array(
              external_exports.discriminatedUnion("type", [
                external_exports.object({ type: external_exports.literal("logs"), logs: external_exports.string() }),
                external_exports.object({ type: external_exports.literal("image"), url: external_exports.string() })
              ])
            ).nullable(),
            status: external_exports.string()
          }),
          external_exports.object({
            type: external_exports.literal("mcp_call"),
            id: external_exports.string(),
            status: external_exports.string(),
            approval_request_id: external_exports.string().nullish()
          }),
          external_exports.object({
            type: external_exports.literal("mcp_list_tools"),
            id: external_exports.string()
          }),
          external_exports.object({
            type: external_exports.literal("mcp_approval_request"),
            id: external_exports.string()
          }),
          external_exports.object({
            type: external_exports.literal("apply_patch_call"),
            id: external_exports.string(),
            call_id: external_exports.string(),
            status: external_exports.enum(["in_progress", "completed"]),
            operation: external_exports.discriminatedUnion("type", [
              external_exports.object({
                type: external_exports.literal("create_file"),
                path: external_exports.string(),
                diff: external_exports.string()
              }),
              external_exports.object({
                type: external_exports.literal("delete_file"),
                path: external_exports.string()
              }),
              external_exports.object({
                type: external_exports.literal("update_file"),
                path: external_exports.string(),
                diff: external_exports.string()
              })
            ])
          }),
          external_exports.object({
            type: external_exports.literal("custom_tool_call"),
            id: external_exports.string(),
            call_id: external_exports.string(),
            name: external_exports.string(),
            input: external_exports.string(),
            async: external_exports.boolean().nullish()
          }),
          external_exports.object({
            type: external_exports.literal("shell_call"),
            id: external_exports.string(),
            call_id: external_exports.string(),
            status: external_exports.enum(["in_progress", "completed", "incomplete"]),
            action: external_exports.object({
              commands: external_exports.array(external_exports.string())
            })
          }),
          external_exports.object({
            type: external_exports.literal("shell_call_output"),
            id: external_exports.string(),
            call_id: external_exports.string(),
            status: external_exports.enum(["in_progress", "completed", "incomplete"]),
            output: external_exports.array(
              external_exports.object({
                stdout: external_exports.string(),
                stderr: external_exports.string(),
                outcome: external_exports.discriminatedUnion("type", [
                  external_exports.object({ type: external_exports.literal("timeout") }),
                  external_exports.object({
                    type: external_exports.literal("exit"),
                    exit_code: external_exports.number()
                  })
                ])
              })
            )
          }),
          external_exports.object({
            type: external_exports.literal("tool_search_call"),
            id: external_exports.string(),
            execution: external_exports.enum(["server", "client"]),
            call_id: external_exports.string().nullable(),
            status: external_exports.enum(["in_progress", "completed", "incomplete"]),
            arguments: external_exports.unknown()
          }),
          external_exports.object({
            type: external_exports.literal("tool_search_output"),
            id: external_exports.string(),
            execution: external_exports.enum(["server", "client"]),
            call_id: external_exports.string().nullable(),
            status: external_exports.enum(["in_progress", "completed", "incomplete"]),
            tools: external_exports.array(external_exports.record(external_exports.string(), jsonValueSchema2().optional()))
          })
        ])
      }),
      external_exports.object({
        type: external_exports.literal("response.output_item.done"),
        output_index: external_exports.number(),
        item: external_exports.discriminatedUnion("type", [
          external_exports.object({
            type: external_exports.literal("message"),
            id: external_exports.string(),
            phase: external_exports.enum(["commentary", "final_answer"]).nullish()
          }),
          external_exports.object({
            type: external_exports.literal("reasoning"),
            id: external_exports.string(),
            encrypted_content: external_exports.string().nullish()
          }),
          external_exports.object({
            type: external_exports.literal("function_call"),
            id: external_exports.string(),
            call_id: external_exports.string(),
            name: external_exports.string(),
            arguments: external_exports.string(),
            async: external_exports.boolean().nullish(),
            status: external_exports.enum(["in_progress", "completed", "incomplete"]),
            namespace: external_exports.string().nullish()
          }),
          external_exports.object({
            type: external_exports.literal("custom_tool_call"),
            id: external_exports.string(),
            call_id: external_exports.string(),
            name: external_exports.string(),
            input: external_exports.string(),
            async: external_exports.boolean().nullish(),
            status: external_exports.enum(["in_progress", "completed", "incomplete"])
          }),
          external_exports.object({
            type: external_exports.literal("code_interpreter_call"),
            id: external_exports.string(),
            code: external_exports.string().nullable(),
            container_id: external_exports.string(),
            outputs: external_exports.array(
              external_exports.discriminatedUnion("type", [
                external_exports.object({ type: external_exports.literal("logs"), logs: external_exports.string() }),
                external_exports.object({ type: external_exports.literal("image"), url: external_exports.string() })
              ])
            ).nullable()
          }),
          external_exports.object({
            type: external_exports.literal("image_generation_call"),
            id: external_exports.string(),
            result: external_exports.string()
          }),
          external_exports.object({
            type: external_exports.literal("web_search_call"),
            id: external_exports.string(),
            status: external_exports.string(),
            action: external_exports.discriminatedUnion("type", [
              external_exports.object({
                type: external_exports.literal("search"),
                query: external_exports.string().nullish(),
                queries: external_exports.array(external_exports.string()).nullish(),
                sources: external_exports.array(
                  external_exports.discriminatedUnion("type", [
                    external_exports.object({ type: external_exports.literal("url"), url: external_exports.string() }),
                    external_exports.object({ type: external_exports.literal("api"), name: external_exports.string() })
                  ])
                ).nullish()
              }),
              external_exports.object({
                type: external_exports.literal("open_page"),
                url: external_exports.string().nullish()
              }),
              external_exports.object({
                type: external_exports.literal("find_in_page"),
                url: external_exports.string().nullish(),
                pattern: external_exports.string().nullish()
              })
            ]).nullish()
          }),
          external_exports.object({
            type: external_exports.literal("file_search_call"),
            id: external_exports.string(),
            queries: external_exports.array(external_exports.string()),
            results: external_exports.array(
              external_exports.object({
                attributes: external_exports.record(
                  external_exports.string(),
                  external_exports.union([external_exports.string(), external_exports.number(), external_exports.boolean()])
                ),
                file_id: external_exports.string(),
                filename: external_exports.string(),
                score: external_exports.number(),
                text: external_exports.string()
              })
            ).nullish()
          }),
          openaiResponsesLocalShellCallSchema(),
          external_exports.object({
            type: external_exports.literal("computer_call"),
            id: external_exports.string(),
            status: external_exports.literal("completed")
          }),
          external_exports.object({
            type: external_exports.literal("mcp_call"),
            id: external_exports.string(),
            status: external_exports.string(),
            arguments: external_exports.string(),
            name: external_exports.string(),
            server_label: external_exports.string(),
            output: external_exports.string().nullish(),
            error: external_exports.union([
              external_exports.string(),
              external_exports.object({
                type: external_exports.string().optional(),
                code: external_exports.union([external_exports.number(), external_exports.string()]).optional(),
                message: external_exports.string().optional()
              }).loose()
            ]).nullish(),
            approval_request_id: external_exports.string().nullish()
          }),
          external_exports.object({
            type: external_exports.literal("mcp_list_tools"),
            id: external_exports.string(),
            server_label: external_exports.string(),
            tools: external_exports.array(
              external_exports.object({
                name: external_exports.string(),
                description: external_exports.string().optional(),
                input_schema: external_exports.any(),
                annotations: external_exports.record(external_exports.string(), external_exports.unknown()).optional()
              })
            ),
            error: external_exports.union([
              external_exports.string(),
              external_exports.object({
                type: external_exports.string().optional(),
                code: external_exports.union([external_exports.number(), external_exports.string()]).optional(),
                message: external_exports.string().optional()
              }).loose()
            ]).optional()
          }),
          external_exports.object({
            type: external_exports.literal("mcp_approval_request"),
            id: external_exports.string(),
            server_label: external_exports.string(),
            name: external_exports.string(),
            arguments: external_exports.string(),
            approval_request_id: external_exports.string().optional()
          }),
          external_exports.object({
            type: external_exports.literal("apply_patch_call"),
            id: external_exports.string(),
            call_id: external_exports.string(),
            status: external_exports.enum(["in_progress", "completed"]),
            operation: external_exports.discriminatedUnion("type", [
              external_exports.object({
                type: external_exports.literal("create_file"),
                path: external_exports.string(),
                diff: external_exports.string()
              }),
              external_exports.object({
                type: external_exports.literal("delete_file"),
                path: external_exports.string()
              }),
              external_exports.object({
                type: external_exports.literal("update_file"),
                path: external_exports.string(),
                diff: external_exports.string()
              })
            ])
          }),
          external_exports.object({
            type: external_exports.literal("shell_call"),
            id: external_exports.string(),
            call_id: external_exports.string(),
            status: external_exports.enum(["in_progress", "completed", "incomplete"]),
            action: external_exports.object({
              commands: external_exports.array(external_exports.string())
            })
          }),
          external_exports.object({
            type: external_exports.literal("shell_call_output"),
            id: external_exports.string(),
            call_id: external_exports.string(),
            status: external_exports.enum(["in_progress", "completed", "incomplete"]),
            output: external_exports.array(
              external_exports.object({
                stdout: external_exports.string(),
                stderr: external_exports.string(),
                outcome: external_exports.discriminatedUnion("type", [
                  external_exports.object({ type: external_exports.literal("timeout") }),
                  external_exports.object({
                    type: external_exports.literal("exit"),
                    exit_code: external_exports.number()
                  })
                ])
              })
            )
          }),
          external_exports.object({
            type: external_exports.literal("tool_search_call"),
            id: external_exports.string(),
            execution: external_exports.enum(["server", "client"]),
            call_id: external_exports.string().nullable(),
            status: external_exports.enum(["in_progress", "completed", "incomplete"]),
            arguments: external_exports.unknown()
          }),
          external_exports.object({
            type: external_exports.literal("tool_search_output"),
            id: external_exports.string(),
            execution: external_exports.enum(["server", "client"]),
            call_id: external_exports.string().nullable(),
            status: external_exports.enum(["in_progress", "completed", "incomplete"]),
            tools: external_exports.array(external_exports.record(external_exports.string(), jsonValueSchema2().optional()))
          })
        ])
      }),
      external_exports.object({
        type: external_exports.literal("response.function_call_arguments.delta"),
        item_id: external_exports.string(),
        output_index: external_exports.number(),
        delta: external_exports.string()
      }),
      external_exports.object({
        // `name` is documented as required but omitted from live API events:
        // https://github.com/openai/openai-openapi/issues/545
        type: external_exports.literal("response.function_call_arguments.done"),
        item_id: external_exports.string(),
        output_index: external_exports.number(),
        arguments: external_exports.string()
      }),
      external_exports.object({
        type: external_exports.literal("response.custom_tool_call_input.delta"),
        item_id: external_exports.string(),
        output_index: external_exports.number(),
        delta: external_exports.string()
      }),
      external_exports.object({
        type: external_exports.literal("response.image_generation_call.partial_image"),
        item_id: external_exports.string(),
        output_index: external_exports.number(),
        partial_image_b64: external_exports.string()
      }),
      external_exports.object({
        type: external_exports.literal("response.code_interpreter_call_code.delta"),
        item_id: external_exports.string(),
        output_index: external_exports.number(),
        delta: external_exports.string()
      }),
      external_exports.object({
        type: external_exports.literal("response.code_interpreter_call_code.done"),
        item_id: external_exports.string(),
        output_index: external_exports.number(),
        code: external_exports.string()
      }),
      external_exports.object({
        type: external_exports.literal("response.output_text.annotation.added"),
        annotation: external_exports.discriminatedUnion("type", [
          external_exports.object({
            type: external_exports.literal("url_citation"),
            start_index: external_exports.number(),
            end_index: external_exports.number(),
            url: external_exports.string(),
            title: external_exports.string()
          }),
          external_exports.object({
            type: external_exports.literal("file_citation"),
            file_id: external_exports.string(),
            filename: external_exports.string(),
            index: external_exports.number()
          }),
          external_exports.object({
            type: external_exports.literal("container_file_citation"),
            container_id: external_exports.string(),
            file_id: external_exports.string(),
            filename: external_exports.string(),
            start_index: external_exports.number(),
            end_index: external_exports.number()
          }),
          external_exports.object({
            type: external_exports.literal("file_path"),
            file_id: external_exports.string(),
            index: external_exports.number()
          })
        ])
      }),
      external_exports.object({
        type: external_exports.literal("response.reasoning_summary_part.added"),
        item_id: external_exports.string(),
        summary_index: external_exports.number()
      }),
      external_exports.object({
        type: external_exports.literal("response.reasoning_summary_text.delta"),
        item_id: external_exports.string(),
        summary_index: external_exports.number(),
        delta: external_exports.string()
      }),
      external_exports.object({
        type: external_exports.literal("response.reasoning_summary_part.done"),
        item_id: external_exports.string(),
        summary_index: external_exports.number()
      }),
      external_exports.object({
        type: external_exports.literal("response.apply_patch_call_operation_diff.delta"),
        item_id: external_exports.string(),
        output_index: external_exports.number(),
        delta: external_exports.string(),
        obfuscation: external_exports.string().nullish()
      }),
      external_exports.object({
        type: external_exports.literal("response.apply_patch_call_operation_diff.done"),
        item_id: external_exports.string(),
        output_index: external_exports.number(),
        diff: external_exports.string()
      }),
      openaiResponsesNestedErrorChunkSchema(),
      openaiResponsesErrorChunkSchema(),
      external_exports.object({ type: external_exports.string() }).loose().refine((value) => !isModeledOpenAIResponsesChunk(value), {
        message: "Known response chunk failed schema validation"
      }).transform((value) => ({
        type: "unknown_chunk",
        message: value.type
      }))
      // fallback for unknown chunks
    ])
  )
);
var openaiResponsesResponseSchema = lazySchema2(
  () => zodSchema2(
    external_exports.object({
      id: external_exports.string().optional(),
      created_at: external_exports.number().optional(),
      error: external_exports.object({
        message: external_exports.string(),
        type: external_exports.string(),
        param: external_exports.string().nullish(),
        code: external_exports.string()
      }).nullish(),
      model: external_exports.string().optional(),
      output: external_exports.array(
        external_exports.discriminatedUnion("type", [
          external_exports.object({
            type: external_exports.literal("message"),
            role: external_exports.literal("assistant"),
            id: external_exports.string(),
            phase: external_exports.enum(["commentary", "final_answer"]).nullish(),
            // the API returns either text or a refusal as content parts:
            content: external_exports.array(
              external_exports.discriminatedUnion("type", [
                external_exports.object({
                  type: external_exports.literal("output_text"),
                  text: external_exports.string(),
                  logprobs: external_exports.array(
                    external_exports.object({
                      token: external_exports.string(),
                      logprob: external_exports.number(),
                      top_logprobs: external_exports.array(
                        external_exports.object({
                          token: external_exports.string(),
                          logprob: external_exports.number()
                        })
                      )
                    })
                  ).nullish(),
                  annotations: external_exports.array(
                    external_exports.discriminatedUnion("type", [
                      external_exports.object({
                        type: external_exports.literal("url_citation"),
                        start_index: external_exports.number(),
                        end_index: external_exports.number(),
                        url: external_exports.string(),
                        title: external_exports.string()
                      }),
                      external_exports.object({
                        type: external_exports.literal("file_citation"),
                        file_id: external_exports.string(),
                        filename: external_exports.string(),
                        index: external_exports.number()
                      }),
                      external_exports.object({
                        type: external_exports.literal("container_file_citation"),
                        container_id: external_exports.string(),
                        file_id: external_exports.string(),
                        filename: external_exports.string(),
                        start_index: external_exports.number(),
                        end_index: external_exports.number()
                      }),
                      external_exports.object({
                        type: external_exports.literal("file_path"),
                        file_id: external_exports.string(),
                        index: external_exports.number()
                      })
                    ])
                  )
                }),
                external_exports.object({
                  type: external_exports.literal("refusal"),
                  refusal: external_exports.string()
                })
              ])
            )
          }),
          external_exports.object({
            type: external_exports.literal("web_search_call"),
            id: external_exports.string(),
            status: external_exports.string(),
            action: external_exports.discriminatedUnion("type", [
              external_exports.object({
                type: external_exports.literal("search"),
                query: external_exports.string().nullish(),
                queries: external_exports.array(external_exports.string()).nullish(),
                sources: external_exports.array(
                  external_exports.discriminatedUnion("type", [
                    external_exports.object({ type: external_exports.literal("url"), url: external_exports.string() }),
                    external_exports.object({
                      type: external_exports.literal("api"),
                      name: external_exports.string()
                    })
                  ])
                ).nullish()
              }),
              external_exports.object({
                type: external_exports.literal("open_page"),
                url: external_exports.string().nullish()
              }),
              external_exports.object({
                type: external_exports.literal("find_in_page"),
                url: external_exports.string().nullish(),
                pattern: external_exports.string().nullish()
              })
            ]).nullish()
          }),
          external_exports.object({
            type: external_exports.literal("file_search_call"),
            id: external_exports.string(),
            queries: external_exports.array(external_exports.string()),
            results: external_exports.array(
              external_exports.object({
                attributes: external_exports.record(
                  external_exports.string(),
                  external_exports.union([external_exports.string(), external_exports.number(), external_exports.boolean()])
                ),
                file_id: external_exports.string(),
                filename: external_exports.string(),
                score: external_exports.number(),
                text: external_exports.string()
              })
            ).nullish()
          }),
          external_exports.object({
            type: external_exports.literal("code_interpreter_call"),
            id: external_exports.string(),
            code: external_exports.string().nullable(),
            container_id: external_exports.string(),
            outputs: external_exports.array(
              external_exports.discriminatedUnion("type", [
                external_exports.object({ type: external_exports.literal("logs"), logs: external_exports.string() }),
                external_exports.object({ type: external_exports.literal("image"), url: external_exports.string() })
              ])
            ).nullable()
          }),
          external_exports.object({
            type: external_exports.literal("image_generation_call"),
            id: external_exports.string(),
            result: external_exports.string()
          }),
          openaiResponsesLocalShellCallSchema(),
          external_exports.object({
            type: external_exports.literal("function_call"),
            call_id: external_exports.string(),
            name: external_exports.string(),
            arguments: external_exports.string(),
            id: external_exports.string(),
            async: external_exports.boolean().nullish(),
            namespace: external_exports.string().nullish()
          }),
          external_exports.object({
            type: external_exports.literal("custom_tool_call"),
            call_id: external_exports.string(),
            name: external_exports.string(),
            input: external_exports.string(),
            id: external_exports.string(),
            async: external_exports.boolean().nullish()
          }),
          external_exports.object({
            type: external_exports.literal("computer_call"),
            id: external_exports.string(),
            status: external_exports.string().optional()
          }),
          external_exports.object({
            type: external_exports.literal("reasoning"),
            id: external_exports.string(),
            encrypted_content: external_exports.string().nullish(),
            summary: external_exports.array(
              external_exports.object({
                type: external_exports.literal("summary_text"),
                text: external_exports.string()
              })
            )
          }),
          external_exports.object({
            type: external_exports.literal("mcp_call"),
            id: external_exports.string(),
            status: external_exports.string(),
            arguments: external_exports.string(),
            name: external_exports.string(),
            server_label: external_exports.string(),
            output: external_exports.string().nullish(),
            error: external_exports.union([
              external_exports.string(),
              external_exports.object({
                type: external_exports.string().optional(),
                code: external_exports.union([external_exports.number(), external_exports.string()]).optional(),
                message: external_exports.string().optional()
              }).loose()
            ]).nullish(),
            approval_request_id: external_exports.string().nullish()
          }),
          external_exports.object({
            type: external_exports.literal("mcp_list_tools"),
            id: external_exports.string(),
            server_label: external_exports.string(),
            tools: external_exports.array(
              external_exports.object({
                name: external_exports.string(),
                description: external_exports.string().optional(),
                input_schema: external_exports.any(),
                annotations: external_exports.record(external_exports.string(), external_exports.unknown()).optional()
              })
            ),
            error: external_exports.union([
              external_exports.string(),
              external_exports.object({
                type: external_exports.string().optional(),
                code: external_exports.union([external_exports.number(), external_exports.string()]).optional(),
                message: external_exports.string().optional()
              }).loose()
            ]).optional()
          }),
          external_exports.object({
            type: external_exports.literal("mcp_approval_request"),
            id: external_exports.string(),
            server_label: external_exports.string(),
            name: external_exports.string(),
            arguments: external_exports.string(),
            approval_request_id: external_exports.string().optional()
          }),
          external_exports.object({
            type: external_exports.literal("apply_patch_call"),
            id: external_exports.string(),
            call_id: external_exports.string(),
            status: external_exports.enum(["in_progress", "completed"]),
            operation: external_exports.discriminatedUnion("type", [
              external_exports.object({
                type: external_exports.literal("create_file"),
                path: external_exports.string(),
                diff: external_exports.string()
              }),
              external_exports.object({
                type: external_exports.literal("delete_file"),
                path: external_exports.string()
              }),
              external_exports.object({
                type: external_exports.literal("update_file"),
                path: external_exports.string(),
                diff: external_exports.string()
              })
            ])
          }),
          external_exports.object({
            type: external_exports.literal("shell_call"),
            id: external_exports.string(),
            call_id: external_exports.string(),
            status: external_exports.enum(["in_progress", "completed", "incomplete"]),
            action: external_exports.object({
              commands: external_exports.array(external_exports.string())
            })
          }),
          external_exports.object({
            type: external_exports.literal("shell_call_output"),
            id: external_exports.string(),
            call_id: external_exports.string(),
            status: external_exports.enum(["in_progress", "completed", "incomplete"]),
            output: external_exports.array(
              external_exports.object({
                stdout: external_exports.string(),
                stderr: external_exports.string(),
                outcome: external_exports.discriminatedUnion("type", [
                  external_exports.object({ type: external_exports.literal("timeout") }),
                  external_exports.object({
                    type: external_exports.literal("exit"),
                    exit_code: external_exports.number()
                  })
                ])
              })
            )
          }),
          external_exports.object({
            type: external_exports.literal("tool_search_call"),
            id: external_exports.string(),
            execution: external_exports.enum(["server", "client"]),
            call_id: external_exports.string().nullable(),
            status: external_exports.enum(["in_progress", "completed", "incomplete"]),
            arguments: external_exports.unknown()
          }),
          external_exports.object({
            type: external_exports.literal("tool_search_output"),
            id: external_exports.string(),
            execution: external_exports.enum(["server", "client"]),
            call_id: external_exports.string().nullable(),
            status: external_exports.enum(["in_progress", "completed", "incomplete"]),
            tools: external_exports.array(
              external_exports.record(external_exports.string(), jsonValueSchema2().optional())
            )
          })
        ])
      ).optional(),
      service_tier: external_exports.string().nullish(),
      prompt_cache_diagnostics: openaiResponsesPromptCacheDiagnosticsSchema().nullish(),
      reasoning: external_exports.object({
        context: external_exports.string().nullish()
      }).nullish(),
      incomplete_details: external_exports.object({ reason: external_exports.string() }).nullish(),
      usage: openaiResponsesUsageSchema().nullish()
    })
  )
);
async function prepareResponsesTools({
  tools,
  toolChoice,
  allowedTools,
  toolNameMapping,
  customProviderToolNames,
  supportsAsyncToolCalling = true,
  providerOptionsName = "openai"
}) {
  var _a22, _b2, _c, _d, _e, _f;
  tools = (tools == null ? void 0 : tools.length) ? tools : void 0;
  const toolWarnings = [];
  if (tools == null) {
    return { tools: void 0, toolChoice: void 0, toolWarnings };
  }
  const openaiTools2 = [];
  const namespaceTools = /* @__PURE__ */ new Map();
  const resolvedCustomProviderToolNames = customProviderToolNames != null ? customProviderToolNames : /* @__PURE__ */ new Set();
  const allowedToolResolutions = /* @__PURE__ */ new Map();
  const allowedToolAliases = /* @__PURE__ */ new Map();
  const recordAllowedTool = (toolName, resolution, canonicalName) => {
    allowedToolResolutions.set(toolName, resolution);
    if (canonicalName == null || canonicalName === toolName) {
      return;
    }
    const existingAlias = allowedToolAliases.get(canonicalName);
    if (existingAlias == null) {
      allowedToolAliases.set(canonicalName, resolution);
    } else if (existingAlias !== "ambiguous" && !isSameAllowedTool(existingAlias, resolution)) {
      allowedToolAliases.set(canonicalName, "ambiguous");
    }
  };
  for (const tool3 of tools) {
    switch (tool3.type) {
      case "function": {
        const openaiOptions = (_c = (_a22 = tool3.providerOptions) == null ? void 0 : _a22[providerOptionsName]) != null ? _c : (_b2 = tool3.providerOptions) == null ? void 0 : _b2.openai;
        const openaiFunctionTool = prepareFunctionTool({
          tool: tool3,
          options: openaiOptions,
          async: resolveAsyncToolOption({
            value: openaiOptions == null ? void 0 : openaiOptions.async,
            supportsAsyncToolCalling,
            toolName: tool3.name,
            toolWarnings
          })
        });
        const namespace = openaiOptions == null ? void 0 : openaiOptions.namespace;
        if (namespace == null) {
          openaiTools2.push(openaiFunctionTool);
        } else {
          let namespaceTool = namespaceTools.get(namespace.name);
          if (namespaceTool == null) {
            namespaceTool = {
              type: "namespace",
              name: namespace.name,
              description: namespace.description,
              tools: []
            };
            namespaceTools.set(namespace.name, namespaceTool);
            openaiTools2.push(namespaceTool);
          } else if (namespaceTool.description !== namespace.description) {
            throw new UnsupportedFunctionalityError({
              functionality: `conflicting descriptions for OpenAI tool namespace "${namespace.name}"`
            });
          }
          namespaceTool.tools.push(openaiFunctionTool);
        }
        recordAllowedTool(
          tool3.name,
          namespace != null ? {
            supported: false,
            reason: "tools inside an OpenAI tool namespace are not visible to tool_choice.allowed_tools"
          } : (openaiOptions == null ? void 0 : openaiOptions.deferLoading) === true ? {
            supported: false,
            reason: "deferred tools are not visible to tool_choice.allowed_tools"
          } : {
            supported: true,
            entry: { type: "function", name: tool3.name }
          },
          void 0
        );
        break;
      }
      case "provider": {
        const openaiToolCountBefore = openaiTools2.length;
        switch (tool3.id) {
          case "openai.file_search": {
            const args = await validateTypes2({
              value: tool3.args,
              schema: fileSearchArgsSchema
            });
            openaiTools2.push({
              type: "file_search",
              vector_store_ids: args.vectorStoreIds,
              max_num_results: args.maxNumResults,
              ranking_options: args.ranking ? {
                ranker: args.ranking.ranker,
                score_threshold: args.ranking.scoreThreshold
              } : void 0,
              filters: args.filters
            });
            break;
          }
          case "openai.local_shell": {
            openaiTools2.push({
              type: "local_shell"
            });
            break;
          }
          case "openai.shell": {
            const args = await validateTypes2({
              value: tool3.args,
              schema: shellArgsSchema
            });
            openaiTools2.push({
              type: "shell",
              ...args.environment && {
                environment: mapShellEnvironment(args.environment)
              }
            });
            break;
          }
          case "openai.apply_patch": {
            openaiTools2.push({
              type: "apply_patch"
            });
            break;
          }
          case "openai.web_search_preview": {
            const args = await validateTypes2({
              value: tool3.args,
              schema: webSearchPreviewArgsSchema
            });
            openaiTools2.push({
              type: "web_search_preview",
              search_context_size: args.searchContextSize,
              user_location: args.userLocation
            });
            break;
          }
          case "openai.web_search": {
            const args = await validateTypes2({
              value: tool3.args,
              schema: webSearchArgsSchema
            });
            openaiTools2.push({
              type: "web_search",
              filters: args.filters != null ? {
                allowed_domains: args.filters.allowedDomains,
                blocked_domains: args.filters.blockedDomains
              } : void 0,
              external_web_access: args.externalWebAccess,
              search_context_size: args.searchContextSize,
              user_location: args.userLocation
            });
            break;
          }
          case "openai.code_interpreter": {
            const args = await validateTypes2({
              value: tool3.args,
              schema: codeInterpreterArgsSchema
            });
            openaiTools2.push({
              type: "code_interpreter",
              container: args.container == null ? { type: "auto", file_ids: void 0 } : typeof args.container === "string" ? args.container : { type: "auto", file_ids: args.container.fileIds }
            });
            break;
          }
          case "openai.image_generation": {
            const args = await validateTypes2({
              value: tool3.args,
              schema: imageGenerationArgsSchema
            });
            openaiTools2.push({
              type: "image_generation",
              background: args.background,
              input_fidelity: args.inputFidelity,
              input_image_mask: args.inputImageMask ? {
                file_id: args.inputImageMask.fileId,
                image_url: args.inputImageMask.imageUrl
              } : void 0,
              model: args.model,
              moderation: args.moderation,
              partial_images: args.partialImages,
              quality: args.quality,
              output_compression: args.outputCompression,
              output_format: args.outputFormat,
              size: args.size
            });
            break;
          }
          case "openai.mcp": {
            const args = await validateTypes2({
              value: tool3.args,
              schema: mcpArgsSchema
            });
            const mapApprovalFilter = (filter2) => ({
              tool_names: filter2.toolNames
            });
            const requireApproval = args.requireApproval;
            const requireApprovalParam = requireApproval == null ? void 0 : typeof requireApproval === "string" ? requireApproval : requireApproval.never != null ? { never: mapApprovalFilter(requireApproval.never) } : void 0;
            openaiTools2.push({
              type: "mcp",
              server_label: args.serverLabel,
              allowed_tools: Array.isArray(args.allowedTools) ? args.allowedTools : args.allowedTools ? {
                read_only: args.allowedTools.readOnly,
                tool_names: args.allowedTools.toolNames
              } : void 0,
              authorization: args.authorization,
              connector_id: args.connectorId,
              headers: args.headers,
              require_approval: requireApprovalParam != null ? requireApprovalParam : "never",
              server_description: args.serverDescription,
              server_url: args.serverUrl
            });
            break;
          }
          case "openai.custom": {
            const args = await validateTypes2({
              value: tool3.args,
              schema: customArgsSchema
            });
            openaiTools2.push({
              type: "custom",
              name: args.name,
              description: args.description,
              ...resolveAsyncToolOption({
                value: args.async,
                supportsAsyncToolCalling,
                toolName: args.name,
                toolWarnings
              }) != null ? { async: args.async } : {},
              format: args.format
            });
            resolvedCustomProviderToolNames.add(args.name);
            break;
          }
          case "openai.tool_search": {
            const args = await validateTypes2({
              value: tool3.args,
              schema: toolSearchArgsSchema
            });
            openaiTools2.push({
              type: "tool_search",
              ...args.execution != null ? { execution: args.execution } : {},
              ...args.description != null ? { description: args.description } : {},
              ...args.parameters != null ? { parameters: args.parameters } : {}
            });
            break;
          }
        }
        if (openaiTools2.length > openaiToolCountBefore) {
          const openaiTool = openaiTools2[openaiToolCountBefore];
          recordAllowedTool(
            tool3.name,
            toAllowedToolResolution(openaiTool),
            toolNameMapping == null ? void 0 : toolNameMapping.toProviderToolName(tool3.name)
          );
        }
        break;
      }
      default:
        toolWarnings.push({
          type: "unsupported",
          feature: `function tool ${tool3}`
        });
        break;
    }
  }
  if (allowedTools != null) {
    const allowedToolEntries = [];
    const droppedToolNames = [];
    for (const name2 of allowedTools.toolNames) {
      const directResolution = allowedToolResolutions.get(name2);
      const resolution = directResolution != null ? directResolution : allowedToolAliases.get(name2);
      if (directResolution != null && allowedToolAliases.has(name2)) {
        toolWarnings.push({
          type: "unsupported",
          feature: `allowedTools entry "${name2}"`,
          details: "this name is both a tool name and the provider tool name of another tool in this request; the tool with this name is allowed"
        });
      }
      if (resolution === "ambiguous") {
        toolWarnings.push({
          type: "unsupported",
          feature: `allowedTools entry "${name2}"`,
          details: "several tools in this request share this provider tool name; use the tool name from the tools for this request instead"
        });
        droppedToolNames.push(name2);
        continue;
      }
      if (resolution == null) {
        toolWarnings.push({
          type: "unsupported",
          feature: `allowedTools entry "${name2}"`,
          details: "the tool is not part of the tools for this request and is sent as a function tool"
        });
        allowedToolEntries.push({
          type: "function",
          name: (_d = toolNameMapping == null ? void 0 : toolNameMapping.toProviderToolName(name2)) != null ? _d : name2
        });
        continue;
      }
      if (!resolution.supported) {
        toolWarnings.push({
          type: "unsupported",
          feature: `allowedTools entry "${name2}"`,
          details: `${resolution.reason}; the tool is removed from the allowed tools`
        });
        droppedToolNames.push(name2);
        continue;
      }
      allowedToolEntries.push(resolution.entry);
    }
    if (allowedToolEntries.length === 0) {
      throw new UnsupportedFunctionalityError({
        functionality: `allowedTools with only tools that cannot be allow-listed (${droppedToolNames.join(
          ", "
        )})`
      });
    }
    return {
      tools: openaiTools2,
      toolChoice: {
        type: "allowed_tools",
        mode: (_e = allowedTools.mode) != null ? _e : "auto",
        tools: allowedToolEntries
      },
      toolWarnings
    };
  }
  if (toolChoice == null) {
    return { tools: openaiTools2, toolChoice: void 0, toolWarnings };
  }
  const type = toolChoice.type;
  switch (type) {
    case "auto":
    case "none":
    case "required":
      return { tools: openaiTools2, toolChoice: type, toolWarnings };
    case "tool": {
      const resolvedToolName = (_f = toolNameMapping == null ? void 0 : toolNameMapping.toProviderToolName(toolChoice.toolName)) != null ? _f : toolChoice.toolName;
      return {
        tools: openaiTools2,
        toolChoice: resolvedToolName === "code_interpreter" || resolvedToolName === "file_search" || resolvedToolName === "image_generation" || resolvedToolName === "web_search_preview" || resolvedToolName === "web_search" || resolvedToolName === "mcp" || resolvedToolName === "apply_patch" ? { type: resolvedToolName } : resolvedCustomProviderToolNames.has(resolvedToolName) ? { type: "custom", name: resolvedToolName } : { type: "function", name: resolvedToolName },
        toolWarnings
      };
    }
    default: {
      const _exhaustiveCheck = type;
      throw new UnsupportedFunctionalityError({
        functionality: `tool choice type: ${_exhaustiveCheck}`
      });
    }
  }
}
function allowedToolKey(entry) {
  switch (entry.type) {
    case "mcp":
      return `mcp:${entry.server_label}`;
    case "function":
    case "custom":
      return `${entry.type}:${entry.name}`;
    default:
      return entry.type;
  }
}
function isSameAllowedTool(a, b) {
  if (a.supported && b.supported) {
    return allowedToolKey(a.entry) === allowedToolKey(b.entry);
  }
  if (!a.supported && !b.supported) {
    return a.reason === b.reason;
  }
  return false;
}
function toAllowedToolResolution(tool3) {
  switch (tool3.type) {
    case "custom":
      return { supported: true, entry: { type: "custom", name: tool3.name } };
    case "mcp":
      return {
        supported: true,
        entry: { type: "mcp", server_label: tool3.server_label }
      };
    case "file_search":
    case "web_search":
    case "web_search_preview":
    case "image_generation":
    case "code_interpreter":
    case "apply_patch":
    case "shell":
    case "local_shell":
      return { supported: true, entry: { type: tool3.type } };
    default:
      return {
        supported: false,
        reason: `OpenAI does not support ${tool3.type} tools in tool_choice.allowed_tools`
      };
  }
}
function prepareFunctionTool({
  tool: tool3,
  options,
  async
}) {
  const deferLoading = options == null ? void 0 : options.deferLoading;
  return {
    type: "function",
    name: tool3.name,
    description: tool3.description,
    parameters: tool3.inputSchema,
    ...async != null ? { async } : {},
    ...tool3.strict != null ? { strict: tool3.strict } : {},
    ...deferLoading != null ? { defer_loading: deferLoading } : {}
  };
}
function resolveAsyncToolOption({
  value,
  supportsAsyncToolCalling,
  toolName,
  toolWarnings
}) {
  if (value !== true || supportsAsyncToolCalling) {
    return value;
  }
  toolWarnings.push({
    type: "unsupported",
    feature: `async tool calling for "${toolName}"`,
    details: "Async tool calling is only supported by GPT-6 and later models."
  });
  return void 0;
}
function mapShellEnvironment(environment) {
  if (environment.type === "containerReference") {
    const env2 = environment;
    return {
      type: "container_reference",
      container_id: env2.containerId
    };
  }
  if (environment.type === "containerAuto") {
    const env2 = environment;
    return {
      type: "container_auto",
      file_ids: env2.fileIds,
      memory_limit: env2.memoryLimit,
      network_policy: env2.networkPolicy == null ? void 0 : env2.networkPolicy.type === "disabled" ? { type: "disabled" } : {
        type: "allowlist",
        allowed_domains: env2.networkPolicy.allowedDomains,
        domain_secrets: env2.networkPolicy.domainSecrets
      },
      skills: mapShellSkills(env2.skills)
    };
  }
  const env = environment;
  return {
    type: "local",
    skills: env.skills
  };
}
function mapShellSkills(skills) {
  return skills == null ? void 0 : skills.map(
    (skill) => skill.type === "skillReference" ? {
      type: "skill_reference",
      skill_id: skill.skillId,
      version: skill.version
    } : {
      type: "inline",
      name: skill.name,
      description: skill.description,
      source: {
        type: "base64",
        media_type: skill.source.mediaType,
        data: skill.source.data
      }
    }
  );
}
function extractApprovalRequestIdToToolCallIdMapping(prompt) {
  var _a22, _b2;
  const mapping = {};
  for (const message of prompt) {
    if (message.role !== "assistant") continue;
    for (const part of message.content) {
      if (part.type !== "tool-call") continue;
      const approvalRequestId = (_b2 = (_a22 = part.providerOptions) == null ? void 0 : _a22.openai) == null ? void 0 : _b2.approvalRequestId;
      if (approvalRequestId != null) {
        mapping[approvalRequestId] = part.toolCallId;
      }
    }
  }
  return mapping;
}
function getConfigurationUpdateUnsupportedReason({
  modelCapabilities,
  options
}) {
  if (!modelCapabilities.supportsConfigurationUpdate) {
    return "Configuration updates are only supported by GPT-6 and later models";
  }
  if ((options == null ? void 0 : options.reasoningMode) === "pro" || (options == null ? void 0 : options.truncation) === "auto") {
    return "Configuration updates require standard reasoning mode without automatic truncation";
  }
  return void 0;
}
var OpenAIResponsesLanguageModel = class {
  constructor(modelId, config) {
    this.specificationVersion = "v3";
    this.supportedUrls = {
      "image/*": [/^https?:\/\/.*$/],
      "application/pdf": [/^https?:\/\/.*$/]
    };
    this.modelId = modelId;
    this.config = config;
  }
  get provider() {
    return this.config.provider;
  }
  async getArgs({
    maxOutputTokens,
    temperature,
    stopSequences,
    topP,
    topK,
    presencePenalty,
    frequencyPenalty,
    seed,
    prompt,
    providerOptions,
    tools,
    toolChoice,
    responseFormat
  }) {
    var _a22, _b2, _c, _d, _e, _f, _g, _h, _i, _j, _k, _l, _m, _n;
    const warnings = [];
    const modelCapabilities = getOpenAILanguageModelCapabilities(this.modelId);
    if (topK != null) {
      warnings.push({ type: "unsupported", feature: "topK" });
    }
    if (seed != null) {
      warnings.push({ type: "unsupported", feature: "seed" });
    }
    if (presencePenalty != null) {
      warnings.push({ type: "unsupported", feature: "presencePenalty" });
    }
    if (frequencyPenalty != null) {
      warnings.push({ type: "unsupported", feature: "frequencyPenalty" });
    }
    if (stopSequences != null) {
      warnings.push({ type: "unsupported", feature: "stopSequences" });
    }
    const providerOptionsName = this.config.provider.includes("azure") ? "azure" : "openai";
    let openaiOptions = await parseProviderOptions2({
      provider: providerOptionsName,
      providerOptions,
      schema: openaiLanguageModelResponsesOptionsSchema
    });
    if (openaiOptions == null && providerOptionsName !== "openai") {
      openaiOptions = await parseProviderOptions2({
        provider: "openai",
        providerOptions,
        schema: openaiLanguageModelResponsesOptionsSchema
      });
    }
    const isReasoningModel = (_a22 = openaiOptions == null ? void 0 : openaiOptions.forceReasoning) != null ? _a22 : modelCapabilities.isReasoningModel;
    let resolvedReasoningEffort = openaiOptions == null ? void 0 : openaiOptions.reasoningEffort;
    if (resolvedReasoningEffort != null && modelCapabilities.supportedReasoningEfforts != null && !modelCapabilities.supportedReasoningEfforts.includes(
      resolvedReasoningEffort
    )) {
      warnings.push({
        type: "unsupported",
        feature: "reasoningEffort",
        details: `${this.modelId} only supports the following reasoning efforts: ${modelCapabilities.supportedReasoningEfforts.join(", ")}`
      });
      resolvedReasoningEffort = void 0;
    }
    if ((openaiOptions == null ? void 0 : openaiOptions.conversation) && (openaiOptions == null ? void 0 : openaiOptions.previousResponseId)) {
      warnings.push({
        type: "unsupported",
        feature: "conversation",
        details: "conversation and previousResponseId cannot be used together"
      });
    }
    const toolNameMapping = createToolNameMapping2({
      tools,
      providerToolNames: {
        "openai.code_interpreter": "code_interpreter",
        "openai.file_search": "file_search",
        "openai.image_generation": "image_generation",
        "openai.local_shell": "local_shell",
        "openai.shell": "shell",
        "openai.web_search": "web_search",
        "openai.web_search_preview": "web_search_preview",
        "openai.mcp": "mcp",
        "openai.apply_patch": "apply_patch",
        "openai.tool_search": "tool_search"
      },
      resolveProviderToolName: (tool3) => tool3.id === "openai.custom" ? tool3.args.name : void 0
    });
    const customProviderToolNames = /* @__PURE__ */ new Set();
    const {
      tools: openaiTools2,
      toolChoice: openaiToolChoice,
      toolWarnings
    } = await prepareResponsesTools({
      tools,
      toolChoice,
      allowedTools: (_b2 = openaiOptions == null ? void 0 : openaiOptions.allowedTools) != null ? _b2 : void 0,
      toolNameMapping,
      customProviderToolNames,
      supportsAsyncToolCalling: modelCapabilities.supportsAsyncToolCalling,
      providerOptionsName
    });
    const configurationUpdateUnsupportedReason = getConfigurationUpdateUnsupportedReason({
      modelCapabilities,
      options: openaiOptions
    });
    const { input, warnings: inputWarnings } = await convertToOpenAIResponsesInput({
      prompt,
      configurationUpdateUnsupportedReason,
      toolNameMapping,
      systemMessageMode: (_c = openaiOptions == null ? void 0 : openaiOptions.systemMessageMode) != null ? _c : isReasoningModel ? "developer" : modelCapabilities.systemMessageMode,
      providerOptionsName,
      explicitMessageItemType: this.config.explicitMessageItemType,
      fileIdPrefixes: this.config.fileIdPrefixes,
      passThroughUnsupportedFiles: (_d = openaiOptions == null ? void 0 : openaiOptions.passThroughUnsupportedFiles) != null ? _d : false,
      store: (_e = openaiOptions == null ? void 0 : openaiOptions.store) != null ? _e : true,
      isReasoningModel,
      hasConversation: (openaiOptions == null ? void 0 : openaiOptions.conversation) != null,
      hasPreviousResponseId: (openaiOptions == null ? void 0 : openaiOptions.previousResponseId) != null,
      hasLocalShellTool: hasOpenAITool("openai.local_shell"),
      hasShellTool: hasOpenAITool("openai.shell"),
      hasApplyPatchTool: hasOpenAITool("openai.apply_patch"),
      toolSearchToolName: getOpenAIToolName("openai.tool_search"),
      customProviderToolNames: customProviderToolNames.size > 0 ? customProviderToolNames : void 0
    });
    warnings.push(...inputWarnings);
    const reasoningEffortUpdate = openaiOptions == null ? void 0 : openaiOptions.reasoningEffortUpdate;
    if (reasoningEffortUpdate != null && configurationUpdateUnsupportedReason != null) {
      warnings.push({
        type: "unsupported",
        feature: "reasoningEffortUpdate",
        details: configurationUpdateUnsupportedReason
      });
    } else if (reasoningEffortUpdate != null) {
      const firstItem = input[0];
      if ((firstItem == null ? void 0 : firstItem.type) !== "configuration_update" || ((_f = firstItem.reasoning) == null ? void 0 : _f.effort) !== reasoningEffortUpdate) {
        input.unshift({
          type: "configuration_update",
          reasoning: { effort: reasoningEffortUpdate }
        });
      }
    }
    for (let i = 1; i < input.length; i++) {
      if (input[i - 1].type === "configuration_update" && input[i].type === "configuration_update") {
        throw new UnsupportedFunctionalityError({
          functionality: "Adjacent configuration updates",
          message: "Configuration updates cannot be consecutive. Set reasoningEffortUpdate and textFormatUpdate in the same empty system message, and omit request-level reasoningEffortUpdate when using message-level updates."
        });
      }
    }
    const strictJsonSchema = (_g = openaiOptions == null ? void 0 : openaiOptions.strictJsonSchema) != null ? _g : true;
    const requestTextFormat = (openaiOptions == null ? void 0 : openaiOptions.textFormat) != null ? normalizeOpenAIResponsesTextFormat(openaiOptions.textFormat) : void 0;
    let include = openaiOptions == null ? void 0 : openaiOptions.include;
    function addInclude(key) {
      if (include == null) {
        include = [key];
      } else if (!include.includes(key)) {
        include = [...include, key];
      }
    }
    function getOpenAIToolName(id) {
      var _a3;
      return (_a3 = tools == null ? void 0 : tools.find((tool3) => tool3.type === "provider" && tool3.id === id)) == null ? void 0 : _a3.name;
    }
    function hasOpenAITool(id) {
      return getOpenAIToolName(id) != null;
    }
    const topLogprobs = typeof (openaiOptions == null ? void 0 : openaiOptions.logprobs) === "number" ? openaiOptions == null ? void 0 : openaiOptions.logprobs : (openaiOptions == null ? void 0 : openaiOptions.logprobs) === true ? TOP_LOGPROBS_MAX : void 0;
    if (topLogprobs) {
      addInclude("message.output_text.logprobs");
    }
    const webSearchToolName = (_h = tools == null ? void 0 : tools.find(
      (tool3) => tool3.type === "provider" && (tool3.id === "openai.web_search" || tool3.id === "openai.web_search_preview")
    )) == null ? void 0 : _h.name;
    if (webSearchToolName) {
      addInclude("web_search_call.action.sources");
    }
    if (hasOpenAITool("openai.code_interpreter")) {
      addInclude("code_interpreter_call.outputs");
    }
    const store = openaiOptions == null ? void 0 : openaiOptions.store;
    if (store === false && isReasoningModel) {
      addInclude("reasoning.encrypted_content");
    }
    const baseArgs = {
      model: this.modelId,
      input,
      temperature,
      top_p: topP,
      max_output_tokens: maxOutputTokens,
      ...((responseFormat == null ? void 0 : responseFormat.type) === "json" || requestTextFormat != null || (openaiOptions == null ? void 0 : openaiOptions.textVerbosity)) && {
        text: {
          ...requestTextFormat != null ? { format: requestTextFormat } : (responseFormat == null ? void 0 : responseFormat.type) === "json" && {
            format: responseFormat.schema != null ? {
              type: "json_schema",
              strict: strictJsonSchema,
              name: (_i = responseFormat.name) != null ? _i : "response",
              description: responseFormat.description,
              schema: normalizeOpenAIJsonSchema(
                responseFormat.schema
              )
            } : { type: "json_object" }
          },
          ...(openaiOptions == null ? void 0 : openaiOptions.textVerbosity) && {
            verbosity: openaiOptions.textVerbosity
          }
        }
      },
      // provider options:
      conversation: openaiOptions == null ? void 0 : openaiOptions.conversation,
      max_tool_calls: openaiOptions == null ? void 0 : openaiOptions.maxToolCalls,
      metadata: openaiOptions == null ? void 0 : openaiOptions.metadata,
      parallel_tool_calls: openaiOptions == null ? void 0 : openaiOptions.parallelToolCalls,
      previous_response_id: openaiOptions == null ? void 0 : openaiOptions.previousResponseId,
      store,
      user: openaiOptions == null ? void 0 : openaiOptions.user,
      instructions: openaiOptions == null ? void 0 : openaiOptions.instructions,
      service_tier: openaiOptions == null ? void 0 : openaiOptions.serviceTier,
      include,
      prompt_cache_key: openaiOptions == null ? void 0 : openaiOptions.promptCacheKey,
      prompt_cache_options: (openaiOptions == null ? void 0 : openaiOptions.promptCacheOptions) && {
        mode: openaiOptions.promptCacheOptions.mode,
        ttl: openaiOptions.promptCacheOptions.ttl,
        prewarm: openaiOptions.promptCacheOptions.prewarm,
        comparison_response_id: openaiOptions.promptCacheOptions.comparisonResponseId
      },
      prompt_cache_retention: openaiOptions == null ? void 0 : openaiOptions.promptCacheRetention,
      safety_identifier: openaiOptions == null ? void 0 : openaiOptions.safetyIdentifier,
      top_logprobs: topLogprobs,
      truncation: openaiOptions == null ? void 0 : openaiOptions.truncation,
      // model-specific settings:
      ...isReasoningModel && (resolvedReasoningEffort != null || (openaiOptions == null ? void 0 : openaiOptions.reasoningSummary) != null || (openaiOptions == null ? void 0 : openaiOptions.reasoningMode) != null || (openaiOptions == null ? void 0 : openaiOptions.reasoningContext) != null) && {
        reasoning: {
          ...resolvedReasoningEffort != null && {
            effort: resolvedReasoningEffort
          },
          ...(openaiOptions == null ? void 0 : openaiOptions.reasoningSummary) != null && {
            summary: openaiOptions.reasoningSummary
          },
          ...(openaiOptions == null ? void 0 : openaiOptions.reasoningMode) != null && {
            mode: openaiOptions.reasoningMode
          },
          ...(openaiOptions == null ? void 0 : openaiOptions.reasoningContext) != null && {
            context: openaiOptions.reasoningContext
          }
        }
      }
    };
    if (modelCapabilities.supportsConfigurationUpdate && baseArgs.prompt_cache_retention != null) {
      baseArgs.prompt_cache_retention = void 0;
      warnings.push({
        type: "unsupported",
        feature: "promptCacheRetention",
        details: "promptCacheRetention is not supported by GPT-6 and later models; use promptCacheOptions instead"
      });
    }
    if (isReasoningModel) {
      if (!((openaiOptions == null ? void 0 : openaiOptions.reasoningEffort) === "none" && modelCapabilities.supportsNonReasoningParameters)) {
        if (baseArgs.temperature != null) {
          baseArgs.temperature = void 0;
          warnings.push({
            type: "unsupported",
            feature: "temperature",
            details: "temperature is not supported for reasoning models"
          });
        }
        if (baseArgs.top_p != null) {
          baseArgs.top_p = void 0;
          warnings.push({
            type: "unsupported",
            feature: "topP",
            details: "topP is not supported for reasoning models"
          });
        }
      }
      if (modelCapabilities.supportedReasoningEfforts != null && (baseArgs.top_logprobs != null || ((_j = baseArgs.include) == null ? void 0 : _j.includes("message.output_text.logprobs")))) {
        baseArgs.top_logprobs = void 0;
        const filteredInclude = (_k = baseArgs.include) == null ? void 0 : _k.filter(
          (value) => value !== "message.output_text.logprobs"
        );
        baseArgs.include = filteredInclude != null && filteredInclude.length > 0 ? filteredInclude : void 0;
        warnings.push({
          type: "unsupported",
          feature: "logprobs",
          details: "logprobs is not supported for reasoning models"
        });
      }
    } else {
      if ((openaiOptions == null ? void 0 : openaiOptions.reasoningEffort) != null) {
        warnings.push({
          type: "unsupported",
          feature: "reasoningEffort",
          details: "reasoningEffort is not supported for non-reasoning models"
        });
      }
      if ((openaiOptions == null ? void 0 : openaiOptions.reasoningSummary) != null) {
        warnings.push({
          type: "unsupported",
          feature: "reasoningSummary",
          details: "reasoningSummary is not supported for non-reasoning models"
        });
      }
      if ((openaiOptions == null ? void 0 : openaiOptions.reasoningMode) != null) {
        warnings.push({
          type: "unsupported",
          feature: "reasoningMode",
          details: "reasoningMode is not supported for non-reasoning models"
        });
      }
      if ((openaiOptions == null ? void 0 : openaiOptions.reasoningContext) != null) {
        warnings.push({
          type: "unsupported",
          feature: "reasoningContext",
          details: "reasoningContext is not supported for non-reasoning models"
        });
      }
    }
    if ((openaiOptions == null ? void 0 : openaiOptions.serviceTier) === "flex" && !modelCapabilities.supportsFlexProcessing) {
      warnings.push({
        type: "unsupported",
        feature: "serviceTier",
        details: "flex processing is only available for o3, o4-mini, and gpt-5 models"
      });
      delete baseArgs.service_tier;
    }
    if (((openaiOptions == null ? void 0 : openaiOptions.serviceTier) === "priority" || (openaiOptions == null ? void 0 : openaiOptions.serviceTier) === "fast") && !modelCapabilities.supportsPriorityProcessing) {
      warnings.push({
        type: "unsupported",
        feature: "serviceTier",
        details: "priority processing is only available for supported models (gpt-4, gpt-5, gpt-5-mini, o3, o4-mini) and requires Enterprise access. gpt-5-nano is not supported"
      });
      delete baseArgs.service_tier;
    }
    const shellToolEnvType = (_n = (_m = (_l = tools == null ? void 0 : tools.find(
      (tool3) => tool3.type === "provider" && tool3.id === "openai.shell"
    )) == null ? void 0 : _l.args) == null ? void 0 : _m.environment) == null ? void 0 : _n.type;
    const isShellProviderExecuted = shellToolEnvType === "containerAuto" || shellToolEnvType === "containerReference";
    return {
      webSearchToolName,
      args: {
        ...baseArgs,
        tools: openaiTools2,
        tool_choice: openaiToolChoice
      },
      warnings: [...warnings, ...toolWarnings],
      store,
      toolNameMapping,
      providerOptionsName,
      isShellProviderExecuted
    };
  }
  async doGenerate(options) {
    var _a22, _b2, _c, _d, _e, _f, _g, _h, _i, _j, _k, _l, _m, _n, _o, _p, _q, _r, _s, _t, _u, _v, _w, _x, _y, _z, _A, _B, _C, _D, _E;
    const {
      args: body,
      warnings,
      webSearchToolName,
      toolNameMapping,
      providerOptionsName,
      isShellProviderExecuted
    } = await this.getArgs(options);
    const url = this.config.url({
      path: "/responses",
      modelId: this.modelId
    });
    const approvalRequestIdToDummyToolCallIdFromPrompt = extractApprovalRequestIdToToolCallIdMapping(options.prompt);
    const {
      responseHeaders,
      value: response,
      rawValue: rawResponse
    } = await postJsonToApi2({
      url,
      headers: combineHeaders2(this.config.headers(), options.headers),
      body,
      failedResponseHandler: openaiFailedResponseHandler,
      successfulResponseHandler: createJsonResponseHandler2(
        openaiResponsesResponseSchema
      ),
      abortSignal: options.abortSignal,
      fetch: this.config.fetch
    });
    if (response.error) {
      throw new APICallError({
        message: response.error.message,
        url,
        requestBodyValues: body,
        statusCode: 400,
        responseHeaders,
        responseBody: rawResponse,
        isRetryable: false
      });
    }
    const content = [];
    const logprobs = [];
    const functionTools = (_b2 = (_a22 = options.tools) == null ? void 0 : _a22.filter(
      (tool3) => tool3.type === "function"
    )) != null ? _b2 : [];
    let hasFunctionCall = false;
    const hostedToolSearchCallIds = [];
    let hasRefusal = false;
    for (const part of response.output) {
      switch (part.type) {
        case "reasoning": {
          if (part.summary.length === 0) {
            part.summary.push({ type: "summary_text", text: "" });
          }
          for (const summary of part.summary) {
            content.push({
              type: "reasoning",
              text: summary.text,
              providerMetadata: {
                [providerOptionsName]: {
                  itemId: part.id,
                  reasoningEncryptedContent: (_c = part.encrypted_content) != null ? _c : null
                }
              }
            });
          }
          break;
        }
        case "image_generation_call": {
          content.push({
            type: "tool-call",
            toolCallId: part.id,
            toolName: toolNameMapping.toCustomToolName("image_generation"),
            input: "{}",
            providerExecuted: true
          });
          content.push({
            type: "tool-result",
            toolCallId: part.id,
            toolName: toolNameMapping.toCustomToolName("image_generation"),
            result: {
              result: part.result
            }
          });
          break;
        }
        case "tool_search_call": {
          const toolCallId = (_d = part.call_id) != null ? _d : part.id;
          const isHosted = part.execution === "server";
          if (isHosted) {
            hostedToolSearchCallIds.push(toolCallId);
          }
          content.push({
            type: "tool-call",
            toolCallId,
            toolName: toolNameMapping.toCustomToolName("tool_search"),
            input: JSON.stringify({
              arguments: part.arguments,
              call_id: part.call_id
            }),
            ...isHosted ? { providerExecuted: true } : {},
            providerMetadata: {
              [providerOptionsName]: {
                itemId: part.id
              }
            }
          });
          break;
        }
        case "tool_search_output": {
          const toolCallId = (_f = (_e = part.call_id) != null ? _e : hostedToolSearchCallIds.shift()) != null ? _f : part.id;
          content.push({
            type: "tool-result",
            toolCallId,
            toolName: toolNameMapping.toCustomToolName("tool_search"),
            result: {
              tools: part.tools
            },
            providerMetadata: {
              [providerOptionsName]: {
                itemId: part.id
              }
            }
          });
          break;
        }
        case "local_shell_call": {
          content.push({
            type: "tool-call",
            toolCallId: part.call_id,
            toolName: toolNameMapping.toCustomToolName("local_shell"),
            input: JSON.stringify({
              action: part.action
            }),
            providerMetadata: {
              [providerOptionsName]: {
                itemId: part.id
              }
            }
          });
          break;
        }
        case "shell_call": {
          content.push({
            type: "tool-call",
            toolCallId: part.call_id,
            toolName: toolNameMapping.toCustomToolName("shell"),
            input: JSON.stringify({
              action: {
                commands: part.action.commands
              }
            }),
            ...isShellProviderExecuted && { providerExecuted: true },
            providerMetadata: {
              [providerOptionsName]: {
                itemId: part.id
              }
            }
          });
          break;
        }
        case "shell_call_output": {
          content.push({
            type: "tool-result",
            toolCallId: part.call_id,
            toolName: toolNameMapping.toCustomToolName("shell"),
            result: {
              output: part.output.map((item) => ({
                stdout: item.stdout,
                stderr: item.stderr,
                outcome: item.outcome.type === "exit" ? {
                  type: "exit",
                  exitCode: item.outcome.exit_code
                } : { type: "timeout" }
              }))
            }
          });
          break;
        }
        case "message": {
          for (const contentPart of part.content) {
            if (contentPart.type === "refusal") {
              hasRefusal = true;
              content.push({
                type: "text",
                text: contentPart.refusal,
                providerMetadata: {
                  [providerOptionsName]: {
                    itemId: part.id,
                    ...part.phase != null && { phase: part.phase }
                  }
                }
              });
              continue;
            }
            if (((_h = (_g = options.providerOptions) == null ? void 0 : _g[providerOptionsName]) == null ? void 0 : _h.logprobs) && contentPart.logprobs) {
              logprobs.push(contentPart.logprobs);
            }
            const providerMetadata2 = {
              itemId: part.id,
              ...part.phase != null && { phase: part.phase },
              ...contentPart.annotations.length > 0 && {
                annotations: contentPart.annotations
              }
            };
            content.push({
              type: "text",
              text: contentPart.text,
              providerMetadata: {
                [providerOptionsName]: providerMetadata2
              }
            });
            for (const annotation of contentPart.annotations) {
              if (annotation.type === "url_citation") {
                content.push({
                  type: "source",
                  sourceType: "url",
                  id: (_k = (_j = (_i = this.config).generateId) == null ? void 0 : _j.call(_i)) != null ? _k : generateId2(),
                  url: annotation.url,
                  title: annotation.title
                });
              } else if (annotation.type === "file_citation") {
                content.push({
                  type: "source",
                  sourceType: "document",
                  id: (_n = (_m = (_l = this.config).generateId) == null ? void 0 : _m.call(_l)) != null ? _n : generateId2(),
                  mediaType: "text/plain",
                  title: annotation.filename,
                  filename: annotation.filename,
                  providerMetadata: {
                    [providerOptionsName]: {
                      type: annotation.type,
                      fileId: annotation.file_id,
                      index: annotation.index
                    }
                  }
                });
              } else if (annotation.type === "container_file_citation") {
                content.push({
                  type: "source",
                  sourceType: "document",
                  id: (_q = (_p = (_o = this.config).generateId) == null ? void 0 : _p.call(_o)) != null ? _q : generateId2(),
                  mediaType: "text/plain",
                  title: annotation.filename,
                  filename: annotation.filename,
                  providerMetadata: {
                    [providerOptionsName]: {
                      type: annotation.type,
                      fileId: annotation.file_id,
                      containerId: annotation.container_id
                    }
                  }
                });
              } else if (annotation.type === "file_path") {
                content.push({
                  type: "source",
                  sourceType: "document",
                  id: (_t = (_s = (_r = this.config).generateId) == null ? void 0 : _s.call(_r)) != null ? _t : generateId2(),
                  mediaType: "application/octet-stream",
                  title: annotation.file_id,
                  filename: annotation.file_id,
                  providerMetadata: {
                    [providerOptionsName]: {
                      type: annotation.type,
                      fileId: annotation.file_id,
                      index: annotation.index
                    }
                  }
                });
              }
            }
          }
          break;
        }
        case "function_call": {
          hasFunctionCall = true;
          const expandedToolCalls = await expandParallelToolCall({
            toolCall: {
              toolCallId: part.call_id,
              toolName: part.name,
              input: part.arguments
            },
            tools: functionTools,
            providerOptionsName,
            itemId: part.id
          });
          if (expandedToolCalls != null) {
            content.push(...expandedToolCalls);
            break;
          }
          content.push({
            type: "tool-call",
            toolCallId: part.call_id,
            toolName: part.name,
            input: part.arguments,
            providerMetadata: {
              [providerOptionsName]: {
                itemId: part.id,
                ...part.async != null && { async: part.async },
                ...part.namespace != null && { namespace: part.namespace }
              }
            }
          });
          break;
        }
        case "custom_tool_call": {
          hasFunctionCall = true;
          const toolName = toolNameMapping.toCustomToolName(part.name);
          content.push({
            type: "tool-call",
            toolCallId: part.call_id,
            toolName,
            input: JSON.stringify(part.input),
            providerMetadata: {
              [providerOptionsName]: {
                itemId: part.id,
                ...part.async != null && { async: part.async }
              }
            }
          });
          break;
        }
        case "web_search_call": {
          content.push({
            type: "tool-call",
            toolCallId: part.id,
            toolName: toolNameMapping.toCustomToolName(
              webSearchToolName != null ? webSearchToolName : "web_search"
            ),
            input: JSON.stringify({}),
            providerExecuted: true
          });
          content.push({
            type: "tool-result",
            toolCallId: part.id,
            toolName: toolNameMapping.toCustomToolName(
              webSearchToolName != null ? webSearchToolName : "web_search"
            ),
            ...mapWebSearchResult(part)
          });
          break;
        }
        case "mcp_call": {
          const toolCallId = part.approval_request_id != null ? (_u = approvalRequestIdToDummyToolCallIdFromPrompt[part.approval_request_id]) != null ? _u : part.id : part.id;
          const toolName = `mcp.${part.name}`;
          content.push({
            type: "tool-call",
            toolCallId,
            toolName,
            input: part.arguments,
            providerExecuted: true,
            dynamic: true
          });
          content.push({
            type: "tool-result",
            toolCallId,
            toolName,
            result: {
              type: "call",
              serverLabel: part.server_label,
              name: part.name,
              arguments: part.arguments,
              ...part.output != null ? { output: part.output } : {},
              ...part.error != null ? { error: part.error } : {}
            },
            providerMetadata: {
              [providerOptionsName]: {
                itemId: part.id
              }
            }
          });
          break;
        }
        case "mcp_list_tools": {
          break;
        }
        case "mcp_approval_request": {
          const approvalRequestId = (_v = part.approval_request_id) != null ? _v : part.id;
          const dummyToolCallId = (_y = (_x = (_w = this.config).generateId) == null ? void 0 : _x.call(_w)) != null ? _y : generateId2();
          const toolName = `mcp.${part.name}`;
          content.push({
            type: "tool-call",
            toolCallId: dummyToolCallId,
            toolName,
            input: part.arguments,
            providerExecuted: true,
            dynamic: true
          });
          content.push({
            type: "tool-approval-request",
            approvalId: approvalRequestId,
            toolCallId: dummyToolCallId
          });
          break;
        }
        case "computer_call": {
          content.push({
            type: "tool-call",
            toolCallId: part.id,
            toolName: toolNameMapping.toCustomToolName("computer_use"),
            input: "",
            providerExecuted: true
          });
          content.push({
            type: "tool-result",
            toolCallId: part.id,
            toolName: toolNameMapping.toCustomToolName("computer_use"),
            result: {
              type: "computer_use_tool_result",
              status: part.status || "completed"
            }
          });
          break;
        }
        case "file_search_call": {
          content.push({
            type: "tool-call",
            toolCallId: part.id,
            toolName: toolNameMapping.toCustomToolName("file_search"),
            input: "{}",
            providerExecuted: true
          });
          content.push({
            type: "tool-result",
            toolCallId: part.id,
            toolName: toolNameMapping.toCustomToolName("file_search"),
            result: {
              queries: part.queries,
              results: (_A = (_z = part.results) == null ? void 0 : _z.map((result) => ({
                attributes: result.attributes,
                fileId: result.file_id,
                filename: result.filename,
                score: result.score,
                text: result.text
              }))) != null ? _A : null
            }
          });
          break;
        }
        case "code_interpreter_call": {
          content.push({
            type: "tool-call",
            toolCallId: part.id,
            toolName: toolNameMapping.toCustomToolName("code_interpreter"),
            input: JSON.stringify({
              code: part.code,
              containerId: part.container_id
            }),
            providerExecuted: true
          });
          content.push({
            type: "tool-result",
            toolCallId: part.id,
            toolName: toolNameMapping.toCustomToolName("code_interpreter"),
            result: {
              outputs: part.outputs
            }
          });
          break;
        }
        case "apply_patch_call": {
          hasFunctionCall = true;
          content.push({
            type: "tool-call",
            toolCallId: part.call_id,
            toolName: toolNameMapping.toCustomToolName("apply_patch"),
            input: JSON.stringify({
              callId: part.call_id,
              operation: part.operation
            }),
            providerMetadata: {
              [providerOptionsName]: {
                itemId: part.id
              }
            }
          });
          break;
        }
      }
    }
    const providerMetadata = {
      [providerOptionsName]: {
        responseId: response.id,
        ...logprobs.length > 0 ? { logprobs } : {},
        ...typeof response.service_tier === "string" ? { serviceTier: response.service_tier } : {},
        ...response.prompt_cache_diagnostics != null ? { promptCacheDiagnostics: response.prompt_cache_diagnostics } : {},
        ...((_B = response.reasoning) == null ? void 0 : _B.context) != null ? { reasoningContext: response.reasoning.context } : {}
      }
    };
    const usage = response.usage;
    return {
      content,
      finishReason: {
        unified: mapOpenAIResponseFinishReason({
          finishReason: (_C = response.incomplete_details) == null ? void 0 : _C.reason,
          hasFunctionCall,
          hasRefusal
        }),
        raw: (_E = (_D = response.incomplete_details) == null ? void 0 : _D.reason) != null ? _E : void 0
      },
      usage: convertOpenAIResponsesUsage(usage),
      request: { body },
      response: {
        id: response.id,
        timestamp: new Date(response.created_at * 1e3),
        modelId: response.model,
        headers: responseHeaders,
        body: rawResponse
      },
      providerMetadata,
      warnings
    };
  }
  async doStream(options) {
    var _a22, _b2;
    const {
      args: body,
      warnings,
      webSearchToolName,
      toolNameMapping,
      store,
      providerOptionsName,
      isShellProviderExecuted
    } = await this.getArgs(options);
    const url = this.config.url({
      path: "/responses",
      modelId: this.modelId
    });
    const { responseHeaders, value: response } = await postJsonToApi2({
      url,
      headers: combineHeaders2(this.config.headers(), options.headers),
      body: {
        ...body,
        stream: true
      },
      failedResponseHandler: openaiFailedResponseHandler,
      successfulResponseHandler: createEventSourceResponseHandler2(
        openaiResponsesChunkSchema
      ),
      abortSignal: options.abortSignal,
      fetch: this.config.fetch
    });
    const checkedResponse = await throwIfOpenAIStreamErrorBeforeOutput({
      stream: response,
      getError: (chunk) => isErrorChunk(chunk) || isResponseFailedChunk(chunk) && chunk.response.error != null ? chunk : void 0,
      isOutputChunk: isResponseOutputChunk,
      url,
      requestBodyValues: body,
      responseHeaders
    });
    const self = this;
    const approvalRequestIdToDummyToolCallIdFromPrompt = extractApprovalRequestIdToToolCallIdMapping(options.prompt);
    const functionTools = (_b2 = (_a22 = options.tools) == null ? void 0 : _a22.filter(
      (tool3) => tool3.type === "function"
    )) != null ? _b2 : [];
    const approvalRequestIdToDummyToolCallIdFromStream = /* @__PURE__ */ new Map();
    let finishReason = {
      unified: "other",
      raw: void 0
    };
    let usage = void 0;
    const logprobs = [];
    let responseId = null;
    const ongoingToolCalls = {};
    const ongoingAnnotations = [];
    let activeMessagePhase;
    let hasFunctionCall = false;
    let hasRefusal = false;
    const activeReasoning = {};
    let serviceTier;
    let reasoningContext;
    let promptCacheDiagnostics;
    const hostedToolSearchCallIds = [];
    let encounteredStreamError = false;
    const result = {
      stream: checkedResponse.pipeThrough(
        new TransformStream({
          start(controller) {
            controller.enqueue({ type: "stream-start", warnings });
          },
          transform(chunk, controller) {
            var _a3, _b22, _c, _d, _e, _f, _g, _h, _i, _j, _k, _l, _m, _n, _o, _p, _q, _r, _s, _t, _u, _v, _w, _x, _y, _z, _A, _B, _C, _D, _E, _F, _G, _H, _I, _J, _K, _L, _M, _N, _O, _P, _Q, _R, _S, _T, _U;
            if (options.includeRawChunks) {
              controller.enqueue({ type: "raw", rawValue: chunk.rawValue });
            }
            if (!chunk.success) {
              const error = isOpenAIChatCompletionChunk(chunk.rawValue) ? createOpenAIResponsesChatCompletionsMismatchError({
                value: chunk.rawValue,
                cause: chunk.error,
                url,
                requestBodyValues: body,
                responseHeaders
              }) : chunk.error;
              encounteredStreamError = true;
              finishReason = { unified: "error", raw: void 0 };
              controller.enqueue({ type: "error", error });
              return;
            }
            const value = chunk.value;
            if (isResponseOutputItemAddedChunk(value)) {
              if (value.item.type === "function_call") {
                const suppressInputStreaming = isUndeclaredParallelToolCall({
                  toolName: value.item.name,
                  tools: functionTools
                });
                ongoingToolCalls[value.output_index] = {
                  toolName: value.item.name,
                  toolCallId: value.item.call_id,
                  suppressInputStreaming,
                  bufferedInputDeltas: suppressInputStreaming ? [] : void 0,
                  async: value.item.async
                };
                if (!suppressInputStreaming) {
                  controller.enqueue({
                    type: "tool-input-start",
                    id: value.item.call_id,
                    toolName: value.item.name
                  });
                }
              } else if (value.item.type === "custom_tool_call") {
                const toolName = toolNameMapping.toCustomToolName(
                  value.item.name
                );
                ongoingToolCalls[value.output_index] = {
                  toolName,
                  toolCallId: value.item.call_id,
                  async: value.item.async
                };
                controller.enqueue({
                  type: "tool-input-start",
                  id: value.item.call_id,
                  toolName,
                  inputEncoding: "text"
                });
              } else if (value.item.type === "web_search_call") {
                ongoingToolCalls[value.output_index] = {
                  toolName: toolNameMapping.toCustomToolName(
                    webSearchToolName != null ? webSearchToolName : "web_search"
                  ),
                  toolCallId: value.item.id
                };
                controller.enqueue({
                  type: "tool-input-start",
                  id: value.item.id,
                  toolName: toolNameMapping.toCustomToolName(
                    webSearchToolName != null ? webSearchToolName : "web_search"
                  ),
                  providerExecuted: true
                });
                controller.enqueue({
                  type: "tool-input-end",
                  id: value.item.id
                });
                controller.enqueue({
                  type: "tool-call",
                  toolCallId: value.item.id,
                  toolName: toolNameMapping.toCustomToolName(
                    webSearchToolName != null ? webSearchToolName : "web_search"
                  ),
                  input: JSON.stringify({}),
                  providerExecuted: true
                });
              } else if (value.item.type === "computer_call") {
                ongoingToolCalls[value.output_index] = {
                  toolName: toolNameMapping.toCustomToolName("computer_use"),
                  toolCallId: value.item.id
                };
                controller.enqueue({
                  type: "tool-input-start",
                  id: value.item.id,
                  toolName: toolNameMapping.toCustomToolName("computer_use"),
                  providerExecuted: true
                });
              } else if (value.item.type === "code_interpreter_call") {
                ongoingToolCalls[value.output_index] = {
                  toolName: toolNameMapping.toCustomToolName("code_interpreter"),
                  toolCallId: value.item.id,
                  codeInterpreter: {
                    containerId: value.item.container_id
                  }
                };
                controller.enqueue({
                  type: "tool-input-start",
                  id: value.item.id,
                  toolName: toolNameMapping.toCustomToolName("code_interpreter"),
                  providerExecuted: true
                });
                controller.enqueue({
                  type: "tool-input-delta",
                  id: value.item.id,
                  delta: `{"containerId":"${value.item.container_id}","code":"`
                });
              } else if (value.item.type === "file_search_call") {
                controller.enqueue({
                  type: "tool-call",
                  toolCallId: value.item.id,
                  toolName: toolNameMapping.toCustomToolName("file_search"),
                  input: "{}",
                  providerExecuted: true
                });
              } else if (value.item.type === "image_generation_call") {
                controller.enqueue({
                  type: "tool-call",
                  toolCallId: value.item.id,
                  toolName: toolNameMapping.toCustomToolName("image_generation"),
                  input: "{}",
                  providerExecuted: true
                });
              } else if (value.item.type === "tool_search_call") {
                const toolCallId = value.item.id;
                const toolName = toolNameMapping.toCustomToolName("tool_search");
                const isHosted = value.item.execution === "server";
                ongoingToolCalls[value.output_index] = {
                  toolName,
                  toolCallId,
                  toolSearchExecution: (_a3 = value.item.execution) != null ? _a3 : "server"
                };
                if (isHosted) {
                  controller.enqueue({
                    type: "tool-input-start",
                    id: toolCallId,
                    toolName,
                    providerExecuted: true
                  });
                }
              } else if (value.item.type === "tool_search_output") {
              } else if (value.item.type === "mcp_call" || value.item.type === "mcp_list_tools" || value.item.type === "mcp_approval_request") {
              } else if (value.item.type === "apply_patch_call") {
                const { call_id: callId, operation } = value.item;
                ongoingToolCalls[value.output_index] = {
                  toolName: toolNameMapping.toCustomToolName("apply_patch"),
                  toolCallId: callId,
                  applyPatch: {
                    // delete_file doesn't have diff
                    hasDiff: operation.type === "delete_file",
                    endEmitted: operation.type === "delete_file"
                  }
                };
                controller.enqueue({
                  type: "tool-input-start",
                  id: callId,
                  toolName: toolNameMapping.toCustomToolName("apply_patch")
                });
                if (operation.type === "delete_file") {
                  const inputString = JSON.stringify({
                    callId,
                    operation
                  });
                  controller.enqueue({
                    type: "tool-input-delta",
                    id: callId,
                    delta: inputString
                  });
                  controller.enqueue({
                    type: "tool-input-end",
                    id: callId
                  });
                } else {
                  controller.enqueue({
                    type: "tool-input-delta",
                    id: callId,
                    delta: `{"callId":"${escapeJSONDelta(callId)}","operation":{"type":"${escapeJSONDelta(operation.type)}","path":"${escapeJSONDelta(operation.path)}","diff":"`
                  });
                }
              } else if (value.item.type === "shell_call") {
                ongoingToolCalls[value.output_index] = {
                  toolName: toolNameMapping.toCustomToolName("shell"),
                  toolCallId: value.item.call_id
                };
              } else if (value.item.type === "shell_call_output") {
              } else if (value.item.type === "message") {
                ongoingAnnotations.splice(0);
                activeMessagePhase = (_b22 = value.item.phase) != null ? _b22 : void 0;
                controller.enqueue({
                  type: "text-start",
                  id: value.item.id,
                  providerMetadata: {
                    [providerOptionsName]: {
                      itemId: value.item.id,
                      ...value.item.phase != null && {
                        phase: value.item.phase
                      }
                    }
                  }
                });
              } else if (isResponseOutputItemAddedChunk(value) && value.item.type === "reasoning") {
                activeReasoning[value.item.id] = {
                  encryptedContent: value.item.encrypted_content,
                  summaryParts: { 0: "active" }
                };
                controller.enqueue({
                  type: "reasoning-start",
                  id: `${value.item.id}:0`,
                  providerMetadata: {
                    [providerOptionsName]: {
                      itemId: value.item.id,
                      reasoningEncryptedContent: (_c = value.item.encrypted_content) != null ? _c : null
                    }
                  }
                });
              }
            } else if (isResponseOutputItemDoneChunk(value)) {
              if (value.item.type === "message") {
                const phase = (_d = value.item.phase) != null ? _d : activeMessagePhase;
                activeMessagePhase = void 0;
                controller.enqueue({
                  type: "text-end",
                  id: value.item.id,
                  providerMetadata: {
                    [providerOptionsName]: {
                      itemId: value.item.id,
                      ...phase != null && { phase },
                      ...ongoingAnnotations.length > 0 && {
                        annotations: ongoingAnnotations
                      }
                    }
                  }
                });
              } else if (value.item.type === "function_call") {
                const item = value.item;
                const ongoingToolCall = ongoingToolCalls[value.output_index];
                ongoingToolCalls[value.output_index] = void 0;
                hasFunctionCall = true;
                const suppressInputStreaming = (_e = ongoingToolCall == null ? void 0 : ongoingToolCall.suppressInputStreaming) != null ? _e : isUndeclaredParallelToolCall({
                  toolName: item.name,
                  tools: functionTools
                });
                const enqueueUnexpandedToolCall = () => {
                  var _a4;
                  if (suppressInputStreaming) {
                    controller.enqueue({
                      type: "tool-input-start",
                      id: item.call_id,
                      toolName: item.name
                    });
                    const bufferedInputDeltas = (_a4 = ongoingToolCall == null ? void 0 : ongoingToolCall.bufferedInputDeltas) != null ? _a4 : [];
                    if (bufferedInputDeltas.length > 0) {
                      for (const delta of bufferedInputDeltas) {
                        controller.enqueue({
                          type: "tool-input-delta",
                          id: item.call_id,
                          delta
                        });
                      }
                    } else if (item.arguments.length > 0) {
                      controller.enqueue({
                        type: "tool-input-delta",
                        id: item.call_id,
                        delta: item.arguments
                      });
                    }
                  }
                  controller.enqueue({
                    type: "tool-input-end",
                    id: item.call_id,
                    ...item.namespace != null && {
                      providerMetadata: {
                        [providerOptionsName]: {
                          namespace: item.namespace
                        }
                      }
                    }
                  });
                  controller.enqueue({
                    type: "tool-call",
                    toolCallId: item.call_id,
                    toolName: item.name,
                    input: item.arguments,
                    providerMetadata: {
                      [providerOptionsName]: {
                        itemId: item.id,
                        ...item.async != null ? { async: item.async } : (ongoingToolCall == null ? void 0 : ongoingToolCall.async) != null ? { async: ongoingToolCall.async } : {},
                        ...item.namespace != null && {
                          namespace: item.namespace
                        }
                      }
                    }
                  });
                };
                if (!suppressInputStreaming) {
                  enqueueUnexpandedToolCall();
                  return;
                }
                return expandParallelToolCall({
                  toolCall: {
                    toolCallId: item.call_id,
                    toolName: item.name,
                    input: item.arguments
                  },
                  tools: functionTools,
                  providerOptionsName,
                  itemId: item.id
                }).then((expandedToolCalls) => {
                  if (expandedToolCalls == null) {
                    enqueueUnexpandedToolCall();
                    return;
                  }
                  for (const toolCall of expandedToolCalls) {
                    controller.enqueue({
                      type: "tool-input-start",
                      id: toolCall.toolCallId,
                      toolName: toolCall.toolName
                    });
                    controller.enqueue({
                      type: "tool-input-delta",
                      id: toolCall.toolCallId,
                      delta: toolCall.input
                    });
                    controller.enqueue({
                      type: "tool-input-end",
                      id: toolCall.toolCallId
                    });
                    controller.enqueue(toolCall);
                  }
                });
              } else if (value.item.type === "custom_tool_call") {
                const ongoingToolCall = ongoingToolCalls[value.output_index];
                ongoingToolCalls[value.output_index] = void 0;
                hasFunctionCall = true;
                const toolName = toolNameMapping.toCustomToolName(
                  value.item.name
                );
                controller.enqueue({
                  type: "tool-input-end",
                  id: value.item.call_id
                });
                controller.enqueue({
                  type: "tool-call",
                  toolCallId: value.item.call_id,
                  toolName,
                  input: JSON.stringify(value.item.input),
                  providerMetadata: {
                    [providerOptionsName]: {
                      itemId: value.item.id,
                      ...value.item.async != null ? { async: value.item.async } : (ongoingToolCall == null ? void 0 : ongoingToolCall.async) != null ? { async: ongoingToolCall.async } : {}
                    }
                  }
                });
              } else if (value.item.type === "web_search_call") {
                ongoingToolCalls[value.output_index] = void 0;
                controller.enqueue({
                  type: "tool-result",
                  toolCallId: value.item.id,
                  toolName: toolNameMapping.toCustomToolName(
                    webSearchToolName != null ? webSearchToolName : "web_search"
                  ),
                  ...mapWebSearchResult(value.item)
                });
              } else if (value.item.type === "computer_call") {
                ongoingToolCalls[value.output_index] = void 0;
                controller.enqueue({
                  type: "tool-input-end",
                  id: value.item.id
                });
                controller.enqueue({
                  type: "tool-call",
                  toolCallId: value.item.id,
                  toolName: toolNameMapping.toCustomToolName("computer_use"),
                  input: "",
                  providerExecuted: true
                });
                controller.enqueue({
                  type: "tool-result",
                  toolCallId: value.item.id,
                  toolName: toolNameMapping.toCustomToolName("computer_use"),
                  result: {
                    type: "computer_use_tool_result",
                    status: value.item.status || "completed"
                  }
                });
              } else if (value.item.type === "file_search_call") {
                ongoingToolCalls[value.output_index] = void 0;
                controller.enqueue({
                  type: "tool-result",
                  toolCallId: value.item.id,
                  toolName: toolNameMapping.toCustomToolName("file_search"),
                  result: {
                    queries: value.item.queries,
                    results: (_g = (_f = value.item.results) == null ? void 0 : _f.map((result2) => ({
                      attributes: result2.attributes,
                      fileId: result2.file_id,
                      filename: result2.filename,
                      score: result2.score,
                      text: result2.text
                    }))) != null ? _g : null
                  }
                });
              } else if (value.item.type === "code_interpreter_call") {
                ongoingToolCalls[value.output_index] = void 0;
                controller.enqueue({
                  type: "tool-result",
                  toolCallId: value.item.id,
                  toolName: toolNameMapping.toCustomToolName("code_interpreter"),
                  result: {
                    outputs: value.item.outputs
                  }
                });
              } else if (value.item.type === "image_generation_call") {
                controller.enqueue({
                  type: "tool-result",
                  toolCallId: value.item.id,
                  toolName: toolNameMapping.toCustomToolName("image_generation"),
                  result: {
                    result: value.item.result
                  }
                });
              } else if (value.item.type === "tool_search_call") {
                const toolCall = ongoingToolCalls[value.output_index];
                const isHosted = value.item.execution === "server";
                if (toolCall != null) {
                  const toolCallId = isHosted ? toolCall.toolCallId : (_h = value.item.call_id) != null ? _h : value.item.id;
                  if (isHosted) {
                    hostedToolSearchCallIds.push(toolCallId);
                  } else {
                    controller.enqueue({
                      type: "tool-input-start",
                      id: toolCallId,
                      toolName: toolCall.toolName
                    });
                  }
                  controller.enqueue({
                    type: "tool-input-end",
                    id: toolCallId
                  });
                  controller.enqueue({
                    type: "tool-call",
                    toolCallId,
                    toolName: toolCall.toolName,
                    input: JSON.stringify({
                      arguments: value.item.arguments,
                      call_id: isHosted ? null : toolCallId
                    }),
                    ...isHosted ? { providerExecuted: true } : {},
                    providerMetadata: {
                      [providerOptionsName]: {
                        itemId: value.item.id
                      }
                    }
                  });
                }
                ongoingToolCalls[value.output_index] = void 0;
              } else if (value.item.type === "tool_search_output") {
                const toolCallId = (_j = (_i = value.item.call_id) != null ? _i : hostedToolSearchCallIds.shift()) != null ? _j : value.item.id;
                controller.enqueue({
                  type: "tool-result",
                  toolCallId,
                  toolName: toolNameMapping.toCustomToolName("tool_search"),
                  result: {
                    tools: value.item.tools
                  },
                  providerMetadata: {
                    [providerOptionsName]: {
                      itemId: value.item.id
                    }
                  }
                });
              } else if (value.item.type === "mcp_call") {
                ongoingToolCalls[value.output_index] = void 0;
                const approvalRequestId = (_k = value.item.approval_request_id) != null ? _k : void 0;
                const aliasedToolCallId = approvalRequestId != null ? (_m = (_l = approvalRequestIdToDummyToolCallIdFromStream.get(
                  approvalRequestId
                )) != null ? _l : approvalRequestIdToDummyToolCallIdFromPrompt[approvalRequestId]) != null ? _m : value.item.id : value.item.id;
                const toolName = `mcp.${value.item.name}`;
                controller.enqueue({
                  type: "tool-call",
                  toolCallId: aliasedToolCallId,
                  toolName,
                  input: value.item.arguments,
                  providerExecuted: true,
                  dynamic: true
                });
                controller.enqueue({
                  type: "tool-result",
                  toolCallId: aliasedToolCallId,
                  toolName,
                  result: {
                    type: "call",
                    serverLabel: value.item.server_label,
                    name: value.item.name,
                    arguments: value.item.arguments,
                    ...value.item.output != null ? { output: value.item.output } : {},
                    ...value.item.error != null ? { error: value.item.error } : {}
                  },
                  providerMetadata: {
                    [providerOptionsName]: {
                      itemId: value.item.id
                    }
                  }
                });
              } else if (value.item.type === "mcp_list_tools") {
                ongoingToolCalls[value.output_index] = void 0;
              } else if (value.item.type === "apply_patch_call") {
                const toolCall = ongoingToolCalls[value.output_index];
                if ((toolCall == null ? void 0 : toolCall.applyPatch) && !toolCall.applyPatch.endEmitted && value.item.operation.type !== "delete_file") {
                  if (!toolCall.applyPatch.hasDiff) {
                    controller.enqueue({
                      type: "tool-input-delta",
                      id: toolCall.toolCallId,
                      delta: escapeJSONDelta(value.item.operation.diff)
                    });
                  }
                  controller.enqueue({
                    type: "tool-input-delta",
                    id: toolCall.toolCallId,
                    delta: '"}}'
                  });
                  controller.enqueue({
                    type: "tool-input-end",
                    id: toolCall.toolCallId
                  });
                  toolCall.applyPatch.endEmitted = true;
                }
                if (toolCall && value.item.status === "completed") {
                  hasFunctionCall = true;
                  controller.enqueue({
                    type: "tool-call",
                    toolCallId: toolCall.toolCallId,
                    toolName: toolNameMapping.toCustomToolName("apply_patch"),
                    input: JSON.stringify({
                      callId: value.item.call_id,
                      operation: value.item.operation
                    }),
                    providerMetadata: {
                      [providerOptionsName]: {
                        itemId: value.item.id
                      }
                    }
                  });
                }
                ongoingToolCalls[value.output_index] = void 0;
              } else if (value.item.type === "mcp_approval_request") {
                ongoingToolCalls[value.output_index] = void 0;
                const dummyToolCallId = (_p = (_o = (_n = self.config).generateId) == null ? void 0 : _o.call(_n)) != null ? _p : generateId2();
                const approvalRequestId = (_q = value.item.approval_request_id) != null ? _q : value.item.id;
                approvalRequestIdToDummyToolCallIdFromStream.set(
                  approvalRequestId,
                  dummyToolCallId
                );
                const toolName = `mcp.${value.item.name}`;
                controller.enqueue({
                  type: "tool-call",
                  toolCallId: dummyToolCallId,
                  toolName,
                  input: value.item.arguments,
                  providerExecuted: true,
                  dynamic: true
                });
                controller.enqueue({
                  type: "tool-approval-request",
                  approvalId: approvalRequestId,
                  toolCallId: dummyToolCallId
                });
              } else if (value.item.type === "local_shell_call") {
                ongoingToolCalls[value.output_index] = void 0;
                controller.enqueue({
                  type: "tool-call",
                  toolCallId: value.item.call_id,
                  toolName: toolNameMapping.toCustomToolName("local_shell"),
                  input: JSON.stringify({
                    action: {
                      type: "exec",
                      command: value.item.action.command,
                      timeoutMs: value.item.action.timeout_ms,
                      user: value.item.action.user,
                      workingDirectory: value.item.action.working_directory,
                      env: value.item.action.env
                    }
                  }),
                  providerMetadata: {
                    [providerOptionsName]: { itemId: value.item.id }
                  }
                });
              } else if (value.item.type === "shell_call") {
                ongoingToolCalls[value.output_index] = void 0;
                controller.enqueue({
                  type: "tool-call",
                  toolCallId: value.item.call_id,
                  toolName: toolNameMapping.toCustomToolName("shell"),
                  input: JSON.stringify({
                    action: {
                      commands: value.item.action.commands
                    }
                  }),
                  ...isShellProviderExecuted && {
                    providerExecuted: true
                  },
                  providerMetadata: {
                    [providerOptionsName]: { itemId: value.item.id }
                  }
                });
              } else if (value.item.type === "shell_call_output") {
                controller.enqueue({
                  type: "tool-result",
                  toolCallId: value.item.call_id,
                  toolName: toolNameMapping.toCustomToolName("shell"),
                  result: {
                    output: value.item.output.map(
                      (item) => ({
                        stdout: item.stdout,
                        stderr: item.stderr,
                        outcome: item.outcome.type === "exit" ? {
                          type: "exit",
                          exitCode: item.outcome.exit_code
                        } : { type: "timeout" }
                      })
                    )
                  }
                });
              } else if (value.item.type === "reasoning") {
                const activeReasoningPart = activeReasoning[value.item.id];
                const summaryPartIndices = Object.entries(
                  activeReasoningPart.summaryParts
                ).filter(
                  ([_, status]) => status === "active" || status === "can-conclude"
                ).map(([summaryIndex]) => summaryIndex);
                for (const summaryIndex of summaryPartIndices) {
                  controller.enqueue({
                    type: "reasoning-end",
                    id: `${value.item.id}:${summaryIndex}`,
                    providerMetadata: {
                      [providerOptionsName]: {
                        itemId: value.item.id,
                        reasoningEncryptedContent: (_r = value.item.encrypted_content) != null ? _r : null
                      }
                    }
                  });
                }
                delete activeReasoning[value.item.id];
              }
            } else if (isResponseFunctionCallArgumentsDeltaChunk(value)) {
              const toolCall = ongoingToolCalls[value.output_index];
              if (toolCall != null) {
                if (toolCall.suppressInputStreaming) {
                  (_s = toolCall.bufferedInputDeltas) == null ? void 0 : _s.push(value.delta);
                } else {
                  controller.enqueue({
                    type: "tool-input-delta",
                    id: toolCall.toolCallId,
                    delta: value.delta
                  });
                }
              }
            } else if (isResponseCustomToolCallInputDeltaChunk(value)) {
              const toolCall = ongoingToolCalls[value.output_index];
              if (toolCall != null) {
                controller.enqueue({
                  type: "tool-input-delta",
                  id: toolCall.toolCallId,
                  delta: value.delta
                });
              }
            } else if (isResponseApplyPatchCallOperationDiffDeltaChunk(value)) {
              const toolCall = ongoingToolCalls[value.output_index];
              if (toolCall == null ? void 0 : toolCall.applyPatch) {
                controller.enqueue({
                  type: "tool-input-delta",
                  id: toolCall.toolCallId,
                  delta: escapeJSONDelta(value.delta)
                });
                toolCall.applyPatch.hasDiff = true;
              }
            } else if (isResponseApplyPatchCallOperationDiffDoneChunk(value)) {
              const toolCall = ongoingToolCalls[value.output_index];
              if ((toolCall == null ? void 0 : toolCall.applyPatch) && !toolCall.applyPatch.endEmitted) {
                if (!toolCall.applyPatch.hasDiff) {
                  controller.enqueue({
                    type: "tool-input-delta",
                    id: toolCall.toolCallId,
                    delta: escapeJSONDelta(value.diff)
                  });
                  toolCall.applyPatch.hasDiff = true;
                }
                controller.enqueue({
                  type: "tool-input-delta",
                  id: toolCall.toolCallId,
                  delta: '"}}'
                });
                controller.enqueue({
                  type: "tool-input-end",
                  id: toolCall.toolCallId
                });
                toolCall.applyPatch.endEmitted = true;
              }
            } else if (isResponseImageGenerationCallPartialImageChunk(value)) {
              controller.enqueue({
                type: "tool-result",
                toolCallId: value.item_id,
                toolName: toolNameMapping.toCustomToolName("image_generation"),
                result: {
                  result: value.partial_image_b64
                },
                preliminary: true
              });
            } else if (isResponseCodeInterpreterCallCodeDeltaChunk(value)) {
              const toolCall = ongoingToolCalls[value.output_index];
              if (toolCall != null) {
                controller.enqueue({
                  type: "tool-input-delta",
                  id: toolCall.toolCallId,
                  delta: escapeJSONDelta(value.delta)
                });
              }
            } else if (isResponseCodeInterpreterCallCodeDoneChunk(value)) {
              const toolCall = ongoingToolCalls[value.output_index];
              if (toolCall != null) {
                controller.enqueue({
                  type: "tool-input-delta",
                  id: toolCall.toolCallId,
                  delta: '"}'
                });
                controller.enqueue({
                  type: "tool-input-end",
                  id: toolCall.toolCallId
                });
                controller.enqueue({
                  type: "tool-call",
                  toolCallId: toolCall.toolCallId,
                  toolName: toolNameMapping.toCustomToolName("code_interpreter"),
                  input: JSON.stringify({
                    code: value.code,
                    containerId: toolCall.codeInterpreter.containerId
                  }),
                  providerExecuted: true
                });
              }
            } else if (isResponseCreatedChunk(value)) {
              responseId = value.response.id;
              controller.enqueue({
                type: "response-metadata",
                id: value.response.id,
                timestamp: new Date(value.response.created_at * 1e3),
                modelId: value.response.model
              });
            } else if (isTextDeltaChunk(value)) {
              controller.enqueue({
                type: "text-delta",
                id: value.item_id,
                delta: value.delta
              });
              if (((_u = (_t = options.providerOptions) == null ? void 0 : _t[providerOptionsName]) == null ? void 0 : _u.logprobs) && value.logprobs) {
                logprobs.push(value.logprobs);
              }
            } else if (isRefusalDeltaChunk(value)) {
              hasRefusal = true;
              controller.enqueue({
                type: "text-delta",
                id: value.item_id,
                delta: value.delta
              });
            } else if (isRefusalDoneChunk(value)) {
              hasRefusal = true;
            } else if (value.type === "response.reasoning_summary_part.added") {
              if (value.summary_index > 0) {
                const activeReasoningPart = activeReasoning[value.item_id];
                activeReasoningPart.summaryParts[value.summary_index] = "active";
                for (const summaryIndex of Object.keys(
                  activeReasoningPart.summaryParts
                )) {
                  if (activeReasoningPart.summaryParts[summaryIndex] === "can-conclude") {
                    controller.enqueue({
                      type: "reasoning-end",
                      id: `${value.item_id}:${summaryIndex}`,
                      providerMetadata: {
                        [providerOptionsName]: {
                          itemId: value.item_id
                        }
                      }
                    });
                    activeReasoningPart.summaryParts[summaryIndex] = "concluded";
                  }
                }
                controller.enqueue({
                  type: "reasoning-start",
                  id: `${value.item_id}:${value.summary_index}`,
                  providerMetadata: {
                    [providerOptionsName]: {
                      itemId: value.item_id,
                      reasoningEncryptedContent: (_w = (_v = activeReasoning[value.item_id]) == null ? void 0 : _v.encryptedContent) != null ? _w : null
                    }
                  }
                });
              }
            } else if (value.type === "response.reasoning_summary_text.delta") {
              controller.enqueue({
                type: "reasoning-delta",
                id: `${value.item_id}:${value.summary_index}`,
                delta: value.delta,
                providerMetadata: {
                  [providerOptionsName]: {
                    itemId: value.item_id
                  }
                }
              });
            } else if (value.type === "response.reasoning_summary_part.done") {
              if (store) {
                controller.enqueue({
                  type: "reasoning-end",
                  id: `${value.item_id}:${value.summary_index}`,
                  providerMetadata: {
                    [providerOptionsName]: {
                      itemId: value.item_id
                    }
                  }
                });
                activeReasoning[value.item_id].summaryParts[value.summary_index] = "concluded";
              } else {
                activeReasoning[value.item_id].summaryParts[value.summary_index] = "can-conclude";
              }
            } else if (isResponseFinishedChunk(value)) {
              promptCacheDiagnostics = (_x = value.response.prompt_cache_diagnostics) != null ? _x : void 0;
              if (!encounteredStreamError) {
                finishReason = {
                  unified: mapOpenAIResponseFinishReason({
                    finishReason: (_y = value.response.incomplete_details) == null ? void 0 : _y.reason,
                    hasFunctionCall,
                    hasRefusal
                  }),
                  raw: (_A = (_z = value.response.incomplete_details) == null ? void 0 : _z.reason) != null ? _A : void 0
                };
              }
              usage = (_B = value.response.usage) != null ? _B : void 0;
              if (typeof value.response.service_tier === "string") {
                serviceTier = value.response.service_tier;
              }
              if (((_C = value.response.reasoning) == null ? void 0 : _C.context) != null) {
                reasoningContext = value.response.reasoning.context;
              }
            } else if (isResponseFailedChunk(value)) {
              promptCacheDiagnostics = (_D = value.response.prompt_cache_diagnostics) != null ? _D : void 0;
              const incompleteReason = (_E = value.response.incomplete_details) == null ? void 0 : _E.reason;
              finishReason = {
                unified: incompleteReason ? mapOpenAIResponseFinishReason({
                  finishReason: incompleteReason,
                  hasFunctionCall
                }) : "error",
                raw: incompleteReason != null ? incompleteReason : "error"
              };
              usage = (_F = value.response.usage) != null ? _F : void 0;
              if (((_G = value.response.reasoning) == null ? void 0 : _G.context) != null) {
                reasoningContext = value.response.reasoning.context;
              }
              if (!encounteredStreamError && value.response.error != null) {
                encounteredStreamError = true;
                const error = {
                  type: "response.failed",
                  sequence_number: value.sequence_number,
                  response: {
                    error: value.response.error,
                    incomplete_details: value.response.incomplete_details,
                    service_tier: value.response.service_tier
                  }
                };
                controller.enqueue({
                  type: "error",
                  error: (_H = createOpenAIProviderStreamError(error)) != null ? _H : error
                });
              }
            } else if (isResponseAnnotationAddedChunk(value)) {
              ongoingAnnotations.push(value.annotation);
              if (value.annotation.type === "url_citation") {
                controller.enqueue({
                  type: "source",
                  sourceType: "url",
                  id: (_K = (_J = (_I = self.config).generateId) == null ? void 0 : _J.call(_I)) != null ? _K : generateId2(),
                  url: value.annotation.url,
                  title: value.annotation.title
                });
              } else if (value.annotation.type === "file_citation") {
                controller.enqueue({
                  type: "source",
                  sourceType: "document",
                  id: (_N = (_M = (_L = self.config).generateId) == null ? void 0 : _M.call(_L)) != null ? _N : generateId2(),
                  mediaType: "text/plain",
                  title: value.annotation.filename,
                  filename: value.annotation.filename,
                  providerMetadata: {
                    [providerOptionsName]: {
                      type: value.annotation.type,
                      fileId: value.annotation.file_id,
                      index: value.annotation.index
                    }
                  }
                });
              } else if (value.annotation.type === "container_file_citation") {
                controller.enqueue({
                  type: "source",
                  sourceType: "document",
                  id: (_Q = (_P = (_O = self.config).generateId) == null ? void 0 : _P.call(_O)) != null ? _Q : generateId2(),
                  mediaType: "text/plain",
                  title: value.annotation.filename,
                  filename: value.annotation.filename,
                  providerMetadata: {
                    [providerOptionsName]: {
                      type: value.annotation.type,
                      fileId: value.annotation.file_id,
                      containerId: value.annotation.container_id
                    }
                  }
                });
              } else if (value.annotation.type === "file_path") {
                controller.enqueue({
                  type: "source",
                  sourceType: "document",
                  id: (_T = (_S = (_R = self.config).generateId) == null ? void 0 : _S.call(_R)) != null ? _T : generateId2(),
                  mediaType: "application/octet-stream",
                  title: value.annotation.file_id,
                  filename: value.annotation.file_id,
                  providerMetadata: {
                    [providerOptionsName]: {
                      type: value.annotation.type,
                      fileId: value.annotation.file_id,
                      index: value.annotation.index
                    }
                  }
                });
              }
            } else if (isErrorChunk(value)) {
              encounteredStreamError = true;
              finishReason = { unified: "error", raw: "error" };
              controller.enqueue({
                type: "error",
                error: (_U = createOpenAIProviderStreamError(value)) != null ? _U : value
              });
            }
          },
          flush(controller) {
            var _a3;
            for (const toolCall of Object.values(ongoingToolCalls)) {
              if (!(toolCall == null ? void 0 : toolCall.suppressInputStreaming)) {
                continue;
              }
              controller.enqueue({
                type: "tool-input-start",
                id: toolCall.toolCallId,
                toolName: toolCall.toolName
              });
              for (const delta of (_a3 = toolCall.bufferedInputDeltas) != null ? _a3 : []) {
                controller.enqueue({
                  type: "tool-input-delta",
                  id: toolCall.toolCallId,
                  delta
                });
              }
            }
            const providerMetadata = {
              [providerOptionsName]: {
                responseId,
                ...logprobs.length > 0 ? { logprobs } : {},
                ...serviceTier !== void 0 ? { serviceTier } : {},
                ...reasoningContext !== void 0 ? { reasoningContext } : {},
                ...promptCacheDiagnostics !== void 0 ? { promptCacheDiagnostics } : {}
              }
            };
            controller.enqueue({
              type: "finish",
              finishReason,
              usage: convertOpenAIResponsesUsage(usage),
              providerMetadata
            });
          }
        })
      ),
      request: { body },
      response: { headers: responseHeaders }
    };
    return result;
  }
};
function isTextDeltaChunk(chunk) {
  return chunk.type === "response.output_text.delta";
}
function isRefusalDeltaChunk(chunk) {
  return chunk.type === "response.refusal.delta";
}
function isRefusalDoneChunk(chunk) {
  return chunk.type === "response.refusal.done";
}
function isOpenAIChatCompletionChunk(value) {
  const chunk = asRecord2(value);
  return chunk != null && Array.isArray(chunk.choices) && typeof chunk.type !== "string";
}
function createOpenAIResponsesChatCompletionsMismatchError({
  value,
  cause,
  url,
  requestBodyValues,
  responseHeaders
}) {
  return new APICallError({
    message: "Received a Chat Completions stream while using the OpenAI Responses API. The default OpenAI provider model uses the Responses API. If your custom baseURL targets a Chat Completions-compatible endpoint, use openai.chat('model-id') or createOpenAI(...).chat('model-id') instead. You can also use @ai-sdk/openai-compatible for OpenAI-compatible providers.",
    url,
    requestBodyValues,
    responseHeaders,
    responseBody: JSON.stringify(value),
    cause,
    data: value,
    isRetryable: false
  });
}
function asRecord2(value) {
  return typeof value === "object" && value != null ? value : void 0;
}
function isResponseOutputItemDoneChunk(chunk) {
  return chunk.type === "response.output_item.done";
}
function isResponseFinishedChunk(chunk) {
  return chunk.type === "response.completed" || chunk.type === "response.incomplete";
}
function isResponseFailedChunk(chunk) {
  return chunk.type === "response.failed";
}
function isResponseCreatedChunk(chunk) {
  return chunk.type === "response.created";
}
function isResponseFunctionCallArgumentsDeltaChunk(chunk) {
  return chunk.type === "response.function_call_arguments.delta";
}
function isResponseCustomToolCallInputDeltaChunk(chunk) {
  return chunk.type === "response.custom_tool_call_input.delta";
}
function isResponseImageGenerationCallPartialImageChunk(chunk) {
  return chunk.type === "response.image_generation_call.partial_image";
}
function isResponseCodeInterpreterCallCodeDeltaChunk(chunk) {
  return chunk.type === "response.code_interpreter_call_code.delta";
}
function isResponseCodeInterpreterCallCodeDoneChunk(chunk) {
  return chunk.type === "response.code_interpreter_call_code.done";
}
function isResponseApplyPatchCallOperationDiffDeltaChunk(chunk) {
  return chunk.type === "response.apply_patch_call_operation_diff.delta";
}
function isResponseApplyPatchCallOperationDiffDoneChunk(chunk) {
  return chunk.type === "response.apply_patch_call_operation_diff.done";
}
function isResponseOutputItemAddedChunk(chunk) {
  return chunk.type === "response.output_item.added";
}
function isResponseAnnotationAddedChunk(chunk) {
  return chunk.type === "response.output_text.annotation.added";
}
function isErrorChunk(chunk) {
  return chunk.type === "error";
}
function isResponseOutputChunk(chunk) {
  return !(chunk.type === "response.created" || chunk.type === "response.failed" || chunk.type === "error" || chunk.type === "unknown_chunk");
}
function mapWebSearchResult({
  action,
  status
}) {
  return status === "completed" ? { result: mapWebSearchOutput(action) } : { isError: true, result: { status } };
}
function mapWebSearchOutput(action) {
  var _a22;
  if (action == null) {
    return {};
  }
  switch (action.type) {
    case "search":
      return {
        action: {
          type: "search",
          query: (_a22 = action.query) != null ? _a22 : void 0,
          ...action.queries != null && { queries: action.queries }
        },
        // include sources when provided by the Responses API (behind include flag)
        ...action.sources != null && { sources: action.sources }
      };
    case "open_page":
      return { action: { type: "openPage", url: action.url } };
    case "find_in_page":
      return {
        action: {
          type: "findInPage",
          url: action.url,
          pattern: action.pattern
        }
      };
  }
}
function escapeJSONDelta(delta) {
  return JSON.stringify(delta).slice(1, -1);
}
var openaiSpeechModelOptionsSchema = lazySchema2(
  () => zodSchema2(
    external_exports.object({
      instructions: external_exports.string().nullish(),
      speed: external_exports.number().min(0.25).max(4).default(1).nullish()
    })
  )
);
var OpenAISpeechModel = class {
  constructor(modelId, config) {
    this.modelId = modelId;
    this.config = config;
    this.specificationVersion = "v3";
  }
  get provider() {
    return this.config.provider;
  }
  async getArgs({
    text,
    voice = "alloy",
    outputFormat = "mp3",
    speed,
    instructions,
    language,
    providerOptions
  }) {
    const warnings = [];
    const openAIOptions = await parseProviderOptions2({
      provider: "openai",
      providerOptions,
      schema: openaiSpeechModelOptionsSchema
    });
    const requestBody = {
      model: this.modelId,
      input: text,
      voice,
      response_format: "mp3",
      speed,
      instructions
    };
    if (outputFormat) {
      if (["mp3", "opus", "aac", "flac", "wav", "pcm"].includes(outputFormat)) {
        requestBody.response_format = outputFormat;
      } else {
        warnings.push({
          type: "unsupported",
          feature: "outputFormat",
          details: `Unsupported output format: ${outputFormat}. Using mp3 instead.`
        });
      }
    }
    if (openAIOptions) {
      const speechModelOptions = {};
      for (const key in speechModelOptions) {
        const value = speechModelOptions[key];
        if (value !== void 0) {
          requestBody[key] = value;
        }
      }
    }
    if (language) {
      warnings.push({
        type: "unsupported",
        feature: "language",
        details: `OpenAI speech models do not support language selection. Language parameter "${language}" was ignored.`
      });
    }
    return {
      requestBody,
      warnings
    };
  }
  async doGenerate(options) {
    var _a22, _b2, _c;
    const currentDate = (_c = (_b2 = (_a22 = this.config._internal) == null ? void 0 : _a22.currentDate) == null ? void 0 : _b2.call(_a22)) != null ? _c : /* @__PURE__ */ new Date();
    const { requestBody, warnings } = await this.getArgs(options);
    const {
      value: audio,
      responseHeaders,
      rawValue: rawResponse
    } = await postJsonToApi2({
      url: this.config.url({
        path: "/audio/speech",
        modelId: this.modelId
      }),
      headers: combineHeaders2(this.config.headers(), options.headers),
      body: requestBody,
      failedResponseHandler: openaiFailedResponseHandler,
      successfulResponseHandler: createBinaryResponseHandler2(),
      abortSignal: options.abortSignal,
      fetch: this.config.fetch
    });
    return {
      audio,
      warnings,
      request: {
        body: JSON.stringify(requestBody)
      },
      response: {
        timestamp: currentDate,
        modelId: this.modelId,
        headers: responseHeaders,
        body: rawResponse
      }
    };
  }
};
var openaiTranscriptionResponseSchema = lazySchema2(
  () => zodSchema2(
    external_exports.object({
      text: external_exports.string(),
      language: external_exports.string().nullish(),
      duration: external_exports.number().nullish(),
      words: external_exports.array(
        external_exports.object({
          word: external_exports.string(),
          start: external_exports.number(),
          end: external_exports.number()
        })
      ).nullish(),
      segments: external_exports.array(
        external_exports.object({
          id: external_exports.number(),
          seek: external_exports.number(),
          start: external_exports.number(),
          end: external_exports.number(),
          text: external_exports.string(),
          tokens: external_exports.array(external_exports.number()),
          temperature: external_exports.number(),
          avg_logprob: external_exports.number(),
          compression_ratio: external_exports.number(),
          no_speech_prob: external_exports.number()
        })
      ).nullish(),
      // Lenient: an unexpected usage shape must not fail the transcription.
      usage: external_exports.object({
        type: external_exports.string().nullish(),
        seconds: external_exports.number().nullish()
      }).nullish().catch(void 0)
    })
  )
);
var openAITranscriptionModelOptions = lazySchema2(
  () => zodSchema2(
    external_exports.object({
      /**
       * Additional information to include in the transcription response.
       */
      include: external_exports.array(external_exports.string()).optional(),
      /**
       * The language of the input audio in ISO-639-1 format.
       */
      language: external_exports.string().optional(),
      /**
       * Expected languages for REST transcription, e.g. with gpt-transcribe.
       * Use this instead of language. The API validates model support.
       */
      languages: external_exports.array(external_exports.string()).optional(),
      /**
       * Vocabulary hints for REST transcription, e.g. names or technical terms.
       * The API validates model support.
       */
      keywords: external_exports.array(external_exports.string()).optional(),
      /**
       * An optional text to guide the model's style or continue a previous audio segment.
       */
      prompt: external_exports.string().optional(),
      /**
       * The sampling temperature, between 0 and 1.
       * @default 0
       */
      temperature: external_exports.number().min(0).max(1).default(0).optional(),
      /**
       * The timestamp granularities to populate for this transcription.
       * @default ['segment']
       */
      timestampGranularities: external_exports.array(external_exports.enum(["word", "segment"])).default(["segment"]).optional()
    })
  )
);
var languageMap = {
  afrikaans: "af",
  arabic: "ar",
  armenian: "hy",
  azerbaijani: "az",
  belarusian: "be",
  bosnian: "bs",
  bulgarian: "bg",
  catalan: "ca",
  chinese: "zh",
  croatian: "hr",
  czech: "cs",
  danish: "da",
  dutch: "nl",
  english: "en",
  estonian: "et",
  finnish: "fi",
  french: "fr",
  galician: "gl",
  german: "de",
  greek: "el",
  hebrew: "he",
  hindi: "hi",
  hungarian: "hu",
  icelandic: "is",
  indonesian: "id",
  italian: "it",
  japanese: "ja",
  kannada: "kn",
  kazakh: "kk",
  korean: "ko",
  latvian: "lv",
  lithuanian: "lt",
  macedonian: "mk",
  malay: "ms",
  marathi: "mr",
  maori: "mi",
  nepali: "ne",
  norwegian: "no",
  persian: "fa",
  polish: "pl",
  portuguese: "pt",
  romanian: "ro",
  russian: "ru",
  serbian: "sr",
  slovak: "sk",
  slovenian: "sl",
  spanish: "es",
  swahili: "sw",
  swedish: "sv",
  tagalog: "tl",
  tamil: "ta",
  thai: "th",
  turkish: "tr",
  ukrainian: "uk",
  urdu: "ur",
  vietnamese: "vi",
  welsh: "cy"
};
var OpenAITranscriptionModel = class {
  constructor(modelId, config) {
    this.modelId = modelId;
    this.config = config;
    this.specificationVersion = "v3";
  }
  get provider() {
    return this.config.provider;
  }
  async getArgs({
    audio,
    mediaType,
    providerOptions
  }) {
    const warnings = [];
    const openAIOptions = await parseProviderOptions2({
      provider: "openai",
      providerOptions,
      schema: openAITranscriptionModelOptions
    });
    const formData = new FormData();
    const blob = audio instanceof Uint8Array ? new Blob([audio]) : new Blob([convertBase64ToUint8Array2(audio)]);
    formData.append("model", this.modelId);
    const fileExtension = mediaTypeToExtension(mediaType);
    formData.append(
      "file",
      new File([blob], "audio", { type: mediaType }),
      `audio.${fileExtension}`
    );
    if (openAIOptions) {
      const transcriptionModelOptions = {
        include: openAIOptions.include,
        language: openAIOptions.language,
        languages: openAIOptions.languages,
        keywords: openAIOptions.keywords,
        prompt: openAIOptions.prompt,
        // https://platform.openai.com/docs/api-reference/audio/createTranscription#audio_createtranscription-response_format
        // prefer verbose_json to get segments for models that support it
        // gpt-4o(-mini)-transcribe (incl. snapshots) and gpt-transcribe reject verbose_json:
        response_format: ["gpt-4o-transcribe", "gpt-4o-mini-transcribe"].includes(
          this.modelId
        ) || this.modelId.startsWith("gpt-4o-mini-transcribe-") || this.modelId === "gpt-transcribe" || this.modelId.startsWith("gpt-transcribe-") ? "json" : "verbose_json",
        temperature: openAIOptions.temperature,
        timestamp_granularities: openAIOptions.timestampGranularities
      };
      for (const [key, value] of Object.entries(transcriptionModelOptions)) {
        if (value != null) {
          if (Array.isArray(value)) {
            for (const item of value) {
              formData.append(`${key}[]`, String(item));
            }
          } else {
            formData.append(key, String(value));
          }
        }
      }
    }
    return {
      formData,
      warnings
    };
  }
  async doGenerate(options) {
    var _a22, _b2, _c, _d, _e, _f, _g, _h, _i, _j;
    const currentDate = (_c = (_b2 = (_a22 = this.config._internal) == null ? void 0 : _a22.currentDate) == null ? void 0 : _b2.call(_a22)) != null ? _c : /* @__PURE__ */ new Date();
    const { formData, warnings } = await this.getArgs(options);
    const {
      value: response,
      responseHeaders,
      rawValue: rawResponse
    } = await postFormDataToApi2({
      url: this.config.url({
        path: "/audio/transcriptions",
        modelId: this.modelId
      }),
      headers: combineHeaders2(this.config.headers(), options.headers),
      formData,
      failedResponseHandler: openaiFailedResponseHandler,
      successfulResponseHandler: createJsonResponseHandler2(
        openaiTranscriptionResponseSchema
      ),
      abortSignal: options.abortSignal,
      fetch: this.config.fetch
    });
    const language = response.language != null && response.language in languageMap ? languageMap[response.language] : void 0;
    return {
      text: response.text,
      segments: (_g = (_f = (_d = response.segments) == null ? void 0 : _d.map((segment) => ({
        text: segment.text,
        startSecond: segment.start,
        endSecond: segment.end
      }))) != null ? _f : (_e = response.words) == null ? void 0 : _e.map((word) => ({
        text: word.word,
        startSecond: word.start,
        endSecond: word.end
      }))) != null ? _g : [],
      language,
      // Duration-billed json responses report the duration only in `usage`:
      durationInSeconds: (_j = response.duration) != null ? _j : ((_h = response.usage) == null ? void 0 : _h.type) === "duration" ? (_i = response.usage.seconds) != null ? _i : void 0 : void 0,
      warnings,
      response: {
        timestamp: currentDate,
        modelId: this.modelId,
        headers: responseHeaders,
        body: rawResponse
      }
    };
  }
};
var VERSION3 = true ? "3.0.141" : "0.0.0-test";
function createOpenAI(options = {}) {
  var _a22, _b2;
  const baseURL = (_a22 = withoutTrailingSlash2(
    loadOptionalSetting2({
      settingValue: options.baseURL,
      environmentVariableName: "OPENAI_BASE_URL"
    })
  )) != null ? _a22 : "https://api.openai.com/v1";
  const providerName = (_b2 = options.name) != null ? _b2 : "openai";
  const getHeaders = () => withUserAgentSuffix2(
    {
      Authorization: `Bearer ${loadApiKey2({
        apiKey: options.apiKey,
        environmentVariableName: "OPENAI_API_KEY",
        description: "OpenAI"
      })}`,
      "OpenAI-Organization": options.organization,
      "OpenAI-Project": options.project,
      ...options.headers
    },
    `ai-sdk/openai/${VERSION3}`
  );
  const createChatModel = (modelId) => new OpenAIChatLanguageModel(modelId, {
    provider: `${providerName}.chat`,
    url: ({ path }) => `${baseURL}${path}`,
    headers: getHeaders,
    fetch: options.fetch
  });
  const createCompletionModel = (modelId) => new OpenAICompletionLanguageModel(modelId, {
    provider: `${providerName}.completion`,
    url: ({ path }) => `${baseURL}${path}`,
    headers: getHeaders,
    fetch: options.fetch
  });
  const createEmbeddingModel = (modelId) => new OpenAIEmbeddingModel(modelId, {
    provider: `${providerName}.embedding`,
    url: ({ path }) => `${baseURL}${path}`,
    headers: getHeaders,
    fetch: options.fetch
  });
  const createImageModel = (modelId) => new OpenAIImageModel(modelId, {
    provider: `${providerName}.image`,
    url: ({ path }) => `${baseURL}${path}`,
    headers: getHeaders,
    fetch: options.fetch
  });
  const createTranscriptionModel = (modelId) => new OpenAITranscriptionModel(modelId, {
    provider: `${providerName}.transcription`,
    url: ({ path }) => `${baseURL}${path}`,
    headers: getHeaders,
    fetch: options.fetch
  });
  const createSpeechModel = (modelId) => new OpenAISpeechModel(modelId, {
    provider: `${providerName}.speech`,
    url: ({ path }) => `${baseURL}${path}`,
    headers: getHeaders,
    fetch: options.fetch
  });
  const createLanguageModel = (modelId) => {
    if (new.target) {
      throw new Error(
        "The OpenAI model function cannot be called with the new keyword."
      );
    }
    return createResponsesModel(modelId);
  };
  const createResponsesModel = (modelId) => {
    return new OpenAIResponsesLanguageModel(modelId, {
      provider: `${providerName}.responses`,
      url: ({ path }) => `${baseURL}${path}`,
      headers: getHeaders,
      fetch: options.fetch,
      fileIdPrefixes: ["file-"]
    });
  };
  const provider = function(modelId) {
    return createLanguageModel(modelId);
  };
  provider.specificationVersion = "v3";
  provider.languageModel = createLanguageModel;
  provider.chat = createChatModel;
  provider.completion = createCompletionModel;
  provider.responses = createResponsesModel;
  provider.embedding = createEmbeddingModel;
  provider.embeddingModel = createEmbeddingModel;
  provider.textEmbedding = createEmbeddingModel;
  provider.textEmbeddingModel = createEmbeddingModel;
  provider.image = createImageModel;
  provider.imageModel = createImageModel;
  provider.transcription = createTranscriptionModel;
  provider.transcriptionModel = createTranscriptionModel;
  provider.speech = createSpeechModel;
  provider.speechModel = createSpeechModel;
  provider.tools = openaiTools;
  return provider;
}
var openai = createOpenAI();

// node_modules/@ai-sdk/openai-compatible/dist/index.mjs
function toCamelCase(str) {
  return str.replace(/[_-]([a-z])/g, (g) => g[1].toUpperCase());
}
function resolveProviderOptionsKey(rawName, providerOptions) {
  const camelName = toCamelCase(rawName);
  if (camelName !== rawName && (providerOptions == null ? void 0 : providerOptions[camelName]) != null) {
    return camelName;
  }
  return rawName;
}
var openaiCompatibleErrorDataSchema = external_exports.object({
  error: external_exports.object({
    message: external_exports.string(),
    // The additional information below is handled loosely to support
    // OpenAI-compatible providers that have slightly different error
    // responses:
    type: external_exports.string().nullish(),
    param: external_exports.any().nullish(),
    code: external_exports.union([external_exports.string(), external_exports.number()]).nullish()
  })
});
var defaultOpenAICompatibleErrorStructure = {
  errorSchema: openaiCompatibleErrorDataSchema,
  errorToMessage: (data) => data.error.message
};
function convertOpenAICompatibleChatUsage(usage) {
  var _a3, _b2, _c, _d, _e, _f;
  if (usage == null) {
    return {
      inputTokens: {
        total: void 0,
        noCache: void 0,
        cacheRead: void 0,
        cacheWrite: void 0
      },
      outputTokens: {
        total: void 0,
        text: void 0,
        reasoning: void 0
      },
      raw: void 0
    };
  }
  const promptTokens = (_a3 = usage.prompt_tokens) != null ? _a3 : 0;
  const completionTokens = (_b2 = usage.completion_tokens) != null ? _b2 : 0;
  const cacheReadTokens = (_d = (_c = usage.prompt_tokens_details) == null ? void 0 : _c.cached_tokens) != null ? _d : 0;
  const reasoningTokens = (_f = (_e = usage.completion_tokens_details) == null ? void 0 : _e.reasoning_tokens) != null ? _f : 0;
  return {
    inputTokens: {
      total: promptTokens,
      noCache: promptTokens - cacheReadTokens,
      cacheRead: cacheReadTokens,
      cacheWrite: void 0
    },
    outputTokens: {
      total: completionTokens,
      text: Math.max(0, completionTokens - reasoningTokens),
      reasoning: reasoningTokens
    },
    raw: usage
  };
}
function getOpenAIMetadata(message) {
  var _a3, _b2;
  return (_b2 = (_a3 = message == null ? void 0 : message.providerOptions) == null ? void 0 : _a3.openaiCompatible) != null ? _b2 : {};
}
function getAudioFormat(mediaType) {
  switch (mediaType) {
    case "audio/wav":
      return "wav";
    case "audio/mp3":
    case "audio/mpeg":
      return "mp3";
    default:
      return null;
  }
}
function serializeToolCallArguments3(input) {
  if (typeof input === "string") {
    try {
      secureJsonParse(input);
      return input;
    } catch (e) {
      return JSON.stringify(input);
    }
  }
  return stringifyWithBigIntAndCycles(input);
}
function convertToOpenAICompatibleChatMessages(prompt) {
  var _a3, _b2, _c;
  const messages = [];
  for (const { role, content, ...message } of prompt) {
    const metadata = getOpenAIMetadata({ ...message });
    switch (role) {
      case "system": {
        messages.push({ role: "system", content, ...metadata });
        break;
      }
      case "user": {
        if (content.length === 1 && content[0].type === "text") {
          messages.push({
            role: "user",
            content: content[0].text,
            ...getOpenAIMetadata(content[0])
          });
          break;
        }
        messages.push({
          role: "user",
          content: content.map((part) => {
            var _a22;
            const partMetadata = getOpenAIMetadata(part);
            switch (part.type) {
              case "text": {
                return { type: "text", text: part.text, ...partMetadata };
              }
              case "file": {
                if (part.mediaType.startsWith("image/")) {
                  const mediaType = part.mediaType === "image/*" ? "image/jpeg" : part.mediaType;
                  return {
                    type: "image_url",
                    image_url: {
                      url: part.data instanceof URL ? part.data.toString() : `data:${mediaType};base64,${convertToBase64(part.data)}`
                    },
                    ...partMetadata
                  };
                }
                if (part.mediaType.startsWith("audio/")) {
                  if (part.data instanceof URL) {
                    throw new UnsupportedFunctionalityError({
                      functionality: "audio file parts with URLs"
                    });
                  }
                  const format = getAudioFormat(part.mediaType);
                  if (format === null) {
                    throw new UnsupportedFunctionalityError({
                      functionality: `audio media type ${part.mediaType}`
                    });
                  }
                  return {
                    type: "input_audio",
                    input_audio: {
                      data: convertToBase64(part.data),
                      format
                    },
                    ...partMetadata
                  };
                }
                if (part.mediaType === "application/pdf") {
                  if (part.data instanceof URL) {
                    throw new UnsupportedFunctionalityError({
                      functionality: "PDF file parts with URLs"
                    });
                  }
                  return {
                    type: "file",
                    file: {
                      filename: (_a22 = part.filename) != null ? _a22 : "document.pdf",
                      file_data: `data:application/pdf;base64,${convertToBase64(part.data)}`
                    },
                    ...partMetadata
                  };
                }
                if (part.mediaType.startsWith("text/")) {
                  const textContent = part.data instanceof URL ? part.data.toString() : typeof part.data === "string" ? new TextDecoder().decode(
                    convertBase64ToUint8Array(part.data)
                  ) : new TextDecoder().decode(part.data);
                  return {
                    type: "text",
                    text: textContent,
                    ...partMetadata
                  };
                }
                throw new UnsupportedFunctionalityError({
                  functionality: `file part media type ${part.mediaType}`
                });
              }
            }
          }),
          ...metadata
        });
        break;
      }
      case "assistant": {
        let text = "";
        let reasoning = "";
        const toolCalls = [];
        for (const part of content) {
          const partMetadata = getOpenAIMetadata(part);
          switch (part.type) {
            case "text": {
              text += part.text;
              break;
            }
            case "reasoning": {
              reasoning += part.text;
              break;
            }
            case "tool-call": {
              const thoughtSignature = (_b2 = (_a3 = part.providerOptions) == null ? void 0 : _a3.google) == null ? void 0 : _b2.thoughtSignature;
              toolCalls.push({
                id: part.toolCallId,
                type: "function",
                function: {
                  name: part.toolName,
                  arguments: serializeToolCallArguments3(part.input)
                },
                ...partMetadata,
                // Include extra_content for Google Gemini thought signatures
                ...thoughtSignature ? {
                  extra_content: {
                    google: {
                      thought_signature: String(thoughtSignature)
                    }
                  }
                } : {}
              });
              break;
            }
          }
        }
        messages.push({
          role: "assistant",
          content: toolCalls.length > 0 ? text || null : text,
          ...reasoning.length > 0 ? { reasoning_content: reasoning } : {},
          tool_calls: toolCalls.length > 0 ? toolCalls : void 0,
          ...metadata
        });
        break;
      }
      case "tool": {
        for (const toolResponse of content) {
          if (toolResponse.type === "tool-approval-response") {
            continue;
          }
          const output = toolResponse.output;
          let contentValue;
          switch (output.type) {
            case "text":
            case "error-text":
              contentValue = output.value;
              break;
            case "execution-denied":
              contentValue = (_c = output.reason) != null ? _c : "Tool call execution denied.";
              break;
            case "content":
            case "json":
            case "error-json":
              contentValue = stringifyWithBigIntAndCycles(output.value);
              break;
          }
          const toolResponseMetadata = getOpenAIMetadata(toolResponse);
          messages.push({
            role: "tool",
            tool_call_id: toolResponse.toolCallId,
            content: contentValue,
            ...toolResponseMetadata
          });
        }
        break;
      }
      default: {
        const _exhaustiveCheck = role;
        throw new Error(`Unsupported role: ${_exhaustiveCheck}`);
      }
    }
  }
  return messages;
}
function getResponseMetadata3({
  id,
  model,
  created
}) {
  return {
    id: id != null ? id : void 0,
    modelId: model != null ? model : void 0,
    timestamp: created != null ? new Date(created * 1e3) : void 0
  };
}
function mapOpenAICompatibleFinishReason(finishReason, { hasRefusal = false } = {}) {
  switch (finishReason) {
    case "stop":
      return hasRefusal ? "content-filter" : "stop";
    case "length":
      return "length";
    case "content_filter":
      return "content-filter";
    case "function_call":
    case "tool_calls":
      return "tool-calls";
    default:
      return "other";
  }
}
var openaiCompatibleLanguageModelChatOptions = external_exports.object({
  /**
   * A unique identifier representing your end-user, which can help the provider to
   * monitor and detect abuse.
   */
  user: external_exports.string().optional(),
  /**
   * Reasoning effort for reasoning models. Defaults to `medium`.
   *
   * Set to `null` to send `"reasoning_effort": null`, for providers that treat
   * an explicit `null` differently from an omitted field.
   */
  reasoningEffort: external_exports.string().nullish(),
  /**
   * Controls the verbosity of the generated text. Defaults to `medium`.
   */
  textVerbosity: external_exports.string().optional(),
  /**
   * Whether to use strict JSON schema validation.
   * When true, the model uses constrained decoding to guarantee schema compliance.
   * Only used when the provider supports structured outputs and a schema is provided.
   *
   * @default true
   */
  strictJsonSchema: external_exports.boolean().optional()
});
function prepareTools2({
  tools,
  toolChoice
}) {
  tools = (tools == null ? void 0 : tools.length) ? tools : void 0;
  const toolWarnings = [];
  if (tools == null) {
    return { tools: void 0, toolChoice: void 0, toolWarnings };
  }
  const openaiCompatTools = [];
  for (const tool3 of tools) {
    if (tool3.type === "provider") {
      toolWarnings.push({
        type: "unsupported",
        feature: `provider-defined tool ${tool3.id}`
      });
    } else {
      openaiCompatTools.push({
        type: "function",
        function: {
          name: tool3.name,
          description: tool3.description,
          parameters: tool3.inputSchema,
          ...tool3.strict != null ? { strict: tool3.strict } : {}
        }
      });
    }
  }
  if (toolChoice == null) {
    return { tools: openaiCompatTools, toolChoice: void 0, toolWarnings };
  }
  const type = toolChoice.type;
  switch (type) {
    case "auto":
    case "none":
    case "required":
      return { tools: openaiCompatTools, toolChoice: type, toolWarnings };
    case "tool":
      return {
        tools: openaiCompatTools,
        toolChoice: {
          type: "function",
          function: { name: toolChoice.toolName }
        },
        toolWarnings
      };
    default: {
      const _exhaustiveCheck = type;
      throw new UnsupportedFunctionalityError({
        functionality: `tool choice type: ${_exhaustiveCheck}`
      });
    }
  }
}
var OpenAICompatibleChatLanguageModel = class {
  // type inferred via constructor
  constructor(modelId, config) {
    this.specificationVersion = "v3";
    var _a3, _b2;
    this.modelId = modelId;
    this.config = config;
    const errorStructure = (_a3 = config.errorStructure) != null ? _a3 : defaultOpenAICompatibleErrorStructure;
    this.chunkSchema = createOpenAICompatibleChatChunkSchema(
      errorStructure.errorSchema
    );
    this.failedResponseHandler = createJsonErrorResponseHandler(errorStructure);
    this.supportsStructuredOutputs = (_b2 = config.supportsStructuredOutputs) != null ? _b2 : false;
  }
  get provider() {
    return this.config.provider;
  }
  get providerOptionsName() {
    return this.config.provider.split(".")[0].trim();
  }
  get supportedUrls() {
    var _a3, _b2, _c;
    return (_c = (_b2 = (_a3 = this.config).supportedUrls) == null ? void 0 : _b2.call(_a3)) != null ? _c : {};
  }
  transformRequestBody(args, warnings) {
    var _a3, _b2, _c;
    return (_c = (_b2 = (_a3 = this.config).transformRequestBody) == null ? void 0 : _b2.call(_a3, args, warnings)) != null ? _c : args;
  }
  convertUsage(usage) {
    var _a3, _b2, _c;
    return (_c = (_b2 = (_a3 = this.config).convertUsage) == null ? void 0 : _b2.call(_a3, usage)) != null ? _c : convertOpenAICompatibleChatUsage(usage);
  }
  async getArgs({
    prompt,
    maxOutputTokens,
    temperature,
    topP,
    topK,
    frequencyPenalty,
    presencePenalty,
    providerOptions,
    stopSequences,
    responseFormat,
    seed,
    toolChoice,
    tools
  }) {
    var _a3, _b2, _c, _d, _e;
    const warnings = [];
    const deprecatedOptions = await parseProviderOptions({
      provider: "openai-compatible",
      providerOptions,
      schema: openaiCompatibleLanguageModelChatOptions
    });
    if (deprecatedOptions != null) {
      warnings.push({
        type: "other",
        message: `The 'openai-compatible' key in providerOptions is deprecated. Use 'openaiCompatible' instead.`
      });
    }
    const compatibleOptions = Object.assign(
      deprecatedOptions != null ? deprecatedOptions : {},
      (_a3 = await parseProviderOptions({
        provider: "openaiCompatible",
        providerOptions,
        schema: openaiCompatibleLanguageModelChatOptions
      })) != null ? _a3 : {},
      (_b2 = await parseProviderOptions({
        provider: this.providerOptionsName,
        providerOptions,
        schema: openaiCompatibleLanguageModelChatOptions
      })) != null ? _b2 : {},
      (_c = await parseProviderOptions({
        provider: toCamelCase(this.providerOptionsName),
        providerOptions,
        schema: openaiCompatibleLanguageModelChatOptions
      })) != null ? _c : {}
    );
    const strictJsonSchema = (_d = compatibleOptions == null ? void 0 : compatibleOptions.strictJsonSchema) != null ? _d : true;
    if (topK != null) {
      warnings.push({ type: "unsupported", feature: "topK" });
    }
    if ((responseFormat == null ? void 0 : responseFormat.type) === "json" && responseFormat.schema != null && !this.supportsStructuredOutputs) {
      warnings.push({
        type: "unsupported",
        feature: "responseFormat",
        details: "JSON response format schema is only supported with structuredOutputs"
      });
    }
    const {
      tools: openaiTools2,
      toolChoice: openaiToolChoice,
      toolWarnings
    } = prepareTools2({
      tools,
      toolChoice
    });
    const metadataKey = resolveProviderOptionsKey(
      this.providerOptionsName,
      providerOptions
    );
    return {
      metadataKey,
      args: {
        // model id:
        model: this.modelId,
        // model specific settings:
        user: compatibleOptions.user,
        // standardized settings:
        max_tokens: maxOutputTokens,
        temperature,
        top_p: topP,
        frequency_penalty: frequencyPenalty,
        presence_penalty: presencePenalty,
        response_format: (responseFormat == null ? void 0 : responseFormat.type) === "json" ? this.supportsStructuredOutputs === true && responseFormat.schema != null ? {
          type: "json_schema",
          json_schema: {
            schema: responseFormat.schema,
            strict: strictJsonSchema,
            name: (_e = responseFormat.name) != null ? _e : "response",
            description: responseFormat.description
          }
        } : { type: "json_object" } : void 0,
        stop: stopSequences,
        seed,
        ...Object.fromEntries(
          Object.entries({
            ...providerOptions == null ? void 0 : providerOptions[this.providerOptionsName],
            ...providerOptions == null ? void 0 : providerOptions[toCamelCase(this.providerOptionsName)]
          }).filter(
            ([key]) => !Object.keys(
              openaiCompatibleLanguageModelChatOptions.shape
            ).includes(key)
          )
        ),
        // Preserve explicit null and avoid overwriting a raw reasoning_effort
        // provider option when reasoningEffort is unset.
        ...compatibleOptions.reasoningEffort !== void 0 ? { reasoning_effort: compatibleOptions.reasoningEffort } : {},
        verbosity: compatibleOptions.textVerbosity,
        // messages:
        messages: convertToOpenAICompatibleChatMessages(prompt),
        // tools:
        tools: openaiTools2,
        tool_choice: openaiToolChoice
      },
      warnings: [...warnings, ...toolWarnings]
    };
  }
  async doGenerate(options) {
    var _a3, _b2, _c, _d, _e, _f, _g, _h;
    const { args, warnings, metadataKey } = await this.getArgs({ ...options });
    const transformedBody = this.transformRequestBody(args, warnings);
    const body = JSON.stringify(transformedBody);
    const {
      responseHeaders,
      value: responseBody,
      rawValue: rawResponse
    } = await postJsonToApi({
      url: this.config.url({
        path: "/chat/completions",
        modelId: this.modelId
      }),
      headers: combineHeaders(this.config.headers(), options.headers),
      body: transformedBody,
      failedResponseHandler: this.failedResponseHandler,
      successfulResponseHandler: createJsonResponseHandler(
        OpenAICompatibleChatResponseSchema
      ),
      abortSignal: options.abortSignal,
      fetch: this.config.fetch
    });
    const choice = responseBody.choices[0];
    if (choice == null) {
      throw new InvalidResponseDataError({
        data: rawResponse,
        message: "Response did not contain any choices."
      });
    }
    const content = [];
    const reasoning = (_a3 = choice.message.reasoning_content) != null ? _a3 : choice.message.reasoning;
    if (reasoning != null && reasoning.length > 0) {
      content.push({
        type: "reasoning",
        text: reasoning
      });
    }
    content.push(...convertOpenAICompatibleContent(choice.message.content));
    const refusal = choice.message.refusal;
    const hasRefusal = refusal != null && refusal.length > 0;
    if (hasRefusal) {
      content.push({ type: "text", text: refusal });
    }
    if (choice.message.tool_calls != null) {
      for (const toolCall of choice.message.tool_calls) {
        const thoughtSignature = (_c = (_b2 = toolCall.extra_content) == null ? void 0 : _b2.google) == null ? void 0 : _c.thought_signature;
        content.push({
          type: "tool-call",
          toolCallId: (_d = toolCall.id) != null ? _d : generateId(),
          toolName: toolCall.function.name,
          input: toolCall.function.arguments,
          ...thoughtSignature ? {
            providerMetadata: {
              [metadataKey]: { thoughtSignature }
            }
          } : {}
        });
      }
    }
    const providerMetadata = {
      [metadataKey]: {},
      ...await ((_f = (_e = this.config.metadataExtractor) == null ? void 0 : _e.extractMetadata) == null ? void 0 : _f.call(_e, {
        parsedBody: rawResponse
      }))
    };
    const completionTokenDetails = (_g = responseBody.usage) == null ? void 0 : _g.completion_tokens_details;
    if ((completionTokenDetails == null ? void 0 : completionTokenDetails.accepted_prediction_tokens) != null) {
      providerMetadata[metadataKey].acceptedPredictionTokens = completionTokenDetails == null ? void 0 : completionTokenDetails.accepted_prediction_tokens;
    }
    if ((completionTokenDetails == null ? void 0 : completionTokenDetails.rejected_prediction_tokens) != null) {
      providerMetadata[metadataKey].rejectedPredictionTokens = completionTokenDetails == null ? void 0 : completionTokenDetails.rejected_prediction_tokens;
    }
    return {
      content,
      finishReason: {
        unified: mapOpenAICompatibleFinishReason(choice.finish_reason, {
          hasRefusal
        }),
        raw: (_h = choice.finish_reason) != null ? _h : void 0
      },
      usage: this.convertUsage(responseBody.usage),
      providerMetadata,
      request: { body },
      response: {
        ...getResponseMetadata3(responseBody),
        headers: responseHeaders,
        body: rawResponse
      },
      warnings
    };
  }
  async doStream(options) {
    var _a3;
    const { args, warnings, metadataKey } = await this.getArgs({ ...options });
    const body = this.transformRequestBody(
      {
        ...args,
        stream: true,
        // only include stream_options when in strict compatibility mode:
        stream_options: this.config.includeUsage ? { include_usage: true } : void 0
      },
      warnings
    );
    const metadataExtractor = (_a3 = this.config.metadataExtractor) == null ? void 0 : _a3.createStreamExtractor();
    const { responseHeaders, value: response } = await postJsonToApi({
      url: this.config.url({
        path: "/chat/completions",
        modelId: this.modelId
      }),
      headers: combineHeaders(this.config.headers(), options.headers),
      body,
      failedResponseHandler: this.failedResponseHandler,
      successfulResponseHandler: createEventSourceResponseHandler(
        this.chunkSchema
      ),
      abortSignal: options.abortSignal,
      fetch: this.config.fetch
    });
    const providerOptionsName = metadataKey;
    let toolCallTracker;
    const pendingToolCalls = /* @__PURE__ */ new Map();
    const forwardedToolCallIndices = /* @__PURE__ */ new Set();
    const processToolCallDelta = (toolCallDelta) => {
      var _a22, _b2, _c, _d, _e;
      const index = toolCallDelta.index;
      if (index == null || forwardedToolCallIndices.has(index)) {
        toolCallTracker.processDelta(toolCallDelta);
        return;
      }
      let pending = pendingToolCalls.get(index);
      if (pending == null) {
        pending = {
          id: (_a22 = toolCallDelta.id) != null ? _a22 : null,
          bufferedArguments: "",
          extraContent: (_b2 = toolCallDelta.extra_content) != null ? _b2 : null
        };
        pendingToolCalls.set(index, pending);
      } else {
        if (pending.id == null && toolCallDelta.id != null) {
          pending.id = toolCallDelta.id;
        }
        if (pending.extraContent == null && toolCallDelta.extra_content != null) {
          pending.extraContent = toolCallDelta.extra_content;
        }
      }
      const argumentsDelta = (_c = toolCallDelta.function) == null ? void 0 : _c.arguments;
      if (argumentsDelta != null) {
        pending.bufferedArguments += argumentsDelta;
      }
      const name2 = (_d = toolCallDelta.function) == null ? void 0 : _d.name;
      if (name2 != null) {
        toolCallTracker.processDelta({
          index,
          id: pending.id,
          function: {
            name: name2,
            arguments: pending.bufferedArguments
          },
          extra_content: (_e = pending.extraContent) != null ? _e : void 0
        });
        pendingToolCalls.delete(index);
        forwardedToolCallIndices.add(index);
      }
    };
    let finishReason;
    let rawFinishReason = void 0;
    let usage = void 0;
    let isFirstChunk = true;
    let isActiveReasoning = false;
    let isActiveText = false;
    let hasRefusal = false;
    const convertUsage = (usage2) => this.convertUsage(usage2);
    return {
      stream: response.pipeThrough(
        new TransformStream({
          start(controller) {
            toolCallTracker = new StreamingToolCallTracker(
              controller,
              {
                generateId,
                extractMetadata: (delta) => {
                  var _a22, _b2;
                  const thoughtSignature = (_b2 = (_a22 = delta.extra_content) == null ? void 0 : _a22.google) == null ? void 0 : _b2.thought_signature;
                  return thoughtSignature ? { [providerOptionsName]: { thoughtSignature } } : void 0;
                },
                buildToolCallProviderMetadata: (metadata) => metadata
              }
            );
            controller.enqueue({ type: "stream-start", warnings });
          },
          transform(chunk, controller) {
            var _a22;
            if (options.includeRawChunks) {
              controller.enqueue({ type: "raw", rawValue: chunk.rawValue });
            }
            if (!chunk.success) {
              finishReason = { unified: "error", raw: void 0 };
              controller.enqueue({ type: "error", error: chunk.error });
              return;
            }
            metadataExtractor == null ? void 0 : metadataExtractor.processChunk(chunk.rawValue);
            if ("error" in chunk.value) {
              finishReason = { unified: "error", raw: void 0 };
              controller.enqueue({
                type: "error",
                error: chunk.value.error
              });
              return;
            }
            const value = chunk.value;
            if (isFirstChunk) {
              isFirstChunk = false;
              controller.enqueue({
                type: "response-metadata",
                ...getResponseMetadata3(value)
              });
            }
            if (value.usage != null) {
              usage = value.usage;
            }
            const choice = value.choices[0];
            if ((choice == null ? void 0 : choice.finish_reason) != null) {
              rawFinishReason = choice.finish_reason;
            }
            if ((choice == null ? void 0 : choice.delta) == null) {
              return;
            }
            const delta = choice.delta;
            const enqueueReasoningDelta = (reasoningDelta) => {
              if (isActiveText) {
                controller.enqueue({ type: "text-end", id: "txt-0" });
                isActiveText = false;
              }
              if (!isActiveReasoning) {
                controller.enqueue({
                  type: "reasoning-start",
                  id: "reasoning-0"
                });
                isActiveReasoning = true;
              }
              controller.enqueue({
                type: "reasoning-delta",
                id: "reasoning-0",
                delta: reasoningDelta
              });
            };
            const enqueueTextDelta = (textDelta) => {
              if (isActiveReasoning) {
                controller.enqueue({
                  type: "reasoning-end",
                  id: "reasoning-0"
                });
                isActiveReasoning = false;
              }
              if (!isActiveText) {
                controller.enqueue({ type: "text-start", id: "txt-0" });
                isActiveText = true;
              }
              controller.enqueue({
                type: "text-delta",
                id: "txt-0",
                delta: textDelta
              });
            };
            const reasoningContent = (_a22 = delta.reasoning_content) != null ? _a22 : delta.reasoning;
            if (reasoningContent) {
              enqueueReasoningDelta(reasoningContent);
            }
            for (const contentPart of convertOpenAICompatibleContent(
              delta.content
            )) {
              if (contentPart.type === "reasoning") {
                enqueueReasoningDelta(contentPart.text);
              } else {
                enqueueTextDelta(contentPart.text);
              }
            }
            const refusal = delta.refusal;
            if (refusal != null && refusal.length > 0) {
              hasRefusal = true;
              enqueueTextDelta(refusal);
            }
            if (delta.tool_calls != null && delta.tool_calls.length > 0) {
              if (isActiveReasoning) {
                controller.enqueue({
                  type: "reasoning-end",
                  id: "reasoning-0"
                });
                isActiveReasoning = false;
              }
              for (const toolCallDelta of delta.tool_calls) {
                processToolCallDelta(toolCallDelta);
              }
            }
          },
          flush(controller) {
            var _a22, _b2, _c, _d;
            if (isActiveReasoning) {
              controller.enqueue({ type: "reasoning-end", id: "reasoning-0" });
            }
            if (isActiveText) {
              controller.enqueue({ type: "text-end", id: "txt-0" });
            }
            for (const [index, pending] of pendingToolCalls) {
              toolCallTracker.processDelta({
                index,
                id: pending.id,
                function: { arguments: pending.bufferedArguments }
              });
            }
            pendingToolCalls.clear();
            toolCallTracker.flush();
            if (rawFinishReason != null) {
              finishReason = {
                unified: mapOpenAICompatibleFinishReason(rawFinishReason, {
                  hasRefusal
                }),
                raw: rawFinishReason
              };
            }
            if (finishReason == null) {
              finishReason = { unified: "error", raw: void 0 };
              controller.enqueue({
                type: "error",
                error: new InvalidResponseDataError({
                  data: void 0,
                  message: "Response stream ended without a finish reason."
                })
              });
            }
            const providerMetadata = {
              [providerOptionsName]: {},
              ...metadataExtractor == null ? void 0 : metadataExtractor.buildMetadata()
            };
            if (((_a22 = usage == null ? void 0 : usage.completion_tokens_details) == null ? void 0 : _a22.accepted_prediction_tokens) != null) {
              providerMetadata[providerOptionsName].acceptedPredictionTokens = (_b2 = usage == null ? void 0 : usage.completion_tokens_details) == null ? void 0 : _b2.accepted_prediction_tokens;
            }
            if (((_c = usage == null ? void 0 : usage.completion_tokens_details) == null ? void 0 : _c.rejected_prediction_tokens) != null) {
              providerMetadata[providerOptionsName].rejectedPredictionTokens = (_d = usage == null ? void 0 : usage.completion_tokens_details) == null ? void 0 : _d.rejected_prediction_tokens;
            }
            controller.enqueue({
              type: "finish",
              finishReason,
              usage: convertUsage(usage),
              providerMetadata
            });
          }
        })
      ),
      request: { body },
      response: { headers: responseHeaders }
    };
  }
};
var openaiCompatibleTokenUsageSchema = () => external_exports.looseObject({
  prompt_tokens: external_exports.number().nullish(),
  completion_tokens: external_exports.number().nullish(),
  total_tokens: external_exports.number().nullish(),
  prompt_tokens_details: external_exports.looseObject({
    cached_tokens: external_exports.number().nullish()
  }).nullish(),
  completion_tokens_details: external_exports.looseObject({
    reasoning_tokens: external_exports.number().nullish(),
    accepted_prediction_tokens: external_exports.number().nullish(),
    rejected_prediction_tokens: external_exports.number().nullish()
  }).nullish()
}).nullish();
var openAICompatibleContentSchema = () => external_exports.union([
  external_exports.string(),
  external_exports.array(
    external_exports.looseObject({
      type: external_exports.string()
    })
  )
]).nullish();
function convertOpenAICompatibleContent(content) {
  if (content == null) {
    return [];
  }
  if (typeof content === "string") {
    return content.length > 0 ? [{ type: "text", text: content }] : [];
  }
  const result = [];
  for (const part of content) {
    if (part.type === "text" && typeof part.text === "string") {
      if (part.text.length > 0) {
        result.push({ type: "text", text: part.text });
      }
    } else if (part.type === "thinking" && Array.isArray(part.thinking)) {
      const reasoningText = part.thinking.filter(
        (chunk) => chunk != null && typeof chunk === "object" && "type" in chunk && chunk.type === "text" && "text" in chunk && typeof chunk.text === "string"
      ).map((chunk) => chunk.text).join("");
      if (reasoningText.length > 0) {
        result.push({ type: "reasoning", text: reasoningText });
      }
    }
  }
  return result;
}
var OpenAICompatibleChatResponseSchema = lazySchema(
  () => zodSchema(
    external_exports.looseObject({
      id: external_exports.string().nullish(),
      created: external_exports.number().nullish(),
      model: external_exports.string().nullish(),
      choices: external_exports.array(
        external_exports.object({
          message: external_exports.object({
            role: external_exports.literal("assistant").nullish(),
            content: openAICompatibleContentSchema(),
            // set instead of `content` when the model refuses to answer. Some
            // OpenAI-compatible servers send non-string values (e.g. `false`),
            // which are ignored instead of failing the whole response:
            refusal: external_exports.unknown().nullish().transform(
              (value) => typeof value === "string" ? value : void 0
            ),
            reasoning_content: external_exports.string().nullish(),
            reasoning: external_exports.string().nullish(),
            tool_calls: external_exports.array(
              external_exports.object({
                id: external_exports.string().nullish(),
                function: external_exports.object({
                  name: external_exports.string(),
                  arguments: external_exports.string()
                }),
                // Support for Google Gemini thought signatures via OpenAI compatibility
                extra_content: external_exports.object({
                  google: external_exports.object({
                    thought_signature: external_exports.string().nullish()
                  }).nullish()
                }).nullish()
              })
            ).nullish()
          }),
          finish_reason: external_exports.string().nullish()
        })
      ),
      usage: openaiCompatibleTokenUsageSchema()
    })
  )
);
var chunkBaseSchema = () => external_exports.looseObject({
  id: external_exports.string().nullish(),
  created: external_exports.number().nullish(),
  model: external_exports.string().nullish(),
  choices: external_exports.array(
    external_exports.object({
      delta: external_exports.object({
        role: external_exports.enum(["assistant", ""]).nullish(),
        content: openAICompatibleContentSchema(),
        // set instead of `content` when the model refuses to answer. Some
        // OpenAI-compatible servers send non-string values (e.g. `false`),
        // which are ignored instead of failing the whole response:
        refusal: external_exports.unknown().nullish().transform(
          (value) => typeof value === "string" ? value : void 0
        ),
        // Most openai-compatible models set `reasoning_content`, but some
        // providers serving `gpt-oss` set `reasoning`. See #7866
        reasoning_content: external_exports.string().nullish(),
        reasoning: external_exports.string().nullish(),
        tool_calls: external_exports.array(
          external_exports.object({
            index: external_exports.number().nullish(),
            //google does not send index
            id: external_exports.string().nullish(),
            function: external_exports.object({
              name: external_exports.string().nullish(),
              arguments: external_exports.string().nullish()
            }),
            // Support for Google Gemini thought signatures via OpenAI compatibility
            extra_content: external_exports.object({
              google: external_exports.object({
                thought_signature: external_exports.string().nullish()
              }).nullish()
            }).nullish()
          })
        ).nullish()
      }).nullish(),
      finish_reason: external_exports.string().nullish()
    })
  ),
  usage: openaiCompatibleTokenUsageSchema()
});
var createOpenAICompatibleChatChunkSchema = (errorSchema) => external_exports.union([chunkBaseSchema(), errorSchema]);
function convertOpenAICompatibleCompletionUsage(usage) {
  var _a3, _b2;
  if (usage == null) {
    return {
      inputTokens: {
        total: void 0,
        noCache: void 0,
        cacheRead: void 0,
        cacheWrite: void 0
      },
      outputTokens: {
        total: void 0,
        text: void 0,
        reasoning: void 0
      },
      raw: void 0
    };
  }
  const promptTokens = (_a3 = usage.prompt_tokens) != null ? _a3 : 0;
  const completionTokens = (_b2 = usage.completion_tokens) != null ? _b2 : 0;
  return {
    inputTokens: {
      total: promptTokens,
      noCache: promptTokens,
      cacheRead: void 0,
      cacheWrite: void 0
    },
    outputTokens: {
      total: completionTokens,
      text: completionTokens,
      reasoning: void 0
    },
    raw: usage
  };
}
function convertToOpenAICompatibleCompletionPrompt({
  prompt,
  user = "user",
  assistant = "assistant"
}) {
  let text = "";
  if (prompt[0].role === "system") {
    text += `${prompt[0].content}

`;
    prompt = prompt.slice(1);
  }
  for (const { role, content } of prompt) {
    switch (role) {
      case "system": {
        throw new InvalidPromptError({
          message: "Unexpected system message in prompt: ${content}",
          prompt
        });
      }
      case "user": {
        const userMessage = content.map((part) => {
          switch (part.type) {
            case "text": {
              return part.text;
            }
          }
        }).filter(Boolean).join("");
        text += `${user}:
${userMessage}

`;
        break;
      }
      case "assistant": {
        const assistantMessage = content.map((part) => {
          switch (part.type) {
            case "text": {
              return part.text;
            }
            case "tool-call": {
              throw new UnsupportedFunctionalityError({
                functionality: "tool-call messages"
              });
            }
          }
        }).join("");
        text += `${assistant}:
${assistantMessage}

`;
        break;
      }
      case "tool": {
        throw new UnsupportedFunctionalityError({
          functionality: "tool messages"
        });
      }
      default: {
        const _exhaustiveCheck = role;
        throw new Error(`Unsupported role: ${_exhaustiveCheck}`);
      }
    }
  }
  text += `${assistant}:
`;
  return {
    prompt: text,
    stopSequences: [`
${user}:`]
  };
}
function getResponseMetadata22({
  id,
  model,
  created
}) {
  return {
    id: id != null ? id : void 0,
    modelId: model != null ? model : void 0,
    timestamp: created != null ? new Date(created * 1e3) : void 0
  };
}
function mapOpenAICompatibleFinishReason2(finishReason) {
  switch (finishReason) {
    case "stop":
      return "stop";
    case "length":
      return "length";
    case "content_filter":
      return "content-filter";
    case "function_call":
    case "tool_calls":
      return "tool-calls";
    default:
      return "other";
  }
}
var openaiCompatibleLanguageModelCompletionOptions = lazySchema(
  () => zodSchema(
    external_exports.object({
      /**
       * Echo back the prompt in addition to the completion.
       */
      echo: external_exports.boolean().optional(),
      /**
       * Modify the likelihood of specified tokens appearing in the completion.
       *
       * Accepts a JSON object that maps tokens (specified by their token ID in
       * the GPT tokenizer) to an associated bias value from -100 to 100.
       */
      logitBias: external_exports.record(external_exports.string(), external_exports.number()).optional(),
      /**
       * The suffix that comes after a completion of inserted text.
       */
      suffix: external_exports.string().optional(),
      /**
       * A unique identifier representing your end-user, which can help providers to
       * monitor and detect abuse.
       */
      user: external_exports.string().optional()
    })
  )
);
var OpenAICompatibleCompletionLanguageModel = class {
  // type inferred via constructor
  constructor(modelId, config) {
    this.specificationVersion = "v3";
    var _a3;
    this.modelId = modelId;
    this.config = config;
    const errorStructure = (_a3 = config.errorStructure) != null ? _a3 : defaultOpenAICompatibleErrorStructure;
    this.chunkSchema = createOpenAICompatibleCompletionChunkSchema(
      errorStructure.errorSchema
    );
    this.failedResponseHandler = createJsonErrorResponseHandler(errorStructure);
  }
  get provider() {
    return this.config.provider;
  }
  get providerOptionsName() {
    return this.config.provider.split(".")[0].trim();
  }
  get supportedUrls() {
    var _a3, _b2, _c;
    return (_c = (_b2 = (_a3 = this.config).supportedUrls) == null ? void 0 : _b2.call(_a3)) != null ? _c : {};
  }
  async getArgs({
    prompt,
    maxOutputTokens,
    temperature,
    topP,
    topK,
    frequencyPenalty,
    presencePenalty,
    stopSequences: userStopSequences,
    responseFormat,
    seed,
    providerOptions,
    tools,
    toolChoice
  }) {
    var _a3, _b2;
    const warnings = [];
    const completionOptions = Object.assign(
      (_a3 = await parseProviderOptions({
        provider: this.providerOptionsName,
        providerOptions,
        schema: openaiCompatibleLanguageModelCompletionOptions
      })) != null ? _a3 : {},
      (_b2 = await parseProviderOptions({
        provider: toCamelCase(this.providerOptionsName),
        providerOptions,
        schema: openaiCompatibleLanguageModelCompletionOptions
      })) != null ? _b2 : {}
    );
    if (topK != null) {
      warnings.push({ type: "unsupported", feature: "topK" });
    }
    if (tools == null ? void 0 : tools.length) {
      warnings.push({ type: "unsupported", feature: "tools" });
    }
    if (toolChoice != null) {
      warnings.push({ type: "unsupported", feature: "toolChoice" });
    }
    if (responseFormat != null && responseFormat.type !== "text") {
      warnings.push({
        type: "unsupported",
        feature: "responseFormat",
        details: "JSON response format is not supported."
      });
    }
    const { prompt: completionPrompt, stopSequences } = convertToOpenAICompatibleCompletionPrompt({ prompt });
    const stop = [...stopSequences != null ? stopSequences : [], ...userStopSequences != null ? userStopSequences : []];
    return {
      args: {
        // model id:
        model: this.modelId,
        // model specific settings:
        echo: completionOptions.echo,
        logit_bias: completionOptions.logitBias,
        suffix: completionOptions.suffix,
        user: completionOptions.user,
        // standardized settings:
        max_tokens: maxOutputTokens,
        temperature,
        top_p: topP,
        frequency_penalty: frequencyPenalty,
        presence_penalty: presencePenalty,
        seed,
        ...providerOptions == null ? void 0 : providerOptions[this.providerOptionsName],
        ...providerOptions == null ? void 0 : providerOptions[toCamelCase(this.providerOptionsName)],
        // prompt:
        prompt: completionPrompt,
        // stop sequences:
        stop: stop.length > 0 ? stop : void 0
      },
      warnings
    };
  }
  async doGenerate(options) {
    const { args, warnings } = await this.getArgs(options);
    const {
      responseHeaders,
      value: response,
      rawValue: rawResponse
    } = await postJsonToApi({
      url: this.config.url({
        path: "/completions",
        modelId: this.modelId
      }),
      headers: combineHeaders(this.config.headers(), options.headers),
      body: args,
      failedResponseHandler: this.failedResponseHandler,
      successfulResponseHandler: createJsonResponseHandler(
        openaiCompatibleCompletionResponseSchema
      ),
      abortSignal: options.abortSignal,
      fetch: this.config.fetch
    });
    const choice = response.choices[0];
    const content = [];
    if (choice.text != null && choice.text.length > 0) {
      content.push({ type: "text", text: choice.text });
    }
    return {
      content,
      usage: convertOpenAICompatibleCompletionUsage(response.usage),
      finishReason: {
        unified: mapOpenAICompatibleFinishReason2(choice.finish_reason),
        raw: choice.finish_reason
      },
      request: { body: args },
      response: {
        ...getResponseMetadata22(response),
        headers: responseHeaders,
        body: rawResponse
      },
      warnings
    };
  }
  async doStream(options) {
    const { args, warnings } = await this.getArgs(options);
    const body = {
      ...args,
      stream: true,
      // only include stream_options when in strict compatibility mode:
      stream_options: this.config.includeUsage ? { include_usage: true } : void 0
    };
    const { responseHeaders, value: response } = await postJsonToApi({
      url: this.config.url({
        path: "/completions",
        modelId: this.modelId
      }),
      headers: combineHeaders(this.config.headers(), options.headers),
      body,
      failedResponseHandler: this.failedResponseHandler,
      successfulResponseHandler: createEventSourceResponseHandler(
        this.chunkSchema
      ),
      abortSignal: options.abortSignal,
      fetch: this.config.fetch
    });
    let finishReason = {
      unified: "other",
      raw: void 0
    };
    let usage = void 0;
    let isFirstChunk = true;
    return {
      stream: response.pipeThrough(
        new TransformStream({
          start(controller) {
            controller.enqueue({ type: "stream-start", warnings });
          },
          transform(chunk, controller) {
            var _a3;
            if (options.includeRawChunks) {
              controller.enqueue({ type: "raw", rawValue: chunk.rawValue });
            }
            if (!chunk.success) {
              finishReason = { unified: "error", raw: void 0 };
              controller.enqueue({ type: "error", error: chunk.error });
              return;
            }
            const value = chunk.value;
            if ("error" in value) {
              finishReason = { unified: "error", raw: void 0 };
              controller.enqueue({ type: "error", error: value.error });
              return;
            }
            if (isFirstChunk) {
              isFirstChunk = false;
              controller.enqueue({
                type: "response-metadata",
                ...getResponseMetadata22(value)
              });
              controller.enqueue({
                type: "text-start",
                id: "0"
              });
            }
            if (value.usage != null) {
              usage = value.usage;
            }
            const choice = value.choices[0];
            if ((choice == null ? void 0 : choice.finish_reason) != null) {
              finishReason = {
                unified: mapOpenAICompatibleFinishReason2(choice.finish_reason),
                raw: (_a3 = choice.finish_reason) != null ? _a3 : void 0
              };
            }
            if ((choice == null ? void 0 : choice.text) != null) {
              controller.enqueue({
                type: "text-delta",
                id: "0",
                delta: choice.text
              });
            }
          },
          flush(controller) {
            if (!isFirstChunk) {
              controller.enqueue({ type: "text-end", id: "0" });
            }
            controller.enqueue({
              type: "finish",
              finishReason,
              usage: convertOpenAICompatibleCompletionUsage(usage)
            });
          }
        })
      ),
      request: { body },
      response: { headers: responseHeaders }
    };
  }
};
var usageSchema = () => external_exports.looseObject({
  prompt_tokens: external_exports.number(),
  completion_tokens: external_exports.number(),
  total_tokens: external_exports.number()
});
var openaiCompatibleCompletionResponseSchema = lazySchema(
  () => zodSchema(
    external_exports.object({
      id: external_exports.string().nullish(),
      created: external_exports.number().nullish(),
      model: external_exports.string().nullish(),
      choices: external_exports.array(
        external_exports.object({
          text: external_exports.string(),
          finish_reason: external_exports.string()
        })
      ),
      usage: usageSchema().nullish()
    })
  )
);
var createOpenAICompatibleCompletionChunkSchema = (errorSchema) => external_exports.union([
  external_exports.object({
    id: external_exports.string().nullish(),
    created: external_exports.number().nullish(),
    model: external_exports.string().nullish(),
    choices: external_exports.array(
      external_exports.object({
        text: external_exports.string(),
        finish_reason: external_exports.string().nullish(),
        index: external_exports.number()
      })
    ),
    usage: usageSchema().nullish()
  }),
  errorSchema
]);
var openaiCompatibleEmbeddingModelOptions = lazySchema(
  () => zodSchema(
    external_exports.object({
      /**
       * The number of dimensions the resulting output embeddings should have.
       * Only supported in text-embedding-3 and later models.
       */
      dimensions: external_exports.number().optional(),
      /**
       * A unique identifier representing your end-user, which can help providers to
       * monitor and detect abuse.
       */
      user: external_exports.string().optional()
    })
  )
);
var OpenAICompatibleEmbeddingModel = class {
  constructor(modelId, config) {
    this.specificationVersion = "v3";
    this.modelId = modelId;
    this.config = config;
  }
  get provider() {
    return this.config.provider;
  }
  get maxEmbeddingsPerCall() {
    var _a3;
    return (_a3 = this.config.maxEmbeddingsPerCall) != null ? _a3 : 2048;
  }
  get supportsParallelCalls() {
    var _a3;
    return (_a3 = this.config.supportsParallelCalls) != null ? _a3 : true;
  }
  get providerOptionsName() {
    return this.config.provider.split(".")[0].trim();
  }
  async doEmbed({
    values,
    headers,
    abortSignal,
    providerOptions
  }) {
    var _a3, _b2, _c;
    const warnings = [];
    const deprecatedOptions = await parseProviderOptions({
      provider: "openai-compatible",
      providerOptions,
      schema: openaiCompatibleEmbeddingModelOptions
    });
    if (deprecatedOptions != null) {
      warnings.push({
        type: "other",
        message: `The 'openai-compatible' key in providerOptions is deprecated. Use 'openaiCompatible' instead.`
      });
    }
    const compatibleOptions = Object.assign(
      deprecatedOptions != null ? deprecatedOptions : {},
      (_a3 = await parseProviderOptions({
        provider: "openaiCompatible",
        providerOptions,
        schema: openaiCompatibleEmbeddingModelOptions
      })) != null ? _a3 : {},
      (_b2 = await parseProviderOptions({
        provider: this.providerOptionsName,
        providerOptions,
        schema: openaiCompatibleEmbeddingModelOptions
      })) != null ? _b2 : {}
    );
    if (values.length > this.maxEmbeddingsPerCall) {
      throw new TooManyEmbeddingValuesForCallError({
        provider: this.provider,
        modelId: this.modelId,
        maxEmbeddingsPerCall: this.maxEmbeddingsPerCall,
        values
      });
    }
    const {
      responseHeaders,
      value: response,
      rawValue
    } = await postJsonToApi({
      url: this.config.url({
        path: "/embeddings",
        modelId: this.modelId
      }),
      headers: combineHeaders(this.config.headers(), headers),
      body: {
        model: this.modelId,
        input: values,
        encoding_format: "float",
        dimensions: compatibleOptions.dimensions,
        user: compatibleOptions.user
      },
      failedResponseHandler: createJsonErrorResponseHandler(
        (_c = this.config.errorStructure) != null ? _c : defaultOpenAICompatibleErrorStructure
      ),
      successfulResponseHandler: createJsonResponseHandler(
        openaiTextEmbeddingResponseSchema2
      ),
      abortSignal,
      fetch: this.config.fetch
    });
    return {
      warnings,
      embeddings: response.data.map((item) => item.embedding),
      usage: response.usage ? { tokens: response.usage.prompt_tokens } : void 0,
      providerMetadata: response.providerMetadata,
      response: { headers: responseHeaders, body: rawValue }
    };
  }
};
var openaiTextEmbeddingResponseSchema2 = lazySchema(
  () => zodSchema(
    external_exports.object({
      data: external_exports.array(external_exports.object({ embedding: external_exports.array(external_exports.number()) })),
      usage: external_exports.object({ prompt_tokens: external_exports.number() }).nullish(),
      providerMetadata: external_exports.record(external_exports.string(), external_exports.record(external_exports.string(), external_exports.any())).optional()
    })
  )
);
var OpenAICompatibleImageModel = class {
  constructor(modelId, config) {
    this.modelId = modelId;
    this.config = config;
    this.specificationVersion = "v3";
    this.maxImagesPerCall = 10;
  }
  get provider() {
    return this.config.provider;
  }
  /**
   * The provider options key used to extract provider-specific options.
   */
  get providerOptionsKey() {
    return this.config.provider.split(".")[0].trim();
  }
  // TODO: deprecate non-camelCase keys and remove in future major version
  getArgs(providerOptions) {
    return {
      ...providerOptions[this.providerOptionsKey],
      ...providerOptions[toCamelCase(this.providerOptionsKey)]
    };
  }
  async doGenerate({
    prompt,
    n,
    size,
    aspectRatio,
    seed,
    providerOptions,
    headers,
    abortSignal,
    files,
    mask
  }) {
    var _a3, _b2, _c, _d, _e;
    const warnings = [];
    if (aspectRatio != null) {
      warnings.push({
        type: "unsupported",
        feature: "aspectRatio",
        details: "This model does not support aspect ratio. Use `size` instead."
      });
    }
    if (seed != null) {
      warnings.push({ type: "unsupported", feature: "seed" });
    }
    const currentDate = (_c = (_b2 = (_a3 = this.config._internal) == null ? void 0 : _a3.currentDate) == null ? void 0 : _b2.call(_a3)) != null ? _c : /* @__PURE__ */ new Date();
    const args = this.getArgs(providerOptions);
    const isEditing = files != null && files.length > 0;
    const url = this.config.url({
      path: isEditing ? "/images/edits" : "/images/generations",
      modelId: this.modelId
    });
    const requestHeaders = combineHeaders(this.config.headers(), headers);
    if (isEditing) {
      const { value: response2, responseHeaders: responseHeaders2 } = await postFormDataToApi({
        url,
        headers: requestHeaders,
        formData: convertToFormData({
          model: this.modelId,
          prompt,
          image: await Promise.all(files.map((file) => fileToBlob2(file))),
          mask: mask != null ? await fileToBlob2(mask) : void 0,
          n,
          size,
          ...args
        }),
        failedResponseHandler: createJsonErrorResponseHandler(
          (_d = this.config.errorStructure) != null ? _d : defaultOpenAICompatibleErrorStructure
        ),
        successfulResponseHandler: createJsonResponseHandler(
          openaiCompatibleImageResponseSchema
        ),
        abortSignal,
        fetch: this.config.fetch
      });
      return {
        images: await this.getImages(response2.data, {
          url,
          headers: requestHeaders,
          abortSignal
        }),
        warnings,
        response: {
          timestamp: currentDate,
          modelId: this.modelId,
          headers: responseHeaders2
        }
      };
    }
    const { value: response, responseHeaders } = await postJsonToApi({
      url,
      headers: requestHeaders,
      body: {
        model: this.modelId,
        prompt,
        n,
        size,
        ...args,
        response_format: "b64_json"
      },
      failedResponseHandler: createJsonErrorResponseHandler(
        (_e = this.config.errorStructure) != null ? _e : defaultOpenAICompatibleErrorStructure
      ),
      successfulResponseHandler: createJsonResponseHandler(
        openaiCompatibleImageResponseSchema
      ),
      abortSignal,
      fetch: this.config.fetch
    });
    return {
      images: await this.getImages(response.data, {
        url,
        headers: requestHeaders,
        abortSignal
      }),
      warnings,
      response: {
        timestamp: currentDate,
        modelId: this.modelId,
        headers: responseHeaders
      }
    };
  }
  async getImages(data, options) {
    if (data.every((image) => image.b64_json != null)) {
      return data.map((image) => image.b64_json);
    }
    return Promise.all(
      data.map(async (image) => {
        if (image.b64_json != null) {
          return convertBase64ToUint8Array(image.b64_json);
        }
        if (image.url == null) {
          throw new InvalidResponseDataError({
            data: image,
            message: "Expected url in the image response"
          });
        }
        const { value } = await getFromApi({
          url: image.url,
          validateUrl: true,
          trustedOrigin: options.url,
          credentialedOrigin: options.url,
          headers: options.headers,
          abortSignal: options.abortSignal,
          fetch: this.config.fetch,
          successfulResponseHandler: createBinaryResponseHandler(),
          failedResponseHandler: createStatusCodeErrorResponseHandler()
        });
        return value;
      })
    );
  }
};
var openaiCompatibleImageResponseSchema = lazySchema(
  () => zodSchema(
    external_exports.object({
      data: external_exports.array(
        external_exports.object({
          b64_json: external_exports.string().nullish(),
          url: external_exports.string().nullish()
        }).refine((image) => image.b64_json != null || image.url != null, {
          message: "Expected b64_json or url in the image response"
        })
      )
    })
  )
);
async function fileToBlob2(file) {
  if (file.type === "url") {
    return downloadBlob(file.url);
  }
  const data = file.data instanceof Uint8Array ? file.data : convertBase64ToUint8Array(file.data);
  return new Blob([data], { type: file.mediaType });
}
var VERSION4 = true ? "2.0.92" : "0.0.0-test";
function createOpenAICompatible(options) {
  const baseURL = withoutTrailingSlash(options.baseURL);
  const providerName = options.name;
  const headers = {
    ...options.apiKey && { Authorization: `Bearer ${options.apiKey}` },
    ...options.headers
  };
  const getHeaders = () => withUserAgentSuffix(headers, `ai-sdk/openai-compatible/${VERSION4}`);
  const getCommonModelConfig = (modelType) => ({
    provider: `${providerName}.${modelType}`,
    url: ({ path }) => {
      const url = new URL(`${baseURL}${path}`);
      if (options.queryParams) {
        url.search = new URLSearchParams(options.queryParams).toString();
      }
      return url.toString();
    },
    headers: getHeaders,
    fetch: options.fetch
  });
  const createLanguageModel = (modelId) => createChatModel(modelId);
  const createChatModel = (modelId) => new OpenAICompatibleChatLanguageModel(modelId, {
    ...getCommonModelConfig("chat"),
    includeUsage: options.includeUsage,
    supportsStructuredOutputs: options.supportsStructuredOutputs,
    supportedUrls: options.supportedUrls,
    transformRequestBody: options.transformRequestBody,
    metadataExtractor: options.metadataExtractor,
    convertUsage: options.convertUsage
  });
  const createCompletionModel = (modelId) => new OpenAICompatibleCompletionLanguageModel(modelId, {
    ...getCommonModelConfig("completion"),
    includeUsage: options.includeUsage
  });
  const createEmbeddingModel = (modelId) => new OpenAICompatibleEmbeddingModel(modelId, {
    ...getCommonModelConfig("embedding")
  });
  const createImageModel = (modelId) => new OpenAICompatibleImageModel(modelId, getCommonModelConfig("image"));
  const provider = (modelId) => createLanguageModel(modelId);
  provider.specificationVersion = "v3";
  provider.languageModel = createLanguageModel;
  provider.chatModel = createChatModel;
  provider.completionModel = createCompletionModel;
  provider.embeddingModel = createEmbeddingModel;
  provider.textEmbeddingModel = createEmbeddingModel;
  provider.imageModel = createImageModel;
  return provider;
}

// src/agent/model.ts
var modelProviders = ["anthropic", "openai", "openai-compatible"];
var keyVariables = {
  anthropic: "ANTHROPIC_API_KEY",
  openai: "OPENAI_API_KEY"
};
function setting(env, name2) {
  const value = env[name2];
  return value === void 0 || value.trim() === "" ? void 0 : value.trim();
}
function parseModelSetting(value) {
  const colon = value.indexOf(":");
  const provider = colon === -1 ? "" : value.slice(0, colon);
  const modelId = colon === -1 ? "" : value.slice(colon + 1).trim();
  if (!modelProviders.includes(provider) || modelId === "") {
    throw new InvalidInputError(
      `SYNCAGENT_MODEL: expected <provider>:<model> with provider ${modelProviders.join(", ")} (e.g. anthropic:claude-sonnet-4-5), got ${JSON.stringify(value)}`
    );
  }
  return { provider, modelId };
}
function resolveModel(env, options = {}) {
  const value = setting(env, "SYNCAGENT_MODEL");
  if (value === void 0) {
    throw new MissingConfigError(
      "SYNCAGENT_MODEL",
      "missing configuration: set SYNCAGENT_MODEL (anthropic:<model>, openai:<model> or openai-compatible:<model>) to run the LLM sync agent"
    );
  }
  const { provider, modelId } = parseModelSetting(value);
  const baseURL = setting(env, "SYNCAGENT_MODEL_BASE_URL");
  if (baseURL !== void 0 && !/^https?:\/\/[^\s]+$/.test(baseURL)) {
    throw new InvalidInputError(`SYNCAGENT_MODEL_BASE_URL: expected an http(s) URL, got ${JSON.stringify(baseURL)}`);
  }
  const fetchOption = options.fetch ? { fetch: options.fetch } : {};
  const baseOption = baseURL ? { baseURL: baseURL.replace(/\/+$/, "") } : {};
  let model;
  let apiKey = setting(env, "SYNCAGENT_MODEL_API_KEY");
  if (provider === "openai-compatible") {
    if (!baseURL) {
      throw new MissingConfigError(
        "SYNCAGENT_MODEL_BASE_URL",
        "missing configuration: set SYNCAGENT_MODEL_BASE_URL (e.g. http://127.0.0.1:11434/v1) for an openai-compatible model"
      );
    }
    model = createOpenAICompatible({
      name: "openai-compatible",
      baseURL: baseURL.replace(/\/+$/, ""),
      includeUsage: true,
      ...apiKey ? { apiKey } : {},
      ...fetchOption
    }).chatModel(modelId);
  } else {
    const variable = keyVariables[provider];
    apiKey ??= setting(env, variable);
    if (!apiKey) {
      throw new MissingConfigError(
        variable,
        `missing configuration: set ${variable} (or SYNCAGENT_MODEL_API_KEY) for ${provider}:${modelId}`
      );
    }
    model = provider === "anthropic" ? createAnthropic({ apiKey, ...baseOption, ...fetchOption })(modelId) : createOpenAI({ apiKey, ...baseOption, ...fetchOption })(modelId);
  }
  return {
    model,
    provider,
    modelId,
    id: `${provider}:${modelId}`,
    createdBy: `agent:${provider}:${modelId}`,
    secrets: apiKey ? [apiKey] : []
  };
}

// src/agent/secrets.ts
var secretName = /SECRET|TOKEN|PASSWORD|API_KEY|_KEY$|DATABASE_URL/;
var minSecretChars = 8;
function knownSecrets(env, extra = []) {
  const found = /* @__PURE__ */ new Set();
  for (const [name2, value] of Object.entries(env)) {
    if (value && value.length >= minSecretChars && secretName.test(name2)) found.add(value);
  }
  for (const value of extra) if (value.length >= minSecretChars) found.add(value);
  return [...found].sort((a, b) => b.length - a.length);
}

// src/agent/layer.ts
var encoder = new TextEncoder();
var LayeredTransaction = class {
  constructor(parent) {
    this.parent = parent;
  }
  parent;
  changes = /* @__PURE__ */ new Map();
  /** Paths written (not deleted) and deleted through this layer, for run_in_sync's `changes` counts. */
  written = /* @__PURE__ */ new Set();
  deleted = /* @__PURE__ */ new Set();
  get attempt() {
    return this.parent.attempt;
  }
  async read(path) {
    const normalized = validateStorePath(path);
    if (this.changes.has(normalized)) return this.changes.get(normalized) ?? null;
    return this.parent.read(normalized);
  }
  async readText(path) {
    const bytes = await this.read(path);
    return bytes === null ? null : decodeText(bytes);
  }
  async size(path) {
    const normalized = validateStorePath(path);
    if (this.changes.has(normalized)) return this.changes.get(normalized)?.byteLength ?? null;
    return this.parent.size(normalized);
  }
  write(path, content) {
    const normalized = validateWritePath(path);
    this.changes.set(normalized, typeof content === "string" ? encoder.encode(content) : content);
    this.written.add(normalized);
    this.deleted.delete(normalized);
  }
  delete(path) {
    const normalized = validateWritePath(path);
    this.changes.set(normalized, null);
    this.deleted.add(normalized);
    this.written.delete(normalized);
  }
  async deleteTree(dir) {
    const files = await this.list(dir, { recursive: true });
    for (const file of files) this.delete(file.path);
    return files.length;
  }
  changedPaths() {
    return [...this.changes.keys()].sort();
  }
  /** What differs from the parent's view below `prefix` (see Transaction.differences). */
  async differences(prefix = "") {
    const written = [];
    const deleted = [];
    for (const [path, content] of this.changes) {
      if (!path.startsWith(prefix)) continue;
      const before = await this.parent.read(path);
      if (content === null) {
        if (before !== null) deleted.push(path);
      } else if (before === null || Buffer.compare(before, content) !== 0) written.push(path);
    }
    return { written: written.sort(), deleted: deleted.sort() };
  }
  async list(dir, options = {}) {
    const folder = validateStoreDir(dir);
    const prefix = folder === "" ? "" : `${folder}/`;
    const touched = [...this.changes.keys()].filter((path) => path.startsWith(prefix));
    if (touched.length === 0) return this.parent.list(folder, options);
    if (options.recursive) {
      const files = /* @__PURE__ */ new Map();
      for (const entry of await this.parent.list(folder, { recursive: true })) files.set(entry.path, entry);
      for (const path of touched) {
        if (this.changes.get(path) === null) files.delete(path);
        else files.set(path, { path, type: "file", oid: null });
      }
      return [...files.values()].sort(byPath);
    }
    const level = /* @__PURE__ */ new Map();
    for (const entry of await this.parent.list(folder)) level.set(entry.path, entry);
    const folders = /* @__PURE__ */ new Set();
    for (const path of touched) {
      const rest = path.slice(prefix.length);
      const slash = rest.indexOf("/");
      if (slash !== -1) folders.add(`${prefix}${rest.slice(0, slash)}`);
      else if (this.changes.get(path) === null) level.delete(path);
      else level.set(path, { path, type: "file", oid: null });
    }
    for (const sub of folders) {
      if ((await this.list(sub, { recursive: true })).length === 0) level.delete(sub);
      else level.set(sub, { path: sub, type: "dir", oid: level.get(sub)?.oid ?? null });
    }
    return [...level.values()].sort(byPath);
  }
  /** No commit inside the agent's run: the run lands as a whole at `finish`, or not at all. */
  async checkpoint() {
    return null;
  }
  /** The run sets the commit message; handler code cannot. */
  setMessage() {
  }
  /** Writes this layer's changes into `target` (its parent, normally) and empties the layer. */
  applyTo(target) {
    for (const [path, content] of this.changes) {
      if (content === null) target.delete(path);
      else target.write(path, content);
    }
    this.discard();
  }
  /** Drops every change of this layer. */
  discard() {
    this.changes.clear();
    this.written.clear();
    this.deleted.clear();
  }
};
function byPath(a, b) {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}

// src/agent/session.ts
var AgentSession = class {
  layer;
  paths;
  connection;
  deps;
  createdBy;
  signal;
  deadline;
  state = {};
  status = emptyStatus();
  skill = null;
  /** The handler text last installed by create_sync_engine, and whether a backfill (or poll) of it succeeded. */
  handler = null;
  finished = null;
  queue = Promise.resolve();
  constructor(tx, options) {
    this.layer = new LayeredTransaction(tx);
    this.connection = options.connection;
    this.paths = syncPaths(options.connection.slug);
    this.deps = options.deps;
    this.createdBy = options.createdBy;
    this.signal = options.signal;
    this.deadline = options.deadline;
  }
  /** Loads what the run starts from: the handler state and status at HEAD (a forced run starts empty). */
  async load() {
    this.state = await readState(this.layer, this.connection.slug);
    this.status = await readStatus(this.layer, this.connection.slug);
  }
  /** Runs tool bodies one at a time, in call order. */
  serialize(body) {
    const next = this.queue.then(body, body);
    this.queue = next.catch(() => void 0);
    return next;
  }
  /** The sync.json written in this run, or null before create_sync_engine (or after delete_sync). */
  async config() {
    const text = await this.layer.readText(this.paths.syncJson);
    return text === null ? null : parseSyncJson(text, this.paths.syncJson);
  }
  /** The config a handler run sees: the run's sync.json, or a provisional one for probing code before it exists. */
  async runConfig() {
    const config = await this.config();
    if (config) return config;
    const { slug, app, accountId, externalUserId } = this.connection;
    return {
      version: 1,
      slug,
      app,
      accountId,
      externalUserId,
      flavor: "sync-engine",
      status: "active",
      handler: "handler.js",
      mirrorPrefix: this.paths.mirrorPrefix,
      hosts: this.connection.allowedDomains ?? [],
      signals: {},
      createdBy: this.createdBy
    };
  }
  /**
   * The hosts the agent's requests may reach: those of the run's sync.json and the app's allowed domains, or null
   * for "whatever the target names" when neither is known and the Pipedream proxy (which applies the app's own
   * allowed domains, and never hands out the account's credentials) is the gateway. In direct mode the token is
   * ours to protect: the hosts must be declared first.
   */
  async allowedHosts() {
    const hosts = new Set(this.connection.allowedDomains ?? []);
    for (const host of (await this.config())?.hosts ?? []) hosts.add(host);
    if (hosts.size > 0) return [...hosts].sort();
    return gatewayMode(this.deps.env) === "pipedream" ? null : [];
  }
  /** The gateway for this connection, limited to `allowedHosts`. */
  async gateway() {
    const hosts = await this.allowedHosts();
    if (hosts !== null && hosts.length === 0) {
      throw new InvalidInputError(
        "no API host is known for this connection yet: with SYNCAGENT_GATEWAY=direct the token goes straight to the host, so declare the hosts first (create_sync_engine with hosts), then probe"
      );
    }
    if (hosts !== null) return this.buildGateway(hosts);
    return {
      request: (request, options) => {
        let host = "";
        try {
          host = new URL(request.url).hostname.toLowerCase();
        } catch {
        }
        return this.buildGateway(host ? [host] : []).request(request, options);
      }
    };
  }
  buildGateway(hosts) {
    const { app, accountId, externalUserId } = this.connection;
    const connection = { app, accountId, externalUserId };
    if (this.deps.createGateway) return this.deps.createGateway(connection, hosts);
    return createGateway({
      env: this.deps.env,
      connection,
      allowedHosts: hosts,
      fetch: this.deps.fetch,
      sleep: this.deps.sleep,
      tokenCache: this.deps.tokenCache
    });
  }
  /** Milliseconds left of the time budget. */
  remainingMs() {
    return Math.max(0, this.deadline - Date.now());
  }
  /** Throws when the run already finished: after `finish` nothing may change. */
  assertOpen() {
    if (this.finished) throw new InvalidInputError("the run has finished: no further changes");
  }
};

// src/agent/texts.generated.ts
var systemPromptMarkdown = "# syncagent sync agent\n\nYou install one integration for one user. A user has just connected an app through Pipedream Connect; syncagent\nkeeps a git repository, **the store**, that a main AI agent reads to answer questions about the user's data. Your job\nis to decide what this connection deserves and to leave behind, in one run:\n\n- either a **sync engine**: `handlers/<slug>/handler.js` (code that runs in a sandbox), `handlers/<slug>/sync.json`,\n  a backfilled **mirror** under `mirrors/<slug>/`, and `skills/<slug>/SKILL.md` that tells the main agent how to\n  answer from the mirror;\n- or an **api-only skill**: `skills/<slug>/SKILL.md` documenting how to use the API on demand, plus a `sync.json`\n  naming the API hosts. No handler, no mirror.\n\nNothing you write is committed until `finish` succeeds; then the whole run lands as one commit. If the run ends\nwithout `finish` (steps or minutes spent, or you stop calling tools), nothing lands at all. Your budget is a limited\nnumber of steps and minutes: probe with small pages, do not read what you do not need, and keep going until `finish`.\n\n## The prime directive\n\nA mirror is a **structural index, not content**. It holds what answers structural questions \u2014 where is X, what is\nin Y, what changed lately, how many, which are open, who is assigned \u2014 and nothing else: ids, keys, names, titles,\npaths, parents, states, labels, assignees (a name or id), timestamps, sizes, counts. Bodies stay at the source and are\nfetched on demand through `call_api`: file contents, message and mail bodies, ticket descriptions and comments, page\ntext, attachments, images. A typical account's mirror is a few MB; a million-file drive stays far below 1 GB. When a\nfield is long free text, leave it out. Never mirror secrets, tokens or anything that looks like credentials.\n\n## Phases\n\n1. **Connection.** Call `get_connection`: app, slug, account, and (when Pipedream knows them) the API domains the\n   proxy may reach and the API base URL.\n2. **Triage** \u2014 decide the flavor and say why in one line (the `reason` of `finish`). Ask: will the user ask where,\n   what, how many, what changed, about a collection this app holds for them, and does that collection change?\n   - **sync-engine** for apps that hold a user-owned collection: file storage (Dropbox, Google Drive, Box, OneDrive),\n     databases and tables (Airtable, Notion databases), ticket and issue trackers (Linear, Jira, GitHub issues,\n     Zendesk), calendars (calendars and events: titles, times, attendees' names \u2014 no descriptions), wikis and docs\n     (Notion pages, Confluence: titles and hierarchy), mail labels and folders (label names, counts; thread subjects\n     only if short and structural), CRMs (contacts, deals: names, stages, owners).\n   - **api-only** for write-mostly or broadcast APIs where there is little to list and the value is in acting: SMS\n     and voice (Twilio, Vonage), email sending (SendGrid, Mailgun, Postmark), social posting (X, LinkedIn, Buffer),\n     push notifications, URL shorteners, AI and translation APIs, payment actions.\n   - Mixed apps: mirror the structure that answers questions (Slack: channels and members, not messages) and document\n     the actions in SKILL.md.\n   - Examples of reasons: \"ticket tracker: users ask which tickets are open, assigned to whom, changed this week\";\n     \"send-only SMS API: nothing to list; the agent sends messages and checks their delivery on demand\".\n3. **Probe** the API with `http_request` (or `run_in_sync` with `code` for several calls at once). The gateway adds\n   the account's credentials: never send an `Authorization` header or any key. Find out, with small pages\n   (`limit=5`): the list endpoints and their record shapes; pagination (cursor, page token, offset, `Link` header);\n   change tracking (an `updated_since`/`modified_after` filter, a delta or changes endpoint with a cursor, an events\n   feed, webhooks); how deletions show (tombstones, a `deleted` flag or status, or only by absence); stable ids;\n   error shapes and rate limits (429 with `Retry-After` is retried by the gateway). A 4xx answer comes back as\n   `{ error: { code, message, status, body } }`: read the body, adjust, go on.\n4. **Design the mirror layout** (rules below).\n5. **Write the handler and sync.json** with `create_sync_engine`: the module is loaded in the sandbox and refused,\n   with the reason, when it does not load or exports anything but the handler exports.\n6. **Backfill** with `run_in_sync { export: \"backfill\" }`. A failing run changes nothing and answers the error with\n   its location: fix the handler, call `create_sync_engine` again, run again.\n7. **Check the mirror**: `list_mirror` (every file under 64 KiB?), `read_mirror` of the index and of a shard,\n   `grep_mirror` with the very patterns your SKILL.md will recommend, and `run_in_sync { export: \"pollOnce\" }` once\n   (nothing changed, so it should report no changes and leave the mirror as it was).\n8. **Write SKILL.md** with `write_skill` (guidance below).\n9. **`finish`** with the flavor and the one-line reason (api-only: also the API hosts).\n\nIf a design turns out wrong, fix it in place (`create_sync_engine` replaces the files, a backfill rewrites the\nmirror), or call `delete_sync` to drop everything this run wrote and start over.\n\n## The handler contract\n\n`handler.js` is an ES module evaluated in a QuickJS (WebAssembly) sandbox with only `ctx`. A sync engine exports at\nleast one of `backfill`, `onWebhook`, `pollOnce`, and nothing but the exports of `HandlerModule` below (keep helpers\nunexported); `run_in_sync` code is an `ExecModule`. This is the whole contract, as the runtime enforces it:\n\n<!-- include: src/contract/handler-context.d.ts -->\n\nHow to use the bulk primitives (the interpreter is ~20\xD7 slower than the host at per-record work):\n\n- Big pages: `ctx.http.request({ ..., saveItems: { path, from: \"/items\", fields } })` writes the page's records to a\n  mirror NDJSON file host-side, keeping only the structural `fields` (`{ newName: \"sourceField\" }` renames; top-level\n  fields only: a record that needs a nested value, such as an assignee's name, is built in the handler instead).\n- Trees keyed by a path (file systems, page hierarchies): the path index, `ctx.mirror.indexLoad` from saved pages\n  for a backfill, `indexPut` / `indexRemove` for changes; it keeps every leaf under 64 KiB at any size.\n- Flat collections: `ctx.mirror.upsertLines` / `deleteLines` by id into sharded NDJSON files (each call rewrites its\n  whole file, so shards stay small).\n\n## Mirror layout rules\n\n- **Files \u2264 64 KiB**, so the main agent reads one in a single `read_file`. The hard cap is 50 MiB per file.\n- **NDJSON** (one JSON object per line) for every collection; a small `index.json` with counts, totals, the layout\n  and `updatedAt`. Records have a fixed field order and short field names; sort files by their key so that an\n  unchanged record set gives identical bytes (small commits).\n- **Shard** high-cardinality collections: by a hash or a modulus of the id (`tickets/<h>.ndjson`), by a natural\n  partition that stays small (project, calendar, month), or through the path index for trees. Size it: records \xD7\n  ~150 B per shard must stay under 64 KiB as the account grows; write the scheme into `index.json` and SKILL.md.\n- Keep a bounded **`recent.ndjson`** of the last few hundred changes (newest last): it answers \"what changed lately\".\n- Only structural fields (the prime directive). Timestamps as the API gives them (ISO 8601).\n- Write a file only when its content changes; never delete and rewrite the whole mirror on an incremental run.\n\n## State, cursors and checkpoints\n\n- `ctx.state` is committed with the mirror in the same commit, so cursor and mirror never disagree. Keep there:\n  the change cursor or high-water mark (`highWater`: the newest `updated_at` applied, from the server's data, never\n  from the clock), and a backfill in progress (`{ cursor, pages }`).\n- An `updated_since` filter is usually inclusive: re-reading the boundary is harmless when applying is idempotent\n  (upsert by id); skip records that are not newer than the mark, or re-apply them.\n- A long backfill saves its page cursor in state and calls `ctx.checkpoint(\"backfill page N\")` every few pages: a\n  killed run resumes from the last checkpoint. So `backfill` starts by reading its state: continue when a backfill is\n  in progress, start fresh (clearing what an earlier attempt left) otherwise. In this run checkpoints commit nothing\n  \u2014 everything lands at `finish` \u2014 but they run for real in every later event.\n- `pollOnce` continues from the cursor; without one (or mid-backfill) it runs `backfill`. When the API cannot report\n  deletions, reconcile now and then: list the ids and drop what is gone.\n\n## Signals: webhook, poll, renew\n\n- **poll** (`pollEveryMinutes` of `create_sync_engine`, calling `pollOnce`): every sync engine has one, as the\n  reconciliation backstop even with webhooks. Trackers and calendars: 15\u201330 minutes; files, wikis: 60.\n- **webhook** (`onWebhook`): only when the provider signs deliveries with an HMAC-SHA256 secret the user configures:\n  declare `webhook: { signature: { header, scheme: \"hmac-sha256-hex\", secretEnv } }`; the host verifies the signature\n  and deduplicates deliveries before `onWebhook` runs, and the secret never reaches the handler. Treat a delivery as\n  a signal: fetch the changes from your cursor rather than trusting the payload as the whole truth.\n  `registerWebhook` (run once after the backfill) creates the subscription and returns `{ expiresAt }`.\n- **renew** (`renewEveryHours`, `renewWebhook`): for subscriptions that expire (Google Calendar and Drive channels,\n  Microsoft Graph subscriptions); the scheduler renews at half the remaining lifetime at the latest.\n- When in doubt, poll only.\n\n## Writing SKILL.md\n\n`write_skill` takes a `description` and a markdown `body`; the host writes the frontmatter (name = slug, your\ndescription, metadata with app, account, flavor, mirror prefix).\n\n- **description** (\u2264 1024 characters): what it covers \u2014 the app, whose account, which structures \u2014 and when to use\n  it; say that contents are not mirrored and are fetched on demand.\n- **body** for a sync engine:\n  - _Layout_: every file or folder under `mirrors/<slug>/`, what one record looks like (a literal example line),\n    how it is sharded.\n  - _How to answer_: one recipe per kind of question, with the exact tool call \u2014 `read_file` of which path, or\n    `grep_file` with `prefix: \"mirrors/<slug>/...\"`, a `pattern` and flags. Cover **where is X** (find by name or\n    title), **what changed** (recent.ndjson), **how many** (index.json counts, or grep and count), **lists by state,\n    owner or label**. Test every pattern with `grep_mirror` before you write it down.\n  - _Freshness_: how often it is polled (and webhooks, if any).\n  - _Content on demand_: `call_api { slug, method, url, headers?, body? }` examples for the bodies the mirror leaves\n    out (one request through the gateway with the account's credentials, only to the hosts in sync.json).\n- **body** for api-only: the endpoints that matter (method, URL, the JSON they take and return), complete\n  `call_api` examples, error shapes, limits, and a rule to act only on the user's explicit request. The gateway\n  supplies credentials: never tell the main agent to add an Authorization header.\n\n## Tools\n\nEvery tool answers JSON. A failure is `{ \"error\": { \"code\", \"message\" } }`: read it, fix the cause, try again \u2014 it\ndoes not end the run. Inputs are strict: unknown keys are refused.\n`skill_exists` says whether `skills/<slug>/SKILL.md` is there in this run's view (`write_skill` creates it,\n`delete_sync` removes it): check it before `finish` when unsure.\n\n## A flat collection, sketched\n\nFor a tracker-like API with cursor pages and `updated_since`, the shape of a good handler:\n\n```js\nconst API = 'https://api.example.com/v1/';\nconst SHARDS = 16;\nfunction shardOf(id) {\n  return 'items/' + (Number(id) % SHARDS).toString(16) + '.ndjson';\n}\nfunction toRecord(item) {\n  return { id: item.id, title: item.title, status: item.status, updated: item.updated_at };\n}\n\nexport async function backfill(ctx) {\n  let run = await ctx.state.get('backfill');\n  if (!run) {\n    for (const file of await ctx.mirror.list('items')) await ctx.mirror.delete(file.path);\n    run = { cursor: null, pages: 0, highWater: null };\n  }\n  for (;;) {\n    const page = (\n      await ctx.http.request({\n        url: API + 'items?limit=100' + (run.cursor ? '&cursor=' + encodeURIComponent(run.cursor) : ''),\n      })\n    ).data;\n    const shards = new Map();\n    for (const item of page.items) {\n      const path = shardOf(item.id);\n      if (!shards.has(path)) shards.set(path, []);\n      shards.get(path).push(toRecord(item));\n      if (!run.highWater || item.updated_at > run.highWater) run.highWater = item.updated_at;\n    }\n    for (const [path, records] of shards) await ctx.mirror.upsertLines(path, records, 'id');\n    run.cursor = page.next_cursor;\n    run.pages += 1;\n    await ctx.state.set('backfill', run);\n    if (!page.has_more) break;\n    if (run.pages % 5 === 0) await ctx.checkpoint('backfill page ' + run.pages);\n  }\n  await ctx.state.set('highWater', run.highWater);\n  await ctx.state.delete('backfill');\n  // ... write index.json (counts) and an empty recent.ndjson\n}\n```\n\n`pollOnce` then lists `updated_since=<highWater>` page by page, `deleteLines` for deleted records, `upsertLines` for\nthe rest, appends to `recent.ndjson`, rewrites `index.json` when something changed, and moves `highWater`.\n";
var handlerContextTypes = "/**\n * The syncagent handler contract: everything a handler module can reach, and what it may export.\n *\n * A handler (`handlers/<slug>/handler.js`) is an ES module evaluated in a sandbox (a QuickJS isolate in\n * WebAssembly). It has no `process`, no `require`, no imports, no filesystem, no network, no timers, no environment\n * and no secrets: only the `ctx` object passed to each export. `src/contract/handler-context.d.ts` is the one place\n * that surface is written down; the sandbox bridge, the host's table of functions, the argument checks and\n * docs/handler-api.md are derived from it (`node scripts/build-contract.mjs`).\n *\n * Rules that hold for every call:\n * - Values cross the sandbox boundary as JSON: functions, `undefined` inside objects, `Date`s (become strings) and\n *   prototypes do not survive.\n * - Arguments are checked against the types below before the host runs anything; a call that does not match fails\n *   with an `invalid_input` error naming the method and the argument.\n * - Every method that returns a Promise must be awaited. Calls still pending when an export returns are finished\n *   before the event commits, and if one of them fails the whole event fails: nothing is committed.\n * - A failed call rejects with an `Error` whose `code` is a stable string (`invalid_input`, `api_error`,\n *   `unauthorized`, `rate_limited`, `sandbox`, ...); HTTP failures also carry `status` and a trimmed `body`.\n * - Limits per call: memory (default 256 MiB; once the heap is exhausted the call ends, even if the handler catches\n *   the \"out of memory\" error), wall time (default 10 minutes for `backfill` and exec code, 60 s for the other\n *   exports, host calls included: a call still waiting at the limit is aborted), the result and each call's\n *   arguments at most 16 MiB of JSON. A limit hit fails the event and nothing of it is committed.\n *\n * @packageDocumentation\n */\n\n/** A JSON value: what crosses the sandbox boundary. */\nexport type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };\n\n/** A JSON object, e.g. one NDJSON record. */\nexport type JsonObject = Record<string, unknown>;\n\n/** Which sync and connection the handler runs for (`ctx.sync`, read-only). */\nexport interface SyncInfo {\n  /** The sync's slug, e.g. `dropbox` or `dropbox-2`. */\n  readonly slug: string;\n  /** The app's slug at Pipedream, e.g. `dropbox`. */\n  readonly app: string;\n  /** The Pipedream Connect account id, e.g. `apn_abc123`. */\n  readonly accountId: string;\n  /** The app user the connection belongs to. */\n  readonly externalUserId: string;\n}\n\n/** One entry of `ctx.mirror.list`. */\nexport interface MirrorEntry {\n  /** Path relative to the mirror folder. */\n  path: string;\n  /** Size in bytes. */\n  size: number;\n}\n\n/** What `ctx.mirror.upsertLines` changed. */\nexport interface UpsertResult {\n  /** Records whose key was not in the file. */\n  added: number;\n  /** Records that replaced a line with the same key and different content. */\n  updated: number;\n}\n\n/** Which records of a path index may hold children: those whose `field` equals `value`. */\nexport interface ContainerRule {\n  /** The record field to look at, e.g. `tag`. */\n  field: string;\n  /** The value that marks a container, e.g. `folder`. */\n  value: unknown;\n}\n\n/** The shape of a path index, given to every `ctx.mirror.index*` call on it. */\nexport interface PathIndexSpec {\n  /** The record field holding its key: a path starting with \"/\", segments separated by \"/\". */\n  key: string;\n  /** Records that may have children (e.g. `{ field: 'tag', value: 'folder' }`); without it any record may. */\n  container?: ContainerRule;\n  /** A leaf file splits past this many bytes (default 60 KiB, so files stay below 64 KiB). */\n  leafBytes?: number;\n}\n\n/** `ctx.mirror.indexRemove` options: the spec, and whether to remove the subtrees below the keys too. */\nexport interface PathIndexRemoveSpec extends PathIndexSpec {\n  /** Remove every record below each key as well (a deleted folder). Default false. */\n  subtree?: boolean;\n}\n\n/** `ctx.mirror.indexLoad` options: the spec plus tombstones and totals. */\nexport interface PathIndexLoadOptions extends PathIndexSpec {\n  /** Records with `field === value` are deletions: they remove their key and its subtree as listed before them. */\n  tombstone?: { field: string; value: unknown };\n  /** Totals computed while loading: per group of the first `depth` key segments (0: none), counts by a field, sums. */\n  aggregate?: { depth?: number; countBy?: string; sum?: string[] };\n}\n\n/** How many index leaf files one call read and wrote. */\nexport interface IndexIo {\n  /** Leaf files read. */\n  leavesRead: number;\n  /** Leaf files written. */\n  leavesWritten: number;\n  /** Leaves that outgrew `leafBytes` and were split. */\n  splits: number;\n}\n\n/** Totals over a set of records (`ctx.mirror.indexLoad` with `aggregate`). */\nexport interface Aggregate {\n  /** How many records. */\n  records: number;\n  /** Per value of the `countBy` field, how many records have it. */\n  count: Record<string, number>;\n  /** Per `sum` field, the total of its numeric values. */\n  sum: Record<string, number>;\n}\n\n/** What `ctx.mirror.indexLoad` answers. */\nexport interface IndexLoadResult {\n  /** Records in the index after the load. */\n  records: number;\n  /** Leaf files written. */\n  leaves: number;\n  /** Totals over every record. */\n  total: Aggregate;\n  /** Totals per group (when `aggregate.depth` > 0), by the group's key prefix. */\n  groups?: Record<string, Aggregate>;\n  /** Leaf files read and written. */\n  io: IndexIo;\n}\n\n/** What `ctx.mirror.indexPut` answers. */\nexport interface IndexPutResult {\n  /** Per record given, in order, the record it replaced (null when the key was new). */\n  previous: Array<JsonObject | null>;\n  /** Records removed because a container was replaced by a record that cannot have children. */\n  removed: JsonObject[];\n  /** Leaf files read and written. */\n  io: IndexIo;\n}\n\n/** What `ctx.mirror.indexRemove` answers. */\nexport interface IndexRemoveResult {\n  /** Every record removed (the keys themselves and, with `subtree`, everything below them). */\n  removed: JsonObject[];\n  /** Leaf files read and written. */\n  io: IndexIo;\n}\n\n/**\n * The sync's mirror files (`mirrors/<slug>/`): a structural index (ids, names, paths, sizes, times), never content.\n * Paths are relative to the mirror folder; `..`, absolute paths, backslashes, NUL, `.git` in any spelling and the\n * engine's own `.sync/` folder are refused. Aim for at most 64 KiB per file (shard high-cardinality data as NDJSON);\n * the hard cap is 50 MiB per file. Reads see this event's own writes; nothing is published before the event commits\n * (or `ctx.checkpoint()` commits it).\n */\nexport interface MirrorApi {\n  /** The text of a mirror file, or null when it does not exist. */\n  read(path: string): Promise<string | null>;\n  /** Creates or replaces a mirror file. */\n  write(path: string, text: string): Promise<void>;\n  /** Deletes a mirror file (nothing happens when it does not exist). */\n  delete(path: string): Promise<void>;\n  /** Every file below `dir` (default: the whole mirror), recursively, with sizes. */\n  list(dir?: string): Promise<MirrorEntry[]>;\n  /**\n   * Host-side NDJSON upsert: each record replaces the line whose `record[key]` is equal, or is appended; the file is\n   * created when missing and rewritten only when something changed.\n   */\n  upsertLines(path: string, records: JsonObject[], key: string): Promise<UpsertResult>;\n  /** Host-side NDJSON delete: removes the lines whose `record[key]` is one of `keys`; answers how many. */\n  deleteLines(path: string, keys: Array<string | number>, key: string): Promise<number>;\n  /**\n   * Rebuilds the path index under `dir` from NDJSON files (e.g. pages saved with `http.request` `saveItems`), in one\n   * host-side pass: later records win, tombstones remove their key and subtree listed before them.\n   */\n  indexLoad(dir: string, sources: string[], options: PathIndexLoadOptions): Promise<IndexLoadResult>;\n  /** Inserts or replaces records by key (a container replaced by a non-container loses its subtree). */\n  indexPut(dir: string, records: JsonObject[], spec: PathIndexSpec): Promise<IndexPutResult>;\n  /** Removes records by key (and, with `subtree`, everything below them). */\n  indexRemove(dir: string, keys: string[], spec: PathIndexRemoveSpec): Promise<IndexRemoveResult>;\n  /** The records at `keys`, in the order asked (null where there is none). */\n  indexGet(dir: string, keys: string[], spec: PathIndexSpec): Promise<Array<JsonObject | null>>;\n  /** The direct children of the record at `key`, sorted by key. */\n  indexChildren(dir: string, key: string, spec: PathIndexSpec): Promise<JsonObject[]>;\n}\n\n/**\n * The handler's own small state (cursors, progress), committed with the mirror in `.sync/state.json`. Values are\n * JSON. The whole state is capped at 1 MiB serialized: a `set` that would pass it fails (keep data in mirror files).\n */\nexport interface StateApi {\n  /** The value stored under `key`, or undefined. */\n  get(key: string): Promise<any>;\n  /** Stores a JSON value under `key`; `undefined` deletes the key. */\n  set(key: string, value: unknown): Promise<void>;\n  /** Deletes `key`. */\n  delete(key: string): Promise<void>;\n}\n\n/**\n * `saveItems` of `ctx.http.request`: the array at JSON pointer `from` in the response goes straight into the mirror\n * file `path` as NDJSON (one item per line, only `fields`), host-side; the handler gets the rest of the body in\n * `data` and a count in `saved`. Thousands of items per page then never cross into the sandbox.\n */\nexport interface SaveItems {\n  /** Mirror path of the NDJSON file to create or replace. */\n  path: string;\n  /** JSON pointer of the array in the response body, e.g. \"/entries\". */\n  from: string;\n  /** Fields to keep: a list of names, or `{ newName: 'sourceField' }` to rename. Default: every field. */\n  fields?: string[] | Record<string, string>;\n  /**\n   * Saved fields whose values the host remembers for a later `ctx.mirror.indexLoad` of this file in the same event:\n   * when they cover the load's key, tombstone and aggregate fields it reads nothing back. Same result either way.\n   */\n  keep?: string[];\n}\n\n/** A request through the gateway. */\nexport interface HttpRequest {\n  /** HTTP method, default GET. */\n  method?: string;\n  /** Absolute https URL; its host must be listed in sync.json `hosts`. Redirects are not followed. */\n  url: string;\n  /** Request headers for the target API (authorization is added by the gateway; never put secrets here). */\n  headers?: Record<string, string>;\n  /** A string is sent as is; an object or array is sent as JSON with `content-type: application/json`. */\n  body?: string | JsonObject | unknown[] | null;\n  /** Save the items of a JSON array in the response to a mirror file, host-side (see SaveItems). */\n  saveItems?: SaveItems;\n}\n\n/** What `saveItems` saved. */\nexport interface SavedItems {\n  /** The mirror file written. */\n  path: string;\n  /** How many items were written. */\n  items: number;\n  /** Size of the file written, in bytes. */\n  bytes: number;\n}\n\n/** The target API's answer (any status below 400; 4xx and 5xx reject). */\nexport interface HttpResponse {\n  /** HTTP status (below 400). */\n  status: number;\n  /** Response headers, lower-cased names. */\n  headers: Record<string, string>;\n  /** The body as text (with `saveItems`: the JSON of the body without the saved array). */\n  text: string;\n  /** The parsed JSON body, or null when it is not JSON. */\n  data: any;\n  /** Present when the request had `saveItems`. */\n  saved?: SavedItems;\n}\n\n/**\n * Authenticated HTTP through the gateway (the Pipedream Connect proxy, or the app's own token): the only way out.\n * 429 and 5xx are retried with backoff (honouring `Retry-After`, bounded); then 401/403 reject with code\n * `unauthorized`, 429 with `rate_limited`, other failures with `api_error` (with `status` and a trimmed `body`).\n */\nexport interface HttpApi {\n  /** Sends one request and reads the whole response. */\n  request(request: HttpRequest): Promise<HttpResponse>;\n}\n\n/**\n * Structured logs (to the event's log, never into the store). A message is at most 4,096 characters and its fields\n * 16 KiB of JSON (longer ones are cut, with a note); after 1 MiB of log output in one call, further lines are\n * dropped and one line says so.\n */\nexport interface LogApi {\n  /** Logs a progress or diagnostic line, e.g. `ctx.log.info('page', { entries: 2000 })`. */\n  info(message: string, fields?: JsonObject): void;\n  /** Logs something that went wrong but did not stop the handler. */\n  warn(message: string, fields?: JsonObject): void;\n  /** Logs a failure (throwing is what fails the event; this only records it). */\n  error(message: string, fields?: JsonObject): void;\n}\n\n/** What `ctx.checkpoint()` answers. */\nexport interface CheckpointResult {\n  /** The commit made, or null when nothing had changed since the last one. */\n  commit: string | null;\n}\n\n/** The `ctx` every export receives. Frozen: its methods cannot be replaced. */\nexport interface HandlerContext {\n  /** Which sync this is. */\n  readonly sync: SyncInfo;\n  /** The sync's mirror files. */\n  readonly mirror: MirrorApi;\n  /** Small JSON state committed with the mirror (cursors, progress). */\n  readonly state: StateApi;\n  /** Authenticated HTTP to the hosts of sync.json. */\n  readonly http: HttpApi;\n  /** Structured logs. */\n  readonly log: LogApi;\n  /** The current time as an ISO-8601 string (an injectable clock; `Date.now()` and `new Date()` read it too). */\n  now(): string;\n  /**\n   * Commits the mirror and state written so far (backfill, poll, exec), so a killed run resumes from here. Answers\n   * once the commit is made; the next checkpoint and the end of the event wait until it is published.\n   */\n  checkpoint(message?: string): Promise<CheckpointResult>;\n}\n\n/** What a sync export may return: counts for the commit message and status (`\"3 changes (+1 ~1 -1)\"`). */\nexport interface Summary {\n  /** Records added to the mirror. */\n  added?: number;\n  /** Records changed. */\n  updated?: number;\n  /** Records removed. */\n  deleted?: number;\n  /** A short note (at most 200 characters are kept). */\n  note?: string;\n}\n\n/** A provider webhook delivery, verified by the host (the secret never enters the sandbox) and deduplicated by id. */\nexport interface Delivery {\n  /** The delivery id given by the relay (a random one when none was given); a repeated id is skipped. */\n  id: string;\n  /** Request headers, lower-cased names. */\n  headers: Record<string, string>;\n  /** The raw body. */\n  body: string;\n  /** The body parsed as JSON, or null when it is not JSON. */\n  json: unknown | null;\n  /** When the delivery was received, ISO-8601. */\n  receivedAt: string;\n}\n\n/** What registerWebhook and renewWebhook may return. */\nexport interface WebhookRegistration {\n  /** When the provider's subscription expires (ISO-8601); renewal is scheduled before it. */\n  expiresAt?: string;\n}\n\n/** Initial full load; runs at install and whenever the handler asks for a resync. */\nexport type BackfillExport = (ctx: HandlerContext) => Promise<Summary | void>;\n/** One verified, deduplicated webhook delivery. */\nexport type OnWebhookExport = (ctx: HandlerContext, delivery: Delivery) => Promise<Summary | void>;\n/** Incremental changes and reconciliation, on the sync's poll schedule. */\nexport type PollOnceExport = (ctx: HandlerContext) => Promise<Summary | void>;\n/** Extends the provider's webhook subscription before it expires. */\nexport type RenewWebhookExport = (ctx: HandlerContext) => Promise<WebhookRegistration | void>;\n/** Subscribes to the provider's webhooks (after the backfill, so no change is lost). */\nexport type RegisterWebhookExport = (ctx: HandlerContext) => Promise<WebhookRegistration | void>;\n/** Unsubscribes when the sync is deleted. */\nexport type UnregisterWebhookExport = (ctx: HandlerContext) => Promise<void>;\n/** One-shot code run by `syncagent exec` (and the sync agent's `run_in_sync`): its result is printed. */\nexport type ExecExport = (ctx: HandlerContext) => Promise<unknown>;\n\n/**\n * The exports of `handler.js`. Every export is optional; a sync-engine handler has at least one of backfill,\n * onWebhook and pollOnce, and exports nothing else.\n */\nexport interface HandlerModule {\n  /** See BackfillExport. */\n  backfill?: BackfillExport;\n  /** See OnWebhookExport. */\n  onWebhook?: OnWebhookExport;\n  /** See PollOnceExport. */\n  pollOnce?: PollOnceExport;\n  /** See RenewWebhookExport. */\n  renewWebhook?: RenewWebhookExport;\n  /** See RegisterWebhookExport. */\n  registerWebhook?: RegisterWebhookExport;\n  /** See UnregisterWebhookExport. */\n  unregisterWebhook?: UnregisterWebhookExport;\n}\n\n/** The module `syncagent exec --file` runs: `export default async function (ctx) { ... }`. */\nexport interface ExecModule {\n  /** See ExecExport. */\n  default: ExecExport;\n}\n";

// src/agent/system-prompt.ts
var example = {
  slug: "dropbox",
  accountId: "apn_abc123",
  externalUserId: "user-42",
  updatedAt: "2025-01-01T00:00:00.000Z"
};
var cached;
var contractMarker = "<!-- include: src/contract/handler-context.d.ts -->";
function buildSystemPrompt() {
  cached ??= [
    systemPromptMarkdown.replace(contractMarker, `\`\`\`ts
${handlerContextTypes.trim()}
\`\`\``).trimEnd(),
    "",
    "## Worked example: the reviewed Dropbox recipe",
    "",
    "The catalog installs Dropbox without a model; its recipe is the standard to meet. How it applies the rules above:",
    "the backfill saves each `files/list_folder` page host-side (`saveItems` into `staging/pages/`), checkpoints every",
    "few pages, then builds the path index `files/` in one `indexLoad` and writes per-folder totals and `index.json`;",
    "webhook deliveries are only a signal to continue from the cursor kept in state (`onWebhook` and `pollOnce` share",
    "`catchUp`); a `reset` cursor error means a full resync; an hourly poll reconciles. The mirror holds paths, names,",
    "sizes, revisions and times, never file contents: those come through `call_api`.",
    "",
    "### handlers/dropbox/sync.json",
    "",
    "```json",
    formatSyncJson(dropboxRecipe.syncJson(example)).trimEnd(),
    "```",
    "",
    "### handlers/dropbox/handler.js",
    "",
    "```js",
    dropboxRecipe.handlerSource.trim(),
    "```",
    "",
    "### skills/dropbox/SKILL.md",
    "",
    "````markdown",
    dropboxRecipe.skill(example).trimEnd(),
    "````",
    ""
  ].join("\n");
  return cached;
}

// src/agent/tools/agent-tool.ts
function defineAgentTool(spec) {
  return spec;
}
function parseToolInput(spec, input) {
  const parsed = spec.inputSchema.safeParse(input ?? {});
  if (!parsed.success) throw new InvalidInputError(formatIssues(`${spec.name} input`, parsed.error));
  return parsed.data;
}
function toToolFailure(error) {
  const syncError = toSyncError(error);
  const failure = { error: { code: syncError.code, message: syncError.message } };
  const { status, body } = syncError.data;
  if (typeof status === "number") failure.error.status = status;
  if (typeof body === "string" && body !== "") failure.error.body = body;
  return failure;
}

// src/agent/tools/create-sync-engine.ts
var drivingExports = ["backfill", "onWebhook", "pollOnce"];
var maxHandlerBytes = 256 * 1024;
var hostSchema = external_exports.string().regex(/^[a-z0-9.-]+$/, "expected a lower-case host name without scheme or path, e.g. api.example.com");
var createSyncEngineTool = defineAgentTool({
  name: "create_sync_engine",
  description: 'Install (or replace) the sync engine: handler.js (an ES module run in the sandbox with only ctx) and sync.json (hosts the handler may call, poll and renew schedules, webhook signature). The module is loaded in the sandbox first and refused when it does not load, exports none of backfill/onWebhook/pollOnce, or exports other names than backfill, onWebhook, pollOnce, renewWebhook, registerWebhook, unregisterWebhook. Then try it with run_in_sync { export: "backfill" }. Call again to replace both files.',
  inputSchema: external_exports.strictObject({
    handler: external_exports.string().min(1).describe("the whole ES module text of handler.js"),
    hosts: external_exports.array(hostSchema).min(1).describe('API hosts the handler calls, e.g. ["api.example.com"]'),
    pollEveryMinutes: external_exports.number().int().min(1).max(10080).optional().describe("reconciliation poll interval"),
    renewEveryHours: external_exports.number().positive().max(8760).optional().describe("webhook renewal interval"),
    webhook: external_exports.strictObject({
      signature: external_exports.strictObject({
        header: external_exports.string().regex(/^[A-Za-z0-9-]+$/, "expected an HTTP header name"),
        scheme: external_exports.literal("hmac-sha256-hex"),
        secretEnv: external_exports.string().regex(/^[A-Z][A-Z0-9_]*$/, "expected an environment variable name (A-Z, 0-9, _)").describe("the env var holding the signing secret; the host verifies, the handler never sees it")
      })
    }).optional()
  }),
  execute: async (session, input) => {
    session.assertOpen();
    if (Buffer.byteLength(input.handler) > maxHandlerBytes) {
      throw new InvalidInputError(`handler: ${Buffer.byteLength(input.handler)} bytes; keep a handler under 256 KiB`);
    }
    const { paths, connection } = session;
    const filename = `${paths.handlerDir}/handler.js`;
    const { exports } = await inspectModule(input.handler, filename);
    const unknown = exports.filter((name2) => !handlerExportNames.includes(name2));
    if (unknown.length > 0) {
      throw new InvalidInputError(
        `handler exports ${unknown.join(", ")}: only ${handlerExportNames.join(", ")} are allowed (keep helpers unexported)`
      );
    }
    if (!exports.some((name2) => drivingExports.includes(name2))) {
      throw new InvalidInputError("handler exports none of backfill, onWebhook, pollOnce: a sync engine needs one");
    }
    const config = {
      version: 1,
      slug: connection.slug,
      app: connection.app,
      accountId: connection.accountId,
      externalUserId: connection.externalUserId,
      flavor: "sync-engine",
      status: "active",
      handler: "handler.js",
      mirrorPrefix: paths.mirrorPrefix,
      hosts: [...new Set(input.hosts)].sort(),
      signals: {
        ...input.webhook ? { webhook: { signature: input.webhook.signature } } : {},
        ...input.pollEveryMinutes ? { poll: { everyMinutes: input.pollEveryMinutes } } : {},
        ...input.renewEveryHours ? { renew: { everyHours: input.renewEveryHours } } : {}
      },
      createdBy: session.createdBy
    };
    const text = formatSyncJson(parseSyncJson(formatSyncJson(config), paths.syncJson));
    session.layer.write(paths.syncJson, text);
    session.layer.write(filename, input.handler);
    session.handler = { source: input.handler, exports, tried: false };
    return { slug: connection.slug, exports, files: [paths.syncJson, filename] };
  },
  describe: (input, result) => `handler.js ${Buffer.byteLength(input.handler)} B, exports ${result.exports.join(", ")}; hosts ${input.hosts.join(", ")}`
});

// src/agent/tools/delete-sync.ts
var deleteSyncTool = defineAgentTool({
  name: "delete_sync",
  description: "Drop everything this run wrote (handler.js, sync.json, SKILL.md, mirror files, handler state) to start over from a clean slate. Nothing outside this sync is touched; nothing had been committed.",
  inputSchema: external_exports.strictObject({}),
  execute: async (session) => {
    session.assertOpen();
    const removed = session.layer.changedPaths();
    session.layer.discard();
    await session.load();
    session.skill = null;
    session.handler = null;
    return { removed };
  },
  describe: (_input, result) => `dropped ${result.removed.length} paths`
});

// src/agent/skill-file.ts
var import_yaml = __toESM(require_dist(), 1);
var maxSkillDescriptionChars = 1024;
function renderSkillFile(input) {
  const metadata = {
    app: input.app,
    account_id: input.accountId,
    flavor: input.flavor,
    ...input.flavor === "sync-engine" ? { mirror_prefix: `mirrors/${input.slug}/` } : {},
    created_by: input.createdBy,
    updated_at: input.updatedAt
  };
  const frontmatter = (0, import_yaml.stringify)({ name: input.slug, description: input.description.trim(), metadata });
  const body = input.body.trim();
  return `---
${frontmatter}---

${body}
`;
}

// src/agent/tools/finish.ts
var maxReasonChars = 300;
var hostSchema2 = external_exports.string().regex(/^[a-z0-9.-]+$/, "expected a lower-case host name without scheme or path, e.g. api.example.com");
var finishTool = defineAgentTool({
  name: "finish",
  description: 'End the run; everything it wrote lands as one commit. flavor "sync-engine" needs sync.json and handler.js (create_sync_engine), a successful run_in_sync of the handler (backfill, or pollOnce when it has no backfill) and SKILL.md (write_skill). flavor "api-only" needs SKILL.md and the API hosts the main agent may call through call_api; the host writes its sync.json and drops any handler or mirror files. reason: the one-line triage reason. When something is missing the answer is an error saying what, and the run goes on.',
  inputSchema: external_exports.strictObject({
    flavor: external_exports.enum(["sync-engine", "api-only"]),
    reason: external_exports.string().min(1).describe("one line: why this flavor fits this app"),
    hosts: external_exports.array(hostSchema2).optional().describe("api-only: the API hosts call_api may reach")
  }),
  execute: async (session, input) => {
    session.assertOpen();
    const reason = input.reason.replace(/\s+/g, " ").trim();
    if (reason === "") throw new InvalidInputError("reason is empty: give the one-line triage reason");
    if (reason.length > maxReasonChars) {
      throw new InvalidInputError(
        `reason is ${reason.length} characters; keep it to one line (at most ${maxReasonChars})`
      );
    }
    const { paths, connection, layer } = session;
    if (!session.skill || await layer.size(paths.skill) === null) {
      throw new InvalidInputError(`${paths.skill} is missing: call write_skill first`);
    }
    let config = await session.config();
    const files = [];
    let exports = [];
    if (input.flavor === "sync-engine") {
      if (config?.flavor !== "sync-engine") {
        throw new InvalidInputError(`${paths.syncJson} is missing: call create_sync_engine first`);
      }
      if (await layer.size(`${paths.handlerDir}/handler.js`) === null || !session.handler) {
        throw new InvalidInputError(`${paths.handlerDir}/handler.js is missing: call create_sync_engine first`);
      }
      if (!session.handler.tried) {
        const run = session.handler.exports.includes("backfill") ? "backfill" : "pollOnce";
        throw new InvalidInputError(
          `the installed handler has not run yet: call run_in_sync { export: "${run}" } and check the mirror first`
        );
      }
      const extra = (input.hosts ?? []).filter((host) => !config?.hosts.includes(host));
      if (extra.length > 0) {
        throw new InvalidInputError(
          `hosts ${extra.join(", ")} are not in sync.json: a sync engine's hosts come from create_sync_engine`
        );
      }
      exports = session.handler.exports;
      files.push(paths.syncJson, `${paths.handlerDir}/handler.js`);
    } else {
      const hosts = [...new Set(input.hosts ?? config?.hosts ?? [])].sort();
      if (hosts.length === 0) {
        throw new InvalidInputError("hosts: an api-only sync names the API hosts the main agent may call");
      }
      await layer.deleteTree(paths.handlerDir);
      await layer.deleteTree(paths.mirrorPrefix.slice(0, -1));
      const { slug, app, accountId, externalUserId } = connection;
      const draft = {
        version: 1,
        slug,
        app,
        accountId,
        externalUserId,
        flavor: "api-only",
        status: "active",
        mirrorPrefix: paths.mirrorPrefix,
        hosts,
        signals: {},
        createdBy: session.createdBy
      };
      config = parseSyncJson(formatSyncJson(draft), paths.syncJson);
      layer.write(paths.syncJson, formatSyncJson(config));
      session.handler = null;
      files.push(paths.syncJson);
    }
    const now = session.deps.clock();
    layer.write(
      paths.skill,
      renderSkillFile({
        slug: connection.slug,
        app: connection.app,
        accountId: connection.accountId,
        flavor: input.flavor,
        createdBy: session.createdBy,
        updatedAt: now.toISOString(),
        description: session.skill.description,
        body: session.skill.body
      })
    );
    files.unshift(paths.skill);
    if (input.flavor === "sync-engine") {
      const every = config.signals.poll?.everyMinutes;
      const status = session.status;
      status.lastRun = {
        event: "connect",
        at: now.toISOString(),
        result: "ok",
        summary: `agent: ${reason}`.slice(0, 300)
      };
      status.lastSuccessAt = now.toISOString();
      status.consecutiveFailures = 0;
      status.nextPollAt = every ? new Date(now.getTime() + every * 6e4).toISOString() : null;
      writeState(layer, connection.slug, session.state);
      writeStatus(layer, connection.slug, status);
    }
    const decision = { flavor: input.flavor, reason, hosts: config.hosts, exports, files };
    session.finished = decision;
    return { finished: true, ...decision };
  },
  describe: (input, result) => `${input.flavor}: ${result.reason}`
});

// src/agent/tools/get-connection.ts
var getConnectionTool = defineAgentTool({
  name: "get_connection",
  description: "The connection this run installs a sync for: app slug, sync slug, Pipedream account id, external user id and, when Pipedream knows them, the app name, the API domains the proxy may reach (allowedDomains) and the API base URL. Call it first.",
  inputSchema: external_exports.strictObject({}),
  execute: async (session) => {
    const { app, slug, accountId, externalUserId, appName, allowedDomains, baseUrl } = session.connection;
    return {
      app,
      slug,
      accountId,
      externalUserId,
      ...appName ? { appName } : {},
      ...allowedDomains ? { allowedDomains } : {},
      ...baseUrl ? { baseUrl } : {}
    };
  },
  describe: (_input, result) => `${result.app} as ${result.slug} (${result.accountId})`
});

// src/agent/mirror-view.ts
var import_picomatch = __toESM(require_picomatch(), 1);
var maxListedMirrorFiles = 2e3;
async function readMirror(tx, prefix, input) {
  const mirror = new ScopedMirror(tx, prefix);
  const target = mirror.resolve(input.path);
  const relative = target.slice(prefix.length);
  const bytes = await tx.read(target);
  if (bytes === null) {
    const below = await tx.list(target, { recursive: true });
    if (below.length > 0) throw new InvalidInputError(`${relative} is a folder: use list_mirror or grep_mirror`);
    throw new InvalidInputError(`no such mirror file: ${relative} (list_mirror shows what exists)`);
  }
  if (isBinary(relative, bytes))
    throw new InvalidInputError(`${relative} is a binary file; read_mirror only shows text`);
  const offset = input.offset ?? 1;
  const limit = input.limit ?? Number.POSITIVE_INFINITY;
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const lines = [];
  let budget = maxReadBytes;
  let truncated = false;
  let line = 1;
  let position = 0;
  while (position < buffer.length) {
    const newline = buffer.indexOf(10, position);
    const end = newline === -1 ? buffer.length : newline;
    if (line >= offset && lines.length < limit && !truncated) {
      let text = buffer.toString("utf8", position, end);
      if (text.endsWith("\r")) text = text.slice(0, -1);
      const cost = Buffer.byteLength(text) + 1;
      if (cost > budget) {
        truncated = true;
        if (lines.length === 0) {
          lines.push(
            `${Buffer.from(text).subarray(0, budget).toString("utf8").replace(/\uFFFD$/, "")} \u2026 [line cut]`
          );
          budget = 0;
        }
      } else {
        budget -= cost;
        lines.push(text);
      }
    }
    if (newline === -1) break;
    position = newline + 1;
    line += 1;
  }
  const totalLines = buffer.length === 0 ? 0 : buffer[buffer.length - 1] === 10 ? line - 1 : line;
  const result = { path: relative, offset, lines, totalLines, truncated, content: "" };
  if (truncated) {
    result.hint = `output capped at 64 KiB: continue with offset ${offset + lines.length} (and a limit), or use grep_mirror`;
  } else if (totalLines === 0) result.hint = "the file is empty";
  else if (offset > totalLines) result.hint = `offset ${offset} is past the end: the file has ${totalLines} lines`;
  result.content = withGutter(result);
  return result;
}
async function listMirror(tx, prefix, dir) {
  const files = await new ScopedMirror(tx, prefix).list(dir);
  if (files.length <= maxListedMirrorFiles) return { files };
  return { files: files.slice(0, maxListedMirrorFiles), truncated: true };
}
async function grepMirror(tx, prefix, input) {
  const maxMatches = input.max_matches ?? defaultMaxMatches;
  const compiled = compilePattern(input.pattern, input.flags ?? "");
  const scan = new RegExp(compiled.regex.source, [.../* @__PURE__ */ new Set([...compiled.regex.flags, "g", "m"])].join(""));
  const isMatch = input.glob ? (0, import_picomatch.default)(input.glob, { dot: true, basename: !input.glob.includes("/") }) : null;
  const files = await new ScopedMirror(tx, prefix).list();
  const result = { matches: [], truncated: false, filesSearched: 0, binarySkipped: [] };
  for (const file of files) {
    if (isMatch && !isMatch(file.path)) continue;
    const bytes = await tx.read(`${prefix}${file.path}`);
    if (bytes === null) continue;
    if (isBinary(file.path, bytes)) {
      result.binarySkipped.push(file.path);
      continue;
    }
    result.filesSearched += 1;
    const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8");
    let line = 1;
    let counted = 0;
    scan.lastIndex = 0;
    for (let found = scan.exec(text); found !== null; found = scan.exec(text)) {
      const start = found.index === 0 ? 0 : text.lastIndexOf("\n", found.index - 1) + 1;
      const newline = text.indexOf("\n", found.index);
      const end = newline === -1 ? text.length : newline;
      scan.lastIndex = end + 1;
      let lineText = text.slice(start, end);
      if (lineText.endsWith("\r")) lineText = lineText.slice(0, -1);
      if (!compiled.regex.test(lineText)) continue;
      for (let index = text.indexOf("\n", counted); index !== -1 && index < start; index = text.indexOf("\n", index + 1))
        line += 1;
      counted = start;
      if (result.matches.length >= maxMatches) {
        result.truncated = true;
        return result;
      }
      result.matches.push({ file: file.path, line, match: lineText, before: [], after: [] });
      if (newline === -1) break;
    }
  }
  return result;
}

// src/agent/tools/grep-mirror.ts
var grepMirrorTool = defineAgentTool({
  name: "grep_mirror",
  description: 'Search the mirror files with a JavaScript regex, line by line, as this run left them; glob (relative to mirrors/<slug>/) narrows the files, e.g. "tickets/*.ndjson". Answers { file, line, match } records, capped at max_matches (default 100, truncated flag). Try the searches your SKILL.md will recommend.',
  inputSchema: external_exports.strictObject({
    pattern: external_exports.string().min(1).describe("JavaScript regular expression"),
    flags: external_exports.string().optional().describe("any of i, s, u, m"),
    glob: external_exports.string().optional().describe("only files matching this glob"),
    max_matches: external_exports.number().int().min(1).max(1e4).optional()
  }),
  execute: (session, input) => grepMirror(session.layer, session.paths.mirrorPrefix, input),
  describe: (input, result) => `/${input.pattern}/${input.flags ?? ""}: ${result.matches.length}${result.truncated ? "+" : ""} matches in ${result.filesSearched} files`
});

// src/agent/tools/http-request.ts
var maxResponseBytes = 64 * 1024;
var httpRequestTool = defineAgentTool({
  name: "http_request",
  description: "Send one HTTP request to the app's API through the gateway (Pipedream Connect adds the account's credentials: never send your own Authorization). Use it to probe: list a few records, read the pagination and change-tracking fields, check error shapes. url is an absolute https URL on an allowed host. An error status comes back as { error: { code, message, status, body } }. The answer text is capped at 64 KiB (truncated: true): ask for small pages while probing.",
  inputSchema: external_exports.strictObject({
    method: external_exports.string().regex(/^[A-Za-z]+$/, "expected an HTTP method such as GET or POST").default("GET"),
    url: external_exports.string().min(1).describe("absolute https URL, e.g. https://api.example.com/v1/items?limit=5"),
    headers: external_exports.record(external_exports.string(), external_exports.string()).optional().describe("request headers (no Authorization)"),
    body: external_exports.string().optional().describe("request body as text (JSON as a string, with a content-type header)")
  }),
  execute: async (session, input) => {
    const gateway = await session.gateway();
    const response = await gateway.request(
      {
        method: input.method.toUpperCase(),
        url: input.url,
        ...input.headers ? { headers: input.headers } : {},
        ...input.body !== void 0 ? { body: input.body } : {}
      },
      { signal: session.signal }
    );
    const { text, truncated } = truncateBytes(response.text, maxResponseBytes);
    return { status: response.status, headers: response.headers, text, truncated };
  },
  describe: (input, result) => `${input.method.toUpperCase()} ${input.url} \u2192 ${result.status} (${formatBytes(Buffer.byteLength(result.text))}${result.truncated ? ", truncated" : ""})`
});
function formatBytes(bytes) {
  return bytes >= 1024 ? `${(bytes / 1024).toFixed(1)} KiB` : `${bytes} B`;
}

// src/agent/tools/list-mirror.ts
var listMirrorTool = defineAgentTool({
  name: "list_mirror",
  description: "List the mirror files (relative to mirrors/<slug>/) below dir, recursively, with sizes in bytes, as this run left them. Check the layout: every file should stay under 64 KiB.",
  inputSchema: external_exports.strictObject({
    dir: external_exports.string().optional().describe("mirror-relative folder (default: the whole mirror)")
  }),
  execute: (session, input) => listMirror(session.layer, session.paths.mirrorPrefix, input.dir),
  describe: (input, result) => {
    const bytes = result.files.reduce((total, file) => total + file.size, 0);
    const largest = result.files.reduce((most, file) => Math.max(most, file.size), 0);
    return `${input.dir ?? "."}: ${result.files.length}${result.truncated ? "+" : ""} files, ${bytes} B (largest ${largest} B)`;
  }
});

// src/agent/tools/read-mirror.ts
var readMirrorTool = defineAgentTool({
  name: "read_mirror",
  description: "Read lines of a mirror file (path relative to mirrors/<slug>/), as this run's handler left it. Numbered lines; one answer is capped at 64 KiB (use offset/limit, or grep_mirror). Use it to check what backfill wrote.",
  inputSchema: external_exports.strictObject({
    path: external_exports.string().min(1).describe("mirror-relative path, e.g. index.json or tickets/open.ndjson"),
    offset: external_exports.number().int().min(1).optional().describe("first line, 1-based"),
    limit: external_exports.number().int().min(1).optional().describe("how many lines")
  }),
  execute: (session, input) => readMirror(session.layer, session.paths.mirrorPrefix, input),
  describe: (input, result) => `${input.path}: lines ${result.offset}-${result.offset + Math.max(0, result.lines.length - 1)} of ${result.totalLines}${result.truncated ? " (truncated)" : ""}`
});

// src/agent/tools/run-in-sync.ts
var defaultLongSeconds = 600;
var defaultShortSeconds = 60;
var maxResultChars = 16 * 1024;
var maxLogLines = 60;
var maxLogLineChars = 400;
var runInSyncTool = defineAgentTool({
  name: "run_in_sync",
  description: 'Run code in the sandbox with the same ctx a handler gets, inside this run (nothing is committed before finish): either `code`, an ES module `export default async function (ctx) { ... }` (probe the API through ctx.http, inspect ctx.state, repair the mirror), or `export`: "backfill" / "pollOnce" of the installed handler.js. Exactly one of code and export. Answers { ok, result, error, logs, changes }; a call that fails changes nothing (its writes and state changes are dropped), so fix the code and run it again. ctx.checkpoint() commits nothing here: the whole run lands at finish.',
  inputSchema: external_exports.strictObject({
    code: external_exports.string().min(1).optional().describe("export default async function (ctx) { ... }"),
    export: external_exports.enum(["backfill", "pollOnce"]).optional().describe("run this export of the installed handler.js"),
    timeoutSeconds: external_exports.number().int().min(1).max(3600).optional().describe("deadline (default 600, pollOnce 60)")
  }).refine((input) => input.code === void 0 !== (input.export === void 0), {
    message: "give exactly one of code and export"
  }),
  execute: async (session, input) => {
    session.assertOpen();
    const config = await session.runConfig();
    let source;
    let exportName;
    if (input.export !== void 0) {
      const filename = `${session.paths.handlerDir}/handler.js`;
      const text = await session.layer.readText(filename);
      if (text === null) throw new InvalidInputError("no handler.js yet: call create_sync_engine first");
      source = { text, filename };
      exportName = input.export;
    } else {
      source = { text: input.code, filename: `${session.paths.handlerDir}/run-in-sync.js` };
      exportName = "default";
    }
    const defaultSeconds = input.export === "pollOnce" ? defaultShortSeconds : defaultLongSeconds;
    const timeoutMs = Math.min((input.timeoutSeconds ?? defaultSeconds) * 1e3, Math.max(1e3, session.remainingMs()));
    const call = new LayeredTransaction(session.layer);
    const state = structuredClone(session.state);
    const status = structuredClone(session.status);
    const logs = [];
    const logger = session.deps.logger;
    const capture = (level) => (event, fields = {}) => {
      logger[level](event, fields);
      if (event !== "handler-log" || logs.length >= maxLogLines) return;
      const { message, slug: _slug, kind: _kind, ...rest } = fields;
      const extra = Object.keys(rest).length > 0 ? ` ${JSON.stringify(jsonSafe(rest))}` : "";
      logs.push(`${level} ${String(message)}${extra}`.slice(0, maxLogLineChars));
    };
    const hostInput = {
      tx: call,
      slug: config.slug,
      mirror: new ScopedMirror(call, config.mirrorPrefix),
      event: "connect",
      gateway: await session.gateway(),
      state,
      status,
      logger: { info: capture("info"), warn: capture("warn"), error: capture("error") },
      clock: session.deps.clock,
      raced: {}
    };
    let value;
    try {
      value = await runModule({
        source: source.text,
        filename: source.filename,
        exportName,
        ctxData: {
          sync: {
            slug: config.slug,
            app: config.app,
            accountId: config.accountId,
            externalUserId: config.externalUserId
          }
        },
        host: (scope) => buildHostTable(hostInput, scope),
        limits: {
          timeoutMs,
          ...session.deps.limits?.memoryBytes ? { memoryBytes: session.deps.limits.memoryBytes } : {}
        },
        signal: session.signal
      });
    } catch (error) {
      const syncError = toSyncError(error);
      return { ok: false, error: { code: syncError.code, message: syncError.message }, logs, changes: none };
    }
    const changes = { written: call.written.size, deleted: call.deleted.size };
    call.applyTo(session.layer);
    session.state = state;
    session.status = status;
    if (input.export !== void 0 && session.handler) session.handler.tried = true;
    const result = resultPreview(value);
    return { ok: true, ...result === void 0 ? {} : { result }, logs, changes };
  },
  describe: (input, result) => {
    const what = input.export ?? `code (${Buffer.byteLength(input.code ?? "")} B)`;
    if (!result.ok) return `${what} failed: ${result.error?.message.split("\n")[0]?.slice(0, 160)}`;
    return `${what} ok: ${result.changes.written} written, ${result.changes.deleted} deleted`;
  }
});
var none = { written: 0, deleted: 0 };
function resultPreview(value) {
  if (value === void 0) return void 0;
  const whole = jsonSafe(value, maxResultChars);
  if (whole !== void 0) return whole;
  let text;
  try {
    text = JSON.stringify(value);
  } catch {
    text = void 0;
  }
  return text === void 0 ? void 0 : { truncated: true, head: text.slice(0, maxResultChars) };
}

// src/agent/tools/skill-exists.ts
var skillExistsTool = defineAgentTool({
  name: "skill_exists",
  description: "Whether skills/<slug>/SKILL.md exists in this run's view of the store (write_skill creates it).",
  inputSchema: external_exports.strictObject({}),
  execute: async (session) => ({
    exists: await session.layer.size(session.paths.skill) !== null,
    path: session.paths.skill
  }),
  describe: (_input, result) => `${result.path} ${result.exists ? "exists" : "does not exist"}`
});

// src/agent/tools/write-skill.ts
var maxBodyBytes = 60 * 1024;
var writeSkillTool = defineAgentTool({
  name: "write_skill",
  description: "Write skills/<slug>/SKILL.md for the main agent. You give the description (at most 1024 characters: what the skill covers and when to use it) and the markdown body (no frontmatter: the host writes name, description and metadata). The body says which mirror file to read_file or grep_file for which question (where is X, what changed lately, how many), with exact paths, record shapes and example patterns, and how to fetch content or act through call_api. Call again to replace it.",
  inputSchema: external_exports.strictObject({
    description: external_exports.string().min(1).describe("at most 1024 characters"),
    body: external_exports.string().min(1).describe("markdown body, without frontmatter")
  }),
  execute: async (session, input) => {
    session.assertOpen();
    const description = input.description.trim();
    if (description.length > maxSkillDescriptionChars) {
      throw new InvalidInputError(
        `description is ${description.length} characters; the Agent Skills format allows at most ${maxSkillDescriptionChars}: shorten it (details go in the body)`
      );
    }
    if (description === "") throw new InvalidInputError("description is empty");
    if (/^\s*---\s*\n/.test(input.body)) {
      throw new InvalidInputError(
        "body starts with frontmatter: give only the markdown body, the host writes the frontmatter"
      );
    }
    if (Buffer.byteLength(input.body) > maxBodyBytes) {
      throw new InvalidInputError(`body is ${Buffer.byteLength(input.body)} bytes; keep SKILL.md under 60 KiB`);
    }
    session.skill = { description, body: input.body };
    const config = await session.config();
    const text = renderSkillFile({
      slug: session.connection.slug,
      app: session.connection.app,
      accountId: session.connection.accountId,
      flavor: config?.flavor ?? "api-only",
      createdBy: session.createdBy,
      updatedAt: session.deps.clock().toISOString(),
      description,
      body: input.body
    });
    session.layer.write(session.paths.skill, text);
    return { path: session.paths.skill, bytes: Buffer.byteLength(text) };
  },
  describe: (input, result) => `${result.path} (${result.bytes} B; description ${input.description.trim().length} chars)`
});

// src/agent/tools/index.ts
var agentTools = [
  getConnectionTool,
  httpRequestTool,
  skillExistsTool,
  createSyncEngineTool,
  runInSyncTool,
  readMirrorTool,
  listMirrorTool,
  grepMirrorTool,
  writeSkillTool,
  deleteSyncTool,
  finishTool
];
function createAgentToolSet(session, options) {
  const tools = {};
  agentTools.forEach((spec, position) => {
    const last = position === agentTools.length - 1;
    tools[spec.name] = tool({
      description: spec.description,
      inputSchema: jsonSchema(() => zodSchema(spec.inputSchema).jsonSchema),
      ...last && options.lastToolProviderOptions ? { providerOptions: options.lastToolProviderOptions } : {},
      execute: (raw, { toolCallId }) => session.serialize(async () => {
        const started = Date.now();
        let output;
        let line;
        let ok = true;
        try {
          const input = parseToolInput(spec, raw);
          output = await spec.execute(session, input);
          line = spec.describe(input, output);
        } catch (error) {
          const failure = toToolFailure(error);
          ok = false;
          output = failure;
          line = `error ${failure.error.code}: ${failure.error.message.split("\n")[0]?.slice(0, 200)}`;
          if (failure.error.code === "internal") {
            session.deps.logger.error("agent-tool-bug", { tool: spec.name, message: failure.error.message });
          }
        }
        const safe = scrub(output, options.secrets);
        options.onCall?.(toolCallId, {
          tool: spec.name,
          line: scrubSecrets(line, options.secrets),
          ok,
          ms: Date.now() - started,
          output: safe
        });
        return safe;
      })
    });
  });
  return tools;
}
function scrub(value, secrets) {
  const text = JSON.stringify(value ?? null);
  if (!secrets.some((secret) => secret.length >= 4 && text.includes(secret))) return value ?? null;
  return JSON.parse(scrubSecrets(text, secrets));
}

// src/agent/trace.ts
import { createHash } from "node:crypto";
import { open } from "node:fs/promises";
function digest(value) {
  const text = JSON.stringify(value ?? null);
  return {
    digest: `sha256:${createHash("sha256").update(text).digest("hex").slice(0, 16)}`,
    bytes: Buffer.byteLength(text)
  };
}
async function openTraceFile(path) {
  let handle;
  try {
    handle = await open(path, "w");
  } catch (error) {
    throw new IoError(`--trace: cannot write ${path}: ${error.message}`, { cause: error });
  }
  return {
    write: async (step) => {
      await handle.appendFile(`${JSON.stringify(step)}
`);
    },
    close: () => handle.close()
  };
}
function traceRows(steps) {
  const rows = [];
  for (const step of steps) {
    const tokens = step.inputTokens + step.outputTokens;
    if (step.calls.length === 0) {
      rows.push({
        step: step.step,
        tool: "(text)",
        ok: true,
        summary: step.text ?? step.finishReason,
        inputDigest: "-",
        resultDigest: "-",
        tokens,
        ms: step.ms
      });
      continue;
    }
    step.calls.forEach((call, index) => {
      rows.push({
        step: step.step,
        tool: call.tool,
        ok: call.ok,
        summary: call.summary,
        inputDigest: call.inputDigest,
        resultDigest: call.resultDigest,
        ...index === 0 ? { tokens } : {},
        ms: call.ms
      });
    });
  }
  return rows;
}

// src/agent/run-agent.ts
var defaultMaxSteps = 60;
var defaultMaxMinutes = 20;
var maxNudges = 2;
var cacheMark = { anthropic: { cacheControl: { type: "ephemeral" } } };
async function runSyncAgent(options) {
  const { deps, connection, model } = options;
  const maxSteps = options.maxSteps ?? defaultMaxSteps;
  const maxMinutes = options.maxMinutes ?? defaultMaxMinutes;
  if (!Number.isInteger(maxSteps) || maxSteps < 1)
    throw new InvalidInputError(`--max-steps: expected an integer \u2265 1, got ${maxSteps}`);
  if (!(maxMinutes > 0)) throw new InvalidInputError(`--max-minutes: expected a number > 0, got ${maxMinutes}`);
  const { slug } = connection;
  const secrets = knownSecrets(deps.env, model.secrets);
  const started = Date.now();
  const deadline = started + maxMinutes * 6e4;
  const budget = new AbortController();
  const timer = setTimeout(
    () => budget.abort(new Error(`time budget of ${maxMinutes} minutes spent`)),
    deadline - started
  );
  timer.unref?.();
  const signal = options.signal ? AbortSignal.any([budget.signal, options.signal]) : budget.signal;
  const trace = [];
  const usage = { inputTokens: 0, outputTokens: 0, totalTokens: 0, cachedInputTokens: 0 };
  let landing = null;
  deps.logger.info("agent-start", { slug, app: connection.app, model: model.id, maxSteps, maxMinutes });
  const body = async (tx) => {
    if (landing) return land(tx, slug, landing);
    const base = await slugTrees(tx, slug);
    if (options.force) for (const dir of slugFolders(slug)) await tx.deleteTree(dir);
    const session = new AgentSession(tx, { deps, connection, createdBy: model.createdBy, signal, deadline });
    await session.load();
    const calls = /* @__PURE__ */ new Map();
    const tools = createAgentToolSet(session, {
      secrets,
      onCall: (id, record) => calls.set(id, record),
      lastToolProviderOptions: cacheMark
    });
    let messages = [{ role: "user", content: taskPrompt(connection, maxSteps, maxMinutes) }];
    let stepStarted = Date.now();
    let nudges = 0;
    const onStepFinish = async (step) => {
      const record = traceStep(trace.length + 1, step, calls, Date.now() - stepStarted, deps.clock(), secrets);
      trace.push(record);
      usage.inputTokens += record.inputTokens;
      usage.outputTokens += record.outputTokens;
      usage.totalTokens += record.inputTokens + record.outputTokens;
      usage.cachedInputTokens += record.cachedInputTokens ?? 0;
      deps.logger.info("agent-step", {
        slug,
        step: record.step,
        of: maxSteps,
        tools: record.calls.map((call) => `${call.tool}${call.ok ? "" : " \u2717"} ${call.summary}`).join("; ") || void 0,
        text: record.calls.length === 0 ? record.text : void 0,
        // As the trace file has them: what each call was given and answered, as digests.
        digests: record.calls.map((call) => `${call.inputDigest}\u2192${call.resultDigest}`).join("; ") || void 0,
        ms: record.ms,
        inputTokens: record.inputTokens,
        outputTokens: record.outputTokens
      });
      await options.onStep?.(record);
      stepStarted = Date.now();
    };
    while (!session.finished && trace.length < maxSteps) {
      const response = await generateText({
        model: model.model,
        system: { role: "system", content: buildSystemPrompt(), providerOptions: cacheMark },
        messages,
        tools,
        stopWhen: [stepCountIs(maxSteps - trace.length), () => session.finished !== null],
        abortSignal: signal,
        // The conversation so far is a stable prefix too: mark its end for the provider's cache.
        prepareStep: ({ messages: stepMessages }) => model.provider === "anthropic" ? { messages: markLast(stepMessages) } : void 0,
        onStepFinish
      });
      messages = [...messages, ...response.response.messages];
      if (session.finished || trace.length >= maxSteps) break;
      if (nudges >= maxNudges) break;
      nudges += 1;
      messages.push({
        role: "user",
        content: "You answered without calling a tool. Nothing lands unless finish succeeds: continue with the tools (probe, create_sync_engine, run_in_sync, write_skill) and call finish when the sync is ready."
      });
    }
    const decision2 = session.finished;
    if (!decision2) {
      const spent = trace.length >= maxSteps;
      throw new AgentError(
        spent ? `the agent spent its budget of ${maxSteps} steps without a successful finish; nothing was committed` : `the model stopped without calling finish (after ${trace.length} steps); nothing was committed`,
        { data: { reason: spent ? "budget-steps" : "no-finish", steps: trace.length } }
      );
    }
    session.layer.applyTo(tx);
    const message2 = commitMessage(slug, decision2, model.id, trace.length, usage);
    tx.setMessage(message2);
    const changes = [];
    for (const path of tx.changedPaths()) changes.push([path, await tx.read(path)]);
    landing = { base, changes, decision: decision2, message: message2 };
    return decision2;
  };
  let outcome;
  try {
    outcome = await deps.store.transact(body, { message: `sync(${slug}): connect by agent` });
  } catch (caught) {
    const error = asRunError(caught, {
      budget: budget.signal,
      external: options.signal,
      maxMinutes,
      secrets,
      steps: trace.length
    });
    Object.assign(error.data, { model: model.id, steps: trace.length, usage: { ...usage }, trace });
    deps.logger.error("agent-fail", {
      slug,
      code: error.code,
      message: error.message,
      steps: trace.length,
      ms: Date.now() - started
    });
    throw error;
  } finally {
    clearTimeout(timer);
  }
  const decision = outcome.value;
  const message = landing?.message ?? commitMessage(slug, decision, model.id, trace.length, usage);
  const summary = `${decision.flavor}: ${decision.reason} (${model.id}, ${trace.length} steps, ${usage.totalTokens.toLocaleString("en-US")} tokens)`;
  deps.logger.info("agent-end", {
    slug,
    flavor: decision.flavor,
    steps: trace.length,
    tokens: usage.totalTokens,
    commits: outcome.commits.length,
    ms: Date.now() - started
  });
  return {
    ...decision,
    slug,
    createdBy: model.createdBy,
    model: model.id,
    steps: trace.length,
    usage,
    trace,
    commits: outcome.commits.map((commit) => commit.oid),
    message,
    summary,
    ms: Date.now() - started
  };
}
function taskPrompt(connection, maxSteps, maxMinutes) {
  return [
    "A new connection needs its sync.",
    `app: ${connection.app}${connection.appName ? ` (${connection.appName})` : ""}`,
    `slug: ${connection.slug}`,
    `account: ${connection.accountId} (external user ${connection.externalUserId})`,
    `budget: ${maxSteps} steps and ${maxMinutes} minutes for the whole run.`,
    "Start with get_connection; then triage, probe, build and check; write the skill; finish."
  ].join("\n");
}
function commitMessage(slug, decision, model, steps, usage) {
  const cached2 = usage.cachedInputTokens > 0 ? ` (${usage.cachedInputTokens.toLocaleString("en-US")} cached)` : "";
  return [
    `sync(${slug}): connect by agent, ${decision.flavor}: ${decision.reason}`,
    "",
    `model: ${model}`,
    `steps: ${steps}`,
    `tokens: ${usage.inputTokens.toLocaleString("en-US")} input${cached2}, ${usage.outputTokens.toLocaleString("en-US")} output`,
    `hosts: ${decision.hosts.join(", ") || "-"}`,
    ...decision.exports.length > 0 ? [`exports: ${decision.exports.join(", ")}`] : []
  ].join("\n");
}
function traceStep(number, step, calls, ms, now, secrets) {
  const traced = step.toolCalls.map((call) => {
    const record = calls.get(call.toolCallId);
    const error = step.content.find((part) => part.type === "tool-error" && part.toolCallId === call.toolCallId);
    const output = record?.output ?? (error && "error" in error ? { error: String(error.error) } : null);
    const input = digest(call.input);
    const result = digest(output);
    return {
      tool: call.toolName,
      ok: record?.ok ?? false,
      summary: record?.line ?? scrubSecrets(`invalid call: ${error && "error" in error ? String(error.error) : "no answer"}`, secrets).slice(
        0,
        200
      ),
      inputDigest: input.digest,
      inputBytes: input.bytes,
      resultDigest: result.digest,
      resultBytes: result.bytes,
      ms: record?.ms ?? 0
    };
  });
  const text = step.text.trim();
  const cached2 = step.usage.inputTokenDetails?.cacheReadTokens ?? step.usage.cachedInputTokens;
  return {
    step: number,
    at: now.toISOString(),
    ms,
    inputTokens: step.usage.inputTokens ?? 0,
    outputTokens: step.usage.outputTokens ?? 0,
    ...cached2 ? { cachedInputTokens: cached2 } : {},
    finishReason: step.finishReason,
    calls: traced,
    ...text ? { text: scrubSecrets(text, secrets).slice(0, 300) } : {}
  };
}
function markLast(messages) {
  const last = messages.at(-1);
  if (!last) return messages;
  return [
    ...messages.slice(0, -1),
    { ...last, providerOptions: { ...last.providerOptions, ...cacheMark } }
  ];
}
function slugFolders(slug) {
  return [`skills/${slug}`, `handlers/${slug}`, `mirrors/${slug}`];
}
async function slugTrees(reader, slug) {
  const ids = [];
  for (const folder of slugFolders(slug)) {
    const parent = folder.slice(0, folder.indexOf("/"));
    const entry = (await reader.list(parent)).find((candidate) => candidate.path === folder);
    ids.push(entry?.oid ?? "-");
  }
  return ids.join(" ");
}
async function land(tx, slug, landing) {
  if (await slugTrees(tx, slug) !== landing.base) {
    throw new ConflictError(
      `sync "${slug}" changed in the store while the agent ran (another connect or event committed to it); nothing was committed: run connect again`
    );
  }
  for (const [path, content] of landing.changes) {
    if (content === null) tx.delete(path);
    else tx.write(path, content);
  }
  tx.setMessage(landing.message);
  return landing.decision;
}
function asRunError(caught, context) {
  if (context.budget.aborted) {
    return new AgentError(
      `the agent spent its budget of ${context.maxMinutes} minutes without a successful finish (${context.steps} steps); nothing was committed`,
      { data: { reason: "budget-minutes" }, cause: caught }
    );
  }
  if (context.external?.aborted) {
    return new AgentError(`the agent run was cancelled after ${context.steps} steps; nothing was committed`, {
      data: { reason: "cancelled" },
      cause: caught
    });
  }
  if (SyncError.isInstance(caught)) return caught;
  if (AISDKError.isInstance(caught)) {
    return new AgentError(
      `model error: ${scrubSecrets(caught.message, context.secrets).slice(0, 500)}; nothing was committed`,
      {
        data: { reason: "model-error", error: caught.name }
      }
    );
  }
  if (caught instanceof Error && caught.name === "AbortError") {
    return new AgentError(`the agent run was aborted after ${context.steps} steps; nothing was committed`, {
      data: { reason: "cancelled" }
    });
  }
  return toSyncError(caught);
}

// src/agent/connect-agent.ts
async function connectWithAgent(deps, input) {
  const slug = await chooseSlug(deps, input.app, input.accountId, input.slug, input.force);
  const paths = syncPaths(slug);
  if (!input.force && await deps.store.readText(paths.skill) !== null) {
    deps.logger.info("connect-skip", { slug, reason: `${paths.skill} exists` });
    const createdBy = await loadSync(deps.store, slug).then(
      (installed) => installed.config.createdBy,
      () => "unknown"
    );
    return { slug, status: "exists", createdBy, files: [paths.skill], commits: [] };
  }
  const model = input.model ?? resolveModel(deps.env, { fetch: deps.fetch });
  const files = [paths.skill, paths.syncJson, paths.handler];
  if (input.dryRun) return { slug, status: "dry-run", createdBy: model.createdBy, files, commits: [] };
  const connection = {
    app: input.app,
    slug,
    accountId: input.accountId,
    externalUserId: input.externalUserId,
    ...input.appName ? { appName: input.appName } : {},
    ...input.allowedDomains?.length ? { allowedDomains: input.allowedDomains } : {},
    ...input.baseUrl ? { baseUrl: input.baseUrl } : {}
  };
  const run = await runSyncAgent({
    deps,
    connection,
    model,
    maxSteps: input.maxSteps,
    maxMinutes: input.maxMinutes,
    force: input.force,
    onStep: input.onStep,
    signal: input.signal
  });
  const commits = [...run.commits];
  let webhookExpiresAt;
  if (run.exports.includes("registerWebhook")) {
    const registered = await runEvent(deps, webhookEvent(slug, "register"));
    if (registered.ran) {
      commits.push(...registered.commits);
      webhookExpiresAt = webhookExpiry(registered.result) ?? null;
    }
  }
  return {
    slug,
    status: "installed",
    createdBy: run.createdBy,
    files: run.files,
    summary: run.summary,
    commits,
    ...webhookExpiresAt === void 0 ? {} : { webhookExpiresAt },
    agent: run,
    reason: run.reason,
    trace: traceRows(run.trace)
  };
}

// src/agent/sync-agent.ts
var llmSyncAgent = {
  async install(deps, request) {
    const app = {};
    if (gatewayMode(deps.env) === "pipedream" && !request.dryRun) {
      const account = await getAccount(deps.env, request.accountId, {
        fetch: deps.fetch,
        tokenCache: deps.tokenCache,
        sleep: deps.sleep
      });
      app.appName = account.app.name;
      if (account.allowed_domains) app.allowedDomains = account.allowed_domains;
      if (account.base_proxy_target_url) app.baseUrl = account.base_proxy_target_url;
    }
    let trace;
    if (request.traceFile && !request.dryRun) trace = await openTraceFile(request.traceFile);
    try {
      return await connectWithAgent(deps, {
        app: request.app,
        accountId: request.accountId,
        externalUserId: request.externalUserId,
        slug: request.slug,
        force: request.force,
        dryRun: request.dryRun,
        ...app,
        maxSteps: request.maxSteps,
        maxMinutes: request.maxMinutes,
        ...trace ? { onStep: (step) => trace.write(step) } : {}
      });
    } finally {
      await trace?.close();
    }
  }
};

export {
  connectWithAgent,
  llmSyncAgent
};
