/**
 * A host-call answer whose (large) text crosses into the isolate as it is, after the JSON envelope,
 * instead of escaped inside it: the isolate then neither unescapes it nor, for an HTTP response,
 * receives the body twice (as `text` and as parsed `data`).
 *
 * Wire form: `T` + `{"ok":true,"value":…,"text":field|null,"json":field|null,"parse":bool}` + `\n` + text.
 * The JSON head never holds a raw newline, so the first one ends it. With `text: null` the text is
 * the whole value; otherwise it lands in `value[text]`, and `value[json]` becomes `JSON.parse(text)`
 * inside the isolate when `parse` is true (else null).
 */
export class TextReply {
  private constructor(
    readonly text: string,
    private readonly head: {
      value?: Record<string, unknown>;
      text: string | null;
      json: string | null;
      parse: boolean;
    },
  ) {}

  /** The text itself is the value (a file read). */
  static of(text: string): TextReply {
    return new TextReply(text, { text: null, json: null, parse: false });
  }

  /**
   * `value` plus `value[textField] = text` and, when jsonField is given, `value[jsonField]` = the text parsed
   * as JSON inside the isolate (`parse` true) or null. Only pass `parse: true` when the host's own value for
   * that field is exactly `JSON.parse(text)`.
   */
  static withFields(
    value: Record<string, unknown>,
    text: string,
    textField: string,
    json?: { field: string; parse: boolean },
  ): TextReply {
    return new TextReply(text, { value, text: textField, json: json?.field ?? null, parse: json?.parse ?? false });
  }

  /** The reply string the bootstrap decodes. */
  encode(): string {
    return `T${JSON.stringify({ ok: true, ...this.head })}\n${this.text}`;
  }
}
