import { createRequire as __syncagentCreateRequire } from 'node:module';
const require = __syncagentCreateRequire(import.meta.url);
import {
  demoServePort,
  demoWebhook
} from "./chunk-CSXDAWPZ.js";
import {
  cliEngineDeps,
  cliLogger,
  lazySyncAgent,
  openCliStore,
  storeOptions,
  storeRoot
} from "./chunk-4LNUOSTW.js";
import {
  syncedFolders
} from "./chunk-5YPLNLOY.js";
import {
  defaultActionRef
} from "./chunk-7B6VXX7Z.js";
import "./chunk-JPRZCM43.js";
import {
  version
} from "./chunk-LKFTHDQR.js";
import {
  parseHeaderLines,
  parseIsoTime
} from "./chunk-QRR2AGRQ.js";
import {
  validateSlug
} from "./chunk-GDF2W7QV.js";
import {
  ExitCode,
  InvalidInputError,
  IoError,
  UsageError,
  exitCodeOf,
  toSyncError
} from "./chunk-4V3D2JW7.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-5O5R4X6N.js";

// node_modules/commander/lib/error.js
var require_error = __commonJS({
  "node_modules/commander/lib/error.js"(exports) {
    var CommanderError2 = class extends Error {
      /**
       * Constructs the CommanderError class
       * @param {number} exitCode suggested exit code which could be used with process.exit
       * @param {string} code an id string representing the error
       * @param {string} message human-readable description of the error
       */
      constructor(exitCode, code, message) {
        super(message);
        Error.captureStackTrace(this, this.constructor);
        this.name = this.constructor.name;
        this.code = code;
        this.exitCode = exitCode;
        this.nestedError = void 0;
      }
    };
    var InvalidArgumentError2 = class extends CommanderError2 {
      /**
       * Constructs the InvalidArgumentError class
       * @param {string} [message] explanation of why argument is invalid
       */
      constructor(message) {
        super(1, "commander.invalidArgument", message);
        Error.captureStackTrace(this, this.constructor);
        this.name = this.constructor.name;
      }
    };
    exports.CommanderError = CommanderError2;
    exports.InvalidArgumentError = InvalidArgumentError2;
  }
});

// node_modules/commander/lib/argument.js
var require_argument = __commonJS({
  "node_modules/commander/lib/argument.js"(exports) {
    var { InvalidArgumentError: InvalidArgumentError2 } = require_error();
    var Argument2 = class {
      /**
       * Initialize a new command argument with the given name and description.
       * The default is that the argument is required, and you can explicitly
       * indicate this with <> around the name. Put [] around the name for an optional argument.
       *
       * @param {string} name
       * @param {string} [description]
       */
      constructor(name, description) {
        this.description = description || "";
        this.variadic = false;
        this.parseArg = void 0;
        this.defaultValue = void 0;
        this.defaultValueDescription = void 0;
        this.argChoices = void 0;
        switch (name[0]) {
          case "<":
            this.required = true;
            this._name = name.slice(1, -1);
            break;
          case "[":
            this.required = false;
            this._name = name.slice(1, -1);
            break;
          default:
            this.required = true;
            this._name = name;
            break;
        }
        if (this._name.endsWith("...")) {
          this.variadic = true;
          this._name = this._name.slice(0, -3);
        }
      }
      /**
       * Return argument name.
       *
       * @return {string}
       */
      name() {
        return this._name;
      }
      /**
       * @package
       */
      _collectValue(value, previous) {
        if (previous === this.defaultValue || !Array.isArray(previous)) {
          return [value];
        }
        previous.push(value);
        return previous;
      }
      /**
       * Set the default value, and optionally supply the description to be displayed in the help.
       *
       * @param {*} value
       * @param {string} [description]
       * @return {Argument}
       */
      default(value, description) {
        this.defaultValue = value;
        this.defaultValueDescription = description;
        return this;
      }
      /**
       * Set the custom handler for processing CLI command arguments into argument values.
       *
       * @param {Function} [fn]
       * @return {Argument}
       */
      argParser(fn) {
        this.parseArg = fn;
        return this;
      }
      /**
       * Only allow argument value to be one of choices.
       *
       * @param {string[]} values
       * @return {Argument}
       */
      choices(values) {
        this.argChoices = values.slice();
        this.parseArg = (arg, previous) => {
          if (!this.argChoices.includes(arg)) {
            throw new InvalidArgumentError2(
              `Allowed choices are ${this.argChoices.join(", ")}.`
            );
          }
          if (this.variadic) {
            return this._collectValue(arg, previous);
          }
          return arg;
        };
        return this;
      }
      /**
       * Make argument required.
       *
       * @returns {Argument}
       */
      argRequired() {
        this.required = true;
        return this;
      }
      /**
       * Make argument optional.
       *
       * @returns {Argument}
       */
      argOptional() {
        this.required = false;
        return this;
      }
    };
    function humanReadableArgName(arg) {
      const nameOutput = arg.name() + (arg.variadic === true ? "..." : "");
      return arg.required ? "<" + nameOutput + ">" : "[" + nameOutput + "]";
    }
    exports.Argument = Argument2;
    exports.humanReadableArgName = humanReadableArgName;
  }
});

// node_modules/commander/lib/help.js
var require_help = __commonJS({
  "node_modules/commander/lib/help.js"(exports) {
    var { humanReadableArgName } = require_argument();
    var Help2 = class {
      constructor() {
        this.helpWidth = void 0;
        this.minWidthToWrap = 40;
        this.sortSubcommands = false;
        this.sortOptions = false;
        this.showGlobalOptions = false;
      }
      /**
       * prepareContext is called by Commander after applying overrides from `Command.configureHelp()`
       * and just before calling `formatHelp()`.
       *
       * Commander just uses the helpWidth and the rest is provided for optional use by more complex subclasses.
       *
       * @param {{ error?: boolean, helpWidth?: number, outputHasColors?: boolean }} contextOptions
       */
      prepareContext(contextOptions) {
        this.helpWidth = this.helpWidth ?? contextOptions.helpWidth ?? 80;
      }
      /**
       * Get an array of the visible subcommands. Includes a placeholder for the implicit help command, if there is one.
       *
       * @param {Command} cmd
       * @returns {Command[]}
       */
      visibleCommands(cmd) {
        const visibleCommands = cmd.commands.filter((cmd2) => !cmd2._hidden);
        const helpCommand = cmd._getHelpCommand();
        if (helpCommand && !helpCommand._hidden) {
          visibleCommands.push(helpCommand);
        }
        if (this.sortSubcommands) {
          visibleCommands.sort((a, b) => {
            return a.name().localeCompare(b.name());
          });
        }
        return visibleCommands;
      }
      /**
       * Compare options for sort.
       *
       * @param {Option} a
       * @param {Option} b
       * @returns {number}
       */
      compareOptions(a, b) {
        const getSortKey = (option) => {
          return option.short ? option.short.replace(/^-/, "") : option.long.replace(/^--/, "");
        };
        return getSortKey(a).localeCompare(getSortKey(b));
      }
      /**
       * Get an array of the visible options. Includes a placeholder for the implicit help option, if there is one.
       *
       * @param {Command} cmd
       * @returns {Option[]}
       */
      visibleOptions(cmd) {
        const visibleOptions = cmd.options.filter((option) => !option.hidden);
        const helpOption = cmd._getHelpOption();
        if (helpOption && !helpOption.hidden) {
          const removeShort = helpOption.short && cmd._findOption(helpOption.short);
          const removeLong = helpOption.long && cmd._findOption(helpOption.long);
          if (!removeShort && !removeLong) {
            visibleOptions.push(helpOption);
          } else if (helpOption.long && !removeLong) {
            visibleOptions.push(
              cmd.createOption(helpOption.long, helpOption.description)
            );
          } else if (helpOption.short && !removeShort) {
            visibleOptions.push(
              cmd.createOption(helpOption.short, helpOption.description)
            );
          }
        }
        if (this.sortOptions) {
          visibleOptions.sort(this.compareOptions);
        }
        return visibleOptions;
      }
      /**
       * Get an array of the visible global options. (Not including help.)
       *
       * @param {Command} cmd
       * @returns {Option[]}
       */
      visibleGlobalOptions(cmd) {
        if (!this.showGlobalOptions) return [];
        const globalOptions = [];
        for (let ancestorCmd = cmd.parent; ancestorCmd; ancestorCmd = ancestorCmd.parent) {
          const visibleOptions = ancestorCmd.options.filter(
            (option) => !option.hidden
          );
          globalOptions.push(...visibleOptions);
        }
        if (this.sortOptions) {
          globalOptions.sort(this.compareOptions);
        }
        return globalOptions;
      }
      /**
       * Get an array of the arguments if any have a description.
       *
       * @param {Command} cmd
       * @returns {Argument[]}
       */
      visibleArguments(cmd) {
        if (cmd._argsDescription) {
          cmd.registeredArguments.forEach((argument) => {
            argument.description = argument.description || cmd._argsDescription[argument.name()] || "";
          });
        }
        if (cmd.registeredArguments.find((argument) => argument.description)) {
          return cmd.registeredArguments;
        }
        return [];
      }
      /**
       * Get the command term to show in the list of subcommands.
       *
       * @param {Command} cmd
       * @returns {string}
       */
      subcommandTerm(cmd) {
        const args = cmd.registeredArguments.map((arg) => humanReadableArgName(arg)).join(" ");
        return cmd._name + (cmd._aliases[0] ? "|" + cmd._aliases[0] : "") + (cmd.options.length ? " [options]" : "") + // simplistic check for non-help option
        (args ? " " + args : "");
      }
      /**
       * Get the option term to show in the list of options.
       *
       * @param {Option} option
       * @returns {string}
       */
      optionTerm(option) {
        return option.flags;
      }
      /**
       * Get the argument term to show in the list of arguments.
       *
       * @param {Argument} argument
       * @returns {string}
       */
      argumentTerm(argument) {
        return argument.name();
      }
      /**
       * Get the longest command term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      longestSubcommandTermLength(cmd, helper) {
        return helper.visibleCommands(cmd).reduce((max, command) => {
          return Math.max(
            max,
            this.displayWidth(
              helper.styleSubcommandTerm(helper.subcommandTerm(command))
            )
          );
        }, 0);
      }
      /**
       * Get the longest option term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      longestOptionTermLength(cmd, helper) {
        return helper.visibleOptions(cmd).reduce((max, option) => {
          return Math.max(
            max,
            this.displayWidth(helper.styleOptionTerm(helper.optionTerm(option)))
          );
        }, 0);
      }
      /**
       * Get the longest global option term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      longestGlobalOptionTermLength(cmd, helper) {
        return helper.visibleGlobalOptions(cmd).reduce((max, option) => {
          return Math.max(
            max,
            this.displayWidth(helper.styleOptionTerm(helper.optionTerm(option)))
          );
        }, 0);
      }
      /**
       * Get the longest argument term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      longestArgumentTermLength(cmd, helper) {
        return helper.visibleArguments(cmd).reduce((max, argument) => {
          return Math.max(
            max,
            this.displayWidth(
              helper.styleArgumentTerm(helper.argumentTerm(argument))
            )
          );
        }, 0);
      }
      /**
       * Get the command usage to be displayed at the top of the built-in help.
       *
       * @param {Command} cmd
       * @returns {string}
       */
      commandUsage(cmd) {
        let cmdName = cmd._name;
        if (cmd._aliases[0]) {
          cmdName = cmdName + "|" + cmd._aliases[0];
        }
        let ancestorCmdNames = "";
        for (let ancestorCmd = cmd.parent; ancestorCmd; ancestorCmd = ancestorCmd.parent) {
          ancestorCmdNames = ancestorCmd.name() + " " + ancestorCmdNames;
        }
        return ancestorCmdNames + cmdName + " " + cmd.usage();
      }
      /**
       * Get the description for the command.
       *
       * @param {Command} cmd
       * @returns {string}
       */
      commandDescription(cmd) {
        return cmd.description();
      }
      /**
       * Get the subcommand summary to show in the list of subcommands.
       * (Fallback to description for backwards compatibility.)
       *
       * @param {Command} cmd
       * @returns {string}
       */
      subcommandDescription(cmd) {
        return cmd.summary() || cmd.description();
      }
      /**
       * Get the option description to show in the list of options.
       *
       * @param {Option} option
       * @return {string}
       */
      optionDescription(option) {
        const extraInfo = [];
        if (option.argChoices) {
          extraInfo.push(
            // use stringify to match the display of the default value
            `choices: ${option.argChoices.map((choice) => JSON.stringify(choice)).join(", ")}`
          );
        }
        if (option.defaultValue !== void 0) {
          const showDefault = option.required || option.optional || option.isBoolean() && typeof option.defaultValue === "boolean";
          if (showDefault) {
            extraInfo.push(
              `default: ${option.defaultValueDescription || JSON.stringify(option.defaultValue)}`
            );
          }
        }
        if (option.presetArg !== void 0 && option.optional) {
          extraInfo.push(`preset: ${JSON.stringify(option.presetArg)}`);
        }
        if (option.envVar !== void 0) {
          extraInfo.push(`env: ${option.envVar}`);
        }
        if (extraInfo.length > 0) {
          const extraDescription = `(${extraInfo.join(", ")})`;
          if (option.description) {
            return `${option.description} ${extraDescription}`;
          }
          return extraDescription;
        }
        return option.description;
      }
      /**
       * Get the argument description to show in the list of arguments.
       *
       * @param {Argument} argument
       * @return {string}
       */
      argumentDescription(argument) {
        const extraInfo = [];
        if (argument.argChoices) {
          extraInfo.push(
            // use stringify to match the display of the default value
            `choices: ${argument.argChoices.map((choice) => JSON.stringify(choice)).join(", ")}`
          );
        }
        if (argument.defaultValue !== void 0) {
          extraInfo.push(
            `default: ${argument.defaultValueDescription || JSON.stringify(argument.defaultValue)}`
          );
        }
        if (extraInfo.length > 0) {
          const extraDescription = `(${extraInfo.join(", ")})`;
          if (argument.description) {
            return `${argument.description} ${extraDescription}`;
          }
          return extraDescription;
        }
        return argument.description;
      }
      /**
       * Format a list of items, given a heading and an array of formatted items.
       *
       * @param {string} heading
       * @param {string[]} items
       * @param {Help} helper
       * @returns string[]
       */
      formatItemList(heading, items, helper) {
        if (items.length === 0) return [];
        return [helper.styleTitle(heading), ...items, ""];
      }
      /**
       * Group items by their help group heading.
       *
       * @param {Command[] | Option[]} unsortedItems
       * @param {Command[] | Option[]} visibleItems
       * @param {Function} getGroup
       * @returns {Map<string, Command[] | Option[]>}
       */
      groupItems(unsortedItems, visibleItems, getGroup) {
        const result = /* @__PURE__ */ new Map();
        unsortedItems.forEach((item) => {
          const group = getGroup(item);
          if (!result.has(group)) result.set(group, []);
        });
        visibleItems.forEach((item) => {
          const group = getGroup(item);
          if (!result.has(group)) {
            result.set(group, []);
          }
          result.get(group).push(item);
        });
        return result;
      }
      /**
       * Generate the built-in help text.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {string}
       */
      formatHelp(cmd, helper) {
        const termWidth = helper.padWidth(cmd, helper);
        const helpWidth = helper.helpWidth ?? 80;
        function callFormatItem(term, description) {
          return helper.formatItem(term, termWidth, description, helper);
        }
        let output = [
          `${helper.styleTitle("Usage:")} ${helper.styleUsage(helper.commandUsage(cmd))}`,
          ""
        ];
        const commandDescription = helper.commandDescription(cmd);
        if (commandDescription.length > 0) {
          output = output.concat([
            helper.boxWrap(
              helper.styleCommandDescription(commandDescription),
              helpWidth
            ),
            ""
          ]);
        }
        const argumentList = helper.visibleArguments(cmd).map((argument) => {
          return callFormatItem(
            helper.styleArgumentTerm(helper.argumentTerm(argument)),
            helper.styleArgumentDescription(helper.argumentDescription(argument))
          );
        });
        output = output.concat(
          this.formatItemList("Arguments:", argumentList, helper)
        );
        const optionGroups = this.groupItems(
          cmd.options,
          helper.visibleOptions(cmd),
          (option) => option.helpGroupHeading ?? "Options:"
        );
        optionGroups.forEach((options, group) => {
          const optionList = options.map((option) => {
            return callFormatItem(
              helper.styleOptionTerm(helper.optionTerm(option)),
              helper.styleOptionDescription(helper.optionDescription(option))
            );
          });
          output = output.concat(this.formatItemList(group, optionList, helper));
        });
        if (helper.showGlobalOptions) {
          const globalOptionList = helper.visibleGlobalOptions(cmd).map((option) => {
            return callFormatItem(
              helper.styleOptionTerm(helper.optionTerm(option)),
              helper.styleOptionDescription(helper.optionDescription(option))
            );
          });
          output = output.concat(
            this.formatItemList("Global Options:", globalOptionList, helper)
          );
        }
        const commandGroups = this.groupItems(
          cmd.commands,
          helper.visibleCommands(cmd),
          (sub) => sub.helpGroup() || "Commands:"
        );
        commandGroups.forEach((commands2, group) => {
          const commandList = commands2.map((sub) => {
            return callFormatItem(
              helper.styleSubcommandTerm(helper.subcommandTerm(sub)),
              helper.styleSubcommandDescription(helper.subcommandDescription(sub))
            );
          });
          output = output.concat(this.formatItemList(group, commandList, helper));
        });
        return output.join("\n");
      }
      /**
       * Return display width of string, ignoring ANSI escape sequences. Used in padding and wrapping calculations.
       *
       * @param {string} str
       * @returns {number}
       */
      displayWidth(str) {
        return stripColor(str).length;
      }
      /**
       * Style the title for displaying in the help. Called with 'Usage:', 'Options:', etc.
       *
       * @param {string} str
       * @returns {string}
       */
      styleTitle(str) {
        return str;
      }
      styleUsage(str) {
        return str.split(" ").map((word) => {
          if (word === "[options]") return this.styleOptionText(word);
          if (word === "[command]") return this.styleSubcommandText(word);
          if (word[0] === "[" || word[0] === "<")
            return this.styleArgumentText(word);
          return this.styleCommandText(word);
        }).join(" ");
      }
      styleCommandDescription(str) {
        return this.styleDescriptionText(str);
      }
      styleOptionDescription(str) {
        return this.styleDescriptionText(str);
      }
      styleSubcommandDescription(str) {
        return this.styleDescriptionText(str);
      }
      styleArgumentDescription(str) {
        return this.styleDescriptionText(str);
      }
      styleDescriptionText(str) {
        return str;
      }
      styleOptionTerm(str) {
        return this.styleOptionText(str);
      }
      styleSubcommandTerm(str) {
        return str.split(" ").map((word) => {
          if (word === "[options]") return this.styleOptionText(word);
          if (word[0] === "[" || word[0] === "<")
            return this.styleArgumentText(word);
          return this.styleSubcommandText(word);
        }).join(" ");
      }
      styleArgumentTerm(str) {
        return this.styleArgumentText(str);
      }
      styleOptionText(str) {
        return str;
      }
      styleArgumentText(str) {
        return str;
      }
      styleSubcommandText(str) {
        return str;
      }
      styleCommandText(str) {
        return str;
      }
      /**
       * Calculate the pad width from the maximum term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      padWidth(cmd, helper) {
        return Math.max(
          helper.longestOptionTermLength(cmd, helper),
          helper.longestGlobalOptionTermLength(cmd, helper),
          helper.longestSubcommandTermLength(cmd, helper),
          helper.longestArgumentTermLength(cmd, helper)
        );
      }
      /**
       * Detect manually wrapped and indented strings by checking for line break followed by whitespace.
       *
       * @param {string} str
       * @returns {boolean}
       */
      preformatted(str) {
        return /\n[^\S\r\n]/.test(str);
      }
      /**
       * Format the "item", which consists of a term and description. Pad the term and wrap the description, indenting the following lines.
       *
       * So "TTT", 5, "DDD DDDD DD DDD" might be formatted for this.helpWidth=17 like so:
       *   TTT  DDD DDDD
       *        DD DDD
       *
       * @param {string} term
       * @param {number} termWidth
       * @param {string} description
       * @param {Help} helper
       * @returns {string}
       */
      formatItem(term, termWidth, description, helper) {
        const itemIndent = 2;
        const itemIndentStr = " ".repeat(itemIndent);
        if (!description) return itemIndentStr + term;
        const paddedTerm = term.padEnd(
          termWidth + term.length - helper.displayWidth(term)
        );
        const spacerWidth = 2;
        const helpWidth = this.helpWidth ?? 80;
        const remainingWidth = helpWidth - termWidth - spacerWidth - itemIndent;
        let formattedDescription;
        if (remainingWidth < this.minWidthToWrap || helper.preformatted(description)) {
          formattedDescription = description;
        } else {
          const wrappedDescription = helper.boxWrap(description, remainingWidth);
          formattedDescription = wrappedDescription.replace(
            /\n/g,
            "\n" + " ".repeat(termWidth + spacerWidth)
          );
        }
        return itemIndentStr + paddedTerm + " ".repeat(spacerWidth) + formattedDescription.replace(/\n/g, `
${itemIndentStr}`);
      }
      /**
       * Wrap a string at whitespace, preserving existing line breaks.
       * Wrapping is skipped if the width is less than `minWidthToWrap`.
       *
       * @param {string} str
       * @param {number} width
       * @returns {string}
       */
      boxWrap(str, width) {
        if (width < this.minWidthToWrap) return str;
        const rawLines = str.split(/\r\n|\n/);
        const chunkPattern = /[\s]*[^\s]+/g;
        const wrappedLines = [];
        rawLines.forEach((line) => {
          const chunks = line.match(chunkPattern);
          if (chunks === null) {
            wrappedLines.push("");
            return;
          }
          let sumChunks = [chunks.shift()];
          let sumWidth = this.displayWidth(sumChunks[0]);
          chunks.forEach((chunk) => {
            const visibleWidth = this.displayWidth(chunk);
            if (sumWidth + visibleWidth <= width) {
              sumChunks.push(chunk);
              sumWidth += visibleWidth;
              return;
            }
            wrappedLines.push(sumChunks.join(""));
            const nextChunk = chunk.trimStart();
            sumChunks = [nextChunk];
            sumWidth = this.displayWidth(nextChunk);
          });
          wrappedLines.push(sumChunks.join(""));
        });
        return wrappedLines.join("\n");
      }
    };
    function stripColor(str) {
      const sgrPattern = /\x1b\[\d*(;\d*)*m/g;
      return str.replace(sgrPattern, "");
    }
    exports.Help = Help2;
    exports.stripColor = stripColor;
  }
});

// node_modules/commander/lib/option.js
var require_option = __commonJS({
  "node_modules/commander/lib/option.js"(exports) {
    var { InvalidArgumentError: InvalidArgumentError2 } = require_error();
    var Option2 = class {
      /**
       * Initialize a new `Option` with the given `flags` and `description`.
       *
       * @param {string} flags
       * @param {string} [description]
       */
      constructor(flags, description) {
        this.flags = flags;
        this.description = description || "";
        this.required = flags.includes("<");
        this.optional = flags.includes("[");
        this.variadic = /\w\.\.\.[>\]]$/.test(flags);
        this.mandatory = false;
        const optionFlags = splitOptionFlags(flags);
        this.short = optionFlags.shortFlag;
        this.long = optionFlags.longFlag;
        this.negate = false;
        if (this.long) {
          this.negate = this.long.startsWith("--no-");
        }
        this.defaultValue = void 0;
        this.defaultValueDescription = void 0;
        this.presetArg = void 0;
        this.envVar = void 0;
        this.parseArg = void 0;
        this.hidden = false;
        this.argChoices = void 0;
        this.conflictsWith = [];
        this.implied = void 0;
        this.helpGroupHeading = void 0;
      }
      /**
       * Set the default value, and optionally supply the description to be displayed in the help.
       *
       * @param {*} value
       * @param {string} [description]
       * @return {Option}
       */
      default(value, description) {
        this.defaultValue = value;
        this.defaultValueDescription = description;
        return this;
      }
      /**
       * Preset to use when option used without option-argument, especially optional but also boolean and negated.
       * The custom processing (parseArg) is called.
       *
       * @example
       * new Option('--color').default('GREYSCALE').preset('RGB');
       * new Option('--donate [amount]').preset('20').argParser(parseFloat);
       *
       * @param {*} arg
       * @return {Option}
       */
      preset(arg) {
        this.presetArg = arg;
        return this;
      }
      /**
       * Add option name(s) that conflict with this option.
       * An error will be displayed if conflicting options are found during parsing.
       *
       * @example
       * new Option('--rgb').conflicts('cmyk');
       * new Option('--js').conflicts(['ts', 'jsx']);
       *
       * @param {(string | string[])} names
       * @return {Option}
       */
      conflicts(names) {
        this.conflictsWith = this.conflictsWith.concat(names);
        return this;
      }
      /**
       * Specify implied option values for when this option is set and the implied options are not.
       *
       * The custom processing (parseArg) is not called on the implied values.
       *
       * @example
       * program
       *   .addOption(new Option('--log', 'write logging information to file'))
       *   .addOption(new Option('--trace', 'log extra details').implies({ log: 'trace.txt' }));
       *
       * @param {object} impliedOptionValues
       * @return {Option}
       */
      implies(impliedOptionValues) {
        let newImplied = impliedOptionValues;
        if (typeof impliedOptionValues === "string") {
          newImplied = { [impliedOptionValues]: true };
        }
        this.implied = Object.assign(this.implied || {}, newImplied);
        return this;
      }
      /**
       * Set environment variable to check for option value.
       *
       * An environment variable is only used if when processed the current option value is
       * undefined, or the source of the current value is 'default' or 'config' or 'env'.
       *
       * @param {string} name
       * @return {Option}
       */
      env(name) {
        this.envVar = name;
        return this;
      }
      /**
       * Set the custom handler for processing CLI option arguments into option values.
       *
       * @param {Function} [fn]
       * @return {Option}
       */
      argParser(fn) {
        this.parseArg = fn;
        return this;
      }
      /**
       * Whether the option is mandatory and must have a value after parsing.
       *
       * @param {boolean} [mandatory=true]
       * @return {Option}
       */
      makeOptionMandatory(mandatory = true) {
        this.mandatory = !!mandatory;
        return this;
      }
      /**
       * Hide option in help.
       *
       * @param {boolean} [hide=true]
       * @return {Option}
       */
      hideHelp(hide = true) {
        this.hidden = !!hide;
        return this;
      }
      /**
       * @package
       */
      _collectValue(value, previous) {
        if (previous === this.defaultValue || !Array.isArray(previous)) {
          return [value];
        }
        previous.push(value);
        return previous;
      }
      /**
       * Only allow option value to be one of choices.
       *
       * @param {string[]} values
       * @return {Option}
       */
      choices(values) {
        this.argChoices = values.slice();
        this.parseArg = (arg, previous) => {
          if (!this.argChoices.includes(arg)) {
            throw new InvalidArgumentError2(
              `Allowed choices are ${this.argChoices.join(", ")}.`
            );
          }
          if (this.variadic) {
            return this._collectValue(arg, previous);
          }
          return arg;
        };
        return this;
      }
      /**
       * Return option name.
       *
       * @return {string}
       */
      name() {
        if (this.long) {
          return this.long.replace(/^--/, "");
        }
        return this.short.replace(/^-/, "");
      }
      /**
       * Return option name, in a camelcase format that can be used
       * as an object attribute key.
       *
       * @return {string}
       */
      attributeName() {
        if (this.negate) {
          return camelcase(this.name().replace(/^no-/, ""));
        }
        return camelcase(this.name());
      }
      /**
       * Set the help group heading.
       *
       * @param {string} heading
       * @return {Option}
       */
      helpGroup(heading) {
        this.helpGroupHeading = heading;
        return this;
      }
      /**
       * Check if `arg` matches the short or long flag.
       *
       * @param {string} arg
       * @return {boolean}
       * @package
       */
      is(arg) {
        return this.short === arg || this.long === arg;
      }
      /**
       * Return whether a boolean option.
       *
       * Options are one of boolean, negated, required argument, or optional argument.
       *
       * @return {boolean}
       * @package
       */
      isBoolean() {
        return !this.required && !this.optional && !this.negate;
      }
    };
    var DualOptions = class {
      /**
       * @param {Option[]} options
       */
      constructor(options) {
        this.positiveOptions = /* @__PURE__ */ new Map();
        this.negativeOptions = /* @__PURE__ */ new Map();
        this.dualOptions = /* @__PURE__ */ new Set();
        options.forEach((option) => {
          if (option.negate) {
            this.negativeOptions.set(option.attributeName(), option);
          } else {
            this.positiveOptions.set(option.attributeName(), option);
          }
        });
        this.negativeOptions.forEach((value, key) => {
          if (this.positiveOptions.has(key)) {
            this.dualOptions.add(key);
          }
        });
      }
      /**
       * Did the value come from the option, and not from possible matching dual option?
       *
       * @param {*} value
       * @param {Option} option
       * @returns {boolean}
       */
      valueFromOption(value, option) {
        const optionKey = option.attributeName();
        if (!this.dualOptions.has(optionKey)) return true;
        const preset = this.negativeOptions.get(optionKey).presetArg;
        const negativeValue = preset !== void 0 ? preset : false;
        return option.negate === (negativeValue === value);
      }
    };
    function camelcase(str) {
      return str.split("-").reduce((str2, word) => {
        return str2 + word[0].toUpperCase() + word.slice(1);
      });
    }
    function splitOptionFlags(flags) {
      let shortFlag;
      let longFlag;
      const shortFlagExp = /^-[^-]$/;
      const longFlagExp = /^--[^-]/;
      const flagParts = flags.split(/[ |,]+/).concat("guard");
      if (shortFlagExp.test(flagParts[0])) shortFlag = flagParts.shift();
      if (longFlagExp.test(flagParts[0])) longFlag = flagParts.shift();
      if (!shortFlag && shortFlagExp.test(flagParts[0]))
        shortFlag = flagParts.shift();
      if (!shortFlag && longFlagExp.test(flagParts[0])) {
        shortFlag = longFlag;
        longFlag = flagParts.shift();
      }
      if (flagParts[0].startsWith("-")) {
        const unsupportedFlag = flagParts[0];
        const baseError = `option creation failed due to '${unsupportedFlag}' in option flags '${flags}'`;
        if (/^-[^-][^-]/.test(unsupportedFlag))
          throw new Error(
            `${baseError}
- a short flag is a single dash and a single character
  - either use a single dash and a single character (for a short flag)
  - or use a double dash for a long option (and can have two, like '--ws, --workspace')`
          );
        if (shortFlagExp.test(unsupportedFlag))
          throw new Error(`${baseError}
- too many short flags`);
        if (longFlagExp.test(unsupportedFlag))
          throw new Error(`${baseError}
- too many long flags`);
        throw new Error(`${baseError}
- unrecognised flag format`);
      }
      if (shortFlag === void 0 && longFlag === void 0)
        throw new Error(
          `option creation failed due to no flags found in '${flags}'.`
        );
      return { shortFlag, longFlag };
    }
    exports.Option = Option2;
    exports.DualOptions = DualOptions;
  }
});

// node_modules/commander/lib/suggestSimilar.js
var require_suggestSimilar = __commonJS({
  "node_modules/commander/lib/suggestSimilar.js"(exports) {
    var maxDistance = 3;
    function editDistance(a, b) {
      if (Math.abs(a.length - b.length) > maxDistance)
        return Math.max(a.length, b.length);
      const d = [];
      for (let i = 0; i <= a.length; i++) {
        d[i] = [i];
      }
      for (let j = 0; j <= b.length; j++) {
        d[0][j] = j;
      }
      for (let j = 1; j <= b.length; j++) {
        for (let i = 1; i <= a.length; i++) {
          let cost = 1;
          if (a[i - 1] === b[j - 1]) {
            cost = 0;
          } else {
            cost = 1;
          }
          d[i][j] = Math.min(
            d[i - 1][j] + 1,
            // deletion
            d[i][j - 1] + 1,
            // insertion
            d[i - 1][j - 1] + cost
            // substitution
          );
          if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
            d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
          }
        }
      }
      return d[a.length][b.length];
    }
    function suggestSimilar(word, candidates) {
      if (!candidates || candidates.length === 0) return "";
      candidates = Array.from(new Set(candidates));
      const searchingOptions = word.startsWith("--");
      if (searchingOptions) {
        word = word.slice(2);
        candidates = candidates.map((candidate) => candidate.slice(2));
      }
      let similar = [];
      let bestDistance = maxDistance;
      const minSimilarity = 0.4;
      candidates.forEach((candidate) => {
        if (candidate.length <= 1) return;
        const distance = editDistance(word, candidate);
        const length = Math.max(word.length, candidate.length);
        const similarity = (length - distance) / length;
        if (similarity > minSimilarity) {
          if (distance < bestDistance) {
            bestDistance = distance;
            similar = [candidate];
          } else if (distance === bestDistance) {
            similar.push(candidate);
          }
        }
      });
      similar.sort((a, b) => a.localeCompare(b));
      if (searchingOptions) {
        similar = similar.map((candidate) => `--${candidate}`);
      }
      if (similar.length > 1) {
        return `
(Did you mean one of ${similar.join(", ")}?)`;
      }
      if (similar.length === 1) {
        return `
(Did you mean ${similar[0]}?)`;
      }
      return "";
    }
    exports.suggestSimilar = suggestSimilar;
  }
});

// node_modules/commander/lib/command.js
var require_command = __commonJS({
  "node_modules/commander/lib/command.js"(exports) {
    var EventEmitter = __require("node:events").EventEmitter;
    var childProcess = __require("node:child_process");
    var path = __require("node:path");
    var fs = __require("node:fs");
    var process2 = __require("node:process");
    var { Argument: Argument2, humanReadableArgName } = require_argument();
    var { CommanderError: CommanderError2 } = require_error();
    var { Help: Help2, stripColor } = require_help();
    var { Option: Option2, DualOptions } = require_option();
    var { suggestSimilar } = require_suggestSimilar();
    var Command2 = class _Command extends EventEmitter {
      /**
       * Initialize a new `Command`.
       *
       * @param {string} [name]
       */
      constructor(name) {
        super();
        this.commands = [];
        this.options = [];
        this.parent = null;
        this._allowUnknownOption = false;
        this._allowExcessArguments = false;
        this.registeredArguments = [];
        this._args = this.registeredArguments;
        this.args = [];
        this.rawArgs = [];
        this.processedArgs = [];
        this._scriptPath = null;
        this._name = name || "";
        this._optionValues = {};
        this._optionValueSources = {};
        this._storeOptionsAsProperties = false;
        this._actionHandler = null;
        this._executableHandler = false;
        this._executableFile = null;
        this._executableDir = null;
        this._defaultCommandName = null;
        this._exitCallback = null;
        this._aliases = [];
        this._combineFlagAndOptionalValue = true;
        this._description = "";
        this._summary = "";
        this._argsDescription = void 0;
        this._enablePositionalOptions = false;
        this._passThroughOptions = false;
        this._lifeCycleHooks = {};
        this._showHelpAfterError = false;
        this._showSuggestionAfterError = true;
        this._savedState = null;
        this._outputConfiguration = {
          writeOut: (str) => process2.stdout.write(str),
          writeErr: (str) => process2.stderr.write(str),
          outputError: (str, write) => write(str),
          getOutHelpWidth: () => process2.stdout.isTTY ? process2.stdout.columns : void 0,
          getErrHelpWidth: () => process2.stderr.isTTY ? process2.stderr.columns : void 0,
          getOutHasColors: () => useColor() ?? (process2.stdout.isTTY && process2.stdout.hasColors?.()),
          getErrHasColors: () => useColor() ?? (process2.stderr.isTTY && process2.stderr.hasColors?.()),
          stripColor: (str) => stripColor(str)
        };
        this._hidden = false;
        this._helpOption = void 0;
        this._addImplicitHelpCommand = void 0;
        this._helpCommand = void 0;
        this._helpConfiguration = {};
        this._helpGroupHeading = void 0;
        this._defaultCommandGroup = void 0;
        this._defaultOptionGroup = void 0;
      }
      /**
       * Copy settings that are useful to have in common across root command and subcommands.
       *
       * (Used internally when adding a command using `.command()` so subcommands inherit parent settings.)
       *
       * @param {Command} sourceCommand
       * @return {Command} `this` command for chaining
       */
      copyInheritedSettings(sourceCommand) {
        this._outputConfiguration = sourceCommand._outputConfiguration;
        this._helpOption = sourceCommand._helpOption;
        this._helpCommand = sourceCommand._helpCommand;
        this._helpConfiguration = sourceCommand._helpConfiguration;
        this._exitCallback = sourceCommand._exitCallback;
        this._storeOptionsAsProperties = sourceCommand._storeOptionsAsProperties;
        this._combineFlagAndOptionalValue = sourceCommand._combineFlagAndOptionalValue;
        this._allowExcessArguments = sourceCommand._allowExcessArguments;
        this._enablePositionalOptions = sourceCommand._enablePositionalOptions;
        this._showHelpAfterError = sourceCommand._showHelpAfterError;
        this._showSuggestionAfterError = sourceCommand._showSuggestionAfterError;
        return this;
      }
      /**
       * @returns {Command[]}
       * @private
       */
      _getCommandAndAncestors() {
        const result = [];
        for (let command = this; command; command = command.parent) {
          result.push(command);
        }
        return result;
      }
      /**
       * Define a command.
       *
       * There are two styles of command: pay attention to where to put the description.
       *
       * @example
       * // Command implemented using action handler (description is supplied separately to `.command`)
       * program
       *   .command('clone <source> [destination]')
       *   .description('clone a repository into a newly created directory')
       *   .action((source, destination) => {
       *     console.log('clone command called');
       *   });
       *
       * // Command implemented using separate executable file (description is second parameter to `.command`)
       * program
       *   .command('start <service>', 'start named service')
       *   .command('stop [service]', 'stop named service, or all if no name supplied');
       *
       * @param {string} nameAndArgs - command name and arguments, args are `<required>` or `[optional]` and last may also be `variadic...`
       * @param {(object | string)} [actionOptsOrExecDesc] - configuration options (for action), or description (for executable)
       * @param {object} [execOpts] - configuration options (for executable)
       * @return {Command} returns new command for action handler, or `this` for executable command
       */
      command(nameAndArgs, actionOptsOrExecDesc, execOpts) {
        let desc = actionOptsOrExecDesc;
        let opts = execOpts;
        if (typeof desc === "object" && desc !== null) {
          opts = desc;
          desc = null;
        }
        opts = opts || {};
        const [, name, args] = nameAndArgs.match(/([^ ]+) *(.*)/);
        const cmd = this.createCommand(name);
        if (desc) {
          cmd.description(desc);
          cmd._executableHandler = true;
        }
        if (opts.isDefault) this._defaultCommandName = cmd._name;
        cmd._hidden = !!(opts.noHelp || opts.hidden);
        cmd._executableFile = opts.executableFile || null;
        if (args) cmd.arguments(args);
        this._registerCommand(cmd);
        cmd.parent = this;
        cmd.copyInheritedSettings(this);
        if (desc) return this;
        return cmd;
      }
      /**
       * Factory routine to create a new unattached command.
       *
       * See .command() for creating an attached subcommand, which uses this routine to
       * create the command. You can override createCommand to customise subcommands.
       *
       * @param {string} [name]
       * @return {Command} new command
       */
      createCommand(name) {
        return new _Command(name);
      }
      /**
       * You can customise the help with a subclass of Help by overriding createHelp,
       * or by overriding Help properties using configureHelp().
       *
       * @return {Help}
       */
      createHelp() {
        return Object.assign(new Help2(), this.configureHelp());
      }
      /**
       * You can customise the help by overriding Help properties using configureHelp(),
       * or with a subclass of Help by overriding createHelp().
       *
       * @param {object} [configuration] - configuration options
       * @return {(Command | object)} `this` command for chaining, or stored configuration
       */
      configureHelp(configuration) {
        if (configuration === void 0) return this._helpConfiguration;
        this._helpConfiguration = configuration;
        return this;
      }
      /**
       * The default output goes to stdout and stderr. You can customise this for special
       * applications. You can also customise the display of errors by overriding outputError.
       *
       * The configuration properties are all functions:
       *
       *     // change how output being written, defaults to stdout and stderr
       *     writeOut(str)
       *     writeErr(str)
       *     // change how output being written for errors, defaults to writeErr
       *     outputError(str, write) // used for displaying errors and not used for displaying help
       *     // specify width for wrapping help
       *     getOutHelpWidth()
       *     getErrHelpWidth()
       *     // color support, currently only used with Help
       *     getOutHasColors()
       *     getErrHasColors()
       *     stripColor() // used to remove ANSI escape codes if output does not have colors
       *
       * @param {object} [configuration] - configuration options
       * @return {(Command | object)} `this` command for chaining, or stored configuration
       */
      configureOutput(configuration) {
        if (configuration === void 0) return this._outputConfiguration;
        this._outputConfiguration = {
          ...this._outputConfiguration,
          ...configuration
        };
        return this;
      }
      /**
       * Display the help or a custom message after an error occurs.
       *
       * @param {(boolean|string)} [displayHelp]
       * @return {Command} `this` command for chaining
       */
      showHelpAfterError(displayHelp = true) {
        if (typeof displayHelp !== "string") displayHelp = !!displayHelp;
        this._showHelpAfterError = displayHelp;
        return this;
      }
      /**
       * Display suggestion of similar commands for unknown commands, or options for unknown options.
       *
       * @param {boolean} [displaySuggestion]
       * @return {Command} `this` command for chaining
       */
      showSuggestionAfterError(displaySuggestion = true) {
        this._showSuggestionAfterError = !!displaySuggestion;
        return this;
      }
      /**
       * Add a prepared subcommand.
       *
       * See .command() for creating an attached subcommand which inherits settings from its parent.
       *
       * @param {Command} cmd - new subcommand
       * @param {object} [opts] - configuration options
       * @return {Command} `this` command for chaining
       */
      addCommand(cmd, opts) {
        if (!cmd._name) {
          throw new Error(`Command passed to .addCommand() must have a name
- specify the name in Command constructor or using .name()`);
        }
        opts = opts || {};
        if (opts.isDefault) this._defaultCommandName = cmd._name;
        if (opts.noHelp || opts.hidden) cmd._hidden = true;
        this._registerCommand(cmd);
        cmd.parent = this;
        cmd._checkForBrokenPassThrough();
        return this;
      }
      /**
       * Factory routine to create a new unattached argument.
       *
       * See .argument() for creating an attached argument, which uses this routine to
       * create the argument. You can override createArgument to return a custom argument.
       *
       * @param {string} name
       * @param {string} [description]
       * @return {Argument} new argument
       */
      createArgument(name, description) {
        return new Argument2(name, description);
      }
      /**
       * Define argument syntax for command.
       *
       * The default is that the argument is required, and you can explicitly
       * indicate this with <> around the name. Put [] around the name for an optional argument.
       *
       * @example
       * program.argument('<input-file>');
       * program.argument('[output-file]');
       *
       * @param {string} name
       * @param {string} [description]
       * @param {(Function|*)} [parseArg] - custom argument processing function or default value
       * @param {*} [defaultValue]
       * @return {Command} `this` command for chaining
       */
      argument(name, description, parseArg, defaultValue) {
        const argument = this.createArgument(name, description);
        if (typeof parseArg === "function") {
          argument.default(defaultValue).argParser(parseArg);
        } else {
          argument.default(parseArg);
        }
        this.addArgument(argument);
        return this;
      }
      /**
       * Define argument syntax for command, adding multiple at once (without descriptions).
       *
       * See also .argument().
       *
       * @example
       * program.arguments('<cmd> [env]');
       *
       * @param {string} names
       * @return {Command} `this` command for chaining
       */
      arguments(names) {
        names.trim().split(/ +/).forEach((detail) => {
          this.argument(detail);
        });
        return this;
      }
      /**
       * Define argument syntax for command, adding a prepared argument.
       *
       * @param {Argument} argument
       * @return {Command} `this` command for chaining
       */
      addArgument(argument) {
        const previousArgument = this.registeredArguments.slice(-1)[0];
        if (previousArgument?.variadic) {
          throw new Error(
            `only the last argument can be variadic '${previousArgument.name()}'`
          );
        }
        if (argument.required && argument.defaultValue !== void 0 && argument.parseArg === void 0) {
          throw new Error(
            `a default value for a required argument is never used: '${argument.name()}'`
          );
        }
        this.registeredArguments.push(argument);
        return this;
      }
      /**
       * Customise or override default help command. By default a help command is automatically added if your command has subcommands.
       *
       * @example
       *    program.helpCommand('help [cmd]');
       *    program.helpCommand('help [cmd]', 'show help');
       *    program.helpCommand(false); // suppress default help command
       *    program.helpCommand(true); // add help command even if no subcommands
       *
       * @param {string|boolean} enableOrNameAndArgs - enable with custom name and/or arguments, or boolean to override whether added
       * @param {string} [description] - custom description
       * @return {Command} `this` command for chaining
       */
      helpCommand(enableOrNameAndArgs, description) {
        if (typeof enableOrNameAndArgs === "boolean") {
          this._addImplicitHelpCommand = enableOrNameAndArgs;
          if (enableOrNameAndArgs && this._defaultCommandGroup) {
            this._initCommandGroup(this._getHelpCommand());
          }
          return this;
        }
        const nameAndArgs = enableOrNameAndArgs ?? "help [command]";
        const [, helpName, helpArgs] = nameAndArgs.match(/([^ ]+) *(.*)/);
        const helpDescription = description ?? "display help for command";
        const helpCommand = this.createCommand(helpName);
        helpCommand.helpOption(false);
        if (helpArgs) helpCommand.arguments(helpArgs);
        if (helpDescription) helpCommand.description(helpDescription);
        this._addImplicitHelpCommand = true;
        this._helpCommand = helpCommand;
        if (enableOrNameAndArgs || description) this._initCommandGroup(helpCommand);
        return this;
      }
      /**
       * Add prepared custom help command.
       *
       * @param {(Command|string|boolean)} helpCommand - custom help command, or deprecated enableOrNameAndArgs as for `.helpCommand()`
       * @param {string} [deprecatedDescription] - deprecated custom description used with custom name only
       * @return {Command} `this` command for chaining
       */
      addHelpCommand(helpCommand, deprecatedDescription) {
        if (typeof helpCommand !== "object") {
          this.helpCommand(helpCommand, deprecatedDescription);
          return this;
        }
        this._addImplicitHelpCommand = true;
        this._helpCommand = helpCommand;
        this._initCommandGroup(helpCommand);
        return this;
      }
      /**
       * Lazy create help command.
       *
       * @return {(Command|null)}
       * @package
       */
      _getHelpCommand() {
        const hasImplicitHelpCommand = this._addImplicitHelpCommand ?? (this.commands.length && !this._actionHandler && !this._findCommand("help"));
        if (hasImplicitHelpCommand) {
          if (this._helpCommand === void 0) {
            this.helpCommand(void 0, void 0);
          }
          return this._helpCommand;
        }
        return null;
      }
      /**
       * Add hook for life cycle event.
       *
       * @param {string} event
       * @param {Function} listener
       * @return {Command} `this` command for chaining
       */
      hook(event, listener) {
        const allowedValues = ["preSubcommand", "preAction", "postAction"];
        if (!allowedValues.includes(event)) {
          throw new Error(`Unexpected value for event passed to hook : '${event}'.
Expecting one of '${allowedValues.join("', '")}'`);
        }
        if (this._lifeCycleHooks[event]) {
          this._lifeCycleHooks[event].push(listener);
        } else {
          this._lifeCycleHooks[event] = [listener];
        }
        return this;
      }
      /**
       * Register callback to use as replacement for calling process.exit.
       *
       * @param {Function} [fn] optional callback which will be passed a CommanderError, defaults to throwing
       * @return {Command} `this` command for chaining
       */
      exitOverride(fn) {
        if (fn) {
          this._exitCallback = fn;
        } else {
          this._exitCallback = (err) => {
            if (err.code !== "commander.executeSubCommandAsync") {
              throw err;
            } else {
            }
          };
        }
        return this;
      }
      /**
       * Call process.exit, and _exitCallback if defined.
       *
       * @param {number} exitCode exit code for using with process.exit
       * @param {string} code an id string representing the error
       * @param {string} message human-readable description of the error
       * @return never
       * @private
       */
      _exit(exitCode, code, message) {
        if (this._exitCallback) {
          this._exitCallback(new CommanderError2(exitCode, code, message));
        }
        process2.exit(exitCode);
      }
      /**
       * Register callback `fn` for the command.
       *
       * @example
       * program
       *   .command('serve')
       *   .description('start service')
       *   .action(function() {
       *      // do work here
       *   });
       *
       * @param {Function} fn
       * @return {Command} `this` command for chaining
       */
      action(fn) {
        const listener = (args) => {
          const expectedArgsCount = this.registeredArguments.length;
          const actionArgs = args.slice(0, expectedArgsCount);
          if (this._storeOptionsAsProperties) {
            actionArgs[expectedArgsCount] = this;
          } else {
            actionArgs[expectedArgsCount] = this.opts();
          }
          actionArgs.push(this);
          return fn.apply(this, actionArgs);
        };
        this._actionHandler = listener;
        return this;
      }
      /**
       * Factory routine to create a new unattached option.
       *
       * See .option() for creating an attached option, which uses this routine to
       * create the option. You can override createOption to return a custom option.
       *
       * @param {string} flags
       * @param {string} [description]
       * @return {Option} new option
       */
      createOption(flags, description) {
        return new Option2(flags, description);
      }
      /**
       * Wrap parseArgs to catch 'commander.invalidArgument'.
       *
       * @param {(Option | Argument)} target
       * @param {string} value
       * @param {*} previous
       * @param {string} invalidArgumentMessage
       * @private
       */
      _callParseArg(target, value, previous, invalidArgumentMessage) {
        try {
          return target.parseArg(value, previous);
        } catch (err) {
          if (err.code === "commander.invalidArgument") {
            const message = `${invalidArgumentMessage} ${err.message}`;
            this.error(message, { exitCode: err.exitCode, code: err.code });
          }
          throw err;
        }
      }
      /**
       * Check for option flag conflicts.
       * Register option if no conflicts found, or throw on conflict.
       *
       * @param {Option} option
       * @private
       */
      _registerOption(option) {
        const matchingOption = option.short && this._findOption(option.short) || option.long && this._findOption(option.long);
        if (matchingOption) {
          const matchingFlag = option.long && this._findOption(option.long) ? option.long : option.short;
          throw new Error(`Cannot add option '${option.flags}'${this._name && ` to command '${this._name}'`} due to conflicting flag '${matchingFlag}'
-  already used by option '${matchingOption.flags}'`);
        }
        this._initOptionGroup(option);
        this.options.push(option);
      }
      /**
       * Check for command name and alias conflicts with existing commands.
       * Register command if no conflicts found, or throw on conflict.
       *
       * @param {Command} command
       * @private
       */
      _registerCommand(command) {
        const knownBy = (cmd) => {
          return [cmd.name()].concat(cmd.aliases());
        };
        const alreadyUsed = knownBy(command).find(
          (name) => this._findCommand(name)
        );
        if (alreadyUsed) {
          const existingCmd = knownBy(this._findCommand(alreadyUsed)).join("|");
          const newCmd = knownBy(command).join("|");
          throw new Error(
            `cannot add command '${newCmd}' as already have command '${existingCmd}'`
          );
        }
        this._initCommandGroup(command);
        this.commands.push(command);
      }
      /**
       * Add an option.
       *
       * @param {Option} option
       * @return {Command} `this` command for chaining
       */
      addOption(option) {
        this._registerOption(option);
        const oname = option.name();
        const name = option.attributeName();
        if (option.negate) {
          const positiveLongFlag = option.long.replace(/^--no-/, "--");
          if (!this._findOption(positiveLongFlag)) {
            this.setOptionValueWithSource(
              name,
              option.defaultValue === void 0 ? true : option.defaultValue,
              "default"
            );
          }
        } else if (option.defaultValue !== void 0) {
          this.setOptionValueWithSource(name, option.defaultValue, "default");
        }
        const handleOptionValue = (val, invalidValueMessage, valueSource) => {
          if (val == null && option.presetArg !== void 0) {
            val = option.presetArg;
          }
          const oldValue = this.getOptionValue(name);
          if (val !== null && option.parseArg) {
            val = this._callParseArg(option, val, oldValue, invalidValueMessage);
          } else if (val !== null && option.variadic) {
            val = option._collectValue(val, oldValue);
          }
          if (val == null) {
            if (option.negate) {
              val = false;
            } else if (option.isBoolean() || option.optional) {
              val = true;
            } else {
              val = "";
            }
          }
          this.setOptionValueWithSource(name, val, valueSource);
        };
        this.on("option:" + oname, (val) => {
          const invalidValueMessage = `error: option '${option.flags}' argument '${val}' is invalid.`;
          handleOptionValue(val, invalidValueMessage, "cli");
        });
        if (option.envVar) {
          this.on("optionEnv:" + oname, (val) => {
            const invalidValueMessage = `error: option '${option.flags}' value '${val}' from env '${option.envVar}' is invalid.`;
            handleOptionValue(val, invalidValueMessage, "env");
          });
        }
        return this;
      }
      /**
       * Internal implementation shared by .option() and .requiredOption()
       *
       * @return {Command} `this` command for chaining
       * @private
       */
      _optionEx(config, flags, description, fn, defaultValue) {
        if (typeof flags === "object" && flags instanceof Option2) {
          throw new Error(
            "To add an Option object use addOption() instead of option() or requiredOption()"
          );
        }
        const option = this.createOption(flags, description);
        option.makeOptionMandatory(!!config.mandatory);
        if (typeof fn === "function") {
          option.default(defaultValue).argParser(fn);
        } else if (fn instanceof RegExp) {
          const regex = fn;
          fn = (val, def) => {
            const m = regex.exec(val);
            return m ? m[0] : def;
          };
          option.default(defaultValue).argParser(fn);
        } else {
          option.default(fn);
        }
        return this.addOption(option);
      }
      /**
       * Define option with `flags`, `description`, and optional argument parsing function or `defaultValue` or both.
       *
       * The `flags` string contains the short and/or long flags, separated by comma, a pipe or space. A required
       * option-argument is indicated by `<>` and an optional option-argument by `[]`.
       *
       * See the README for more details, and see also addOption() and requiredOption().
       *
       * @example
       * program
       *     .option('-p, --pepper', 'add pepper')
       *     .option('--pt, --pizza-type <TYPE>', 'type of pizza') // required option-argument
       *     .option('-c, --cheese [CHEESE]', 'add extra cheese', 'mozzarella') // optional option-argument with default
       *     .option('-t, --tip <VALUE>', 'add tip to purchase cost', parseFloat) // custom parse function
       *
       * @param {string} flags
       * @param {string} [description]
       * @param {(Function|*)} [parseArg] - custom option processing function or default value
       * @param {*} [defaultValue]
       * @return {Command} `this` command for chaining
       */
      option(flags, description, parseArg, defaultValue) {
        return this._optionEx({}, flags, description, parseArg, defaultValue);
      }
      /**
       * Add a required option which must have a value after parsing. This usually means
       * the option must be specified on the command line. (Otherwise the same as .option().)
       *
       * The `flags` string contains the short and/or long flags, separated by comma, a pipe or space.
       *
       * @param {string} flags
       * @param {string} [description]
       * @param {(Function|*)} [parseArg] - custom option processing function or default value
       * @param {*} [defaultValue]
       * @return {Command} `this` command for chaining
       */
      requiredOption(flags, description, parseArg, defaultValue) {
        return this._optionEx(
          { mandatory: true },
          flags,
          description,
          parseArg,
          defaultValue
        );
      }
      /**
       * Alter parsing of short flags with optional values.
       *
       * @example
       * // for `.option('-f,--flag [value]'):
       * program.combineFlagAndOptionalValue(true);  // `-f80` is treated like `--flag=80`, this is the default behaviour
       * program.combineFlagAndOptionalValue(false) // `-fb` is treated like `-f -b`
       *
       * @param {boolean} [combine] - if `true` or omitted, an optional value can be specified directly after the flag.
       * @return {Command} `this` command for chaining
       */
      combineFlagAndOptionalValue(combine = true) {
        this._combineFlagAndOptionalValue = !!combine;
        return this;
      }
      /**
       * Allow unknown options on the command line.
       *
       * @param {boolean} [allowUnknown] - if `true` or omitted, no error will be thrown for unknown options.
       * @return {Command} `this` command for chaining
       */
      allowUnknownOption(allowUnknown = true) {
        this._allowUnknownOption = !!allowUnknown;
        return this;
      }
      /**
       * Allow excess command-arguments on the command line. Pass false to make excess arguments an error.
       *
       * @param {boolean} [allowExcess] - if `true` or omitted, no error will be thrown for excess arguments.
       * @return {Command} `this` command for chaining
       */
      allowExcessArguments(allowExcess = true) {
        this._allowExcessArguments = !!allowExcess;
        return this;
      }
      /**
       * Enable positional options. Positional means global options are specified before subcommands which lets
       * subcommands reuse the same option names, and also enables subcommands to turn on passThroughOptions.
       * The default behaviour is non-positional and global options may appear anywhere on the command line.
       *
       * @param {boolean} [positional]
       * @return {Command} `this` command for chaining
       */
      enablePositionalOptions(positional = true) {
        this._enablePositionalOptions = !!positional;
        return this;
      }
      /**
       * Pass through options that come after command-arguments rather than treat them as command-options,
       * so actual command-options come before command-arguments. Turning this on for a subcommand requires
       * positional options to have been enabled on the program (parent commands).
       * The default behaviour is non-positional and options may appear before or after command-arguments.
       *
       * @param {boolean} [passThrough] for unknown options.
       * @return {Command} `this` command for chaining
       */
      passThroughOptions(passThrough = true) {
        this._passThroughOptions = !!passThrough;
        this._checkForBrokenPassThrough();
        return this;
      }
      /**
       * @private
       */
      _checkForBrokenPassThrough() {
        if (this.parent && this._passThroughOptions && !this.parent._enablePositionalOptions) {
          throw new Error(
            `passThroughOptions cannot be used for '${this._name}' without turning on enablePositionalOptions for parent command(s)`
          );
        }
      }
      /**
       * Whether to store option values as properties on command object,
       * or store separately (specify false). In both cases the option values can be accessed using .opts().
       *
       * @param {boolean} [storeAsProperties=true]
       * @return {Command} `this` command for chaining
       */
      storeOptionsAsProperties(storeAsProperties = true) {
        if (this.options.length) {
          throw new Error("call .storeOptionsAsProperties() before adding options");
        }
        if (Object.keys(this._optionValues).length) {
          throw new Error(
            "call .storeOptionsAsProperties() before setting option values"
          );
        }
        this._storeOptionsAsProperties = !!storeAsProperties;
        return this;
      }
      /**
       * Retrieve option value.
       *
       * @param {string} key
       * @return {object} value
       */
      getOptionValue(key) {
        if (this._storeOptionsAsProperties) {
          return this[key];
        }
        return this._optionValues[key];
      }
      /**
       * Store option value.
       *
       * @param {string} key
       * @param {object} value
       * @return {Command} `this` command for chaining
       */
      setOptionValue(key, value) {
        return this.setOptionValueWithSource(key, value, void 0);
      }
      /**
       * Store option value and where the value came from.
       *
       * @param {string} key
       * @param {object} value
       * @param {string} source - expected values are default/config/env/cli/implied
       * @return {Command} `this` command for chaining
       */
      setOptionValueWithSource(key, value, source) {
        if (this._storeOptionsAsProperties) {
          this[key] = value;
        } else {
          this._optionValues[key] = value;
        }
        this._optionValueSources[key] = source;
        return this;
      }
      /**
       * Get source of option value.
       * Expected values are default | config | env | cli | implied
       *
       * @param {string} key
       * @return {string}
       */
      getOptionValueSource(key) {
        return this._optionValueSources[key];
      }
      /**
       * Get source of option value. See also .optsWithGlobals().
       * Expected values are default | config | env | cli | implied
       *
       * @param {string} key
       * @return {string}
       */
      getOptionValueSourceWithGlobals(key) {
        let source;
        this._getCommandAndAncestors().forEach((cmd) => {
          if (cmd.getOptionValueSource(key) !== void 0) {
            source = cmd.getOptionValueSource(key);
          }
        });
        return source;
      }
      /**
       * Get user arguments from implied or explicit arguments.
       * Side-effects: set _scriptPath if args included script. Used for default program name, and subcommand searches.
       *
       * @private
       */
      _prepareUserArgs(argv, parseOptions) {
        if (argv !== void 0 && !Array.isArray(argv)) {
          throw new Error("first parameter to parse must be array or undefined");
        }
        parseOptions = parseOptions || {};
        if (argv === void 0 && parseOptions.from === void 0) {
          if (process2.versions?.electron) {
            parseOptions.from = "electron";
          }
          const execArgv = process2.execArgv ?? [];
          if (execArgv.includes("-e") || execArgv.includes("--eval") || execArgv.includes("-p") || execArgv.includes("--print")) {
            parseOptions.from = "eval";
          }
        }
        if (argv === void 0) {
          argv = process2.argv;
        }
        this.rawArgs = argv.slice();
        let userArgs;
        switch (parseOptions.from) {
          case void 0:
          case "node":
            this._scriptPath = argv[1];
            userArgs = argv.slice(2);
            break;
          case "electron":
            if (process2.defaultApp) {
              this._scriptPath = argv[1];
              userArgs = argv.slice(2);
            } else {
              userArgs = argv.slice(1);
            }
            break;
          case "user":
            userArgs = argv.slice(0);
            break;
          case "eval":
            userArgs = argv.slice(1);
            break;
          default:
            throw new Error(
              `unexpected parse option { from: '${parseOptions.from}' }`
            );
        }
        if (!this._name && this._scriptPath)
          this.nameFromFilename(this._scriptPath);
        this._name = this._name || "program";
        return userArgs;
      }
      /**
       * Parse `argv`, setting options and invoking commands when defined.
       *
       * Use parseAsync instead of parse if any of your action handlers are async.
       *
       * Call with no parameters to parse `process.argv`. Detects Electron and special node options like `node --eval`. Easy mode!
       *
       * Or call with an array of strings to parse, and optionally where the user arguments start by specifying where the arguments are `from`:
       * - `'node'`: default, `argv[0]` is the application and `argv[1]` is the script being run, with user arguments after that
       * - `'electron'`: `argv[0]` is the application and `argv[1]` varies depending on whether the electron application is packaged
       * - `'user'`: just user arguments
       *
       * @example
       * program.parse(); // parse process.argv and auto-detect electron and special node flags
       * program.parse(process.argv); // assume argv[0] is app and argv[1] is script
       * program.parse(my-args, { from: 'user' }); // just user supplied arguments, nothing special about argv[0]
       *
       * @param {string[]} [argv] - optional, defaults to process.argv
       * @param {object} [parseOptions] - optionally specify style of options with from: node/user/electron
       * @param {string} [parseOptions.from] - where the args are from: 'node', 'user', 'electron'
       * @return {Command} `this` command for chaining
       */
      parse(argv, parseOptions) {
        this._prepareForParse();
        const userArgs = this._prepareUserArgs(argv, parseOptions);
        this._parseCommand([], userArgs);
        return this;
      }
      /**
       * Parse `argv`, setting options and invoking commands when defined.
       *
       * Call with no parameters to parse `process.argv`. Detects Electron and special node options like `node --eval`. Easy mode!
       *
       * Or call with an array of strings to parse, and optionally where the user arguments start by specifying where the arguments are `from`:
       * - `'node'`: default, `argv[0]` is the application and `argv[1]` is the script being run, with user arguments after that
       * - `'electron'`: `argv[0]` is the application and `argv[1]` varies depending on whether the electron application is packaged
       * - `'user'`: just user arguments
       *
       * @example
       * await program.parseAsync(); // parse process.argv and auto-detect electron and special node flags
       * await program.parseAsync(process.argv); // assume argv[0] is app and argv[1] is script
       * await program.parseAsync(my-args, { from: 'user' }); // just user supplied arguments, nothing special about argv[0]
       *
       * @param {string[]} [argv]
       * @param {object} [parseOptions]
       * @param {string} parseOptions.from - where the args are from: 'node', 'user', 'electron'
       * @return {Promise}
       */
      async parseAsync(argv, parseOptions) {
        this._prepareForParse();
        const userArgs = this._prepareUserArgs(argv, parseOptions);
        await this._parseCommand([], userArgs);
        return this;
      }
      _prepareForParse() {
        if (this._savedState === null) {
          this.saveStateBeforeParse();
        } else {
          this.restoreStateBeforeParse();
        }
      }
      /**
       * Called the first time parse is called to save state and allow a restore before subsequent calls to parse.
       * Not usually called directly, but available for subclasses to save their custom state.
       *
       * This is called in a lazy way. Only commands used in parsing chain will have state saved.
       */
      saveStateBeforeParse() {
        this._savedState = {
          // name is stable if supplied by author, but may be unspecified for root command and deduced during parsing
          _name: this._name,
          // option values before parse have default values (including false for negated options)
          // shallow clones
          _optionValues: { ...this._optionValues },
          _optionValueSources: { ...this._optionValueSources }
        };
      }
      /**
       * Restore state before parse for calls after the first.
       * Not usually called directly, but available for subclasses to save their custom state.
       *
       * This is called in a lazy way. Only commands used in parsing chain will have state restored.
       */
      restoreStateBeforeParse() {
        if (this._storeOptionsAsProperties)
          throw new Error(`Can not call parse again when storeOptionsAsProperties is true.
- either make a new Command for each call to parse, or stop storing options as properties`);
        this._name = this._savedState._name;
        this._scriptPath = null;
        this.rawArgs = [];
        this._optionValues = { ...this._savedState._optionValues };
        this._optionValueSources = { ...this._savedState._optionValueSources };
        this.args = [];
        this.processedArgs = [];
      }
      /**
       * Throw if expected executable is missing. Add lots of help for author.
       *
       * @param {string} executableFile
       * @param {string} executableDir
       * @param {string} subcommandName
       */
      _checkForMissingExecutable(executableFile, executableDir, subcommandName) {
        if (fs.existsSync(executableFile)) return;
        const executableDirMessage = executableDir ? `searched for local subcommand relative to directory '${executableDir}'` : "no directory for search for local subcommand, use .executableDir() to supply a custom directory";
        const executableMissing = `'${executableFile}' does not exist
 - if '${subcommandName}' is not meant to be an executable command, remove description parameter from '.command()' and use '.description()' instead
 - if the default executable name is not suitable, use the executableFile option to supply a custom name or path
 - ${executableDirMessage}`;
        throw new Error(executableMissing);
      }
      /**
       * Execute a sub-command executable.
       *
       * @private
       */
      _executeSubCommand(subcommand, args) {
        args = args.slice();
        let launchWithNode = false;
        const sourceExt = [".js", ".ts", ".tsx", ".mjs", ".cjs"];
        function findFile(baseDir, baseName) {
          const localBin = path.resolve(baseDir, baseName);
          if (fs.existsSync(localBin)) return localBin;
          if (sourceExt.includes(path.extname(baseName))) return void 0;
          const foundExt = sourceExt.find(
            (ext) => fs.existsSync(`${localBin}${ext}`)
          );
          if (foundExt) return `${localBin}${foundExt}`;
          return void 0;
        }
        this._checkForMissingMandatoryOptions();
        this._checkForConflictingOptions();
        let executableFile = subcommand._executableFile || `${this._name}-${subcommand._name}`;
        let executableDir = this._executableDir || "";
        if (this._scriptPath) {
          let resolvedScriptPath;
          try {
            resolvedScriptPath = fs.realpathSync(this._scriptPath);
          } catch {
            resolvedScriptPath = this._scriptPath;
          }
          executableDir = path.resolve(
            path.dirname(resolvedScriptPath),
            executableDir
          );
        }
        if (executableDir) {
          let localFile = findFile(executableDir, executableFile);
          if (!localFile && !subcommand._executableFile && this._scriptPath) {
            const legacyName = path.basename(
              this._scriptPath,
              path.extname(this._scriptPath)
            );
            if (legacyName !== this._name) {
              localFile = findFile(
                executableDir,
                `${legacyName}-${subcommand._name}`
              );
            }
          }
          executableFile = localFile || executableFile;
        }
        launchWithNode = sourceExt.includes(path.extname(executableFile));
        let proc;
        if (process2.platform !== "win32") {
          if (launchWithNode) {
            args.unshift(executableFile);
            args = incrementNodeInspectorPort(process2.execArgv).concat(args);
            proc = childProcess.spawn(process2.argv[0], args, { stdio: "inherit" });
          } else {
            proc = childProcess.spawn(executableFile, args, { stdio: "inherit" });
          }
        } else {
          this._checkForMissingExecutable(
            executableFile,
            executableDir,
            subcommand._name
          );
          args.unshift(executableFile);
          args = incrementNodeInspectorPort(process2.execArgv).concat(args);
          proc = childProcess.spawn(process2.execPath, args, { stdio: "inherit" });
        }
        if (!proc.killed) {
          const signals = ["SIGUSR1", "SIGUSR2", "SIGTERM", "SIGINT", "SIGHUP"];
          signals.forEach((signal) => {
            process2.on(signal, () => {
              if (proc.killed === false && proc.exitCode === null) {
                proc.kill(signal);
              }
            });
          });
        }
        const exitCallback = this._exitCallback;
        proc.on("close", (code) => {
          code = code ?? 1;
          if (!exitCallback) {
            process2.exit(code);
          } else {
            exitCallback(
              new CommanderError2(
                code,
                "commander.executeSubCommandAsync",
                "(close)"
              )
            );
          }
        });
        proc.on("error", (err) => {
          if (err.code === "ENOENT") {
            this._checkForMissingExecutable(
              executableFile,
              executableDir,
              subcommand._name
            );
          } else if (err.code === "EACCES") {
            throw new Error(`'${executableFile}' not executable`);
          }
          if (!exitCallback) {
            process2.exit(1);
          } else {
            const wrappedError = new CommanderError2(
              1,
              "commander.executeSubCommandAsync",
              "(error)"
            );
            wrappedError.nestedError = err;
            exitCallback(wrappedError);
          }
        });
        this.runningCommand = proc;
      }
      /**
       * @private
       */
      _dispatchSubcommand(commandName, operands, unknown) {
        const subCommand = this._findCommand(commandName);
        if (!subCommand) this.help({ error: true });
        subCommand._prepareForParse();
        let promiseChain;
        promiseChain = this._chainOrCallSubCommandHook(
          promiseChain,
          subCommand,
          "preSubcommand"
        );
        promiseChain = this._chainOrCall(promiseChain, () => {
          if (subCommand._executableHandler) {
            this._executeSubCommand(subCommand, operands.concat(unknown));
          } else {
            return subCommand._parseCommand(operands, unknown);
          }
        });
        return promiseChain;
      }
      /**
       * Invoke help directly if possible, or dispatch if necessary.
       * e.g. help foo
       *
       * @private
       */
      _dispatchHelpCommand(subcommandName) {
        if (!subcommandName) {
          this.help();
        }
        const subCommand = this._findCommand(subcommandName);
        if (subCommand && !subCommand._executableHandler) {
          subCommand.help();
        }
        return this._dispatchSubcommand(
          subcommandName,
          [],
          [this._getHelpOption()?.long ?? this._getHelpOption()?.short ?? "--help"]
        );
      }
      /**
       * Check this.args against expected this.registeredArguments.
       *
       * @private
       */
      _checkNumberOfArguments() {
        this.registeredArguments.forEach((arg, i) => {
          if (arg.required && this.args[i] == null) {
            this.missingArgument(arg.name());
          }
        });
        if (this.registeredArguments.length > 0 && this.registeredArguments[this.registeredArguments.length - 1].variadic) {
          return;
        }
        if (this.args.length > this.registeredArguments.length) {
          this._excessArguments(this.args);
        }
      }
      /**
       * Process this.args using this.registeredArguments and save as this.processedArgs!
       *
       * @private
       */
      _processArguments() {
        const myParseArg = (argument, value, previous) => {
          let parsedValue = value;
          if (value !== null && argument.parseArg) {
            const invalidValueMessage = `error: command-argument value '${value}' is invalid for argument '${argument.name()}'.`;
            parsedValue = this._callParseArg(
              argument,
              value,
              previous,
              invalidValueMessage
            );
          }
          return parsedValue;
        };
        this._checkNumberOfArguments();
        const processedArgs = [];
        this.registeredArguments.forEach((declaredArg, index) => {
          let value = declaredArg.defaultValue;
          if (declaredArg.variadic) {
            if (index < this.args.length) {
              value = this.args.slice(index);
              if (declaredArg.parseArg) {
                value = value.reduce((processed, v) => {
                  return myParseArg(declaredArg, v, processed);
                }, declaredArg.defaultValue);
              }
            } else if (value === void 0) {
              value = [];
            }
          } else if (index < this.args.length) {
            value = this.args[index];
            if (declaredArg.parseArg) {
              value = myParseArg(declaredArg, value, declaredArg.defaultValue);
            }
          }
          processedArgs[index] = value;
        });
        this.processedArgs = processedArgs;
      }
      /**
       * Once we have a promise we chain, but call synchronously until then.
       *
       * @param {(Promise|undefined)} promise
       * @param {Function} fn
       * @return {(Promise|undefined)}
       * @private
       */
      _chainOrCall(promise, fn) {
        if (promise?.then && typeof promise.then === "function") {
          return promise.then(() => fn());
        }
        return fn();
      }
      /**
       *
       * @param {(Promise|undefined)} promise
       * @param {string} event
       * @return {(Promise|undefined)}
       * @private
       */
      _chainOrCallHooks(promise, event) {
        let result = promise;
        const hooks = [];
        this._getCommandAndAncestors().reverse().filter((cmd) => cmd._lifeCycleHooks[event] !== void 0).forEach((hookedCommand) => {
          hookedCommand._lifeCycleHooks[event].forEach((callback) => {
            hooks.push({ hookedCommand, callback });
          });
        });
        if (event === "postAction") {
          hooks.reverse();
        }
        hooks.forEach((hookDetail) => {
          result = this._chainOrCall(result, () => {
            return hookDetail.callback(hookDetail.hookedCommand, this);
          });
        });
        return result;
      }
      /**
       *
       * @param {(Promise|undefined)} promise
       * @param {Command} subCommand
       * @param {string} event
       * @return {(Promise|undefined)}
       * @private
       */
      _chainOrCallSubCommandHook(promise, subCommand, event) {
        let result = promise;
        if (this._lifeCycleHooks[event] !== void 0) {
          this._lifeCycleHooks[event].forEach((hook) => {
            result = this._chainOrCall(result, () => {
              return hook(this, subCommand);
            });
          });
        }
        return result;
      }
      /**
       * Process arguments in context of this command.
       * Returns action result, in case it is a promise.
       *
       * @private
       */
      _parseCommand(operands, unknown) {
        const parsed = this.parseOptions(unknown);
        this._parseOptionsEnv();
        this._parseOptionsImplied();
        operands = operands.concat(parsed.operands);
        unknown = parsed.unknown;
        this.args = operands.concat(unknown);
        if (operands && this._findCommand(operands[0])) {
          return this._dispatchSubcommand(operands[0], operands.slice(1), unknown);
        }
        if (this._getHelpCommand() && operands[0] === this._getHelpCommand().name()) {
          return this._dispatchHelpCommand(operands[1]);
        }
        if (this._defaultCommandName) {
          this._outputHelpIfRequested(unknown);
          return this._dispatchSubcommand(
            this._defaultCommandName,
            operands,
            unknown
          );
        }
        if (this.commands.length && this.args.length === 0 && !this._actionHandler && !this._defaultCommandName) {
          this.help({ error: true });
        }
        this._outputHelpIfRequested(parsed.unknown);
        this._checkForMissingMandatoryOptions();
        this._checkForConflictingOptions();
        const checkForUnknownOptions = () => {
          if (parsed.unknown.length > 0) {
            this.unknownOption(parsed.unknown[0]);
          }
        };
        const commandEvent = `command:${this.name()}`;
        if (this._actionHandler) {
          checkForUnknownOptions();
          this._processArguments();
          let promiseChain;
          promiseChain = this._chainOrCallHooks(promiseChain, "preAction");
          promiseChain = this._chainOrCall(
            promiseChain,
            () => this._actionHandler(this.processedArgs)
          );
          if (this.parent) {
            promiseChain = this._chainOrCall(promiseChain, () => {
              this.parent.emit(commandEvent, operands, unknown);
            });
          }
          promiseChain = this._chainOrCallHooks(promiseChain, "postAction");
          return promiseChain;
        }
        if (this.parent?.listenerCount(commandEvent)) {
          checkForUnknownOptions();
          this._processArguments();
          this.parent.emit(commandEvent, operands, unknown);
        } else if (operands.length) {
          if (this._findCommand("*")) {
            return this._dispatchSubcommand("*", operands, unknown);
          }
          if (this.listenerCount("command:*")) {
            this.emit("command:*", operands, unknown);
          } else if (this.commands.length) {
            this.unknownCommand();
          } else {
            checkForUnknownOptions();
            this._processArguments();
          }
        } else if (this.commands.length) {
          checkForUnknownOptions();
          this.help({ error: true });
        } else {
          checkForUnknownOptions();
          this._processArguments();
        }
      }
      /**
       * Find matching command.
       *
       * @private
       * @return {Command | undefined}
       */
      _findCommand(name) {
        if (!name) return void 0;
        return this.commands.find(
          (cmd) => cmd._name === name || cmd._aliases.includes(name)
        );
      }
      /**
       * Return an option matching `arg` if any.
       *
       * @param {string} arg
       * @return {Option}
       * @package
       */
      _findOption(arg) {
        return this.options.find((option) => option.is(arg));
      }
      /**
       * Display an error message if a mandatory option does not have a value.
       * Called after checking for help flags in leaf subcommand.
       *
       * @private
       */
      _checkForMissingMandatoryOptions() {
        this._getCommandAndAncestors().forEach((cmd) => {
          cmd.options.forEach((anOption) => {
            if (anOption.mandatory && cmd.getOptionValue(anOption.attributeName()) === void 0) {
              cmd.missingMandatoryOptionValue(anOption);
            }
          });
        });
      }
      /**
       * Display an error message if conflicting options are used together in this.
       *
       * @private
       */
      _checkForConflictingLocalOptions() {
        const definedNonDefaultOptions = this.options.filter((option) => {
          const optionKey = option.attributeName();
          if (this.getOptionValue(optionKey) === void 0) {
            return false;
          }
          return this.getOptionValueSource(optionKey) !== "default";
        });
        const optionsWithConflicting = definedNonDefaultOptions.filter(
          (option) => option.conflictsWith.length > 0
        );
        optionsWithConflicting.forEach((option) => {
          const conflictingAndDefined = definedNonDefaultOptions.find(
            (defined) => option.conflictsWith.includes(defined.attributeName())
          );
          if (conflictingAndDefined) {
            this._conflictingOption(option, conflictingAndDefined);
          }
        });
      }
      /**
       * Display an error message if conflicting options are used together.
       * Called after checking for help flags in leaf subcommand.
       *
       * @private
       */
      _checkForConflictingOptions() {
        this._getCommandAndAncestors().forEach((cmd) => {
          cmd._checkForConflictingLocalOptions();
        });
      }
      /**
       * Parse options from `argv` removing known options,
       * and return argv split into operands and unknown arguments.
       *
       * Side effects: modifies command by storing options. Does not reset state if called again.
       *
       * Examples:
       *
       *     argv => operands, unknown
       *     --known kkk op => [op], []
       *     op --known kkk => [op], []
       *     sub --unknown uuu op => [sub], [--unknown uuu op]
       *     sub -- --unknown uuu op => [sub --unknown uuu op], []
       *
       * @param {string[]} args
       * @return {{operands: string[], unknown: string[]}}
       */
      parseOptions(args) {
        const operands = [];
        const unknown = [];
        let dest = operands;
        function maybeOption(arg) {
          return arg.length > 1 && arg[0] === "-";
        }
        const negativeNumberArg = (arg) => {
          if (!/^-(\d+|\d*\.\d+)(e[+-]?\d+)?$/.test(arg)) return false;
          return !this._getCommandAndAncestors().some(
            (cmd) => cmd.options.map((opt) => opt.short).some((short) => /^-\d$/.test(short))
          );
        };
        let activeVariadicOption = null;
        let activeGroup = null;
        let i = 0;
        while (i < args.length || activeGroup) {
          const arg = activeGroup ?? args[i++];
          activeGroup = null;
          if (arg === "--") {
            if (dest === unknown) dest.push(arg);
            dest.push(...args.slice(i));
            break;
          }
          if (activeVariadicOption && (!maybeOption(arg) || negativeNumberArg(arg))) {
            this.emit(`option:${activeVariadicOption.name()}`, arg);
            continue;
          }
          activeVariadicOption = null;
          if (maybeOption(arg)) {
            const option = this._findOption(arg);
            if (option) {
              if (option.required) {
                const value = args[i++];
                if (value === void 0) this.optionMissingArgument(option);
                this.emit(`option:${option.name()}`, value);
              } else if (option.optional) {
                let value = null;
                if (i < args.length && (!maybeOption(args[i]) || negativeNumberArg(args[i]))) {
                  value = args[i++];
                }
                this.emit(`option:${option.name()}`, value);
              } else {
                this.emit(`option:${option.name()}`);
              }
              activeVariadicOption = option.variadic ? option : null;
              continue;
            }
          }
          if (arg.length > 2 && arg[0] === "-" && arg[1] !== "-") {
            const option = this._findOption(`-${arg[1]}`);
            if (option) {
              if (option.required || option.optional && this._combineFlagAndOptionalValue) {
                this.emit(`option:${option.name()}`, arg.slice(2));
              } else {
                this.emit(`option:${option.name()}`);
                activeGroup = `-${arg.slice(2)}`;
              }
              continue;
            }
          }
          if (/^--[^=]+=/.test(arg)) {
            const index = arg.indexOf("=");
            const option = this._findOption(arg.slice(0, index));
            if (option && (option.required || option.optional)) {
              this.emit(`option:${option.name()}`, arg.slice(index + 1));
              continue;
            }
          }
          if (dest === operands && maybeOption(arg) && !(this.commands.length === 0 && negativeNumberArg(arg))) {
            dest = unknown;
          }
          if ((this._enablePositionalOptions || this._passThroughOptions) && operands.length === 0 && unknown.length === 0) {
            if (this._findCommand(arg)) {
              operands.push(arg);
              unknown.push(...args.slice(i));
              break;
            } else if (this._getHelpCommand() && arg === this._getHelpCommand().name()) {
              operands.push(arg, ...args.slice(i));
              break;
            } else if (this._defaultCommandName) {
              unknown.push(arg, ...args.slice(i));
              break;
            }
          }
          if (this._passThroughOptions) {
            dest.push(arg, ...args.slice(i));
            break;
          }
          dest.push(arg);
        }
        return { operands, unknown };
      }
      /**
       * Return an object containing local option values as key-value pairs.
       *
       * @return {object}
       */
      opts() {
        if (this._storeOptionsAsProperties) {
          const result = {};
          const len = this.options.length;
          for (let i = 0; i < len; i++) {
            const key = this.options[i].attributeName();
            result[key] = key === this._versionOptionName ? this._version : this[key];
          }
          return result;
        }
        return this._optionValues;
      }
      /**
       * Return an object containing merged local and global option values as key-value pairs.
       *
       * @return {object}
       */
      optsWithGlobals() {
        return this._getCommandAndAncestors().reduce(
          (combinedOptions, cmd) => Object.assign(combinedOptions, cmd.opts()),
          {}
        );
      }
      /**
       * Display error message and exit (or call exitOverride).
       *
       * @param {string} message
       * @param {object} [errorOptions]
       * @param {string} [errorOptions.code] - an id string representing the error
       * @param {number} [errorOptions.exitCode] - used with process.exit
       */
      error(message, errorOptions) {
        this._outputConfiguration.outputError(
          `${message}
`,
          this._outputConfiguration.writeErr
        );
        if (typeof this._showHelpAfterError === "string") {
          this._outputConfiguration.writeErr(`${this._showHelpAfterError}
`);
        } else if (this._showHelpAfterError) {
          this._outputConfiguration.writeErr("\n");
          this.outputHelp({ error: true });
        }
        const config = errorOptions || {};
        const exitCode = config.exitCode || 1;
        const code = config.code || "commander.error";
        this._exit(exitCode, code, message);
      }
      /**
       * Apply any option related environment variables, if option does
       * not have a value from cli or client code.
       *
       * @private
       */
      _parseOptionsEnv() {
        this.options.forEach((option) => {
          if (option.envVar && option.envVar in process2.env) {
            const optionKey = option.attributeName();
            if (this.getOptionValue(optionKey) === void 0 || ["default", "config", "env"].includes(
              this.getOptionValueSource(optionKey)
            )) {
              if (option.required || option.optional) {
                this.emit(`optionEnv:${option.name()}`, process2.env[option.envVar]);
              } else {
                this.emit(`optionEnv:${option.name()}`);
              }
            }
          }
        });
      }
      /**
       * Apply any implied option values, if option is undefined or default value.
       *
       * @private
       */
      _parseOptionsImplied() {
        const dualHelper = new DualOptions(this.options);
        const hasCustomOptionValue = (optionKey) => {
          return this.getOptionValue(optionKey) !== void 0 && !["default", "implied"].includes(this.getOptionValueSource(optionKey));
        };
        this.options.filter(
          (option) => option.implied !== void 0 && hasCustomOptionValue(option.attributeName()) && dualHelper.valueFromOption(
            this.getOptionValue(option.attributeName()),
            option
          )
        ).forEach((option) => {
          Object.keys(option.implied).filter((impliedKey) => !hasCustomOptionValue(impliedKey)).forEach((impliedKey) => {
            this.setOptionValueWithSource(
              impliedKey,
              option.implied[impliedKey],
              "implied"
            );
          });
        });
      }
      /**
       * Argument `name` is missing.
       *
       * @param {string} name
       * @private
       */
      missingArgument(name) {
        const message = `error: missing required argument '${name}'`;
        this.error(message, { code: "commander.missingArgument" });
      }
      /**
       * `Option` is missing an argument.
       *
       * @param {Option} option
       * @private
       */
      optionMissingArgument(option) {
        const message = `error: option '${option.flags}' argument missing`;
        this.error(message, { code: "commander.optionMissingArgument" });
      }
      /**
       * `Option` does not have a value, and is a mandatory option.
       *
       * @param {Option} option
       * @private
       */
      missingMandatoryOptionValue(option) {
        const message = `error: required option '${option.flags}' not specified`;
        this.error(message, { code: "commander.missingMandatoryOptionValue" });
      }
      /**
       * `Option` conflicts with another option.
       *
       * @param {Option} option
       * @param {Option} conflictingOption
       * @private
       */
      _conflictingOption(option, conflictingOption) {
        const findBestOptionFromValue = (option2) => {
          const optionKey = option2.attributeName();
          const optionValue = this.getOptionValue(optionKey);
          const negativeOption = this.options.find(
            (target) => target.negate && optionKey === target.attributeName()
          );
          const positiveOption = this.options.find(
            (target) => !target.negate && optionKey === target.attributeName()
          );
          if (negativeOption && (negativeOption.presetArg === void 0 && optionValue === false || negativeOption.presetArg !== void 0 && optionValue === negativeOption.presetArg)) {
            return negativeOption;
          }
          return positiveOption || option2;
        };
        const getErrorMessage = (option2) => {
          const bestOption = findBestOptionFromValue(option2);
          const optionKey = bestOption.attributeName();
          const source = this.getOptionValueSource(optionKey);
          if (source === "env") {
            return `environment variable '${bestOption.envVar}'`;
          }
          return `option '${bestOption.flags}'`;
        };
        const message = `error: ${getErrorMessage(option)} cannot be used with ${getErrorMessage(conflictingOption)}`;
        this.error(message, { code: "commander.conflictingOption" });
      }
      /**
       * Unknown option `flag`.
       *
       * @param {string} flag
       * @private
       */
      unknownOption(flag) {
        if (this._allowUnknownOption) return;
        let suggestion = "";
        if (flag.startsWith("--") && this._showSuggestionAfterError) {
          let candidateFlags = [];
          let command = this;
          do {
            const moreFlags = command.createHelp().visibleOptions(command).filter((option) => option.long).map((option) => option.long);
            candidateFlags = candidateFlags.concat(moreFlags);
            command = command.parent;
          } while (command && !command._enablePositionalOptions);
          suggestion = suggestSimilar(flag, candidateFlags);
        }
        const message = `error: unknown option '${flag}'${suggestion}`;
        this.error(message, { code: "commander.unknownOption" });
      }
      /**
       * Excess arguments, more than expected.
       *
       * @param {string[]} receivedArgs
       * @private
       */
      _excessArguments(receivedArgs) {
        if (this._allowExcessArguments) return;
        const expected = this.registeredArguments.length;
        const s = expected === 1 ? "" : "s";
        const forSubcommand = this.parent ? ` for '${this.name()}'` : "";
        const message = `error: too many arguments${forSubcommand}. Expected ${expected} argument${s} but got ${receivedArgs.length}.`;
        this.error(message, { code: "commander.excessArguments" });
      }
      /**
       * Unknown command.
       *
       * @private
       */
      unknownCommand() {
        const unknownName = this.args[0];
        let suggestion = "";
        if (this._showSuggestionAfterError) {
          const candidateNames = [];
          this.createHelp().visibleCommands(this).forEach((command) => {
            candidateNames.push(command.name());
            if (command.alias()) candidateNames.push(command.alias());
          });
          suggestion = suggestSimilar(unknownName, candidateNames);
        }
        const message = `error: unknown command '${unknownName}'${suggestion}`;
        this.error(message, { code: "commander.unknownCommand" });
      }
      /**
       * Get or set the program version.
       *
       * This method auto-registers the "-V, --version" option which will print the version number.
       *
       * You can optionally supply the flags and description to override the defaults.
       *
       * @param {string} [str]
       * @param {string} [flags]
       * @param {string} [description]
       * @return {(this | string | undefined)} `this` command for chaining, or version string if no arguments
       */
      version(str, flags, description) {
        if (str === void 0) return this._version;
        this._version = str;
        flags = flags || "-V, --version";
        description = description || "output the version number";
        const versionOption = this.createOption(flags, description);
        this._versionOptionName = versionOption.attributeName();
        this._registerOption(versionOption);
        this.on("option:" + versionOption.name(), () => {
          this._outputConfiguration.writeOut(`${str}
`);
          this._exit(0, "commander.version", str);
        });
        return this;
      }
      /**
       * Set the description.
       *
       * @param {string} [str]
       * @param {object} [argsDescription]
       * @return {(string|Command)}
       */
      description(str, argsDescription) {
        if (str === void 0 && argsDescription === void 0)
          return this._description;
        this._description = str;
        if (argsDescription) {
          this._argsDescription = argsDescription;
        }
        return this;
      }
      /**
       * Set the summary. Used when listed as subcommand of parent.
       *
       * @param {string} [str]
       * @return {(string|Command)}
       */
      summary(str) {
        if (str === void 0) return this._summary;
        this._summary = str;
        return this;
      }
      /**
       * Set an alias for the command.
       *
       * You may call more than once to add multiple aliases. Only the first alias is shown in the auto-generated help.
       *
       * @param {string} [alias]
       * @return {(string|Command)}
       */
      alias(alias) {
        if (alias === void 0) return this._aliases[0];
        let command = this;
        if (this.commands.length !== 0 && this.commands[this.commands.length - 1]._executableHandler) {
          command = this.commands[this.commands.length - 1];
        }
        if (alias === command._name)
          throw new Error("Command alias can't be the same as its name");
        const matchingCommand = this.parent?._findCommand(alias);
        if (matchingCommand) {
          const existingCmd = [matchingCommand.name()].concat(matchingCommand.aliases()).join("|");
          throw new Error(
            `cannot add alias '${alias}' to command '${this.name()}' as already have command '${existingCmd}'`
          );
        }
        command._aliases.push(alias);
        return this;
      }
      /**
       * Set aliases for the command.
       *
       * Only the first alias is shown in the auto-generated help.
       *
       * @param {string[]} [aliases]
       * @return {(string[]|Command)}
       */
      aliases(aliases) {
        if (aliases === void 0) return this._aliases;
        aliases.forEach((alias) => this.alias(alias));
        return this;
      }
      /**
       * Set / get the command usage `str`.
       *
       * @param {string} [str]
       * @return {(string|Command)}
       */
      usage(str) {
        if (str === void 0) {
          if (this._usage) return this._usage;
          const args = this.registeredArguments.map((arg) => {
            return humanReadableArgName(arg);
          });
          return [].concat(
            this.options.length || this._helpOption !== null ? "[options]" : [],
            this.commands.length ? "[command]" : [],
            this.registeredArguments.length ? args : []
          ).join(" ");
        }
        this._usage = str;
        return this;
      }
      /**
       * Get or set the name of the command.
       *
       * @param {string} [str]
       * @return {(string|Command)}
       */
      name(str) {
        if (str === void 0) return this._name;
        this._name = str;
        return this;
      }
      /**
       * Set/get the help group heading for this subcommand in parent command's help.
       *
       * @param {string} [heading]
       * @return {Command | string}
       */
      helpGroup(heading) {
        if (heading === void 0) return this._helpGroupHeading ?? "";
        this._helpGroupHeading = heading;
        return this;
      }
      /**
       * Set/get the default help group heading for subcommands added to this command.
       * (This does not override a group set directly on the subcommand using .helpGroup().)
       *
       * @example
       * program.commandsGroup('Development Commands:);
       * program.command('watch')...
       * program.command('lint')...
       * ...
       *
       * @param {string} [heading]
       * @returns {Command | string}
       */
      commandsGroup(heading) {
        if (heading === void 0) return this._defaultCommandGroup ?? "";
        this._defaultCommandGroup = heading;
        return this;
      }
      /**
       * Set/get the default help group heading for options added to this command.
       * (This does not override a group set directly on the option using .helpGroup().)
       *
       * @example
       * program
       *   .optionsGroup('Development Options:')
       *   .option('-d, --debug', 'output extra debugging')
       *   .option('-p, --profile', 'output profiling information')
       *
       * @param {string} [heading]
       * @returns {Command | string}
       */
      optionsGroup(heading) {
        if (heading === void 0) return this._defaultOptionGroup ?? "";
        this._defaultOptionGroup = heading;
        return this;
      }
      /**
       * @param {Option} option
       * @private
       */
      _initOptionGroup(option) {
        if (this._defaultOptionGroup && !option.helpGroupHeading)
          option.helpGroup(this._defaultOptionGroup);
      }
      /**
       * @param {Command} cmd
       * @private
       */
      _initCommandGroup(cmd) {
        if (this._defaultCommandGroup && !cmd.helpGroup())
          cmd.helpGroup(this._defaultCommandGroup);
      }
      /**
       * Set the name of the command from script filename, such as process.argv[1],
       * or require.main.filename, or __filename.
       *
       * (Used internally and public although not documented in README.)
       *
       * @example
       * program.nameFromFilename(require.main.filename);
       *
       * @param {string} filename
       * @return {Command}
       */
      nameFromFilename(filename) {
        this._name = path.basename(filename, path.extname(filename));
        return this;
      }
      /**
       * Get or set the directory for searching for executable subcommands of this command.
       *
       * @example
       * program.executableDir(__dirname);
       * // or
       * program.executableDir('subcommands');
       *
       * @param {string} [path]
       * @return {(string|null|Command)}
       */
      executableDir(path2) {
        if (path2 === void 0) return this._executableDir;
        this._executableDir = path2;
        return this;
      }
      /**
       * Return program help documentation.
       *
       * @param {{ error: boolean }} [contextOptions] - pass {error:true} to wrap for stderr instead of stdout
       * @return {string}
       */
      helpInformation(contextOptions) {
        const helper = this.createHelp();
        const context = this._getOutputContext(contextOptions);
        helper.prepareContext({
          error: context.error,
          helpWidth: context.helpWidth,
          outputHasColors: context.hasColors
        });
        const text = helper.formatHelp(this, helper);
        if (context.hasColors) return text;
        return this._outputConfiguration.stripColor(text);
      }
      /**
       * @typedef HelpContext
       * @type {object}
       * @property {boolean} error
       * @property {number} helpWidth
       * @property {boolean} hasColors
       * @property {function} write - includes stripColor if needed
       *
       * @returns {HelpContext}
       * @private
       */
      _getOutputContext(contextOptions) {
        contextOptions = contextOptions || {};
        const error = !!contextOptions.error;
        let baseWrite;
        let hasColors;
        let helpWidth;
        if (error) {
          baseWrite = (str) => this._outputConfiguration.writeErr(str);
          hasColors = this._outputConfiguration.getErrHasColors();
          helpWidth = this._outputConfiguration.getErrHelpWidth();
        } else {
          baseWrite = (str) => this._outputConfiguration.writeOut(str);
          hasColors = this._outputConfiguration.getOutHasColors();
          helpWidth = this._outputConfiguration.getOutHelpWidth();
        }
        const write = (str) => {
          if (!hasColors) str = this._outputConfiguration.stripColor(str);
          return baseWrite(str);
        };
        return { error, write, hasColors, helpWidth };
      }
      /**
       * Output help information for this command.
       *
       * Outputs built-in help, and custom text added using `.addHelpText()`.
       *
       * @param {{ error: boolean } | Function} [contextOptions] - pass {error:true} to write to stderr instead of stdout
       */
      outputHelp(contextOptions) {
        let deprecatedCallback;
        if (typeof contextOptions === "function") {
          deprecatedCallback = contextOptions;
          contextOptions = void 0;
        }
        const outputContext = this._getOutputContext(contextOptions);
        const eventContext = {
          error: outputContext.error,
          write: outputContext.write,
          command: this
        };
        this._getCommandAndAncestors().reverse().forEach((command) => command.emit("beforeAllHelp", eventContext));
        this.emit("beforeHelp", eventContext);
        let helpInformation = this.helpInformation({ error: outputContext.error });
        if (deprecatedCallback) {
          helpInformation = deprecatedCallback(helpInformation);
          if (typeof helpInformation !== "string" && !Buffer.isBuffer(helpInformation)) {
            throw new Error("outputHelp callback must return a string or a Buffer");
          }
        }
        outputContext.write(helpInformation);
        if (this._getHelpOption()?.long) {
          this.emit(this._getHelpOption().long);
        }
        this.emit("afterHelp", eventContext);
        this._getCommandAndAncestors().forEach(
          (command) => command.emit("afterAllHelp", eventContext)
        );
      }
      /**
       * You can pass in flags and a description to customise the built-in help option.
       * Pass in false to disable the built-in help option.
       *
       * @example
       * program.helpOption('-?, --help' 'show help'); // customise
       * program.helpOption(false); // disable
       *
       * @param {(string | boolean)} flags
       * @param {string} [description]
       * @return {Command} `this` command for chaining
       */
      helpOption(flags, description) {
        if (typeof flags === "boolean") {
          if (flags) {
            if (this._helpOption === null) this._helpOption = void 0;
            if (this._defaultOptionGroup) {
              this._initOptionGroup(this._getHelpOption());
            }
          } else {
            this._helpOption = null;
          }
          return this;
        }
        this._helpOption = this.createOption(
          flags ?? "-h, --help",
          description ?? "display help for command"
        );
        if (flags || description) this._initOptionGroup(this._helpOption);
        return this;
      }
      /**
       * Lazy create help option.
       * Returns null if has been disabled with .helpOption(false).
       *
       * @returns {(Option | null)} the help option
       * @package
       */
      _getHelpOption() {
        if (this._helpOption === void 0) {
          this.helpOption(void 0, void 0);
        }
        return this._helpOption;
      }
      /**
       * Supply your own option to use for the built-in help option.
       * This is an alternative to using helpOption() to customise the flags and description etc.
       *
       * @param {Option} option
       * @return {Command} `this` command for chaining
       */
      addHelpOption(option) {
        this._helpOption = option;
        this._initOptionGroup(option);
        return this;
      }
      /**
       * Output help information and exit.
       *
       * Outputs built-in help, and custom text added using `.addHelpText()`.
       *
       * @param {{ error: boolean }} [contextOptions] - pass {error:true} to write to stderr instead of stdout
       */
      help(contextOptions) {
        this.outputHelp(contextOptions);
        let exitCode = Number(process2.exitCode ?? 0);
        if (exitCode === 0 && contextOptions && typeof contextOptions !== "function" && contextOptions.error) {
          exitCode = 1;
        }
        this._exit(exitCode, "commander.help", "(outputHelp)");
      }
      /**
       * // Do a little typing to coordinate emit and listener for the help text events.
       * @typedef HelpTextEventContext
       * @type {object}
       * @property {boolean} error
       * @property {Command} command
       * @property {function} write
       */
      /**
       * Add additional text to be displayed with the built-in help.
       *
       * Position is 'before' or 'after' to affect just this command,
       * and 'beforeAll' or 'afterAll' to affect this command and all its subcommands.
       *
       * @param {string} position - before or after built-in help
       * @param {(string | Function)} text - string to add, or a function returning a string
       * @return {Command} `this` command for chaining
       */
      addHelpText(position, text) {
        const allowedValues = ["beforeAll", "before", "after", "afterAll"];
        if (!allowedValues.includes(position)) {
          throw new Error(`Unexpected value for position to addHelpText.
Expecting one of '${allowedValues.join("', '")}'`);
        }
        const helpEvent = `${position}Help`;
        this.on(helpEvent, (context) => {
          let helpStr;
          if (typeof text === "function") {
            helpStr = text({ error: context.error, command: context.command });
          } else {
            helpStr = text;
          }
          if (helpStr) {
            context.write(`${helpStr}
`);
          }
        });
        return this;
      }
      /**
       * Output help information if help flags specified
       *
       * @param {Array} args - array of options to search for help flags
       * @private
       */
      _outputHelpIfRequested(args) {
        const helpOption = this._getHelpOption();
        const helpRequested = helpOption && args.find((arg) => helpOption.is(arg));
        if (helpRequested) {
          this.outputHelp();
          this._exit(0, "commander.helpDisplayed", "(outputHelp)");
        }
      }
    };
    function incrementNodeInspectorPort(args) {
      return args.map((arg) => {
        if (!arg.startsWith("--inspect")) {
          return arg;
        }
        let debugOption;
        let debugHost = "127.0.0.1";
        let debugPort = "9229";
        let match;
        if ((match = arg.match(/^(--inspect(-brk)?)$/)) !== null) {
          debugOption = match[1];
        } else if ((match = arg.match(/^(--inspect(-brk|-port)?)=([^:]+)$/)) !== null) {
          debugOption = match[1];
          if (/^\d+$/.test(match[3])) {
            debugPort = match[3];
          } else {
            debugHost = match[3];
          }
        } else if ((match = arg.match(/^(--inspect(-brk|-port)?)=([^:]+):(\d+)$/)) !== null) {
          debugOption = match[1];
          debugHost = match[3];
          debugPort = match[4];
        }
        if (debugOption && debugPort !== "0") {
          return `${debugOption}=${debugHost}:${parseInt(debugPort) + 1}`;
        }
        return arg;
      });
    }
    function useColor() {
      if (process2.env.NO_COLOR || process2.env.FORCE_COLOR === "0" || process2.env.FORCE_COLOR === "false")
        return false;
      if (process2.env.FORCE_COLOR || process2.env.CLICOLOR_FORCE !== void 0)
        return true;
      return void 0;
    }
    exports.Command = Command2;
    exports.useColor = useColor;
  }
});

// node_modules/commander/index.js
var require_commander = __commonJS({
  "node_modules/commander/index.js"(exports) {
    var { Argument: Argument2 } = require_argument();
    var { Command: Command2 } = require_command();
    var { CommanderError: CommanderError2, InvalidArgumentError: InvalidArgumentError2 } = require_error();
    var { Help: Help2 } = require_help();
    var { Option: Option2 } = require_option();
    exports.program = new Command2();
    exports.createCommand = (name) => new Command2(name);
    exports.createOption = (flags, description) => new Option2(flags, description);
    exports.createArgument = (name, description) => new Argument2(name, description);
    exports.Command = Command2;
    exports.Option = Option2;
    exports.Argument = Argument2;
    exports.Help = Help2;
    exports.CommanderError = CommanderError2;
    exports.InvalidArgumentError = InvalidArgumentError2;
    exports.InvalidOptionArgumentError = InvalidArgumentError2;
  }
});

// node_modules/commander/esm.mjs
var import_index = __toESM(require_commander(), 1);
var {
  program,
  createCommand,
  createArgument,
  createOption,
  CommanderError,
  InvalidArgumentError,
  InvalidOptionArgumentError,
  // deprecated old name
  Command,
  Argument,
  Option,
  Help
} = import_index.default;

// src/cli/commands/connect.ts
import { resolve as resolve2 } from "node:path";

// src/cli/context.ts
function withCommonOptions(command) {
  return command.option("--store <dir>", "the store (a git work tree)", void 0).option("--json", "machine-readable output on stdout (logs stay on stderr)", false);
}
function createContext(io, state) {
  return {
    ...io,
    out: (line) => io.stdout.write(`${line}
`),
    log: (line) => io.stderr.write(`${line}
`),
    printJson: (value) => io.stdout.write(`${JSON.stringify(value, null, 2)}
`),
    setExitCode: (code) => {
      state.exitCode = code;
    }
  };
}
function reportError(context, error, json) {
  const syncError = toSyncError(error);
  context.log(`syncagent: ${syncError.code}: ${syncError.message}`);
  if (syncError.code === "internal" || context.env.DEBUG === "1") {
    const origin = syncError.cause instanceof Error ? syncError.cause : syncError;
    if (origin.stack) context.log(origin.stack);
  }
  if (json) context.printJson({ error: syncError.toJSON() });
  return syncError.exitCode;
}

// src/cli/flags.ts
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
function parseChoice(value, choices, flag) {
  if (value === void 0) return void 0;
  if (!choices.includes(value)) {
    throw new InvalidInputError(`${flag}: expected one of ${choices.join(", ")}, got ${JSON.stringify(value)}`);
  }
  return value;
}
function parseCount(value, flag, { min = 0 } = {}) {
  if (!/^\d+$/.test(value) || Number(value) < min) {
    throw new InvalidInputError(`${flag}: expected an integer \u2265 ${min}, got ${JSON.stringify(value)}`);
  }
  return Number(value);
}
async function readFlagFile(context, flag, file) {
  try {
    return await readFile(resolve(context.cwd, file), "utf8");
  } catch (error) {
    throw new IoError(`${flag}: cannot read ${file}: ${error.message}`);
  }
}
function formatTable(header, rows) {
  const cells = [
    header,
    ...rows.map((row) => row.map((cell) => typeof cell === "number" ? cell.toLocaleString("en-US") : cell))
  ];
  const numeric = header.map((_, column) => rows.length > 0 && rows.every((row) => typeof row[column] === "number"));
  const widths = header.map((_, column) => Math.max(...cells.map((row) => String(row[column] ?? "").length)));
  return cells.map(
    (row) => row.map((cell, column) => {
      const text = String(cell ?? "");
      const width = widths[column] ?? 0;
      return numeric[column] ? text.padStart(width) : text.padEnd(width);
    }).join("  ").trimEnd()
  );
}
function formatDuration(ms) {
  return ms >= 1e3 ? `${(ms / 1e3).toFixed(2)} s` : `${Math.round(ms)} ms`;
}

// src/cli/commands/connect.ts
function registerConnect(program2, run) {
  withCommonOptions(
    program2.command("connect <app>").summary("install a sync for a connection (catalog recipe) and backfill its mirror").description(
      "Install a sync for a Pipedream Connect account: sync.json, handler.js and SKILL.md from the reviewed catalog recipe, then a backfill with checkpoints (a killed run resumes when run again). Idempotent: an existing skills/<slug>/SKILL.md means done unless --force."
    ).option("--account <apn_id>", "the Pipedream Connect account id (apn_...)").option("--external-user <id>", "the external user id (default: from Pipedream)").option("--slug <slug>", "the sync slug (default: the app slug, then -2, -3...)").option("--force", "reinstall and backfill again even when the skill exists", false).option("--agent <mode>", "auto | catalog | llm (default: SYNCAGENT_AGENT, else auto)").option("--review <mode>", "direct | pr (default: SYNCAGENT_REVIEW, else direct)").option("--max-steps <n>", "sync agent: step budget (default 60)").option("--max-minutes <n>", "sync agent: wall-time budget in minutes (default 20)").option("--trace <file>", "sync agent: write one NDJSON line per step to this file").option("--dry-run", "print what would be installed, write nothing", false)
  ).addHelpText(
    "after",
    // apn_demo is the demo's Dropbox account: the examples run against the demo store (`demo --serve`).
    "\nExamples:\n  syncagent connect dropbox --account apn_demo\n  syncagent connect dropbox --account apn_demo --slug dropbox-work --json\n  syncagent connect dropbox --account apn_demo --force\n  syncagent connect dropbox --account apn_demo --slug dropbox-2 --dry-run"
  ).action(
    run(async (context, app, options) => {
      const { connectFromRequest, parseConnectRequest } = await import("./connect-request-JQW3WQN2.js");
      const request = parseConnectRequest(
        {
          app,
          accountId: options.account,
          externalUserId: options.externalUser,
          slug: options.slug,
          force: options.force,
          agent: options.agent,
          review: options.review,
          dryRun: options.dryRun,
          maxSteps: options.maxSteps === void 0 ? void 0 : parseCount(options.maxSteps, "--max-steps", { min: 1 }),
          maxMinutes: options.maxMinutes === void 0 ? void 0 : parseCount(options.maxMinutes, "--max-minutes", { min: 1 }),
          traceFile: options.trace === void 0 ? void 0 : resolve2(context.cwd, options.trace)
        },
        context.env
      );
      const deps = await cliEngineDeps(context, options);
      let lastProgress = 0;
      deps.onCheckpoint = (info) => {
        if (options.json || Date.now() - lastProgress < 1e3) return;
        lastProgress = Date.now();
        context.log(`progress: ${info.message}`);
      };
      if (request.review === "pr") {
        const { connectUnderReview } = await import("./review-connect-AHXR6HQR.js");
        const { cliGitHubDeps } = await import("./github-deps-KI45225A.js");
        const reviewed = await connectUnderReview(
          await cliGitHubDeps(context, options, context.env, { onCheckpoint: deps.onCheckpoint }),
          request,
          connectFromRequest
        );
        if (options.json)
          return context.printJson({
            ...reviewed.outcome,
            branch: reviewed.branch,
            pullRequest: reviewed.pullRequest
          });
        const pull = reviewed.pullRequest;
        context.out(
          pull ? `${reviewed.slug}: ${pull.created ? "opened" : "updated"} pull request #${pull.number} ${pull.url} (branch ${reviewed.branch})` : `${reviewed.slug}: ${reviewed.outcome.status === "dry-run" ? "dry run" : "nothing to review"}`
        );
        return;
      }
      const outcome = await connectFromRequest(deps, request);
      if (options.json) return context.printJson(outcome);
      if (outcome.status === "exists")
        context.out(
          `${outcome.slug}: already connected (skills/${outcome.slug}/SKILL.md exists; --force reinstalls)`
        );
      else if (outcome.status === "dry-run")
        context.out(`${outcome.slug}: would install ${outcome.files.join(", ")} (${outcome.createdBy}) and backfill`);
      else context.out(`${outcome.slug}: connected (${outcome.createdBy}): ${outcome.summary ?? "done"}`);
    })
  );
}

// src/cli/commands/db.ts
function registerDb(program2, run) {
  const db = program2.command("db").summary("app database: migrate the schema, push local \u2192 cloud, pull cloud \u2192 local").description(
    "App data in Postgres: users, skills, contexts and content. The local database is DATABASE_URL, the cloud database CLOUD_DATABASE_URL."
  ).addHelpText(
    "after",
    "\nExamples:\n  syncagent db migrate\n  syncagent db migrate --target both\n  syncagent db push --dry-run\n  syncagent db pull --tables users,contexts --json"
  );
  withCommonOptions(
    db.command("migrate").summary("apply pending schema migrations (idempotent)").description(
      "Apply the pending versioned migrations (users, contexts, skills, content) in one transaction. Running it again applies nothing. --target picks the database: local (DATABASE_URL, default), cloud (CLOUD_DATABASE_URL) or both."
    ).option("--target <which>", "local, cloud or both", "local").option("--dry-run", "list the pending migrations and apply nothing", false)
  ).addHelpText(
    "after",
    "\nExamples:\n  syncagent db migrate\n  syncagent db migrate --target cloud --json\n  syncagent db migrate --target both --dry-run"
  ).action(
    run(async (context, options) => {
      const { migrate } = await import("./migrations-JO2CY3U7.js");
      const { openDatabase } = await import("./appdata-support-UVMVOTJO.js");
      const target = parseChoice(options.target, ["local", "cloud", "both"], "--target") ?? "local";
      const roles = target === "both" ? ["local", "cloud"] : [target];
      const databases = roles.map((role) => openDatabase(context, role));
      const results = [];
      try {
        for (const database of databases) results.push(await migrate(database, { dryRun: options.dryRun }));
      } finally {
        await Promise.all(databases.map((database) => database.close()));
      }
      if (options.json) return context.printJson({ dryRun: Boolean(options.dryRun), databases: results });
      for (const result of results) {
        if (result.applied.length === 0)
          context.out(`${result.database}: up to date (schema version ${result.toVersion})`);
        else
          context.out(
            `${result.database}: ${options.dryRun ? "would apply" : "applied"} ${result.applied.map((migration) => `${migration.version} ${migration.name}`).join(", ")} (schema version ${result.fromVersion} \u2192 ${result.toVersion})`
          );
      }
    })
  );
  for (const direction of ["push", "pull"]) {
    const [from, to] = direction === "push" ? ["local", "cloud"] : ["cloud", "local"];
    withCommonOptions(
      db.command(direction).summary(
        direction === "push" ? "copy local \u2192 cloud (DATABASE_URL \u2192 CLOUD_DATABASE_URL)" : "copy cloud \u2192 local (CLOUD_DATABASE_URL \u2192 DATABASE_URL)"
      ).description(
        `Copy the app tables from the ${from} database to the ${to} database in one transaction: rows are upserted by primary key in dependency order (users before contexts), rows that did not change are not rewritten, and rows missing on the source are kept unless --prune. Tables stream through COPY into a staging table and merge in one statement, so memory stays flat.`
      ).option("--tables <list>", "comma-separated tables: users,skills,contexts,content (default: all)").option("--dry-run", "print inserts/updates/unchanged per table and write nothing", false).option("--prune", `delete ${to} rows that the ${from} database does not have`, false)
    ).addHelpText(
      "after",
      `
Examples:
  syncagent db ${direction} --dry-run
  syncagent db ${direction} --tables users,contexts
  syncagent db ${direction} --prune --json`
    ).action(
      run(async (context, options) => {
        const { databasePart } = await import("./parts-EYQZLGOL.js");
        const { parseTables } = await import("./schema-VAY7RV65.js");
        const { migrateHint, openDatabase, progressPrinter } = await import("./appdata-support-UVMVOTJO.js");
        const part = databasePart({
          openLocal: () => openDatabase(context, "local"),
          openCloud: () => openDatabase(context, "cloud"),
          tables: parseTables(options.tables),
          migrateHint,
          onStart: (source, target) => context.log(`${direction}: ${source.label} \u2192 ${target.label}${options.dryRun ? " (dry run)" : ""}`),
          onProgress: progressPrinter(context)
        });
        const result = await part.run({ direction, dryRun: Boolean(options.dryRun), prune: Boolean(options.prune) });
        if (options.json) return context.printJson({ direction, ...result });
        printDatabaseSync(context, result);
      })
    );
  }
}
function printDatabaseSync(context, result) {
  const header = ["table", "source rows", "inserts", "updates", "unchanged", ...result.prune ? ["deletes"] : []];
  const rows = result.tables.map((table) => [
    table.table,
    table.sourceRows,
    table.inserts,
    table.updates,
    table.unchanged,
    ...result.prune ? [table.deletes] : []
  ]);
  for (const line of formatTable(header, rows)) context.out(line);
  const total = (field) => result.tables.reduce((sum, table) => sum + table[field], 0).toLocaleString("en-US");
  const sourceRows = result.tables.reduce((sum, table) => sum + table.sourceRows, 0);
  const rate = sourceRows >= 1e4 ? `, ${Math.round(sourceRows / (result.durationMs / 1e3)).toLocaleString("en-US")} rows/s` : "";
  context.out(
    `${result.dryRun ? "dry run, nothing written" : "committed"}: ${total("inserts")} inserted, ${total("updates")} updated, ${total("unchanged")} unchanged${result.prune ? `, ${total("deletes")} deleted` : ""} in ${formatDuration(result.durationMs)}${rate ? ` (${rate.slice(2)})` : ""}`
  );
}

// src/cli/commands/delete.ts
function registerDelete(program2, run) {
  withCommonOptions(
    program2.command("delete <slug>").summary("unregister the webhook and remove skill, handler and mirror").description(
      "Run the handler's unregisterWebhook (when it has one), then remove skills/<slug>/, handlers/<slug>/ and mirrors/<slug>/ in one commit."
    )
  ).addHelpText("after", "\nExamples:\n  syncagent delete dropbox\n  syncagent delete ticketdesk --json").action(
    run(async (context, slug, options) => {
      const { deleteSync } = await import("./events-PW752XPA.js");
      const deps = await cliEngineDeps(context, options);
      const outcome = await deleteSync(deps, slug);
      if (options.json) return context.printJson(outcome);
      context.out(`${slug}: deleted (${outcome.removed} files removed)`);
    })
  );
}

// src/cli/commands/demo.ts
function registerDemo(program2, run) {
  withCommonOptions(
    program2.command("demo").summary("run the whole loop offline against a bundled sample Dropbox (--serve: then keep it up to play)").description(
      "Start a sample Dropbox API and a Pipedream Connect look-alike on loopback, create a demo store (a temp folder, or --store), connect dropbox through the real Pipedream proxy code path, change the sample tree, deliver a signed webhook, and show the mirror diff of that commit and a grep; then install a second app without a catalog recipe (a ticket tracker) through the LLM sync agent, with a scripted model server playing the LLM (no key needed). Run again on the same --store, it skips what is done. With --serve the sample APIs stay up afterwards (until Ctrl-C) on a stable port and the demo prints the settings to export (demo values, not real credentials), so poll, tick, renew, exec, webhook and connect work offline against the store."
    ).option("--serve", "keep the sample APIs running after the demo and print the settings that reach them", false).option(
      "--port <n>",
      `with --serve: the Pipedream Connect fake's port (0: any free one) (default: ${demoServePort})`
    )
  ).addHelpText(
    "after",
    "\nExamples:\n  syncagent demo\n  syncagent demo --store ./demo-store\n  syncagent demo --serve --store ./demo-store"
  ).action(
    run(async (context, options) => {
      if (options.port !== void 0 && !options.serve) throw new InvalidInputError("--port: only with --serve");
      const port = options.port === void 0 ? demoServePort : parseCount(options.port, "--port");
      if (port > 65535) throw new InvalidInputError(`--port: expected 0-65535, got ${port}`);
      const { default: progress } = await import("./cli-progress-SERRYOSF.js");
      const { runDemo, startPlayground } = await import("./demo-VBIZXI73.js");
      const bar = new progress.SingleBar({
        stream: context.stderr,
        format: "backfill [{bar}] {value}/{total} entries",
        hideCursor: false,
        noTTYOutput: true,
        notTTYSchedule: 500
      });
      let started = false;
      const text = cliLogger(context, false);
      const quiet = { info: () => {
      }, warn: text.warn, error: text.error };
      const serving = { ready: false };
      const stopped = options.serve ? stopRequested(context.signal, serving) : void 0;
      const playground = await startPlayground({ port: options.serve ? port : 0 });
      try {
        const result = await runDemo({
          playground,
          store: options.store,
          cwd: context.cwd,
          env: context.env,
          serve: options.serve,
          out: {
            say: (line) => {
              if (started) {
                bar.stop();
                started = false;
              }
              if (!options.json) context.out(line);
            },
            progress: (done, total) => {
              if (options.json) return;
              if (!started) {
                bar.start(total, 0);
                started = true;
              }
              bar.update(done);
            },
            logger: options.json ? cliLogger(context, true) : quiet
          }
        });
        if (started) bar.stop();
        serving.ready = true;
        if (options.json) context.printJson(result);
        if (stopped) {
          await stopped;
          context.log("syncagent demo: sample APIs stopped");
        }
      } finally {
        await playground.close();
      }
    })
  );
}
function stopRequested(signal, serving) {
  return new Promise((resolve4) => {
    const stop = (name) => {
      process.off("SIGTERM", stop);
      process.off("SIGINT", stop);
      if (!serving.ready && typeof name === "string") {
        process.kill(process.pid, name);
        return;
      }
      resolve4();
    };
    process.on("SIGTERM", stop);
    process.on("SIGINT", stop);
    signal?.addEventListener("abort", stop, { once: true });
    if (signal?.aborted) stop();
  });
}

// src/cli/commands/deploy.ts
function registerDeploy(program2, run) {
  withCommonOptions(
    program2.command("deploy").summary("deploy `syncagent serve` to Fly.io (Dockerfile + fly.toml, flyctl)").description(
      "Build the Docker image of `syncagent serve` from the Dockerfile and fly.toml of a syncagent checkout and deploy it to Fly.io: `flyctl deploy --remote-only` (Fly's builder, no local Docker needed), or --local-only to build with the local Docker engine. Needs FLY_API_TOKEN and FLY_APP (and flyctl on PATH). --dry-run prints the exact commands (the token masked) and runs nothing."
    ).option("--dry-run", "print the commands, run nothing", false).option("--local-only", "build the image with the local Docker engine", false).option("--dir <dir>", "the folder with the Dockerfile and fly.toml (default: the current directory)").option("--config <file>", "fly.toml to use, relative to --dir", "fly.toml")
  ).addHelpText(
    "after",
    "\nExamples:\n  FLY_API_TOKEN=... FLY_APP=my-syncagent syncagent deploy --dry-run\n  FLY_API_TOKEN=... FLY_APP=my-syncagent syncagent deploy\n  syncagent deploy --local-only --json"
  ).action(
    run(async (context, options) => {
      const { resolve: resolve4 } = await import("node:path");
      const { deployPlan, formatCommand, runPlannedCommand } = await import("./deploy-7J7AZOXD.js");
      const plan = await deployPlan({
        env: context.env,
        dir: resolve4(context.cwd, options.dir ?? "."),
        localOnly: options.localOnly,
        config: options.config
      });
      const commands2 = plan.map(formatCommand);
      if (options.dryRun) {
        if (options.json) return context.printJson({ dryRun: true, commands: commands2 });
        for (const line of commands2) context.out(line);
        return;
      }
      for (const [index, planned] of plan.entries()) {
        context.log(`deploy: ${commands2[index]}`);
        await runPlannedCommand(planned, context.env, (chunk) => context.stderr.write(chunk));
      }
      const app = context.env.FLY_APP;
      if (options.json) return context.printJson({ dryRun: false, commands: commands2, app, url: `https://${app}.fly.dev` });
      context.out(`deployed ${app}: https://${app}.fly.dev (check /healthz and /status)`);
    })
  );
}

// src/cli/commands/dispatch.ts
import { basename } from "node:path";
var defaultFailureThreshold = 3;
function registerDispatch(program2, run) {
  withCommonOptions(
    program2.command("dispatch").summary("handle a GitHub event: repository_dispatch, schedule or workflow_dispatch (what the Action runs)").description(
      "Handle one GitHub event payload as the Action does: repository_dispatch syncagent.connect, syncagent.webhook and syncagent.delete; schedule runs tick; workflow_dispatch runs its `command` input. The payload is checked against GitHub's limits and its schema first: a bad one is one clear error and changes nothing. Reads GITHUB_EVENT_PATH, GITHUB_EVENT_NAME, GITHUB_TOKEN, GITHUB_REPOSITORY, GITHUB_API_URL, GITHUB_SERVER_URL, GITHUB_RUN_ID and GITHUB_STEP_SUMMARY (the job summary) when set."
    ).option("--event <file>", "the event payload (default: GITHUB_EVENT_PATH)").option("--event-name <name>", "the event name (default: GITHUB_EVENT_NAME, else inferred from the payload)").option(
      "--review <mode>",
      "direct | pr: a connect lands on the default branch or as a pull request (default: SYNCAGENT_REVIEW, else direct)"
    ).option("--agent <mode>", "auto | catalog | llm: who installs a connect (default: SYNCAGENT_AGENT, else auto)").option("--model <spec>", "the sync agent model, e.g. anthropic:<model> (default: SYNCAGENT_MODEL)").option(
      "--failure-threshold <n>",
      "failures in a row after which a sync gets an issue",
      String(defaultFailureThreshold)
    )
  ).addHelpText(
    "after",
    [
      "",
      "Examples:",
      "  syncagent dispatch --event event.json --event-name repository_dispatch",
      "  GITHUB_EVENT_PATH=event.json GITHUB_EVENT_NAME=schedule syncagent dispatch --json",
      "  syncagent dispatch --event connect.json --review pr   # needs GITHUB_TOKEN and GITHUB_REPOSITORY",
      "",
      "A webhook event file (repository_dispatch):",
      '  {"action":"syncagent.webhook","client_payload":{"slug":"dropbox","delivery_id":"d-1",',
      '   "headers":{"x-dropbox-signature":"\u2026"},"body":"{\\"list_folder\\":{\\"accounts\\":[]}}"}}'
    ].join("\n")
  ).action(
    run(async (context, options) => {
      const review = parseChoice(
        options.review ?? blankToUndefined(context.env.SYNCAGENT_REVIEW),
        ["direct", "pr"],
        "--review"
      ) ?? "direct";
      const agent = parseChoice(options.agent, ["auto", "catalog", "llm"], "--agent");
      const failureThreshold = parseCount(options.failureThreshold, "--failure-threshold", { min: 1 });
      const { maskSecrets, renderJobSummary, secretValues, writeJobSummary } = await import("./action-ECXVYTKG.js");
      const { failedReport, parseGitHubEvent, readGitHubSettings, repositoryLinks } = await import("./github-N4MHHLFD.js");
      const { toSyncError: toSyncError2 } = await import("./errors-B7TX5YGX.js");
      const settings = readGitHubSettings(context.env);
      const env = options.model ? { ...context.env, SYNCAGENT_MODEL: options.model } : context.env;
      const secrets = secretValues(env);
      maskSecrets(secrets, settings.inActions);
      const eventPath = options.event ?? settings.eventPath;
      const eventName = options.eventName ?? settings.eventName ?? void 0;
      let report;
      try {
        if (!eventPath) {
          const { MissingConfigError } = await import("./errors-B7TX5YGX.js");
          throw new MissingConfigError(
            "GITHUB_EVENT_PATH",
            "missing configuration: pass --event FILE or set GITHUB_EVENT_PATH"
          );
        }
        const event = parseGitHubEvent(
          eventName,
          await readFlagFile(context, "--event", eventPath),
          basename(eventPath)
        );
        report = await dispatchEvent(
          context,
          options,
          { env, inActions: settings.inActions, review, agent, failureThreshold, secrets },
          event
        );
      } catch (caught) {
        const error = toSyncError2(caught);
        report = failedReport(
          { name: eventName ?? "unknown" },
          { code: error.code, message: error.message, exitCode: error.exitCode }
        );
      }
      const links = repositoryLinks(settings);
      if (settings.stepSummary) await writeJobSummary(settings.stepSummary, renderJobSummary(report, links, secrets));
      if (options.json) context.printJson(report);
      else for (const line of report.lines) context.out(line);
      for (const warning of report.warnings) context.log(`warning: ${warning}`);
      if (report.error) {
        context.log(`syncagent: ${report.error.code}: ${report.error.message}`);
        context.setExitCode(report.error.exitCode);
      }
    })
  );
}
async function dispatchEvent(context, options, resolved, event) {
  const { secretValues, maskSecrets } = await import("./action-ECXVYTKG.js");
  const { connectFromRequest } = await import("./connect-request-JQW3WQN2.js");
  const { runDispatch } = await import("./dispatch-4PPZGXNF.js");
  const { cliGitHubDeps } = await import("./github-deps-KI45225A.js");
  const deps = await cliGitHubDeps(context, options, resolved.env);
  const extra = secretValues(resolved.env, await webhookSecretNames(deps.store)).filter(
    (value) => !resolved.secrets.includes(value)
  );
  maskSecrets(extra, resolved.inActions);
  resolved.secrets.push(...extra);
  return runDispatch({ ...deps, install: connectFromRequest }, event, {
    review: resolved.review,
    agent: resolved.agent,
    failureThreshold: resolved.failureThreshold
  });
}
async function webhookSecretNames(reader) {
  const { listSyncSlugs, loadSync } = await import("./registry-2ZJJT5MC.js");
  const names = [];
  for (const slug of await listSyncSlugs(reader)) {
    try {
      const secretEnv = (await loadSync(reader, slug)).config.signals.webhook?.signature?.secretEnv;
      if (secretEnv) names.push(secretEnv);
    } catch {
    }
  }
  return names;
}
function blankToUndefined(value) {
  return value === void 0 || value.trim() === "" ? void 0 : value.trim();
}

// src/cli/commands/exec.ts
function registerExec(program2, run) {
  withCommonOptions(
    program2.command("exec <slug>").summary("run one-shot code with a sync's ctx").description(
      "Run `export default async function (ctx)` from a file in the sandbox with the same ctx as the handler (mirror, state, http through the gateway, log, checkpoint). Its writes are one commit; its return value is printed."
    ).requiredOption("--file <file>", "the ES module to run")
  ).addHelpText(
    "after",
    "\nExamples:\n  syncagent exec dropbox --file probe.js\n  syncagent exec dropbox --file repair.js --json"
  ).action(
    run(async (context, slug, options) => {
      const { exec } = await import("./events-PW752XPA.js");
      const text = await readFlagFile(context, "--file", options.file);
      const outcome = await exec(await cliEngineDeps(context, options), slug, { text, filename: options.file });
      const result = outcome.ran ? outcome.result : void 0;
      if (options.json)
        return context.printJson({ slug, result: result ?? null, commits: outcome.ran ? outcome.commits : [] });
      context.out(
        result === void 0 ? `${slug}: exec done` : typeof result === "string" ? result : JSON.stringify(result, null, 2)
      );
    })
  );
}

// src/cli/commands/files.ts
var listed = 20;
function printFilesSync(context, result) {
  const verb = result.direction === "push" ? "push" : "pull";
  if (result.direction === "pull" && !result.cloudHasFiles) {
    context.out("the cloud has no files yet (run `syncagent files push` first): nothing pulled");
    return;
  }
  const counts = `${result.added.length} added, ${result.changed.length} changed, ${result.removed.length} removed, ${result.unchanged} unchanged`;
  const folders = result.folders.length > 0 ? result.folders.join(" ") : "no folders";
  context.out(
    `${result.dryRun ? `would ${verb}` : verb === "push" ? "pushed" : "pulled"} ${folders}: ${result.files} files (${result.bytes} bytes): ${counts}`
  );
  for (const [mark, paths] of [
    ["+", result.added],
    ["~", result.changed],
    ["-", result.removed]
  ]) {
    for (const path of paths.slice(0, listed)) context.out(`  ${mark} ${path}`);
    if (paths.length > listed) context.out(`  ${mark} \u2026 and ${paths.length - listed} more`);
  }
  for (const skipped of result.skipped) context.out(`  skipped ${skipped}`);
}
function registerFiles(program2, run) {
  const files = program2.command("files").summary(`sync ${syncedFolders.join("/ ")}/ with the cloud as one tarball`).description(
    `Tarball file sync: push packs ${syncedFolders.map((folder) => `${folder}/`).join(" ")} (those present under --store) into a gzipped tarball and uploads it to SYNCAGENT_CLOUD_URL (a \`syncagent serve\`, PUT /api/v1/files) with the bearer SYNCAGENT_CLOUD_TOKEN; pull downloads it, checks every entry (regular files and folders inside the synced folders only: no links, devices, absolute paths, .. or .git; bounded size and entry count), extracts it into a temporary folder and swaps the folders in. A bad entry refuses the whole tarball.`
  ).addHelpText(
    "after",
    "\nExamples:\n  SYNCAGENT_CLOUD_URL=https://my-syncagent.fly.dev SYNCAGENT_CLOUD_TOKEN=... syncagent files push\n  syncagent files pull --dry-run --store ./workspace\n  syncagent files pull --json"
  );
  const descriptions = {
    push: "Pack the synced folders under --store and upload them, replacing the cloud copy. Lists what the cloud copy gains, changes and loses.",
    pull: "Download the cloud copy, check it, and replace the synced folders under --store with it (folders the copy lacks are removed)."
  };
  for (const direction of ["push", "pull"]) {
    withCommonOptions(
      files.command(direction).summary(direction === "push" ? "upload the synced folders" : "replace the synced folders with the cloud copy").description(descriptions[direction]).option("--dry-run", "list what would be added, changed and removed; write nothing", false)
    ).addHelpText(
      "after",
      `
Examples:
  syncagent files ${direction} --dry-run
  syncagent files ${direction} --store ./workspace --json`
    ).action(
      run(async (context, options) => {
        const { filesPart } = await import("./parts-EYQZLGOL.js");
        const { cloudSettings, createFilesCloud } = await import("./filesync-6SHQ24TL.js");
        const part = filesPart({
          root: storeRoot(context, options, { mustExist: direction === "push" }),
          openCloud: () => createFilesCloud(cloudSettings(context.env))
        });
        const result = await part.run({ direction, dryRun: Boolean(options.dryRun), prune: false });
        if (options.json) return context.printJson(result);
        printFilesSync(context, result);
      })
    );
  }
}

// src/cli/commands/grep.ts
function registerGrep(program2, run) {
  withCommonOptions(
    program2.command("grep <regex>").summary("search store files with a JavaScript regex (grep_file)").description(
      "Search one file (--path) or every file below a folder (--prefix, optionally --glob) with a JavaScript regular expression. Output looks like `rg -n`; --json prints {matches, truncated} records."
    ).option("--path <file>", "search this one file").option("--prefix <dir>", 'search every file below this folder ("." for the whole store)').option("--glob <glob>", 'with --prefix: only files matching this glob (e.g. "*.ndjson")').option("-i, --ignore-case", "case-insensitive match", false).option("-C, --context <n>", "lines of context around each match", "0").option("--max <n>", "stop after this many matches (0: no limit)", "100")
  ).addHelpText(
    "after",
    `
Examples:
  syncagent grep -i "budget" --prefix mirrors/dropbox --glob "*.ndjson"
  syncagent grep '"lower":"/finance/2025/' --prefix mirrors/dropbox/files -C 1
  syncagent grep '"tag":"folder"' --prefix mirrors --json --max 0`
  ).action(
    run(
      async (context, pattern, options) => {
        if (options.path === void 0 && options.prefix === void 0) {
          throw new InvalidInputError("give --path FILE or --prefix DIR (use --prefix . for the whole store)");
        }
        const { grepFile } = await import("./grep-file-3MXQGFSH.js");
        const result = await grepFile(storeRoot(context, options), {
          pattern,
          path: options.path,
          prefix: options.prefix,
          glob: options.glob,
          flags: options.ignoreCase ? "i" : "",
          contextLines: parseCount(options.context, "--context"),
          maxMatches: parseCount(options.max, "--max") || Number.POSITIVE_INFINITY
        });
        if (options.json) {
          context.printJson({ matches: result.matches, truncated: result.truncated });
        } else {
          printLikeRipgrep(result.matches, options.path === void 0, context.out);
          if (result.truncated)
            context.log(`syncagent: stopped after ${result.matches.length} matches (raise --max to see more)`);
        }
      }
    )
  );
}
function printLikeRipgrep(matches, withFile, out) {
  const byFile = /* @__PURE__ */ new Map();
  for (const match of matches) {
    let lines = byFile.get(match.file);
    if (!lines) byFile.set(match.file, lines = /* @__PURE__ */ new Map());
    const setContext = (line, text) => {
      if (!lines.get(line)?.isMatch) lines.set(line, { text, isMatch: false });
    };
    for (const [index, text] of match.before.entries()) setContext(match.line - match.before.length + index, text);
    lines.set(match.line, { text: match.match, isMatch: true });
    for (const [index, text] of match.after.entries()) setContext(match.line + 1 + index, text);
  }
  const withContext = matches.some((match) => match.before.length > 0 || match.after.length > 0);
  let printedAny = false;
  for (const [file, lines] of byFile) {
    let previous;
    for (const line of [...lines.keys()].sort((a, b) => a - b)) {
      const entry = lines.get(line);
      if (withContext && printedAny && (previous === void 0 || line > previous + 1)) out("--");
      const separator = entry.isMatch ? ":" : "-";
      out(`${withFile ? `${file}${separator}` : ""}${line}${separator}${entry.text}`);
      previous = line;
      printedAny = true;
    }
  }
}

// src/cli/commands/init.ts
function registerInit(program2, run) {
  withCommonOptions(
    program2.command("init").summary("lay out skills/ handlers/ mirrors/ in a git repository").description(
      "Lay out skills/, handlers/ and mirrors/ in a git repository, creating the repository when needed. Safe to run again: it only adds what is missing, in one commit. With --workflows it also writes the GitHub workflows (.github/workflows/syncagent-*.yml) that run syncagent as a GitHub Action on repository_dispatch and schedule; a workflow file that exists with other content is kept."
    ).option("--workflows", "also write the syncagent GitHub workflows", false).option("--action-ref <ref>", `the action the workflows use, owner/repo@ref (default ${defaultActionRef})`)
  ).addHelpText(
    "after",
    `
Examples:
  syncagent init --store ./store
  syncagent init --json
  syncagent init --workflows --action-ref ${defaultActionRef}`
  ).action(
    run(async (context, options) => {
      const { initStore } = await import("./init-BY4ZYX6Q.js");
      const { validateActionRef, writeWorkflows } = await import("./workflows-MXGACO4S.js");
      const actionRef = options.workflows || options.actionRef !== void 0 ? validateActionRef(options.actionRef ?? defaultActionRef) : void 0;
      const result = await initStore(storeOptions(context, options, { mustExist: false }));
      const workflows = actionRef === void 0 ? void 0 : await writeWorkflows(result.store, actionRef);
      const summary = {
        store: result.store.root,
        createdRepository: result.createdRepository,
        addedFolders: result.addedFolders,
        commit: result.commit,
        ...workflows ? { workflows: { actionRef, ...workflows } } : {}
      };
      if (options.json) return context.printJson(summary);
      if (workflows) {
        for (const path of workflows.written) context.out(`wrote ${path} (uses ${actionRef})`);
        for (const path of workflows.unchanged) context.out(`${path} is up to date`);
        for (const path of workflows.kept)
          context.out(`kept ${path}: it differs from syncagent's (delete it and run again to replace it)`);
      }
      if (result.addedFolders.length === 0) context.out(`store ready at ${result.store.root} (nothing to add)`);
      else
        context.out(
          `${result.createdRepository ? "created" : "laid out"} store at ${result.store.root}: ${result.addedFolders.map((folder) => `${folder}/`).join(" ")} (commit ${result.commit?.slice(0, 7)})`
        );
    })
  );
}

// src/cli/commands/local.ts
function registerLocal(program2, run) {
  const local = program2.command("local").summary("sync skills/ and content/ files with the local database (hash diff)").description(
    "Keep skills/<slug>/SKILL.md and content/**/*.md (YAML frontmatter + markdown body) in step with the local database (DATABASE_URL). The diff is by content hash: added, modified, removed, unchanged."
  ).addHelpText(
    "after",
    "\nExamples:\n  syncagent local to-db --dry-run\n  syncagent local to-disk --only skills --store ./store"
  );
  const descriptions = {
    "to-db": "Read the files under --store into the local database in one transaction. Every file is parsed first: malformed frontmatter is an error naming the file and line, and nothing is written. Rows without a file are kept unless --prune.",
    "to-disk": "Write the local database out as files under --store. Files keep their frontmatter exactly as they were read; edited rows get fresh, safely escaped YAML. Files without a row are kept unless --prune."
  };
  for (const direction of ["to-db", "to-disk"]) {
    withCommonOptions(
      local.command(direction).summary(direction === "to-db" ? "files \u2192 local database" : "local database \u2192 files").description(descriptions[direction]).option("--only <kind>", "skills or content (default: both)").option("--dry-run", "print the diff and write nothing", false).option(
        "--prune",
        direction === "to-db" ? "delete rows whose file is gone" : "delete files that have no row",
        false
      )
    ).addHelpText(
      "after",
      `
Examples:
  syncagent local ${direction} --dry-run
  syncagent local ${direction} --only content --json
  syncagent local ${direction} --store ./store --prune`
    ).action(
      run(async (context, options) => {
        const { localKinds } = await import("./documents-BGHKZC4K.js");
        const { localPart } = await import("./parts-EYQZLGOL.js");
        const { migrateHint, openDatabase } = await import("./appdata-support-UVMVOTJO.js");
        const only = parseChoice(options.only, localKinds, "--only");
        const part = localPart({
          openLocal: () => openDatabase(context, "local"),
          root: storeRoot(context, options),
          only: only ? [only] : void 0,
          migrateHint: migrateHint("local")
        });
        const result = await part.run({ direction, dryRun: Boolean(options.dryRun), prune: Boolean(options.prune) });
        if (options.json) return context.printJson(result);
        printLocalSync(context, result);
      })
    );
  }
}
function printLocalSync(context, result) {
  const destination = result.direction === "to-db" ? result.database : result.root;
  context.out(`${result.direction}: ${result.direction === "to-db" ? result.root : result.database} \u2192 ${destination}`);
  const changed = result.entries.filter((entry) => entry.change !== "unchanged");
  if (changed.length > 0) {
    const rows = changed.map((entry) => [
      entry.change === "removed" && !entry.applied && !result.dryRun ? "removed (kept)" : entry.change,
      entry.file,
      (entry.sourceHash ?? entry.targetHash ?? "").slice(0, 12)
    ]);
    for (const line of formatTable(["change", "file", "hash"], rows)) context.out(line);
  }
  for (const kind of Object.keys(result.summary)) {
    const counts = result.summary[kind];
    context.out(
      `${kind}: ${counts.added} added, ${counts.modified} modified, ${counts.removed} removed, ${counts.unchanged} unchanged`
    );
  }
  const kept = changed.filter((entry) => entry.change === "removed" && !entry.applied).length;
  context.out(
    result.dryRun ? "dry run, nothing written" : `wrote ${result.written}, deleted ${result.deleted}${kept > 0 ? ` (${kept} removed kept: pass --prune to delete them)` : ""}`
  );
}

// src/cli/commands/mcp.ts
import { realpathSync } from "node:fs";
function registerMcp(program2, run) {
  withCommonOptions(
    program2.command("mcp").summary("MCP server on stdio: read_file, grep_file, list_files, list_skills (call_api with --api)").description(
      "Serve the store to an MCP client over stdio (JSON-RPC on stdin/stdout; logs on stderr). Tools: read_file, grep_file, list_files, list_skills; with --api also call_api (one request through the gateway with a sync's account, only to the hosts in its sync.json; needs the gateway settings). Runs until the client closes stdin."
    ).option("--api", "also offer call_api (content on demand, api-only skills)", false)
  ).addHelpText("after", () => {
    const script = process.argv[1] ? realpathSync(process.argv[1]) : "dist/cli.js";
    const config = { command: process.execPath, args: [script, "mcp", "--store", "/path/to/store"] };
    const withApi = {
      ...config,
      args: [script, "mcp", "--api", "--store", "/path/to/store"],
      env: { PIPEDREAM_CLIENT_ID: "...", PIPEDREAM_CLIENT_SECRET: "...", PIPEDREAM_PROJECT_ID: "..." }
    };
    return `
Example client configuration (Claude Desktop, Cursor, ...):
  ${JSON.stringify(config)}
  ${JSON.stringify(withApi)}
(or, after \`npm link\`: { "command": "syncagent", "args": ["mcp", "--store", "/path/to/store"] })`;
  }).action(
    run(async (context, options) => {
      const { serveMcpOverStdio } = await import("./mcp-server-B6MIEUUQ.js");
      await serveMcpOverStdio(storeRoot(context, options), options.api ? { api: { env: context.env } } : {});
    })
  );
}

// src/cli/commands/poll.ts
function registerPoll(program2, run) {
  withCommonOptions(
    program2.command("poll <slug>").summary("run one pollOnce for a sync").description("Run the handler's pollOnce once, in one commit: incremental changes and reconciliation.")
  ).addHelpText("after", "\nExamples:\n  syncagent poll dropbox\n  syncagent poll dropbox --store ./store --json").action(
    run(async (context, slug, options) => {
      const { poll } = await import("./events-PW752XPA.js");
      const outcome = await poll(await cliEngineDeps(context, options), slug);
      if (options.json)
        return context.printJson({
          slug,
          ...outcome.ran ? { summary: outcome.summary, commits: outcome.commits } : {}
        });
      context.out(`${slug}: poll ${outcome.ran ? outcome.summary : "skipped"}`);
    })
  );
}

// src/cli/commands/read.ts
function registerRead(program2, run) {
  withCommonOptions(
    program2.command("read <path>").summary("print lines of a store file with line numbers (read_file)").description(
      "Print lines of a store file with a line-number gutter. A read returns at most 64 KiB: use --offset and --limit to page through big files, or `syncagent grep` to find lines."
    ).option("--offset <n>", "first line to print, 1-based", "1").option("--limit <n>", "how many lines to print")
  ).addHelpText(
    "after",
    "\nExamples:\n  syncagent read skills/dropbox/SKILL.md\n  syncagent read mirrors/dropbox/recent.ndjson --offset 2 --limit 5\n  syncagent read mirrors/dropbox/index.json --json"
  ).action(
    run(
      async (context, path, options) => {
        const { readFile: readFile2, withGutter } = await import("./read-file-BNXZSFYP.js");
        const result = await readFile2(storeRoot(context, options), {
          path,
          offset: parseCount(options.offset, "--offset", { min: 1 }),
          limit: options.limit === void 0 ? void 0 : parseCount(options.limit, "--limit", { min: 1 })
        });
        if (options.json) {
          const { hint: _hint, ...shape } = result;
          return context.printJson(shape);
        }
        if (result.lines.length) context.out(withGutter(result));
        if (result.hint) context.log(`syncagent: ${result.hint}`);
      }
    )
  );
}

// src/cli/commands/renew.ts
function registerRenew(program2, run) {
  withCommonOptions(
    program2.command("renew <slug>").summary("run one renewWebhook for a sync").description(
      "Run the handler's renewWebhook once and record the new webhook expiry in status.json. A handler without renewWebhook (webhooks that do not expire, such as Dropbox's) has nothing to renew: the command says so and succeeds, without a commit."
    )
  ).addHelpText("after", "\nExamples:\n  syncagent renew dropbox\n  syncagent renew dropbox --json").action(
    run(async (context, slug, options) => {
      const { renew } = await import("./events-PW752XPA.js");
      const outcome = await renew(await cliEngineDeps(context, options), slug);
      if (options.json)
        return context.printJson(
          outcome.ran ? { slug, summary: outcome.summary, result: outcome.result, commits: outcome.commits } : { slug, skipped: outcome.skipped }
        );
      context.out(`${slug}: renew ${outcome.ran ? outcome.summary : "skipped (the handler has no renewWebhook)"}`);
    })
  );
}

// src/cli/commands/serve.ts
import { join } from "node:path";
function registerServe(program2, run) {
  withCommonOptions(
    program2.command("serve").summary("run the webhook service: durable intake, connect, tick, file sync, /status, /metrics").description(
      "Run syncagent as a long-lived HTTP service over a clone of the store. Routes: POST /hooks/pipedream (Pipedream Connect events, bearer SYNCAGENT_HOOK_TOKEN or ?token=) runs connect; GET|POST /hooks/<slug> takes a provider's webhooks (challenge from sync.json; signature checked, then written to a durable spool and answered 200; deliveries waiting for a slug run as one event); GET /healthz, /status (JSON), /metrics (Prometheus); PUT|GET /api/v1/files (file sync, bearer SYNCAGENT_CLOUD_TOKEN). An internal scheduler runs tick. SIGTERM stops intake, finishes the event in hand and exits; what was accepted and not done is replayed at the next start. Delivery ids are read from x-syncagent-delivery-id, webhook-id or x-github-delivery (else one is made up). With --relay github every event is forwarded as a repository_dispatch (GITHUB_TOKEN, GITHUB_REPOSITORY, GITHUB_API_URL) instead, retried from the spool while GitHub is unreachable."
    ).option("--port <n>", "port to listen on (default: $PORT, else 8080; 0 picks a free one)").option("--host <address>", "address to listen on (0.0.0.0 in a container)", "127.0.0.1").option("--relay <target>", "forward events instead of running them: github").option("--data <dir>", "spool, dead letters and file-sync tarball (default: <store>/.git/syncagent-serve)").option(
      "--clone <url>",
      "clone the store from this URL first when --store is not a repository (or SYNCAGENT_STORE_URL)"
    ).option("--tick-minutes <n>", "run tick every N minutes (0: off; off with --relay)", "1").option("--max-batch <n>", "most deliveries of one slug run as one event", "100").option("--concurrency <n>", "events running at once across slugs", "2")
  ).addHelpText(
    "after",
    "\nExamples:\n  SYNCAGENT_HOOK_TOKEN=... DROPBOX_APP_SECRET=... syncagent serve --store ./store --port 8080\n  syncagent serve --store /data/store --host 0.0.0.0 --json\n  GITHUB_TOKEN=... GITHUB_REPOSITORY=me/store syncagent serve --relay github --store ./store"
  ).action(
    run(async (context, options) => {
      const { cloneStoreIfMissing, createGitHubDispatcher, gitAuthEnv, relaySettings, startService, storeRefresher } = await import("./serve-PZBTJNVI.js");
      const { openStore } = await import("./store-ZYKS5WCW.js");
      const relay = parseChoice(options.relay, ["github"], "--relay");
      const portText = options.port ?? context.env.PORT ?? "8080";
      const port = parseCount(portText, options.port === void 0 ? "PORT" : "--port");
      if (port > 65535) throw new InvalidInputError(`--port: expected 0-65535, got ${port}`);
      const tickMinutes = Number(options.tickMinutes);
      if (!Number.isFinite(tickMinutes) || tickMinutes < 0) {
        throw new InvalidInputError(
          `--tick-minutes: expected a number \u2265 0, got ${JSON.stringify(options.tickMinutes)}`
        );
      }
      const maxBatch = parseCount(options.maxBatch, "--max-batch", { min: 1 });
      const concurrency = parseCount(options.concurrency, "--concurrency", { min: 1 });
      const dispatcher = relay ? createGitHubDispatcher(relaySettings(context.env)) : null;
      const root = storeRoot(context, options, { mustExist: false });
      const cloneUrl = options.clone ?? context.env.SYNCAGENT_STORE_URL;
      if (cloneUrl && await cloneStoreIfMissing(cloneUrl, root, context.env))
        context.log(`cloned the store into ${root}`);
      const gitEnv = { ...context.env, ...cloneUrl ? gitAuthEnv(context.env, cloneUrl) : {} };
      const logger = cliLogger(context, Boolean(options.json));
      const store = await openStore({ ...storeOptions(context, options, { mustExist: false }), env: gitEnv, logger });
      const stopRequested2 = new Promise((resolve4) => {
        const stop = () => {
          process.off("SIGTERM", stop);
          process.off("SIGINT", stop);
          resolve4();
        };
        process.on("SIGTERM", stop);
        process.on("SIGINT", stop);
        context.signal?.addEventListener("abort", stop, { once: true });
        if (context.signal?.aborted) stop();
      });
      const service = await startService({
        store,
        env: context.env,
        logger,
        dataDir: options.data ? join(context.cwd, options.data) : join(root, ".git", "syncagent-serve"),
        host: options.host,
        port,
        dispatcher,
        refreshStore: relay ? storeRefresher(root, gitEnv) : void 0,
        tickEveryMs: tickMinutes * 6e4,
        // Connect events for apps without a recipe run the sync agent, loaded only then.
        engine: { syncAgent: lazySyncAgent },
        maxBatch,
        concurrency
      });
      if (options.json)
        context.printJson({ listening: service.url, mode: relay ? "relay" : "process", replayed: service.replayed });
      else
        context.out(
          `syncagent serve: listening on ${service.url}${relay ? " (relay to GitHub)" : ""}; ${service.replayed} replayed from the spool`
        );
      await stopRequested2;
      await service.close();
      context.log("syncagent serve: stopped");
    })
  );
}

// src/cli/commands/status.ts
function registerStatus(program2, run) {
  withCommonOptions(
    program2.command("status [slug]").summary("show every sync: flavor, status, last run, next poll, webhook expiry, last error").description(
      "Show the syncs installed in the store, read at HEAD: flavor, status, last run, next poll, webhook expiry and last error."
    )
  ).addHelpText("after", "\nExamples:\n  syncagent status\n  syncagent status dropbox --json").action(
    run(async (context, slug, options) => {
      const { syncStatus } = await import("./sync-status-W4G4F7YF.js");
      const store = await openCliStore(context, options);
      const rows = await syncStatus(store, slug);
      if (options.json) return context.printJson({ syncs: rows });
      if (rows.length === 0)
        return context.out("no syncs installed (run `syncagent connect <app> --account <apn_id>`)");
      const header = ["SLUG", "FLAVOR", "STATUS", "LAST RUN", "NEXT POLL", "WEBHOOK EXPIRES", "FAILS", "LAST ERROR"];
      const cells = rows.map((row) => [
        row.slug,
        row.flavor ?? "-",
        row.invalid ? "invalid" : row.status ?? "-",
        row.lastRun ? `${row.lastRun.event} ${row.lastRun.result} ${row.lastRun.at}` : "-",
        row.nextPollAt ?? "-",
        row.webhookExpiresAt ?? "-",
        String(row.consecutiveFailures),
        row.invalid ?? (row.lastError ? `${row.lastError.code}: ${row.lastError.message}`.slice(0, 80) : "-")
      ]);
      for (const line of formatTable(header, cells)) context.out(line);
    })
  );
}

// src/appdata/sync-service.ts
var syncDirections = ["push", "pull", "to-disk", "to-db"];
var SyncService = class _SyncService {
  constructor(options, parts) {
    this.options = options;
    this.parts = parts;
  }
  options;
  parts;
  /** Starts a builder. */
  static builder() {
    return new SyncServiceBuilder((options, parts) => new _SyncService(options, parts));
  }
  /**
   * Runs each applicable part in turn. Parts are independent, so a failing part does not stop the
   * next one; its error is in its result and `ok` is false.
   */
  async syncAll(hooks = {}) {
    const results = [];
    for (const part of this.parts) {
      hooks.onPartStart?.(part.name);
      const started = performance.now();
      let result;
      try {
        result = { part: part.name, status: "ok", durationMs: 0, result: await part.run(this.options) };
      } catch (error) {
        result = { part: part.name, status: "failed", durationMs: 0, error: toSyncError(error) };
      }
      result.durationMs = performance.now() - started;
      results.push(result);
      hooks.onPartEnd?.(result);
    }
    return { ...this.options, parts: results, ok: results.every((result) => result.status === "ok") };
  }
};
var SyncServiceBuilder = class {
  /** @internal use SyncService.builder() */
  constructor(create) {
    this.create = create;
  }
  create;
  chosenDirection;
  isDryRun = false;
  isPrune = false;
  registered = [];
  selected;
  /** Sets the direction (required). */
  direction(direction) {
    if (!syncDirections.includes(direction)) {
      throw new InvalidInputError(
        `--direction: expected one of ${syncDirections.join(", ")}, got ${JSON.stringify(direction)}`
      );
    }
    this.chosenDirection = direction;
    return this;
  }
  /** Computes what would change and writes nothing. */
  dryRun(dryRun = true) {
    this.isDryRun = dryRun;
    return this;
  }
  /** Lets parts delete what the source no longer has. */
  prune(prune = true) {
    this.isPrune = prune;
    return this;
  }
  /** Registers a part (in the order parts run). */
  part(part) {
    if (this.registered.some((existing) => existing.name === part.name)) {
      throw new InvalidInputError(`sync part ${part.name} is registered twice`);
    }
    this.registered.push(part);
    return this;
  }
  /** Restricts the run to these parts (default: every registered part that applies). */
  only(names) {
    this.selected = names === void 0 ? void 0 : [...names];
    return this;
  }
  /** Checks the choices and returns the service. */
  build() {
    const direction = this.chosenDirection;
    if (direction === void 0) {
      throw new InvalidInputError(`--direction: required, one of ${syncDirections.join(", ")}`);
    }
    const applicable = this.registered.filter((part) => part.directions.includes(direction));
    let parts = applicable;
    if (this.selected !== void 0) {
      const names = this.selected;
      const unknown = names.filter((name) => !this.registered.some((part) => part.name === name));
      if (unknown.length > 0) {
        throw new InvalidInputError(
          `--parts: unknown part ${unknown.join(", ")} (known: ${this.registered.map((part) => part.name).join(", ")})`
        );
      }
      const inapplicable = names.filter((name) => !applicable.some((part) => part.name === name));
      if (inapplicable.length > 0) {
        throw new InvalidInputError(`--parts: ${inapplicable.join(", ")} does not apply to --direction ${direction}`);
      }
      parts = applicable.filter((part) => names.includes(part.name));
    }
    if (parts.length === 0) throw new InvalidInputError(`no sync part applies to --direction ${direction}`);
    return this.create({ direction, dryRun: this.isDryRun, prune: this.isPrune }, parts);
  }
};

// src/cli/commands/sync.ts
function registerSync(program2, run) {
  withCommonOptions(
    program2.command("sync").summary("run every app data sync part that applies to a direction").description(
      "Run the SyncService: push and pull sync the databases (DATABASE_URL \u2194 CLOUD_DATABASE_URL) and the synced folders as a tarball (SYNCAGENT_CLOUD_URL, see `files`); to-db and to-disk sync skills/ and content/ under --store with the local database. Parts are independent: each reports its own result, and the exit code is the first failure's."
    ).requiredOption("--direction <direction>", syncDirections.join(", ")).option("--dry-run", "show what would change and write nothing", false).option("--prune", "also delete what the source no longer has", false).option(
      "--parts <list>",
      "only these parts: database, local, files (default: all that apply; files when SYNCAGENT_CLOUD_URL is set)"
    ).option("--tables <list>", "database part: tables to sync (default: all)").option("--only <kind>", "local part: skills or content (default: both)")
  ).addHelpText(
    "after",
    "\nExamples:\n  syncagent sync --direction push --dry-run\n  syncagent sync --direction pull --json\n  syncagent sync --direction to-disk --store ./store"
  ).action(
    run(async (context, options) => {
      const { localKinds } = await import("./documents-BGHKZC4K.js");
      const { databasePart, filesPart, localPart } = await import("./parts-EYQZLGOL.js");
      const { parseTables } = await import("./schema-VAY7RV65.js");
      const { migrateHint, openDatabase, progressPrinter } = await import("./appdata-support-UVMVOTJO.js");
      const direction = parseChoice(options.direction, syncDirections, "--direction");
      const tables = parseTables(options.tables);
      const only = parseChoice(options.only, localKinds, "--only");
      const parts = options.parts?.split(",").map((name) => name.trim()).filter(Boolean);
      if (parts !== void 0 && parts.length === 0) throw new InvalidInputError("--parts: name at least one part");
      const builder = SyncService.builder().direction(direction).dryRun(Boolean(options.dryRun)).prune(Boolean(options.prune)).part(
        databasePart({
          openLocal: () => openDatabase(context, "local"),
          openCloud: () => openDatabase(context, "cloud"),
          tables,
          migrateHint,
          onProgress: progressPrinter(context)
        })
      ).part(
        localPart({
          openLocal: () => openDatabase(context, "local"),
          root: storeRoot(context, options),
          only: only ? [only] : void 0,
          migrateHint: migrateHint("local")
        })
      ).only(parts);
      if (context.env.SYNCAGENT_CLOUD_URL || parts?.includes("files")) {
        const { cloudSettings, createFilesCloud } = await import("./filesync-6SHQ24TL.js");
        builder.part(
          filesPart({
            root: storeRoot(context, options),
            openCloud: () => createFilesCloud(cloudSettings(context.env))
          })
        );
      }
      const service = builder.build();
      const result = await service.syncAll({
        onPartStart: (part) => context.log(`sync: ${part} (${direction}${options.dryRun ? ", dry run" : ""})\u2026`),
        onPartEnd: (part) => {
          if (part.status === "failed")
            context.log(`syncagent: ${part.error.code}: ${part.part}: ${part.error.message}`);
        }
      });
      const failed = result.parts.find((part) => part.status === "failed");
      if (failed?.status === "failed") context.setExitCode(failed.error.exitCode);
      if (options.json) {
        return context.printJson({
          ...result,
          parts: result.parts.map(
            (part) => part.status === "failed" ? { ...part, error: part.error.toJSON() } : part
          )
        });
      }
      for (const part of result.parts) {
        context.out(`== ${part.part}: ${part.status} (${formatDuration(part.durationMs)})`);
        if (part.status === "failed") context.out(`${part.error.code}: ${part.error.message}`);
        else if (part.part === "database") printDatabaseSync(context, part.result);
        else if (part.part === "local") printLocalSync(context, part.result);
        else if (part.part === "files") printFilesSync(context, part.result);
      }
    })
  );
}

// src/cli/commands/tick.ts
function registerTick(program2, run) {
  withCommonOptions(
    program2.command("tick").summary("renew and poll every active sync that is due").description(
      "The alarm scheduler: for every active sync, renew the webhook when due (at half its remaining lifetime at the latest) and poll when due (signals.poll.everyMinutes). Each action is its own commit; one failure does not stop the rest. Then git's housekeeping (git gc --auto) packs the store once git's thresholds are passed; its result is `maintenance` in --json."
    ).option("--now <iso>", "the time to schedule against (default: now)")
  ).addHelpText("after", "\nExamples:\n  syncagent tick\n  syncagent tick --now 2025-01-01T12:00:00Z --json").action(
    run(async (context, options) => {
      const { tick } = await import("./events-PW752XPA.js");
      const now = options.now === void 0 ? void 0 : parseIsoTime(options.now, "--now");
      const clock = now ? () => new Date(now) : () => /* @__PURE__ */ new Date();
      const result = await tick(await cliEngineDeps(context, options, { clock }));
      const codes = result.actions.map((action) => action.error ? exitCodeOf(action.error.code) : ExitCode.ok);
      context.setExitCode(Math.max(ExitCode.ok, ...codes));
      if (options.json) return context.printJson(result);
      if (result.actions.length === 0) context.out(`nothing due at ${result.now}`);
      for (const action of result.actions) {
        context.out(
          `${action.slug}: ${action.action} ${action.result === "ok" ? action.summary ?? "ok" : `failed: ${action.error?.code}: ${action.error?.message}`}`
        );
      }
    })
  );
}

// src/cli/commands/webhook.ts
import { resolve as resolve3 } from "node:path";
function registerWebhook(program2, run) {
  withCommonOptions(
    program2.command("webhook <slug>").summary("verify, dedupe and handle one webhook delivery").description(
      "Handle one provider webhook delivery: check the signature named in sync.json, skip a delivery id seen before, then run the handler's onWebhook in one commit. The body must be the raw request body (max 1 MiB)."
    ).option("--body-file <file>", "read the raw body from a file").option("--body <text>", "the raw body").option(
      "--header <header>",
      "a request header, 'Name: value' (repeatable)",
      (value, all) => [...all, value],
      []
    ).option("--delivery-id <id>", "the delivery id used for deduplication")
  ).addHelpText(
    "after",
    // The demo's body and signature (DROPBOX_APP_SECRET of `demo --serve`): the examples run against the demo store.
    `
Examples:
  syncagent webhook dropbox --body-file body.json --header 'X-Dropbox-Signature: ${demoWebhook.signature}' --delivery-id d-123
  syncagent webhook dropbox --body '${demoWebhook.body}' --header 'X-Dropbox-Signature: ${demoWebhook.signature}' --json
  (body.json holds the raw body: ${demoWebhook.body})`
  ).action(
    run(async (context, slug, options) => {
      const { handleWebhook, readWebhookBodyFile } = await import("./webhook-JHEVTKSN.js");
      validateSlug(slug);
      if (options.body === void 0 === (options.bodyFile === void 0)) {
        throw new InvalidInputError("pass exactly one of --body-file and --body");
      }
      const body = options.bodyFile !== void 0 ? await readWebhookBodyFile(resolve3(context.cwd, options.bodyFile), "--body-file") : options.body;
      const headers = parseHeaderLines(options.header, "--header");
      const deps = await cliEngineDeps(context, options);
      const outcome = await handleWebhook(deps, { slug, body: body ?? "", headers, deliveryId: options.deliveryId });
      if (options.json) return context.printJson(outcome);
      context.out(
        outcome.duplicate ? `${slug}: delivery ${outcome.deliveryId} already handled (skipped)` : `${slug}: webhook ${outcome.summary}`
      );
    })
  );
}

// src/cli/commands/index.ts
var commands = {
  init: registerInit,
  read: registerRead,
  grep: registerGrep,
  mcp: registerMcp,
  connect: registerConnect,
  webhook: registerWebhook,
  poll: registerPoll,
  renew: registerRenew,
  tick: registerTick,
  exec: registerExec,
  status: registerStatus,
  delete: registerDelete,
  dispatch: registerDispatch,
  demo: registerDemo,
  db: registerDb,
  local: registerLocal,
  sync: registerSync,
  files: registerFiles,
  serve: registerServe,
  deploy: registerDeploy
};

// src/cli/program.ts
function createProgram(io, run, only) {
  const program2 = new Command("syncagent").description("Turn Pipedream Connect connections into sync engines, NDJSON mirrors and skill files in a git store.").version(version, "-V, --version").configureOutput({
    writeOut: (text) => io.stdout.write(text),
    writeErr: (text) => io.stderr.write(text),
    // Parser errors are reported by runCli as one `syncagent: usage: …` line.
    outputError: () => {
    }
  }).exitOverride();
  const named = only !== void 0 && Object.hasOwn(commands, only) ? commands[only] : void 0;
  for (const register of named ? [named] : Object.values(commands)) register(program2, run);
  return program2;
}
async function runCli(argv, io) {
  const state = { exitCode: ExitCode.ok };
  const context = createContext(io, state);
  const run = (body) => async (...args) => {
    const options = args[args.length - 2] ?? {};
    try {
      await body(context, ...args.slice(0, -1));
    } catch (error) {
      state.exitCode = reportError(context, error, Boolean(options.json));
    }
  };
  const program2 = createProgram(io, run, argv[0]);
  try {
    await program2.parseAsync(argv, { from: "user" });
  } catch (error) {
    if (!(error instanceof CommanderError)) return reportError(context, error, false);
    if (error.code === "commander.helpDisplayed" || error.code === "commander.version") return ExitCode.ok;
    if (error.code === "commander.help") return error.exitCode === 0 ? ExitCode.ok : ExitCode.badInput;
    const command = argv[0] !== void 0 && Object.hasOwn(commands, argv[0]) ? `syncagent ${argv[0]}` : "syncagent";
    const usage = new UsageError(`${error.message.replace(/^error: /, "")} (see ${command} --help)`, {
      data: { parserCode: error.code }
    });
    return reportError(context, usage, argv.includes("--json"));
  }
  return state.exitCode;
}
export {
  createProgram,
  runCli
};
