import { createRequire as __syncagentCreateRequire } from 'node:module';
const require = __syncagentCreateRequire(import.meta.url);
import "../chunks/chunk-B665ZNWG.js";
import "../chunks/chunk-H3RBZL43.js";
import "../chunks/chunk-4QLGZQKG.js";
import {
  escapeHtml,
  redactSecrets
} from "../chunks/chunk-55REYIYV.js";
import "../chunks/chunk-RSRQKNI7.js";
import "../chunks/chunk-ZB2H5GVB.js";
import "../chunks/chunk-YXF6CNDQ.js";
import "../chunks/chunk-LKFTHDQR.js";
import "../chunks/chunk-IRASGJ2Y.js";
import "../chunks/chunk-EEJ2RHAQ.js";
import "../chunks/chunk-STW7HOZ4.js";
import "../chunks/chunk-3AWOR4T2.js";
import "../chunks/chunk-UVWUOZ5C.js";
import "../chunks/chunk-P5EA5Q7C.js";
import "../chunks/chunk-L2M3EPJ6.js";
import "../chunks/chunk-NSBACWOB.js";
import "../chunks/chunk-2FJUDYZR.js";
import "../chunks/chunk-62ZTRIEV.js";
import "../chunks/chunk-TTA2RZG3.js";
import "../chunks/chunk-UAPUYYY3.js";
import "../chunks/chunk-SSEUZXBO.js";
import "../chunks/chunk-RR662ASG.js";
import "../chunks/chunk-TQXVWXKX.js";
import "../chunks/chunk-OLBI5X7L.js";
import {
  IoError
} from "../chunks/chunk-IMJX6225.js";
import "../chunks/chunk-5O5R4X6N.js";

// src/action/job-summary.ts
import { appendFile as appendFile2 } from "node:fs/promises";

// node_modules/@actions/core/lib/command.js
import * as os from "os";

// node_modules/@actions/core/lib/utils.js
function toCommandValue(input) {
  if (input === null || input === void 0) {
    return "";
  } else if (typeof input === "string" || input instanceof String) {
    return input;
  }
  return JSON.stringify(input);
}

// node_modules/@actions/core/lib/command.js
function issueCommand(command, properties, message) {
  const cmd = new Command(command, properties, message);
  process.stdout.write(cmd.toString() + os.EOL);
}
var CMD_STRING = "::";
var Command = class {
  constructor(command, properties, message) {
    if (!command) {
      command = "missing.command";
    }
    this.command = command;
    this.properties = properties;
    this.message = message;
  }
  toString() {
    let cmdStr = CMD_STRING + this.command;
    if (this.properties && Object.keys(this.properties).length > 0) {
      cmdStr += " ";
      let first = true;
      for (const key in this.properties) {
        if (this.properties.hasOwnProperty(key)) {
          const val = this.properties[key];
          if (val) {
            if (first) {
              first = false;
            } else {
              cmdStr += ",";
            }
            cmdStr += `${key}=${escapeProperty(val)}`;
          }
        }
      }
    }
    cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
    return cmdStr;
  }
};
function escapeData(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A").replace(/:/g, "%3A").replace(/,/g, "%2C");
}

// node_modules/@actions/http-client/lib/index.js
var HttpCodes;
(function(HttpCodes2) {
  HttpCodes2[HttpCodes2["OK"] = 200] = "OK";
  HttpCodes2[HttpCodes2["MultipleChoices"] = 300] = "MultipleChoices";
  HttpCodes2[HttpCodes2["MovedPermanently"] = 301] = "MovedPermanently";
  HttpCodes2[HttpCodes2["ResourceMoved"] = 302] = "ResourceMoved";
  HttpCodes2[HttpCodes2["SeeOther"] = 303] = "SeeOther";
  HttpCodes2[HttpCodes2["NotModified"] = 304] = "NotModified";
  HttpCodes2[HttpCodes2["UseProxy"] = 305] = "UseProxy";
  HttpCodes2[HttpCodes2["SwitchProxy"] = 306] = "SwitchProxy";
  HttpCodes2[HttpCodes2["TemporaryRedirect"] = 307] = "TemporaryRedirect";
  HttpCodes2[HttpCodes2["PermanentRedirect"] = 308] = "PermanentRedirect";
  HttpCodes2[HttpCodes2["BadRequest"] = 400] = "BadRequest";
  HttpCodes2[HttpCodes2["Unauthorized"] = 401] = "Unauthorized";
  HttpCodes2[HttpCodes2["PaymentRequired"] = 402] = "PaymentRequired";
  HttpCodes2[HttpCodes2["Forbidden"] = 403] = "Forbidden";
  HttpCodes2[HttpCodes2["NotFound"] = 404] = "NotFound";
  HttpCodes2[HttpCodes2["MethodNotAllowed"] = 405] = "MethodNotAllowed";
  HttpCodes2[HttpCodes2["NotAcceptable"] = 406] = "NotAcceptable";
  HttpCodes2[HttpCodes2["ProxyAuthenticationRequired"] = 407] = "ProxyAuthenticationRequired";
  HttpCodes2[HttpCodes2["RequestTimeout"] = 408] = "RequestTimeout";
  HttpCodes2[HttpCodes2["Conflict"] = 409] = "Conflict";
  HttpCodes2[HttpCodes2["Gone"] = 410] = "Gone";
  HttpCodes2[HttpCodes2["TooManyRequests"] = 429] = "TooManyRequests";
  HttpCodes2[HttpCodes2["InternalServerError"] = 500] = "InternalServerError";
  HttpCodes2[HttpCodes2["NotImplemented"] = 501] = "NotImplemented";
  HttpCodes2[HttpCodes2["BadGateway"] = 502] = "BadGateway";
  HttpCodes2[HttpCodes2["ServiceUnavailable"] = 503] = "ServiceUnavailable";
  HttpCodes2[HttpCodes2["GatewayTimeout"] = 504] = "GatewayTimeout";
})(HttpCodes || (HttpCodes = {}));
var Headers;
(function(Headers2) {
  Headers2["Accept"] = "accept";
  Headers2["ContentType"] = "content-type";
})(Headers || (Headers = {}));
var MediaTypes;
(function(MediaTypes2) {
  MediaTypes2["ApplicationJson"] = "application/json";
})(MediaTypes || (MediaTypes = {}));
var HttpRedirectCodes = [
  HttpCodes.MovedPermanently,
  HttpCodes.ResourceMoved,
  HttpCodes.SeeOther,
  HttpCodes.TemporaryRedirect,
  HttpCodes.PermanentRedirect
];
var HttpResponseRetryCodes = [
  HttpCodes.BadGateway,
  HttpCodes.ServiceUnavailable,
  HttpCodes.GatewayTimeout
];

// node_modules/@actions/core/lib/summary.js
import { EOL as EOL2 } from "os";
import { constants, promises } from "fs";
var __awaiter = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve) {
      resolve(value);
    });
  }
  return new (P || (P = Promise))(function(resolve, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var { access, appendFile, writeFile } = promises;
var SUMMARY_ENV_VAR = "GITHUB_STEP_SUMMARY";
var Summary = class {
  constructor() {
    this._buffer = "";
  }
  /**
   * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
   * Also checks r/w permissions.
   *
   * @returns step summary file path
   */
  filePath() {
    return __awaiter(this, void 0, void 0, function* () {
      if (this._filePath) {
        return this._filePath;
      }
      const pathFromEnv = process.env[SUMMARY_ENV_VAR];
      if (!pathFromEnv) {
        throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
      }
      try {
        yield access(pathFromEnv, constants.R_OK | constants.W_OK);
      } catch (_a) {
        throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
      }
      this._filePath = pathFromEnv;
      return this._filePath;
    });
  }
  /**
   * Wraps content in an HTML tag, adding any HTML attributes
   *
   * @param {string} tag HTML tag to wrap
   * @param {string | null} content content within the tag
   * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
   *
   * @returns {string} content wrapped in HTML element
   */
  wrap(tag, content, attrs = {}) {
    const htmlAttrs = Object.entries(attrs).map(([key, value]) => ` ${key}="${value}"`).join("");
    if (!content) {
      return `<${tag}${htmlAttrs}>`;
    }
    return `<${tag}${htmlAttrs}>${content}</${tag}>`;
  }
  /**
   * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
   *
   * @param {SummaryWriteOptions} [options] (optional) options for write operation
   *
   * @returns {Promise<Summary>} summary instance
   */
  write(options) {
    return __awaiter(this, void 0, void 0, function* () {
      const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
      const filePath = yield this.filePath();
      const writeFunc = overwrite ? writeFile : appendFile;
      yield writeFunc(filePath, this._buffer, { encoding: "utf8" });
      return this.emptyBuffer();
    });
  }
  /**
   * Clears the summary buffer and wipes the summary file
   *
   * @returns {Summary} summary instance
   */
  clear() {
    return __awaiter(this, void 0, void 0, function* () {
      return this.emptyBuffer().write({ overwrite: true });
    });
  }
  /**
   * Returns the current summary buffer as a string
   *
   * @returns {string} string of summary buffer
   */
  stringify() {
    return this._buffer;
  }
  /**
   * If the summary buffer is empty
   *
   * @returns {boolen} true if the buffer is empty
   */
  isEmptyBuffer() {
    return this._buffer.length === 0;
  }
  /**
   * Resets the summary buffer without writing to summary file
   *
   * @returns {Summary} summary instance
   */
  emptyBuffer() {
    this._buffer = "";
    return this;
  }
  /**
   * Adds raw text to the summary buffer
   *
   * @param {string} text content to add
   * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
   *
   * @returns {Summary} summary instance
   */
  addRaw(text, addEOL = false) {
    this._buffer += text;
    return addEOL ? this.addEOL() : this;
  }
  /**
   * Adds the operating system-specific end-of-line marker to the buffer
   *
   * @returns {Summary} summary instance
   */
  addEOL() {
    return this.addRaw(EOL2);
  }
  /**
   * Adds an HTML codeblock to the summary buffer
   *
   * @param {string} code content to render within fenced code block
   * @param {string} lang (optional) language to syntax highlight code
   *
   * @returns {Summary} summary instance
   */
  addCodeBlock(code, lang) {
    const attrs = Object.assign({}, lang && { lang });
    const element = this.wrap("pre", this.wrap("code", code), attrs);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML list to the summary buffer
   *
   * @param {string[]} items list of items to render
   * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
   *
   * @returns {Summary} summary instance
   */
  addList(items, ordered = false) {
    const tag = ordered ? "ol" : "ul";
    const listItems = items.map((item) => this.wrap("li", item)).join("");
    const element = this.wrap(tag, listItems);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML table to the summary buffer
   *
   * @param {SummaryTableCell[]} rows table rows
   *
   * @returns {Summary} summary instance
   */
  addTable(rows) {
    const tableBody = rows.map((row) => {
      const cells = row.map((cell) => {
        if (typeof cell === "string") {
          return this.wrap("td", cell);
        }
        const { header, data, colspan, rowspan } = cell;
        const tag = header ? "th" : "td";
        const attrs = Object.assign(Object.assign({}, colspan && { colspan }), rowspan && { rowspan });
        return this.wrap(tag, data, attrs);
      }).join("");
      return this.wrap("tr", cells);
    }).join("");
    const element = this.wrap("table", tableBody);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds a collapsable HTML details element to the summary buffer
   *
   * @param {string} label text for the closed state
   * @param {string} content collapsable content
   *
   * @returns {Summary} summary instance
   */
  addDetails(label, content) {
    const element = this.wrap("details", this.wrap("summary", label) + content);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML image tag to the summary buffer
   *
   * @param {string} src path to the image you to embed
   * @param {string} alt text description of the image
   * @param {SummaryImageOptions} options (optional) addition image attributes
   *
   * @returns {Summary} summary instance
   */
  addImage(src, alt, options) {
    const { width, height } = options || {};
    const attrs = Object.assign(Object.assign({}, width && { width }), height && { height });
    const element = this.wrap("img", null, Object.assign({ src, alt }, attrs));
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML section heading element
   *
   * @param {string} text heading text
   * @param {number | string} [level=1] (optional) the heading level, default: 1
   *
   * @returns {Summary} summary instance
   */
  addHeading(text, level) {
    const tag = `h${level}`;
    const allowedTag = ["h1", "h2", "h3", "h4", "h5", "h6"].includes(tag) ? tag : "h1";
    const element = this.wrap(allowedTag, text);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML thematic break (<hr>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addSeparator() {
    const element = this.wrap("hr", null);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML line break (<br>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addBreak() {
    const element = this.wrap("br", null);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML blockquote to the summary buffer
   *
   * @param {string} text quote text
   * @param {string} cite (optional) citation url
   *
   * @returns {Summary} summary instance
   */
  addQuote(text, cite) {
    const attrs = Object.assign({}, cite && { cite });
    const element = this.wrap("blockquote", text, attrs);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML anchor tag to the summary buffer
   *
   * @param {string} text link text/content
   * @param {string} href hyperlink
   *
   * @returns {Summary} summary instance
   */
  addLink(text, href) {
    const element = this.wrap("a", text, { href });
    return this.addRaw(element).addEOL();
  }
};
var _summary = new Summary();
var summary = _summary;

// node_modules/@actions/core/lib/platform.js
import os2 from "os";

// node_modules/@actions/io/lib/io-util.js
import * as fs from "fs";
var { chmod, copyFile, lstat, mkdir, open, readdir, rename, rm, rmdir, stat, symlink, unlink } = fs.promises;
var IS_WINDOWS = process.platform === "win32";
var READONLY = fs.constants.O_RDONLY;

// node_modules/@actions/exec/lib/toolrunner.js
var IS_WINDOWS2 = process.platform === "win32";

// node_modules/@actions/core/lib/platform.js
var platform = os2.platform();
var arch = os2.arch();

// node_modules/@actions/core/lib/core.js
var ExitCode;
(function(ExitCode2) {
  ExitCode2[ExitCode2["Success"] = 0] = "Success";
  ExitCode2[ExitCode2["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
function setSecret(secret) {
  issueCommand("add-mask", {}, secret);
}

// src/action/job-summary.ts
var maxSummaryBytes = 900 * 1024;
var maxFileRows = 300;
var outcomeTitle = {
  ok: "\u2705 done",
  skipped: "\u23ED\uFE0F nothing to do",
  failed: "\u274C failed"
};
var html = (text) => escapeHtml(text);
var codeHtml = (text) => `<code>${escapeHtml(text)}</code>`;
function renderJobSummary(report, links, secrets) {
  summary.emptyBuffer();
  const eventName = report.event.type ? `${report.event.name} ${report.event.type}` : report.event.name;
  summary.addHeading(`syncagent: ${html(eventName)}: ${outcomeTitle[report.outcome]}`, 2);
  const facts = [["event", codeHtml(eventName)]];
  if (report.event.deliveryId) facts.push(["delivery", codeHtml(report.event.deliveryId)]);
  if (report.slug) facts.push(["slug", codeHtml(report.slug)]);
  if (report.branch) facts.push(["branch", codeHtml(report.branch)]);
  if (links.run) facts.push(["run", `<a href="${html(links.run)}">${html(links.run)}</a>`]);
  summary.addTable(facts.map(([name, value]) => [{ data: name, header: true }, value]));
  if (report.lines.length) {
    summary.addHeading("What happened", 3);
    summary.addList(report.lines.map(html));
  }
  if (report.error) {
    summary.addHeading("Error", 3);
    summary.addRaw(
      `<p><strong>${html(report.error.code)}</strong>: ${html(report.error.message)} (exit ${report.error.exitCode})</p>`,
      true
    );
  }
  summary.addHeading(`Commits (${report.commits.length})`, 3);
  if (report.commits.length === 0) summary.addRaw("<p>No commit was pushed.</p>", true);
  else summary.addList(report.commits.map((commit) => commitItem(commit, links)));
  renderFiles(report.commits);
  if (report.pullRequest) {
    summary.addHeading("Pull request", 3);
    summary.addRaw(
      `<p>${report.pullRequest.created ? "Opened" : "Updated"} <a href="${html(report.pullRequest.url)}">#${report.pullRequest.number}</a>: merge it to make the sync live.</p>`,
      true
    );
  }
  if (report.issues.length) {
    summary.addHeading("Failure issues", 3);
    summary.addList(
      report.issues.map(
        (issue2) => `${codeHtml(issue2.slug)}: ${issue2.action} <a href="${html(issue2.url)}">#${issue2.number}</a>`
      )
    );
  }
  if (report.reason) summary.addRaw(`<p><strong>Triage</strong>: ${html(report.reason)}</p>`, true);
  if (report.trace?.length) renderTrace(report.trace);
  if (report.tick?.skipped.length) {
    summary.addRaw(`<p>Not due or not active: ${report.tick.skipped.map(codeHtml).join(", ")}</p>`, true);
  }
  if (report.warnings.length) {
    summary.addHeading("Warnings", 3);
    summary.addList(report.warnings.map(html));
  }
  let text = redactSecrets(summary.stringify(), secrets);
  summary.emptyBuffer();
  if (Buffer.byteLength(text) > maxSummaryBytes) {
    text = `${Buffer.from(text).subarray(0, maxSummaryBytes).toString("utf8")}

<p>(summary truncated at ${maxSummaryBytes} bytes)</p>
`;
  }
  return text;
}
function commitItem(commit, links) {
  const short = commit.oid.slice(0, 7);
  const link = links.commit(commit.oid);
  const id = link ? `<a href="${html(link)}">${short}</a>` : codeHtml(short);
  const files = commit.files.length + commit.moreFiles;
  return `${id} ${html(commit.subject)} (${files} file${files === 1 ? "" : "s"})`;
}
function renderFiles(commits) {
  const latest = /* @__PURE__ */ new Map();
  let more = 0;
  for (const commit of commits) {
    for (const file of commit.files) latest.set(file.path, file.status);
    more += commit.moreFiles;
  }
  if (latest.size === 0) return;
  const rows = [...latest].sort(([a], [b]) => a.localeCompare(b));
  const table = [
    [
      { data: "change", header: true },
      { data: "file", header: true }
    ],
    ...rows.slice(0, maxFileRows).map(([path, status]) => [statusName(status), codeHtml(path)])
  ];
  const hidden = Math.max(0, rows.length - maxFileRows) + more;
  summary.addHeading(`Files changed (${rows.length}${more ? `+${more}` : ""})`, 3);
  summary.addTable(table);
  if (hidden) summary.addRaw(`<p>\u2026 and ${hidden} more (see the commits).</p>`, true);
}
function statusName(status) {
  if (status.startsWith("A")) return "added";
  if (status.startsWith("D")) return "deleted";
  if (status.startsWith("M")) return "modified";
  return html(status);
}
function renderTrace(trace) {
  const tokens = trace.reduce((sum, step) => sum + (step.tokens ?? 0), 0);
  const ms = trace.reduce((sum, step) => sum + step.ms, 0);
  const rows = trace.map(
    (step) => `<tr><td>${step.step}</td><td>${codeHtml(step.tool)}</td><td>${step.ok === false ? "\u2717 " : ""}${html(step.summary ?? "-")}</td><td>${codeHtml(step.inputDigest)}</td><td>${codeHtml(step.resultDigest)}</td><td>${step.tokens ?? "-"}</td><td>${Math.round(step.ms)}</td></tr>`
  ).join("");
  summary.addDetails(
    `Agent trace: ${trace.length} steps, ${tokens} tokens, ${(ms / 1e3).toFixed(1)} s`,
    `<table><tr><th>step</th><th>tool</th><th>call</th><th>input</th><th>result</th><th>tokens</th><th>ms</th></tr>${rows}</table>`
  );
}
async function writeJobSummary(path, text) {
  try {
    await appendFile2(path, text, "utf8");
  } catch (error) {
    throw new IoError(`GITHUB_STEP_SUMMARY: cannot write ${path}: ${error.message}`);
  }
}

// src/action/mask-secrets.ts
var secretName = /(SECRET|TOKEN|PASSWORD|PASSWD|API_KEY|PRIVATE_KEY|CREDENTIALS|DATABASE_URL)/i;
var minimumSecretLength = 4;
function secretValues(env, names = []) {
  const wanted = new Set(names);
  const values = /* @__PURE__ */ new Set();
  for (const [name, value] of Object.entries(env)) {
    if (value === void 0 || value.trim().length < minimumSecretLength) continue;
    if (secretName.test(name) || wanted.has(name)) values.add(value);
  }
  return [...values];
}
function maskSecrets(values, inActions) {
  if (!inActions) return;
  for (const value of values) {
    setSecret(value);
    for (const line of value.split(/\r?\n/))
      if (line.trim().length >= minimumSecretLength && line !== value) setSecret(line);
  }
}
export {
  maskSecrets,
  renderJobSummary,
  secretValues,
  writeJobSummary
};
