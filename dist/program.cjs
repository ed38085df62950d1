"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __esm = (fn, res, err) => function __init() {
  if (err) throw err[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err = [e], e;
  }
};
var __commonJS = (cb, mod) => function __require() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);

// node_modules/commander/lib/error.js
var require_error = __commonJS({
  "node_modules/commander/lib/error.js"(exports2) {
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
    exports2.CommanderError = CommanderError2;
    exports2.InvalidArgumentError = InvalidArgumentError2;
  }
});

// node_modules/commander/lib/argument.js
var require_argument = __commonJS({
  "node_modules/commander/lib/argument.js"(exports2) {
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
    exports2.Argument = Argument2;
    exports2.humanReadableArgName = humanReadableArgName;
  }
});

// node_modules/commander/lib/help.js
var require_help = __commonJS({
  "node_modules/commander/lib/help.js"(exports2) {
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
    exports2.Help = Help2;
    exports2.stripColor = stripColor;
  }
});

// node_modules/commander/lib/option.js
var require_option = __commonJS({
  "node_modules/commander/lib/option.js"(exports2) {
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
    exports2.Option = Option2;
    exports2.DualOptions = DualOptions;
  }
});

// node_modules/commander/lib/suggestSimilar.js
var require_suggestSimilar = __commonJS({
  "node_modules/commander/lib/suggestSimilar.js"(exports2) {
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
    exports2.suggestSimilar = suggestSimilar;
  }
});

// node_modules/commander/lib/command.js
var require_command = __commonJS({
  "node_modules/commander/lib/command.js"(exports2) {
    var EventEmitter = require("node:events").EventEmitter;
    var childProcess = require("node:child_process");
    var path = require("node:path");
    var fs = require("node:fs");
    var process2 = require("node:process");
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
    exports2.Command = Command2;
    exports2.useColor = useColor;
  }
});

// node_modules/commander/index.js
var require_commander = __commonJS({
  "node_modules/commander/index.js"(exports2) {
    var { Argument: Argument2 } = require_argument();
    var { Command: Command2 } = require_command();
    var { CommanderError: CommanderError2, InvalidArgumentError: InvalidArgumentError2 } = require_error();
    var { Help: Help2 } = require_help();
    var { Option: Option2 } = require_option();
    exports2.program = new Command2();
    exports2.createCommand = (name) => new Command2(name);
    exports2.createOption = (flags, description) => new Option2(flags, description);
    exports2.createArgument = (name, description) => new Argument2(name, description);
    exports2.Command = Command2;
    exports2.Option = Option2;
    exports2.Argument = Argument2;
    exports2.Help = Help2;
    exports2.CommanderError = CommanderError2;
    exports2.InvalidArgumentError = InvalidArgumentError2;
    exports2.InvalidOptionArgumentError = InvalidArgumentError2;
  }
});

// src/errors.ts
function exitCodeOf(code) {
  return Object.hasOwn(exitCodeByCode, code) ? exitCodeByCode[code] : ExitCode.failure;
}
function hasCode(value, code) {
  return SyncError.isInstance(value) && value.code === code;
}
function toSyncError(error) {
  return SyncError.isInstance(error) ? error : new InternalError(error);
}
var syncErrorBrand, ExitCode, exitCodeByCode, SyncError, UsageError, InvalidInputError, MissingConfigError, IoError, InternalError;
var init_errors = __esm({
  "src/errors.ts"() {
    "use strict";
    syncErrorBrand = /* @__PURE__ */ Symbol.for("syncagent.error");
    ExitCode = {
      ok: 0,
      failure: 1,
      badInput: 2,
      missingConfig: 3,
      unauthorized: 4,
      conflict: 5
    };
    exitCodeByCode = {
      usage: ExitCode.badInput,
      invalid_input: ExitCode.badInput,
      missing_config: ExitCode.missingConfig,
      unauthorized: ExitCode.unauthorized,
      conflict: ExitCode.conflict,
      api_error: ExitCode.failure,
      rate_limited: ExitCode.failure,
      database: ExitCode.failure,
      io: ExitCode.failure,
      command_failed: ExitCode.failure,
      sandbox: ExitCode.failure,
      agent: ExitCode.failure,
      internal: ExitCode.failure
    };
    SyncError = class _SyncError extends Error {
      name = "SyncError";
      code;
      exitCode;
      data;
      /** Whether trying the same call again may succeed (5xx, 429, network); the gateway's retry policy reads it. */
      isRetryable;
      constructor(code, message, options = {}) {
        super(message, options.cause === void 0 ? void 0 : { cause: options.cause });
        this.code = code;
        this.exitCode = exitCodeByCode[code];
        this.data = options.data ?? {};
        this.isRetryable = options.isRetryable ?? false;
      }
      /** A JSON-safe view for `--json` output and logs. */
      toJSON() {
        return { code: this.code, message: this.message, data: this.data };
      }
      /** True when `value` is a SyncError from any bundle (checks the brand, not the prototype chain). */
      static isInstance(value) {
        return typeof value === "object" && value !== null && value[syncErrorBrand] === true;
      }
      /** The same as `isInstance` (kept for existing callers). */
      static is(value) {
        return _SyncError.isInstance(value);
      }
    };
    Object.defineProperty(SyncError.prototype, syncErrorBrand, { value: true });
    UsageError = class extends SyncError {
      name = "UsageError";
      /** True when `value` is a UsageError from any bundle. */
      static isInstance(value) {
        return hasCode(value, "usage");
      }
      constructor(message, options) {
        super("usage", message, options);
      }
    };
    InvalidInputError = class extends SyncError {
      name = "InvalidInputError";
      /** True when `value` is a InvalidInputError from any bundle. */
      static isInstance(value) {
        return hasCode(value, "invalid_input");
      }
      constructor(message, options) {
        super("invalid_input", message, options);
      }
    };
    MissingConfigError = class extends SyncError {
      name = "MissingConfigError";
      /** True when `value` is a MissingConfigError from any bundle. */
      static isInstance(value) {
        return hasCode(value, "missing_config");
      }
      constructor(variable, message, options) {
        super("missing_config", message ?? `missing configuration: set ${variable}`, {
          ...options,
          data: { variable, ...options?.data }
        });
      }
    };
    IoError = class extends SyncError {
      name = "IoError";
      /** True when `value` is a IoError from any bundle. */
      static isInstance(value) {
        return hasCode(value, "io");
      }
      constructor(message, options) {
        super("io", message, options);
      }
    };
    InternalError = class extends SyncError {
      name = "InternalError";
      /** True when `value` is a InternalError from any bundle. */
      static isInstance(value) {
        return hasCode(value, "internal");
      }
      constructor(cause) {
        const detail = cause instanceof Error ? cause.message : String(cause);
        super("internal", `internal error (this is a bug in syncagent, please report it): ${detail}`, { cause });
      }
    };
  }
});

// src/store/paths.ts
function isSlug(value) {
  return typeof value === "string" && value.length >= 1 && value.length <= 64 && slugPattern.test(value);
}
function validateSlug(slug) {
  if (!isSlug(slug)) {
    throw new InvalidInputError(
      `invalid slug ${JSON.stringify(slug)}: use 1-64 characters of a-z, 0-9 and single inner hyphens`,
      { data: { slug } }
    );
  }
  return slug;
}
function validateStorePath(path, what = "path") {
  return checkPath(path, what, false);
}
function checkPath(path, what, writing) {
  if (typeof path !== "string" || path.length === 0) {
    throw new InvalidInputError(`${what} must not be empty`);
  }
  const reject = (reason) => {
    throw new InvalidInputError(`invalid ${what} ${JSON.stringify(path)}: ${reason}`, { data: { path } });
  };
  const first = path.charCodeAt(0);
  if (first === slash || path.charCodeAt(1) === colon && (first | 32) >= letterA && (first | 32) <= letterZ)
    reject("must be relative");
  const start = first === dot && path.charCodeAt(1) === slash ? 2 : 0;
  let end = path.length;
  if (end - start > 1 && path.charCodeAt(end - 1) === slash) end -= 1;
  if (end <= start || end - start === 1 && path.charCodeAt(start) === dot) reject("names no file");
  let segment = start;
  for (let index = start; index <= end; index += 1) {
    const code = index === end ? slash : path.charCodeAt(index);
    if (code === 0) reject("contains NUL");
    if (code === backslash) reject("contains a backslash");
    if (code !== slash) continue;
    const length = index - segment;
    if (length === 0) reject("has an empty segment");
    const head = path.charCodeAt(segment);
    if (head === dot && (length === 1 || length === 2 && path.charCodeAt(segment + 1) === dot))
      reject("must not contain . or .. segments");
    if (head === dot || head === space || head === tilde || head >= 128 || (head | 32) === letterG) {
      const problem = gitNameProblem(path.slice(segment, index), writing);
      if (problem) reject(problem);
    }
    segment = index + 1;
  }
  return start === 0 && end === path.length ? path : path.slice(start, end);
}
function gitNameProblem(segment, writing = true) {
  let name = segment;
  if (nonAscii.test(name)) {
    name = name.replace(hfsIgnorable, "");
    if (nonAscii.test(name)) return null;
  }
  const stream = name.indexOf(":");
  let start = 0;
  let end = stream === -1 ? name.length : stream;
  while (start < end && name.charCodeAt(start) === space) start += 1;
  for (let code = name.charCodeAt(end - 1); end > start && (code === dot || code === space); ) {
    end -= 1;
    code = name.charCodeAt(end - 1);
  }
  const length = end - start;
  if (length === 0) return "a name of only dots and spaces (Windows would read it as another name)";
  if (length !== 4 && length !== 5 && length !== 8 && length !== 11 && length !== 14) return null;
  const base = name.slice(start, end).toLowerCase();
  if (base === ".git" || base === "git~1")
    return "a path must not reach into .git (in any spelling git would read as .git)";
  if (!writing) return null;
  for (const file of gitFiles) {
    if (base === `.${file.name}` || isShortName(base, file.name.slice(0, 6), file.shortPrefix)) {
      return `.${file.name} (in any spelling) is git's to read, not the store's to write`;
    }
  }
  return null;
}
function isShortName(base, firstSix, shortPrefix) {
  if (base.length !== 8) return false;
  if (base.startsWith(firstSix) && /^~[1-4]$/.test(base.slice(6))) return true;
  const tilde2 = base.indexOf("~");
  if (tilde2 === -1 || tilde2 > 6) return false;
  return shortPrefix.startsWith(base.slice(0, tilde2)) && /^~[1-9][0-9]*$/.test(base.slice(tilde2));
}
function validateStoreDir(dir, what = "folder") {
  if (dir === void 0 || dir === "" || dir === "." || dir === "./") return "";
  return validateStorePath(dir, what);
}
var slugPattern, slash, backslash, colon, dot, space, tilde, letterG, letterA, letterZ, hfsIgnorable, nonAscii, gitFiles;
var init_paths = __esm({
  "src/store/paths.ts"() {
    "use strict";
    init_errors();
    slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
    slash = 47;
    backslash = 92;
    colon = 58;
    dot = 46;
    space = 32;
    tilde = 126;
    letterG = 103;
    letterA = 97;
    letterZ = 122;
    hfsIgnorable = /[\u200c-\u200f\u202a-\u202e\u206a-\u206f\ufeff]/g;
    nonAscii = /[\u0080-\uffff]/;
    gitFiles = [
      { name: "gitmodules", shortPrefix: "gi7eba" },
      { name: "gitattributes", shortPrefix: "gi7d29" }
    ];
  }
});

// node_modules/picomatch/lib/constants.js
var require_constants = __commonJS({
  "node_modules/picomatch/lib/constants.js"(exports2, module2) {
    "use strict";
    var WIN_SLASH = "\\\\/";
    var WIN_NO_SLASH = `[^${WIN_SLASH}]`;
    var DEFAULT_MAX_EXTGLOB_RECURSION = 0;
    var DOT_LITERAL = "\\.";
    var PLUS_LITERAL = "\\+";
    var QMARK_LITERAL = "\\?";
    var SLASH_LITERAL = "\\/";
    var ONE_CHAR = "(?=.)";
    var QMARK = "[^/]";
    var END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
    var START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
    var DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
    var NO_DOT = `(?!${DOT_LITERAL})`;
    var NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
    var NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
    var NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
    var QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
    var STAR = `${QMARK}*?`;
    var SEP = "/";
    var POSIX_CHARS = {
      DOT_LITERAL,
      PLUS_LITERAL,
      QMARK_LITERAL,
      SLASH_LITERAL,
      ONE_CHAR,
      QMARK,
      END_ANCHOR,
      DOTS_SLASH,
      NO_DOT,
      NO_DOTS,
      NO_DOT_SLASH,
      NO_DOTS_SLASH,
      QMARK_NO_DOT,
      STAR,
      START_ANCHOR,
      SEP
    };
    var WINDOWS_CHARS = {
      ...POSIX_CHARS,
      SLASH_LITERAL: `[${WIN_SLASH}]`,
      QMARK: WIN_NO_SLASH,
      STAR: `${WIN_NO_SLASH}*?`,
      DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
      NO_DOT: `(?!${DOT_LITERAL})`,
      NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
      NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
      START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
      END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
      SEP: "\\"
    };
    var POSIX_REGEX_SOURCE = {
      __proto__: null,
      alnum: "a-zA-Z0-9",
      alpha: "a-zA-Z",
      ascii: "\\x00-\\x7F",
      blank: " \\t",
      cntrl: "\\x00-\\x1F\\x7F",
      digit: "0-9",
      graph: "\\x21-\\x7E",
      lower: "a-z",
      print: "\\x20-\\x7E ",
      punct: "\\-!\"#$%&'()\\*+,./:;<=>?@[\\]^_`{|}~",
      space: " \\t\\r\\n\\v\\f",
      upper: "A-Z",
      word: "A-Za-z0-9_",
      xdigit: "A-Fa-f0-9"
    };
    module2.exports = {
      DEFAULT_MAX_EXTGLOB_RECURSION,
      MAX_LENGTH: 1024 * 64,
      POSIX_REGEX_SOURCE,
      // regular expressions
      REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
      REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
      REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
      REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
      REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
      REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,
      // Replace globs with equivalent patterns to reduce parsing time.
      REPLACEMENTS: {
        __proto__: null,
        "***": "*",
        "**/**": "**",
        "**/**/**": "**"
      },
      // Digits
      CHAR_0: 48,
      /* 0 */
      CHAR_9: 57,
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: 65,
      /* A */
      CHAR_LOWERCASE_A: 97,
      /* a */
      CHAR_UPPERCASE_Z: 90,
      /* Z */
      CHAR_LOWERCASE_Z: 122,
      /* z */
      CHAR_LEFT_PARENTHESES: 40,
      /* ( */
      CHAR_RIGHT_PARENTHESES: 41,
      /* ) */
      CHAR_ASTERISK: 42,
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: 38,
      /* & */
      CHAR_AT: 64,
      /* @ */
      CHAR_BACKWARD_SLASH: 92,
      /* \ */
      CHAR_CARRIAGE_RETURN: 13,
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: 94,
      /* ^ */
      CHAR_COLON: 58,
      /* : */
      CHAR_COMMA: 44,
      /* , */
      CHAR_DOT: 46,
      /* . */
      CHAR_DOUBLE_QUOTE: 34,
      /* " */
      CHAR_EQUAL: 61,
      /* = */
      CHAR_EXCLAMATION_MARK: 33,
      /* ! */
      CHAR_FORM_FEED: 12,
      /* \f */
      CHAR_FORWARD_SLASH: 47,
      /* / */
      CHAR_GRAVE_ACCENT: 96,
      /* ` */
      CHAR_HASH: 35,
      /* # */
      CHAR_HYPHEN_MINUS: 45,
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: 60,
      /* < */
      CHAR_LEFT_CURLY_BRACE: 123,
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: 91,
      /* [ */
      CHAR_LINE_FEED: 10,
      /* \n */
      CHAR_NO_BREAK_SPACE: 160,
      /* \u00A0 */
      CHAR_PERCENT: 37,
      /* % */
      CHAR_PLUS: 43,
      /* + */
      CHAR_QUESTION_MARK: 63,
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: 62,
      /* > */
      CHAR_RIGHT_CURLY_BRACE: 125,
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: 93,
      /* ] */
      CHAR_SEMICOLON: 59,
      /* ; */
      CHAR_SINGLE_QUOTE: 39,
      /* ' */
      CHAR_SPACE: 32,
      /*   */
      CHAR_TAB: 9,
      /* \t */
      CHAR_UNDERSCORE: 95,
      /* _ */
      CHAR_VERTICAL_LINE: 124,
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279,
      /* \uFEFF */
      /**
       * Create EXTGLOB_CHARS
       */
      extglobChars(chars) {
        return {
          "!": { type: "negate", open: "(?:(?!(?:", close: `))${chars.STAR})` },
          "?": { type: "qmark", open: "(?:", close: ")?" },
          "+": { type: "plus", open: "(?:", close: ")+" },
          "*": { type: "star", open: "(?:", close: ")*" },
          "@": { type: "at", open: "(?:", close: ")" }
        };
      },
      /**
       * Create GLOB_CHARS
       */
      globChars(win32) {
        return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
      }
    };
  }
});

// node_modules/picomatch/lib/utils.js
var require_utils = __commonJS({
  "node_modules/picomatch/lib/utils.js"(exports2) {
    "use strict";
    var {
      REGEX_BACKSLASH,
      REGEX_REMOVE_BACKSLASH,
      REGEX_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_GLOBAL
    } = require_constants();
    exports2.isObject = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    exports2.hasRegexChars = (str) => REGEX_SPECIAL_CHARS.test(str);
    exports2.isRegexChar = (str) => str.length === 1 && exports2.hasRegexChars(str);
    exports2.escapeRegex = (str) => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, "\\$1");
    exports2.toPosixSlashes = (str) => str.replace(REGEX_BACKSLASH, "/");
    exports2.isWindows = () => {
      if (typeof navigator !== "undefined" && navigator.platform) {
        const platform = navigator.platform.toLowerCase();
        return platform === "win32" || platform === "windows";
      }
      if (typeof process !== "undefined" && process.platform) {
        return process.platform === "win32";
      }
      return false;
    };
    exports2.removeBackslashes = (str) => {
      return str.replace(REGEX_REMOVE_BACKSLASH, (match) => {
        return match === "\\" ? "" : match;
      });
    };
    exports2.escapeLast = (input, char, lastIdx) => {
      const idx = input.lastIndexOf(char, lastIdx);
      if (idx === -1) return input;
      if (input[idx - 1] === "\\") return exports2.escapeLast(input, char, idx - 1);
      return `${input.slice(0, idx)}\\${input.slice(idx)}`;
    };
    exports2.removePrefix = (input, state = {}) => {
      let output = input;
      if (output.startsWith("./")) {
        output = output.slice(2);
        state.prefix = "./";
      }
      return output;
    };
    exports2.wrapOutput = (input, state = {}, options = {}) => {
      const prepend = options.contains ? "" : "^";
      const append = options.contains ? "" : "$";
      let output = `${prepend}(?:${input})${append}`;
      if (state.negated === true) {
        output = `(?:^(?!${output}).*$)`;
      }
      return output;
    };
    exports2.basename = (path, { windows } = {}) => {
      const segs = path.split(windows ? /[\\/]/ : "/");
      const last = segs[segs.length - 1];
      if (last === "") {
        return segs[segs.length - 2];
      }
      return last;
    };
  }
});

// node_modules/picomatch/lib/scan.js
var require_scan = __commonJS({
  "node_modules/picomatch/lib/scan.js"(exports2, module2) {
    "use strict";
    var utils = require_utils();
    var {
      CHAR_ASTERISK,
      /* * */
      CHAR_AT,
      /* @ */
      CHAR_BACKWARD_SLASH,
      /* \ */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_EXCLAMATION_MARK,
      /* ! */
      CHAR_FORWARD_SLASH,
      /* / */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_PLUS,
      /* + */
      CHAR_QUESTION_MARK,
      /* ? */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_RIGHT_SQUARE_BRACKET
      /* ] */
    } = require_constants();
    var isPathSeparator = (code) => {
      return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
    };
    var depth = (token) => {
      if (token.isPrefix !== true) {
        token.depth = token.isGlobstar ? Infinity : 1;
      }
    };
    var scan = (input, options) => {
      const opts = options || {};
      const length = input.length - 1;
      const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
      const slashes = [];
      const tokens = [];
      const parts = [];
      let str = input;
      let index = -1;
      let start = 0;
      let lastIndex = 0;
      let isBrace = false;
      let isBracket = false;
      let isGlob = false;
      let isExtglob = false;
      let isGlobstar = false;
      let braceEscaped = false;
      let backslashes = false;
      let negated = false;
      let negatedExtglob = false;
      let finished = false;
      let braces = 0;
      let prev;
      let code;
      let token = { value: "", depth: 0, isGlob: false };
      const eos = () => index >= length;
      const peek = () => str.charCodeAt(index + 1);
      const advance = () => {
        prev = code;
        return str.charCodeAt(++index);
      };
      while (index < length) {
        code = advance();
        let next;
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          code = advance();
          if (code === CHAR_LEFT_CURLY_BRACE) {
            braceEscaped = true;
          }
          continue;
        }
        if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (code === CHAR_LEFT_CURLY_BRACE) {
              braces++;
              continue;
            }
            if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (braceEscaped !== true && code === CHAR_COMMA) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (code === CHAR_RIGHT_CURLY_BRACE) {
              braces--;
              if (braces === 0) {
                braceEscaped = false;
                isBrace = token.isBrace = true;
                finished = true;
                break;
              }
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_FORWARD_SLASH) {
          slashes.push(index);
          tokens.push(token);
          token = { value: "", depth: 0, isGlob: false };
          if (finished === true) continue;
          if (prev === CHAR_DOT && index === start + 1) {
            start += 2;
            continue;
          }
          lastIndex = index + 1;
          continue;
        }
        if (opts.noext !== true) {
          const isExtglobChar = code === CHAR_PLUS || code === CHAR_AT || code === CHAR_ASTERISK || code === CHAR_QUESTION_MARK || code === CHAR_EXCLAMATION_MARK;
          if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
            isGlob = token.isGlob = true;
            isExtglob = token.isExtglob = true;
            finished = true;
            if (code === CHAR_EXCLAMATION_MARK && index === start) {
              negatedExtglob = true;
            }
            if (scanToEnd === true) {
              let parens = 0;
              while (eos() !== true && (code = advance())) {
                if (code === CHAR_BACKWARD_SLASH) {
                  backslashes = token.backslashes = true;
                  advance();
                  continue;
                }
                if (code === CHAR_LEFT_PARENTHESES) {
                  parens++;
                  continue;
                }
                if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                  finished = true;
                  break;
                }
              }
              continue;
            }
            break;
          }
        }
        if (code === CHAR_ASTERISK) {
          if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_QUESTION_MARK) {
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_LEFT_SQUARE_BRACKET) {
          while (eos() !== true && (next = advance())) {
            if (next === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (next === CHAR_RIGHT_SQUARE_BRACKET) {
              isBracket = token.isBracket = true;
              isGlob = token.isGlob = true;
              finished = true;
              break;
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
          negated = token.negated = true;
          start++;
          continue;
        }
        if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
          isGlob = token.isGlob = true;
          if (scanToEnd === true) {
            let parens = 1;
            while (eos() !== true && (code = advance())) {
              if (code === CHAR_BACKWARD_SLASH) {
                backslashes = token.backslashes = true;
                advance();
                continue;
              }
              if (code === CHAR_LEFT_PARENTHESES) {
                parens++;
                continue;
              }
              if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                finished = true;
                break;
              }
            }
            continue;
          }
          break;
        }
        if (isGlob === true) {
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
      }
      if (opts.noext === true) {
        isExtglob = false;
        isGlob = false;
      }
      let base = str;
      let prefix = "";
      let glob = "";
      if (start > 0) {
        prefix = str.slice(0, start);
        str = str.slice(start);
        lastIndex -= start;
      }
      if (base && isGlob === true && lastIndex > 0) {
        base = str.slice(0, lastIndex);
        glob = str.slice(lastIndex);
      } else if (isGlob === true) {
        base = "";
        glob = str;
      } else {
        base = str;
      }
      if (base && base !== "" && base !== "/" && base !== str) {
        if (isPathSeparator(base.charCodeAt(base.length - 1))) {
          base = base.slice(0, -1);
        }
      }
      if (opts.unescape === true) {
        if (glob) glob = utils.removeBackslashes(glob);
        if (base && backslashes === true) {
          base = utils.removeBackslashes(base);
        }
      }
      const state = {
        prefix,
        input,
        start,
        base,
        glob,
        isBrace,
        isBracket,
        isGlob,
        isExtglob,
        isGlobstar,
        negated,
        negatedExtglob
      };
      if (opts.tokens === true) {
        state.maxDepth = 0;
        if (!isPathSeparator(code)) {
          tokens.push(token);
        }
        state.tokens = tokens;
      }
      if (opts.parts === true || opts.tokens === true) {
        let prevIndex;
        for (let idx = 0; idx < slashes.length; idx++) {
          const n2 = prevIndex !== void 0 ? prevIndex + 1 : start;
          const i = slashes[idx];
          const value2 = input.slice(n2, i);
          if (opts.tokens) {
            if (idx === 0 && start !== 0) {
              tokens[idx].isPrefix = true;
              tokens[idx].value = prefix;
            } else {
              tokens[idx].value = value2;
            }
            depth(tokens[idx]);
            state.maxDepth += tokens[idx].depth;
          }
          if (i >= start) {
            parts.push(value2);
            prevIndex = i;
          }
        }
        const n = prevIndex !== void 0 ? prevIndex + 1 : start;
        const value = input.slice(n);
        parts.push(value);
        if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
          tokens[tokens.length - 1].value = value;
          depth(tokens[tokens.length - 1]);
          state.maxDepth += tokens[tokens.length - 1].depth;
        }
        state.slashes = slashes;
        state.parts = parts;
      }
      return state;
    };
    module2.exports = scan;
  }
});

// node_modules/picomatch/lib/parse.js
var require_parse = __commonJS({
  "node_modules/picomatch/lib/parse.js"(exports2, module2) {
    "use strict";
    var constants2 = require_constants();
    var utils = require_utils();
    var {
      MAX_LENGTH,
      POSIX_REGEX_SOURCE,
      REGEX_NON_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_BACKREF,
      REPLACEMENTS
    } = constants2;
    var expandRange = (args, options) => {
      if (typeof options.expandRange === "function") {
        return options.expandRange(...args, options);
      }
      args.sort();
      const value = `[${args.join("-")}]`;
      try {
        new RegExp(value);
      } catch (ex) {
        return args.map((v) => utils.escapeRegex(v)).join("..");
      }
      return value;
    };
    var syntaxError = (type, char) => {
      return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
    };
    var splitTopLevel = (input) => {
      const parts = [];
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let value = "";
      let escaped = false;
      for (const ch of input) {
        if (escaped === true) {
          value += ch;
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          value += ch;
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          value += ch;
          continue;
        }
        if (quote === 0) {
          if (ch === "[") {
            bracket++;
          } else if (ch === "]" && bracket > 0) {
            bracket--;
          } else if (bracket === 0) {
            if (ch === "(") {
              paren++;
            } else if (ch === ")" && paren > 0) {
              paren--;
            } else if (ch === "|" && paren === 0) {
              parts.push(value);
              value = "";
              continue;
            }
          }
        }
        value += ch;
      }
      parts.push(value);
      return parts;
    };
    var isPlainBranch = (branch) => {
      let escaped = false;
      for (const ch of branch) {
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (/[?*+@!()[\]{}]/.test(ch)) {
          return false;
        }
      }
      return true;
    };
    var normalizeSimpleBranch = (branch) => {
      let value = branch.trim();
      let changed = true;
      while (changed === true) {
        changed = false;
        if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
          value = value.slice(2, -1);
          changed = true;
        }
      }
      if (!isPlainBranch(value)) {
        return;
      }
      return value.replace(/\\(.)/g, "$1");
    };
    var hasRepeatedCharPrefixOverlap = (branches) => {
      const values = branches.map(normalizeSimpleBranch).filter(Boolean);
      for (let i = 0; i < values.length; i++) {
        for (let j = i + 1; j < values.length; j++) {
          const a = values[i];
          const b = values[j];
          const char = a[0];
          if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
            continue;
          }
          if (a === b || a.startsWith(b) || b.startsWith(a)) {
            return true;
          }
        }
      }
      return false;
    };
    var parseRepeatedExtglob = (pattern, requireEnd = true) => {
      if (pattern[0] !== "+" && pattern[0] !== "*" || pattern[1] !== "(") {
        return;
      }
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let escaped = false;
      for (let i = 1; i < pattern.length; i++) {
        const ch = pattern[i];
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          continue;
        }
        if (quote === 1) {
          continue;
        }
        if (ch === "[") {
          bracket++;
          continue;
        }
        if (ch === "]" && bracket > 0) {
          bracket--;
          continue;
        }
        if (bracket > 0) {
          continue;
        }
        if (ch === "(") {
          paren++;
          continue;
        }
        if (ch === ")") {
          paren--;
          if (paren === 0) {
            if (requireEnd === true && i !== pattern.length - 1) {
              return;
            }
            return {
              type: pattern[0],
              body: pattern.slice(2, i),
              end: i
            };
          }
        }
      }
    };
    var buildCharClassStar = (chars) => {
      const source = chars.length === 1 ? utils.escapeRegex(chars[0]) : `[${chars.map((ch) => utils.escapeRegex(ch)).join("")}]`;
      return `${source}*`;
    };
    var getStarExtglobSequenceChars = (pattern) => {
      let index = 0;
      const chars = [];
      while (index < pattern.length) {
        const match = parseRepeatedExtglob(pattern.slice(index), false);
        if (!match || match.type !== "*") {
          return;
        }
        const branches = splitTopLevel(match.body).map((branch2) => branch2.trim());
        if (branches.length !== 1) {
          return;
        }
        const branch = normalizeSimpleBranch(branches[0]);
        if (!branch || branch.length !== 1) {
          return;
        }
        chars.push(branch);
        index += match.end + 1;
      }
      if (chars.length < 1) {
        return;
      }
      return chars;
    };
    var repeatedExtglobRecursion = (pattern) => {
      let depth = 0;
      let value = pattern.trim();
      let match = parseRepeatedExtglob(value);
      while (match) {
        depth++;
        value = match.body.trim();
        match = parseRepeatedExtglob(value);
      }
      return depth;
    };
    var analyzeRepeatedExtglob = (body, options) => {
      if (options.maxExtglobRecursion === false) {
        return { risky: false };
      }
      const max = typeof options.maxExtglobRecursion === "number" ? options.maxExtglobRecursion : constants2.DEFAULT_MAX_EXTGLOB_RECURSION;
      const branches = splitTopLevel(body).map((branch) => branch.trim());
      if (branches.length > 1) {
        if (branches.some((branch) => branch === "") || branches.some((branch) => /^[*?]+$/.test(branch)) || hasRepeatedCharPrefixOverlap(branches)) {
          return { risky: true };
        }
      }
      const safeChars = [];
      let sawStarSequence = false;
      let combinable = true;
      for (const branch of branches) {
        const chars = getStarExtglobSequenceChars(branch);
        if (chars) {
          sawStarSequence = true;
          safeChars.push(...chars);
          continue;
        }
        const literal = normalizeSimpleBranch(branch);
        if (literal && literal.length === 1) {
          safeChars.push(literal);
          continue;
        }
        combinable = false;
        if (repeatedExtglobRecursion(branch) > max) {
          return { risky: true };
        }
      }
      if (sawStarSequence) {
        return combinable ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) } : { risky: true };
      }
      return { risky: false };
    };
    var parse = (input, options) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected a string");
      }
      input = REPLACEMENTS[input] || input;
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      let len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      const bos = { type: "bos", value: "", output: opts.prepend || "" };
      const tokens = [bos];
      const capture = opts.capture ? "" : "?:";
      const PLATFORM_CHARS = constants2.globChars(opts.windows);
      const EXTGLOB_CHARS = constants2.extglobChars(PLATFORM_CHARS);
      const {
        DOT_LITERAL,
        PLUS_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOT_SLASH,
        NO_DOTS_SLASH,
        QMARK,
        QMARK_NO_DOT,
        STAR,
        START_ANCHOR
      } = PLATFORM_CHARS;
      const globstar = (opts2) => {
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const nodot = opts.dot ? "" : NO_DOT;
      const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
      let star = opts.bash === true ? globstar(opts) : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      if (typeof opts.noext === "boolean") {
        opts.noextglob = opts.noext;
      }
      const state = {
        input,
        index: -1,
        start: 0,
        dot: opts.dot === true,
        consumed: "",
        output: "",
        prefix: "",
        backtrack: false,
        negated: false,
        brackets: 0,
        braces: 0,
        parens: 0,
        quotes: 0,
        globstar: false,
        tokens
      };
      input = utils.removePrefix(input, state);
      len = input.length;
      const extglobs = [];
      const braces = [];
      const stack = [];
      let prev = bos;
      let value;
      const eos = () => state.index === len - 1;
      const peek = state.peek = (n = 1) => input[state.index + n];
      const advance = state.advance = () => input[++state.index] || "";
      const remaining = () => input.slice(state.index + 1);
      const consume = (value2 = "", num = 0) => {
        state.consumed += value2;
        state.index += num;
      };
      const append = (token) => {
        state.output += token.output != null ? token.output : token.value;
        consume(token.value);
      };
      const negate = () => {
        let count = 1;
        while (peek() === "!" && (peek(2) !== "(" || peek(3) === "?")) {
          advance();
          state.start++;
          count++;
        }
        if (count % 2 === 0) {
          return false;
        }
        state.negated = true;
        state.start++;
        return true;
      };
      const increment = (type) => {
        state[type]++;
        stack.push(type);
      };
      const decrement = (type) => {
        state[type]--;
        stack.pop();
      };
      const push = (tok) => {
        if (prev.type === "globstar") {
          const isBrace = state.braces > 0 && (tok.type === "comma" || tok.type === "brace");
          const isExtglob = tok.extglob === true || extglobs.length && (tok.type === "pipe" || tok.type === "paren");
          if (tok.type !== "slash" && tok.type !== "paren" && !isBrace && !isExtglob) {
            state.output = state.output.slice(0, -prev.output.length);
            prev.type = "star";
            prev.value = "*";
            prev.output = star;
            state.output += prev.output;
          }
        }
        if (extglobs.length && tok.type !== "paren") {
          extglobs[extglobs.length - 1].inner += tok.value;
        }
        if (tok.value || tok.output) append(tok);
        if (prev && prev.type === "text" && tok.type === "text") {
          prev.output = (prev.output || prev.value) + tok.value;
          prev.value += tok.value;
          return;
        }
        tok.prev = prev;
        tokens.push(tok);
        prev = tok;
      };
      const extglobOpen = (type, value2) => {
        const token = { ...EXTGLOB_CHARS[value2], conditions: 1, inner: "" };
        token.prev = prev;
        token.parens = state.parens;
        token.output = state.output;
        token.startIndex = state.index;
        token.tokensIndex = tokens.length;
        const output = (opts.capture ? "(" : "") + token.open;
        increment("parens");
        push({ type, value: value2, output: state.output ? "" : ONE_CHAR });
        push({ type: "paren", extglob: true, value: advance(), output });
        extglobs.push(token);
      };
      const extglobClose = (token) => {
        const literal = input.slice(token.startIndex, state.index + 1);
        const body = input.slice(token.startIndex + 2, state.index);
        const analysis = analyzeRepeatedExtglob(body, opts);
        if ((token.type === "plus" || token.type === "star") && analysis.risky) {
          const safeOutput = analysis.safeOutput ? (token.output ? "" : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput) : void 0;
          const open2 = tokens[token.tokensIndex];
          open2.type = "text";
          open2.value = literal;
          open2.output = safeOutput || utils.escapeRegex(literal);
          for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
            tokens[i].value = "";
            tokens[i].output = "";
            delete tokens[i].suffix;
          }
          state.output = token.output + open2.output;
          state.backtrack = true;
          push({ type: "paren", extglob: true, value, output: "" });
          decrement("parens");
          return;
        }
        let output = token.close + (opts.capture ? ")" : "");
        let rest;
        if (token.type === "negate") {
          let extglobStar = star;
          if (token.inner && token.inner.length > 1 && token.inner.includes("/")) {
            extglobStar = globstar(opts);
          }
          if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
            output = token.close = `)$))${extglobStar}`;
          }
          if (token.inner.includes("*") && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
            const expression = parse(rest, { ...options, fastpaths: false }).output;
            output = token.close = `)${expression})${extglobStar})`;
          }
          if (token.prev.type === "bos") {
            state.negatedExtglob = true;
          }
        }
        push({ type: "paren", extglob: true, value, output });
        decrement("parens");
      };
      if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
        let backslashes = false;
        let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
          if (first === "\\") {
            backslashes = true;
            return m;
          }
          if (first === "?") {
            if (esc) {
              return esc + first + (rest ? QMARK.repeat(rest.length) : "");
            }
            if (index === 0) {
              return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : "");
            }
            return QMARK.repeat(chars.length);
          }
          if (first === ".") {
            return DOT_LITERAL.repeat(chars.length);
          }
          if (first === "*") {
            if (esc) {
              return esc + first + (rest ? star : "");
            }
            return star;
          }
          return esc ? m : `\\${m}`;
        });
        if (backslashes === true) {
          if (opts.unescape === true) {
            output = output.replace(/\\/g, "");
          } else {
            output = output.replace(/\\+/g, (m) => {
              return m.length % 2 === 0 ? "\\\\" : m ? "\\" : "";
            });
          }
        }
        if (output === input && opts.contains === true) {
          state.output = input;
          return state;
        }
        state.output = utils.wrapOutput(output, state, options);
        return state;
      }
      while (!eos()) {
        value = advance();
        if (value === "\0") {
          continue;
        }
        if (value === "\\") {
          const next = peek();
          if (next === "/" && opts.bash !== true) {
            continue;
          }
          if (next === "." || next === ";") {
            continue;
          }
          if (!next) {
            value += "\\";
            push({ type: "text", value });
            continue;
          }
          const match = /^\\+/.exec(remaining());
          let slashes = 0;
          if (match && match[0].length > 2) {
            slashes = match[0].length;
            state.index += slashes;
            if (slashes % 2 !== 0) {
              value += "\\";
            }
          }
          if (opts.unescape === true) {
            value = advance();
          } else {
            value += advance();
          }
          if (state.brackets === 0) {
            push({ type: "text", value });
            continue;
          }
        }
        if (state.brackets > 0 && (value !== "]" || prev.value === "[" || prev.value === "[^")) {
          if (opts.posix !== false && value === ":") {
            const inner = prev.value.slice(1);
            if (inner.includes("[")) {
              prev.posix = true;
              if (inner.includes(":")) {
                const idx = prev.value.lastIndexOf("[");
                const pre = prev.value.slice(0, idx);
                const rest2 = prev.value.slice(idx + 2);
                const posix = POSIX_REGEX_SOURCE[rest2];
                if (posix) {
                  prev.value = pre + posix;
                  state.backtrack = true;
                  advance();
                  if (!bos.output && tokens.indexOf(prev) === 1) {
                    bos.output = ONE_CHAR;
                  }
                  continue;
                }
              }
            }
          }
          if (value === "[" && peek() !== ":" || value === "-" && peek() === "]") {
            value = `\\${value}`;
          }
          if (value === "]" && (prev.value === "[" || prev.value === "[^")) {
            value = `\\${value}`;
          }
          if (opts.posix === true && value === "!" && prev.value === "[") {
            value = "^";
          }
          prev.value += value;
          append({ value });
          continue;
        }
        if (state.quotes === 1 && value !== '"') {
          value = utils.escapeRegex(value);
          prev.value += value;
          append({ value });
          continue;
        }
        if (value === '"') {
          state.quotes = state.quotes === 1 ? 0 : 1;
          if (opts.keepQuotes === true) {
            push({ type: "text", value });
          }
          continue;
        }
        if (value === "(") {
          increment("parens");
          push({ type: "paren", value });
          continue;
        }
        if (value === ")") {
          if (state.parens === 0 && opts.strictBrackets === true) {
            throw new SyntaxError(syntaxError("opening", "("));
          }
          const extglob = extglobs[extglobs.length - 1];
          if (extglob && state.parens === extglob.parens + 1) {
            extglobClose(extglobs.pop());
            continue;
          }
          push({ type: "paren", value, output: state.parens ? ")" : "\\)" });
          decrement("parens");
          continue;
        }
        if (value === "[") {
          if (opts.nobracket === true || !remaining().includes("]")) {
            if (opts.nobracket !== true && opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("closing", "]"));
            }
            value = `\\${value}`;
          } else {
            increment("brackets");
          }
          push({ type: "bracket", value });
          continue;
        }
        if (value === "]") {
          if (opts.nobracket === true || prev && prev.type === "bracket" && prev.value.length === 1) {
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          if (state.brackets === 0) {
            if (opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("opening", "["));
            }
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          decrement("brackets");
          const prevValue = prev.value.slice(1);
          if (prev.posix !== true && prevValue[0] === "^" && !prevValue.includes("/")) {
            value = `/${value}`;
          }
          prev.value += value;
          append({ value });
          if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
            continue;
          }
          const escaped = utils.escapeRegex(prev.value);
          state.output = state.output.slice(0, -prev.value.length);
          if (opts.literalBrackets === true) {
            state.output += escaped;
            prev.value = escaped;
            continue;
          }
          prev.value = `(${capture}${escaped}|${prev.value})`;
          state.output += prev.value;
          continue;
        }
        if (value === "{" && opts.nobrace !== true) {
          increment("braces");
          const open2 = {
            type: "brace",
            value,
            output: "(",
            outputIndex: state.output.length,
            tokensIndex: state.tokens.length
          };
          braces.push(open2);
          push(open2);
          continue;
        }
        if (value === "}") {
          const brace = braces[braces.length - 1];
          if (opts.nobrace === true || !brace) {
            push({ type: "text", value, output: value });
            continue;
          }
          let output = ")";
          if (brace.dots === true) {
            const arr = tokens.slice();
            const range = [];
            for (let i = arr.length - 1; i >= 0; i--) {
              tokens.pop();
              if (arr[i].type === "brace") {
                break;
              }
              if (arr[i].type !== "dots") {
                range.unshift(arr[i].value);
              }
            }
            output = expandRange(range, opts);
            state.backtrack = true;
          }
          if (brace.comma !== true && brace.dots !== true) {
            const out = state.output.slice(0, brace.outputIndex);
            const toks = state.tokens.slice(brace.tokensIndex);
            brace.value = brace.output = "\\{";
            value = output = "\\}";
            state.output = out;
            for (const t of toks) {
              state.output += t.output || t.value;
            }
          }
          push({ type: "brace", value, output });
          decrement("braces");
          braces.pop();
          continue;
        }
        if (value === "|") {
          if (extglobs.length > 0) {
            extglobs[extglobs.length - 1].conditions++;
          }
          push({ type: "text", value });
          continue;
        }
        if (value === ",") {
          let output = value;
          const brace = braces[braces.length - 1];
          if (brace && stack[stack.length - 1] === "braces") {
            brace.comma = true;
            output = "|";
          }
          push({ type: "comma", value, output });
          continue;
        }
        if (value === "/") {
          if (prev.type === "dot" && state.index === state.start + 1) {
            state.start = state.index + 1;
            state.consumed = "";
            state.output = "";
            tokens.pop();
            prev = bos;
            continue;
          }
          push({ type: "slash", value, output: SLASH_LITERAL });
          continue;
        }
        if (value === ".") {
          if (state.braces > 0 && prev.type === "dot") {
            if (prev.value === ".") prev.output = DOT_LITERAL;
            const brace = braces[braces.length - 1];
            prev.type = "dots";
            prev.output += value;
            prev.value += value;
            brace.dots = true;
            continue;
          }
          if (state.braces + state.parens === 0 && prev.type !== "bos" && prev.type !== "slash") {
            push({ type: "text", value, output: DOT_LITERAL });
            continue;
          }
          push({ type: "dot", value, output: DOT_LITERAL });
          continue;
        }
        if (value === "?") {
          const isGroup = prev && prev.value === "(";
          if (!isGroup && opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("qmark", value);
            continue;
          }
          if (prev && prev.type === "paren") {
            const next = peek();
            let output = value;
            if (prev.value === "(" && !/[!=<:]/.test(next) || next === "<" && !/<([!=]|\w+>)/.test(remaining())) {
              output = `\\${value}`;
            }
            push({ type: "text", value, output });
            continue;
          }
          if (opts.dot !== true && (prev.type === "slash" || prev.type === "bos")) {
            push({ type: "qmark", value, output: QMARK_NO_DOT });
            continue;
          }
          push({ type: "qmark", value, output: QMARK });
          continue;
        }
        if (value === "!") {
          if (opts.noextglob !== true && peek() === "(") {
            if (peek(2) !== "?" || !/[!=<:]/.test(peek(3))) {
              extglobOpen("negate", value);
              continue;
            }
          }
          if (opts.nonegate !== true && state.index === 0) {
            negate();
            continue;
          }
        }
        if (value === "+") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("plus", value);
            continue;
          }
          if (prev && prev.value === "(" || opts.regex === false) {
            push({ type: "plus", value, output: PLUS_LITERAL });
            continue;
          }
          if (prev && (prev.type === "bracket" || prev.type === "paren" || prev.type === "brace") || state.parens > 0) {
            push({ type: "plus", value });
            continue;
          }
          push({ type: "plus", value: PLUS_LITERAL });
          continue;
        }
        if (value === "@") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            push({ type: "at", extglob: true, value, output: "" });
            continue;
          }
          push({ type: "text", value });
          continue;
        }
        if (value !== "*") {
          if (value === "$" || value === "^") {
            value = `\\${value}`;
          }
          const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
          if (match) {
            value += match[0];
            state.index += match[0].length;
          }
          push({ type: "text", value });
          continue;
        }
        if (prev && (prev.type === "globstar" || prev.star === true)) {
          prev.type = "star";
          prev.star = true;
          prev.value += value;
          prev.output = star;
          state.backtrack = true;
          state.globstar = true;
          consume(value);
          continue;
        }
        let rest = remaining();
        if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
          extglobOpen("star", value);
          continue;
        }
        if (prev.type === "star") {
          if (opts.noglobstar === true) {
            consume(value);
            continue;
          }
          const prior = prev.prev;
          const before = prior.prev;
          const isStart = prior.type === "slash" || prior.type === "bos";
          const afterStar = before && (before.type === "star" || before.type === "globstar");
          if (opts.bash === true && (!isStart || rest[0] && rest[0] !== "/")) {
            push({ type: "star", value, output: "" });
            continue;
          }
          const isBrace = state.braces > 0 && (prior.type === "comma" || prior.type === "brace");
          const isExtglob = extglobs.length && (prior.type === "pipe" || prior.type === "paren");
          if (!isStart && prior.type !== "paren" && !isBrace && !isExtglob) {
            push({ type: "star", value, output: "" });
            continue;
          }
          while (rest.slice(0, 3) === "/**") {
            const after = input[state.index + 4];
            if (after && after !== "/") {
              break;
            }
            rest = rest.slice(3);
            consume("/**", 3);
          }
          const isEnd = eos() || state.parens > 0 && rest === ")".repeat(state.parens) && !extglobs.some((extglob) => extglob.type === "negate");
          if (prior.type === "bos" && eos()) {
            prev.type = "globstar";
            prev.value += value;
            prev.output = globstar(opts);
            state.output = prev.output;
            state.globstar = true;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && !afterStar && isEnd) {
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = globstar(opts) + (opts.strictSlashes ? ")" : "|$)");
            prev.value += value;
            state.globstar = true;
            state.output += prior.output + prev.output;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && rest[0] === "/") {
            const end = rest[1] !== void 0 ? "|$" : "";
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
            prev.value += value;
            state.output += prior.output + prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          if (prior.type === "bos" && rest[0] === "/") {
            prev.type = "globstar";
            prev.value += value;
            prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
            state.output = prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          state.output = state.output.slice(0, -prev.output.length);
          prev.type = "globstar";
          prev.output = globstar(opts);
          prev.value += value;
          state.output += prev.output;
          state.globstar = true;
          consume(value);
          continue;
        }
        const token = { type: "star", value, output: star };
        if (opts.bash === true) {
          token.output = ".*?";
          if (prev.type === "bos" || prev.type === "slash") {
            token.output = nodot + token.output;
          }
          push(token);
          continue;
        }
        if (prev && (prev.type === "bracket" || prev.type === "paren") && opts.regex === true) {
          token.output = value;
          push(token);
          continue;
        }
        if (state.index === state.start || prev.type === "slash" || prev.type === "dot") {
          if (prev.type === "dot") {
            state.output += NO_DOT_SLASH;
            prev.output += NO_DOT_SLASH;
          } else if (opts.dot === true) {
            state.output += NO_DOTS_SLASH;
            prev.output += NO_DOTS_SLASH;
          } else {
            state.output += nodot;
            prev.output += nodot;
          }
          if (peek() !== "*") {
            state.output += ONE_CHAR;
            prev.output += ONE_CHAR;
          }
        }
        push(token);
      }
      while (state.brackets > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "]"));
        state.output = utils.escapeLast(state.output, "[");
        decrement("brackets");
      }
      while (state.parens > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", ")"));
        state.output = utils.escapeLast(state.output, "(");
        decrement("parens");
      }
      while (state.braces > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "}"));
        state.output = utils.escapeLast(state.output, "{");
        decrement("braces");
      }
      if (opts.strictSlashes !== true && (prev.type === "star" || prev.type === "bracket")) {
        push({ type: "maybe_slash", value: "", output: `${SLASH_LITERAL}?` });
      }
      if (state.backtrack === true) {
        state.output = "";
        for (const token of state.tokens) {
          state.output += token.output != null ? token.output : token.value;
          if (token.suffix) {
            state.output += token.suffix;
          }
        }
      }
      return state;
    };
    parse.fastpaths = (input, options) => {
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      const len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      input = REPLACEMENTS[input] || input;
      const {
        DOT_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOTS,
        NO_DOTS_SLASH,
        STAR,
        START_ANCHOR
      } = constants2.globChars(opts.windows);
      const nodot = opts.dot ? NO_DOTS : NO_DOT;
      const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
      const capture = opts.capture ? "" : "?:";
      const state = { negated: false, prefix: "" };
      let star = opts.bash === true ? ".*?" : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      const globstar = (opts2) => {
        if (opts2.noglobstar === true) return star;
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const create = (str) => {
        switch (str) {
          case "*":
            return `${nodot}${ONE_CHAR}${star}`;
          case ".*":
            return `${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*.*":
            return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*/*":
            return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;
          case "**":
            return nodot + globstar(opts);
          case "**/*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;
          case "**/*.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "**/.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;
          default: {
            const match = /^(.*?)\.(\w+)$/.exec(str);
            if (!match) return;
            const source2 = create(match[1]);
            if (!source2) return;
            return source2 + DOT_LITERAL + match[2];
          }
        }
      };
      const output = utils.removePrefix(input, state);
      let source = create(output);
      if (source && opts.strictSlashes !== true) {
        source += `${SLASH_LITERAL}?`;
      }
      return source;
    };
    module2.exports = parse;
  }
});

// node_modules/picomatch/lib/picomatch.js
var require_picomatch = __commonJS({
  "node_modules/picomatch/lib/picomatch.js"(exports2, module2) {
    "use strict";
    var scan = require_scan();
    var parse = require_parse();
    var utils = require_utils();
    var constants2 = require_constants();
    var isObject = (val) => val && typeof val === "object" && !Array.isArray(val);
    var picomatch2 = (glob, options, returnState = false) => {
      if (Array.isArray(glob)) {
        const fns = glob.map((input) => picomatch2(input, options, returnState));
        const arrayMatcher = (str) => {
          for (const isMatch of fns) {
            const state2 = isMatch(str);
            if (state2) return state2;
          }
          return false;
        };
        return arrayMatcher;
      }
      const isState = isObject(glob) && glob.tokens && glob.input;
      if (glob === "" || typeof glob !== "string" && !isState) {
        throw new TypeError("Expected pattern to be a non-empty string");
      }
      const opts = options || {};
      const posix = opts.windows;
      const regex = isState ? picomatch2.compileRe(glob, options) : picomatch2.makeRe(glob, options, false, true);
      const state = regex.state;
      delete regex.state;
      let isIgnored = () => false;
      if (opts.ignore) {
        const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
        isIgnored = picomatch2(opts.ignore, ignoreOpts, returnState);
      }
      const matcher = (input, returnObject = false) => {
        const { isMatch, match, output } = picomatch2.test(input, regex, options, { glob, posix });
        const result = { glob, state, regex, posix, input, output, match, isMatch };
        if (typeof opts.onResult === "function") {
          opts.onResult(result);
        }
        if (isMatch === false) {
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (isIgnored(input)) {
          if (typeof opts.onIgnore === "function") {
            opts.onIgnore(result);
          }
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (typeof opts.onMatch === "function") {
          opts.onMatch(result);
        }
        return returnObject ? result : true;
      };
      if (returnState) {
        matcher.state = state;
      }
      return matcher;
    };
    picomatch2.test = (input, regex, options, { glob, posix } = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected input to be a string");
      }
      if (input === "") {
        return { isMatch: false, output: "" };
      }
      const opts = options || {};
      const format = opts.format || (posix ? utils.toPosixSlashes : null);
      let match = input === glob;
      let output = match && format ? format(input) : input;
      if (match === false) {
        output = format ? format(input) : input;
        match = output === glob;
      }
      if (match === false || opts.capture === true) {
        if (opts.matchBase === true || opts.basename === true) {
          match = picomatch2.matchBase(input, regex, options, posix);
        } else {
          match = regex.exec(output);
        }
      }
      return { isMatch: Boolean(match), match, output };
    };
    picomatch2.matchBase = (input, glob, options, posix = options && options.windows) => {
      const regex = glob instanceof RegExp ? glob : picomatch2.makeRe(glob, options);
      return regex.test(utils.basename(input, { windows: posix }));
    };
    picomatch2.isMatch = (str, patterns, options) => picomatch2(patterns, options)(str);
    picomatch2.parse = (pattern, options) => {
      if (Array.isArray(pattern)) return pattern.map((p) => picomatch2.parse(p, options));
      return parse(pattern, { ...options, fastpaths: false });
    };
    picomatch2.scan = (input, options) => scan(input, options);
    picomatch2.compileRe = (state, options, returnOutput = false, returnState = false) => {
      if (returnOutput === true) {
        return state.output;
      }
      const opts = options || {};
      const prepend = opts.contains ? "" : "^";
      const append = opts.contains ? "" : "$";
      let source = `${prepend}(?:${state.output})${append}`;
      if (state && state.negated === true) {
        source = `^(?!${source}).*$`;
      }
      const regex = picomatch2.toRegex(source, options);
      if (returnState === true) {
        regex.state = state;
      }
      return regex;
    };
    picomatch2.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
      if (!input || typeof input !== "string") {
        throw new TypeError("Expected a non-empty string");
      }
      let parsed = { negated: false, fastpaths: true };
      if (options.fastpaths !== false && (input[0] === "." || input[0] === "*")) {
        parsed.output = parse.fastpaths(input, options);
      }
      if (!parsed.output) {
        parsed = parse(input, options);
      }
      return picomatch2.compileRe(parsed, options, returnOutput, returnState);
    };
    picomatch2.toRegex = (source, options) => {
      try {
        const opts = options || {};
        return new RegExp(source, opts.flags || (opts.nocase ? "i" : ""));
      } catch (err) {
        if (options && options.debug === true) throw err;
        return /$^/;
      }
    };
    picomatch2.constants = constants2;
    module2.exports = picomatch2;
  }
});

// node_modules/picomatch/index.js
var require_picomatch2 = __commonJS({
  "node_modules/picomatch/index.js"(exports2, module2) {
    "use strict";
    var pico = require_picomatch();
    var utils = require_utils();
    function picomatch2(glob, options, returnState = false) {
      if (options && (options.windows === null || options.windows === void 0)) {
        options = { ...options, windows: utils.isWindows() };
      }
      return pico(glob, options, returnState);
    }
    Object.assign(picomatch2, pico);
    module2.exports = picomatch2;
  }
});

// src/mirror/files.ts
function isBinary(path, bytes) {
  if (textExtensions.has((0, import_node_path5.extname)(path).toLowerCase())) return false;
  const end = Math.min(bytes.length, sniffBytes);
  for (let index = 0; index < end; index += 1) if (bytes[index] === 0) return true;
  return false;
}
function isGitFolderName(name) {
  const folded = name.replace(hfsIgnorable2, "").toLowerCase();
  return folded.replace(/[. ]+$/, "") === ".git" || /^git~\d+$/.test(folded);
}
async function inspectPath(root, path, what = "path") {
  const relative = validateStorePath(path, what);
  const segments = relative.split("/");
  let stats;
  for (let index = 0; index < segments.length; index += 1) {
    const walked = segments.slice(0, index + 1).join("/");
    if (isGitFolderName(segments[index])) {
      throw new InvalidInputError(`${what} ${relative} reaches into git's own folder (${walked}): it is not readable`, {
        data: { path: relative }
      });
    }
    try {
      stats = await (0, import_promises2.lstat)((0, import_node_path5.join)(root, walked));
    } catch (error) {
      const code = error.code;
      if (code === "ENOENT" || code === "ENOTDIR") {
        throw new InvalidInputError(`no such ${what === "prefix" ? "folder" : "file"} in the store: ${relative}`, {
          data: { path: relative }
        });
      }
      throw new IoError(`cannot open ${relative}: ${error.message}`, { cause: error });
    }
    if (stats.isSymbolicLink()) {
      throw new InvalidInputError(
        `${what} ${relative} goes through a symbolic link (${walked}): the read faces do not follow links`,
        { data: { path: relative, link: walked } }
      );
    }
  }
  return { relative, absolute: (0, import_node_path5.join)(root, relative), stats };
}
async function resolveFile(root, path) {
  const { relative, absolute, stats } = await inspectPath(root, path);
  if (stats.isDirectory()) {
    throw new InvalidInputError(`${relative} is a folder: use list_files, or grep_file with a prefix`, {
      data: { path: relative }
    });
  }
  if (!stats.isFile()) {
    throw new InvalidInputError(`${relative} is not a regular file`, { data: { path: relative } });
  }
  return { relative, absolute };
}
async function entriesOf(root, dir) {
  try {
    return await (0, import_promises2.readdir)((0, import_node_path5.join)(root, dir), { withFileTypes: true });
  } catch (error) {
    const code = error.code;
    if (code === "ENOENT" || code === "ENOTDIR") return null;
    throw new IoError(`cannot list ${dir || "."}: ${error.message}`, { cause: error });
  }
}
function childPath(dir, name) {
  return dir === "" ? name : `${dir}/${name}`;
}
async function walkStart(root, prefix) {
  const start = validateStoreDir(prefix, "prefix");
  if (start === "") return { start, file: null };
  const { stats } = await inspectPath(root, start, "prefix");
  if (stats.isFile()) return { start, file: stats };
  if (!stats.isDirectory()) throw new InvalidInputError(`prefix ${start} is not a folder or a regular file`);
  return { start, file: null };
}
function isWalkedFolder(entry) {
  return entry.isDirectory() && !isGitFolderName(entry.name);
}
async function walkPaths(root, prefix) {
  const { start, file } = await walkStart(root, prefix);
  if (file) return [start];
  const found = [];
  const visit = async (dir) => {
    for (const entry of await entriesOf(root, dir) ?? []) {
      const path = childPath(dir, entry.name);
      if (isWalkedFolder(entry)) await visit(path);
      else if (entry.isFile()) found.push(path);
    }
  };
  await visit(start);
  return found.sort((a, b) => a < b ? -1 : a > b ? 1 : 0);
}
var import_promises2, import_node_path5, textExtensions, sniffBytes, hfsIgnorable2;
var init_files = __esm({
  "src/mirror/files.ts"() {
    "use strict";
    import_promises2 = require("node:fs/promises");
    import_node_path5 = require("node:path");
    init_errors();
    init_paths();
    textExtensions = /* @__PURE__ */ new Set([".ndjson", ".jsonl", ".json", ".md"]);
    sniffBytes = 8e3;
    hfsIgnorable2 = /[\u200c-\u200f\u202a-\u202e\u206a-\u206f\ufeff]/g;
  }
});

// src/mirror/newline-kernel.generated.ts
var newlineKernelBase64;
var init_newline_kernel_generated = __esm({
  "src/mirror/newline-kernel.generated.ts"() {
    "use strict";
    newlineKernelBase64 = "AGFzbQEAAAABBwFgAn9/AX8DAgEABQYBAQGAgAQHEgIGbWVtb3J5AgAFY291bnQAAArJAQHGAQQDfwF7AX8Be0EK/Q8hByAAIAFqIQIgACABQXBxaiEDAkADQCAAIANPDQH9DAAAAAAAAAAAAAAAAAAAAAAhBUEAIQYCQANAIAAgA08NASAGQf8BRg0BIAUgAP0ABAAgB/0j/XEhBSAAQRBqIQAgBkEBaiEGDAALCyAF/X39fyEFIAQgBf0bACAF/RsBaiAF/RsCIAX9GwNqamohBAwACwsCQANAIAAgAk8NASAEIAAtAABBCkZqIQQgAEEBaiEADAALCyAECw==";
  }
});

// src/mirror/line-windows.ts
async function* lineWindows(path, keepLines = 0) {
  const handle = await openNoFollow(path);
  const readInto = async (buffer, offset) => (await handle.read(buffer, offset, buffer.length - offset, null)).bytesRead;
  const { size } = await handle.stat();
  const arena = size < smallFileBytes ? null : freeArenas.pop() ?? new Arena();
  let pending = Promise.resolve(0);
  try {
    const buffers = arena ? [...arena.slots] : [Buffer.allocUnsafe(size + 1), Buffer.allocUnsafe(size + 1)];
    let current = 0;
    let kept = 0;
    let carry = 0;
    let firstLine = 1;
    pending = readInto(buffers[0], 0);
    for (; ; ) {
      let buffer = buffers[current];
      let filled = carry + await pending;
      let eof = filled === carry;
      let lastNewline = buffer.lastIndexOf(10, filled - 1);
      while (!eof && lastNewline < kept) {
        if (filled === buffer.length) {
          const bigger = Buffer.allocUnsafe(buffer.length * 2);
          buffer.copy(bigger, 0, 0, filled);
          buffers[current] = buffer = bigger;
        }
        const more = await readInto(buffer, filled);
        eof = more === 0;
        filled += more;
        lastNewline = buffer.lastIndexOf(10, filled - 1);
      }
      const end = eof ? filled : lastNewline + 1;
      if (end === kept) return;
      const keepFrom = startOfLastLines(buffer, end, keepLines);
      const nextCarry = filled - keepFrom;
      const next = 1 - current;
      if (buffers[next].length < nextCarry + chunkBytes) {
        buffers[next] = Buffer.allocUnsafe(nextCarry + chunkBytes);
      }
      buffer.copy(buffers[next], 0, keepFrom, filled);
      pending = eof ? Promise.resolve(0) : readInto(buffers[next], nextCarry);
      const window = { bytes: buffer.subarray(0, end), bodyStart: kept, end, firstLine, last: eof };
      yield window;
      if (eof) return;
      firstLine += window.bodyNewlines ?? countNewlines(buffer, kept, end);
      kept = end - keepFrom;
      carry = nextCarry;
      current = next;
    }
  } finally {
    await pending.catch(() => 0);
    if (arena && freeArenas.length < maxIdleArenas) freeArenas.push(arena);
    await handle.close();
  }
}
async function openNoFollow(path) {
  try {
    return await (0, import_promises3.open)(path, openFlags);
  } catch (error) {
    if (error.code === "ELOOP") {
      throw new InvalidInputError(`${path} is a symbolic link: the read faces do not follow links`, { cause: error });
    }
    throw error;
  }
}
function countNewlines(bytes, start, stop) {
  const end = Math.min(stop, bytes.length);
  if (end <= start) return 0;
  const kernel = end - start >= 64 ? kernels.get(bytes.buffer) : void 0;
  if (kernel) return kernel(bytes.byteOffset + start, end - start);
  let count = 0;
  let position = bytes.indexOf(10, start);
  while (position !== -1 && position < end) {
    count += 1;
    position = bytes.indexOf(10, position + 1);
  }
  return count;
}
function startOfLastLines(bytes, end, lines) {
  let position = end;
  for (let index = 0; index < lines && position > 0; index += 1) {
    position = position >= 2 ? bytes.lastIndexOf(10, position - 2) + 1 : 0;
  }
  return position;
}
var import_node_fs2, import_promises3, chunkBytes, slotBytes, smallFileBytes, kernelModule, kernels, Arena, maxIdleArenas, freeArenas, openFlags;
var init_line_windows = __esm({
  "src/mirror/line-windows.ts"() {
    "use strict";
    import_node_fs2 = require("node:fs");
    import_promises3 = require("node:fs/promises");
    init_errors();
    init_newline_kernel_generated();
    chunkBytes = 8 * 1024 * 1024;
    slotBytes = 2 * chunkBytes;
    smallFileBytes = 1024 * 1024;
    kernelModule = null;
    kernels = /* @__PURE__ */ new WeakMap();
    Arena = class {
      slots;
      constructor() {
        kernelModule ??= new WebAssembly.Module(Buffer.from(newlineKernelBase64, "base64"));
        const instance = new WebAssembly.Instance(kernelModule);
        const memory = instance.exports.memory;
        memory.grow(Math.ceil(2 * slotBytes / 65536));
        kernels.set(memory.buffer, instance.exports.count);
        this.slots = [Buffer.from(memory.buffer, 0, slotBytes), Buffer.from(memory.buffer, slotBytes, slotBytes)];
      }
    };
    maxIdleArenas = 2;
    freeArenas = [];
    openFlags = import_node_fs2.constants.O_RDONLY | (import_node_fs2.constants.O_NOFOLLOW ?? 0) | (import_node_fs2.constants.O_NONBLOCK ?? 0);
  }
});

// src/mirror/pattern.ts
function compilePattern(pattern, flags = "") {
  for (const flag of flags) {
    if (!allowedFlags.has(flag)) {
      throw new InvalidInputError(`unsupported regex flag ${JSON.stringify(flag)}: use any of i, s, u, m`);
    }
  }
  let regex;
  try {
    regex = new RegExp(pattern, [...new Set(flags)].join(""));
  } catch (error) {
    throw new InvalidInputError(`invalid regex ${JSON.stringify(pattern)}: ${error.message}`);
  }
  const ignoreCase = flags.includes("i");
  const { runs, pure } = requiredLiterals(pattern, ignoreCase);
  const usable = (literal) => literal.length > 0 && (!ignoreCase || /^[\x20-\x7e]+$/.test(literal) && !(flags.includes("u") && /[ks]/i.test(literal)));
  const literals = runs.filter(usable).map((literal) => Buffer.from(literal, "utf8"));
  const first = literals[0] ?? null;
  return {
    regex,
    literal: first,
    literals,
    ignoreCase,
    pureLiteral: first !== null && pure && runs.length === 1 && !flags.includes("m")
  };
}
function requiredLiterals(pattern, ignoreCase = false) {
  if (hasTopLevelAlternation(pattern)) return { runs: [], pure: false };
  const runs = [];
  let run = "";
  let pure = true;
  let depth = 0;
  const breakRun = () => {
    pure = false;
    if (run) runs.push(run);
    run = "";
  };
  for (let index = 0; index < pattern.length; index += 1) {
    const char = pattern[index];
    let literalChar;
    if (char === "\\") {
      const escaped = pattern[index + 1] ?? "";
      index += 1;
      if (!metaCharacters.has(escaped) && literalEscapes[escaped] === void 0) {
        breakRun();
        continue;
      }
      literalChar = escaped;
    } else if (char === "[") {
      breakRun();
      index = skipClass(pattern, index);
      continue;
    } else if (char === "(" || char === ")") {
      depth += char === "(" ? 1 : -1;
      breakRun();
      continue;
    } else if (metaCharacters.has(char)) {
      breakRun();
      continue;
    } else {
      literalChar = char;
    }
    const following = pattern[index + 1] ?? "";
    if (depth > 0 || quantifierStart.has(following)) {
      breakRun();
      continue;
    }
    run += literalChar;
    if (following === "+") breakRun();
  }
  const wasPure = pure;
  if (run) runs.push(run);
  const order = (a, b) => rarity(b, ignoreCase) - rarity(a, ignoreCase) || b.length - a.length;
  return { runs: [...new Set(runs)].sort(order), pure: wasPure && runs.length === 1 };
}
function hasTopLevelAlternation(pattern) {
  let depth = 0;
  for (let index = 0; index < pattern.length; index += 1) {
    const char = pattern[index];
    if (char === "\\") index += 1;
    else if (char === "[") index = skipClass(pattern, index);
    else if (char === "(") depth += 1;
    else if (char === ")") depth -= 1;
    else if (char === "|" && depth === 0) return true;
  }
  return false;
}
function skipClass(pattern, open2) {
  for (let index = open2 + 1; index < pattern.length; index += 1) {
    if (pattern[index] === "\\") index += 1;
    else if (pattern[index] === "]" && index > open2 + 1) return index;
  }
  return pattern.length;
}
function byteRarity(byte, ignoreCase = false) {
  const rank = (value) => byteRank.get(value) ?? 200 + (value >= 128 ? 0 : 1);
  if (!ignoreCase) return rank(byte);
  const lower = byte >= 65 && byte <= 90 ? byte + 32 : byte;
  const upper = byte >= 97 && byte <= 122 ? byte - 32 : byte;
  return Math.min(rank(lower), rank(upper));
}
function rarity(text, ignoreCase) {
  let best = -1;
  for (const byte of Buffer.from(text, "utf8")) best = Math.max(best, byteRarity(byte, ignoreCase));
  return best;
}
var allowedFlags, metaCharacters, quantifierStart, literalEscapes, commonBytes, byteRank;
var init_pattern = __esm({
  "src/mirror/pattern.ts"() {
    "use strict";
    init_errors();
    allowedFlags = /* @__PURE__ */ new Set(["i", "s", "u", "m"]);
    metaCharacters = /* @__PURE__ */ new Set(["\\", "^", "$", ".", "|", "?", "*", "+", "(", ")", "[", "]", "{", "}"]);
    quantifierStart = /* @__PURE__ */ new Set(["?", "*", "{"]);
    literalEscapes = {
      "/": "/",
      "-": "-",
      ",": ",",
      ":": ":",
      '"': '"',
      "'": "'",
      " ": " ",
      "#": "#",
      "=": "=",
      "@": "@",
      "%": "%",
      "&": "&",
      "<": "<",
      ">": ">",
      "!": "!",
      "~": "~",
      "`": "`",
      _: "_"
    };
    commonBytes = ' "e:,taoinsr0l12d/h_c.um-p3456789fgywb{}xvkTSA"';
    byteRank = new Map([...commonBytes].map((char, index) => [char.charCodeAt(0), index]));
  }
});

// src/mirror/search-budget.ts
function formatSeconds(ms) {
  return ms >= 1e3 ? `${Number((ms / 1e3).toFixed(1))} s` : `${ms} ms`;
}
var import_node_vm, stretchLimitMs, defaultTimeLimitMs, GuardedRunner, runner, SearchBudget;
var init_search_budget = __esm({
  "src/mirror/search-budget.ts"() {
    "use strict";
    import_node_vm = require("node:vm");
    init_errors();
    stretchLimitMs = 1e3;
    defaultTimeLimitMs = 3e4;
    GuardedRunner = class {
      body = null;
      script = new import_node_vm.Script("run()");
      context = (0, import_node_vm.createContext)({ run: () => this.body() });
      run(body, timeout) {
        this.body = body;
        try {
          return this.script.runInContext(this.context, { timeout });
        } finally {
          this.body = null;
        }
      }
    };
    runner = null;
    SearchBudget = class {
      /** `limitMs` bounds the whole call; a stretch gets at most `stretchLimitMs` of it. */
      constructor(pattern, limitMs = defaultTimeLimitMs) {
        this.pattern = pattern;
        this.limitMs = limitMs;
        if (!Number.isInteger(limitMs) || limitMs < 1) {
          throw new InvalidInputError(`the time limit must be a whole number of milliseconds \u2265 1, got ${limitMs}`);
        }
        this.deadline = performance.now() + limitMs;
      }
      pattern;
      limitMs;
      deadline;
      /** Throws when the whole call has used its budget; `where` names how far the search got. */
      check(where) {
        if (performance.now() >= this.deadline) throw this.overrun(where);
      }
      /**
       * Runs one synchronous stretch of regex work, stopped with a clear error when it runs past the stretch limit or the
       * call's remaining budget; `currentFile` names the file the work had reached.
       */
      run(currentFile, body) {
        const remaining = Math.ceil(this.deadline - performance.now());
        if (remaining <= 0) throw this.overrun(`before ${currentFile()}`);
        const timeout = Math.min(stretchLimitMs, remaining);
        runner ??= new GuardedRunner();
        try {
          return runner.run(body, timeout);
        } catch (error) {
          if (error.code !== "ERR_SCRIPT_EXECUTION_TIMEOUT") throw error;
          const file = currentFile();
          if (timeout < stretchLimitMs) throw this.overrun(`in ${file}`);
          throw new InvalidInputError(
            `pattern ${JSON.stringify(this.pattern)} ran for over ${stretchLimitMs / 1e3} s in ${file} and was stopped: it backtracks catastrophically (nested quantifiers such as (a+)+ or (.*)* are the usual cause); simplify it, or search for a literal part of what you want`,
            { data: { pattern: this.pattern, file, limitMs: stretchLimitMs } }
          );
        }
      }
      overrun(where) {
        return new InvalidInputError(
          `grep_file ran out of its ${formatSeconds(this.limitMs)} time budget (${where}): narrow the prefix or glob, or use a more specific pattern`,
          { data: { pattern: this.pattern, limitMs: this.limitMs } }
        );
      }
    };
  }
});

// src/mirror/grep-file.ts
var grep_file_exports = {};
__export(grep_file_exports, {
  defaultMaxMatches: () => defaultMaxMatches,
  grepFile: () => grepFile
});
async function grepFile(root, options) {
  const maxMatches = options.maxMatches ?? defaultMaxMatches;
  const contextLines = options.contextLines ?? 0;
  if (maxMatches !== Number.POSITIVE_INFINITY && (!Number.isInteger(maxMatches) || maxMatches < 1 || maxMatches > 1e4)) {
    throw new InvalidInputError(`max_matches must be an integer from 1 to 10000, got ${maxMatches}`);
  }
  if (!Number.isInteger(contextLines) || contextLines < 0 || contextLines > 100) {
    throw new InvalidInputError(`context_lines must be an integer from 0 to 100, got ${contextLines}`);
  }
  if (options.path === void 0 === (options.prefix === void 0)) {
    throw new InvalidInputError("give exactly one of path (one file) or prefix (a folder)");
  }
  if (options.glob !== void 0 && options.prefix === void 0) {
    throw new InvalidInputError("glob only applies with prefix");
  }
  const compiled = compilePattern(options.pattern, options.flags ?? "");
  const budget = new SearchBudget(options.pattern, options.timeLimitMs);
  const files = await selectFiles(root, options);
  const state = {
    matches: [],
    truncated: false,
    maxMatches,
    contextLines,
    budget,
    filesSearched: 0,
    binarySkipped: []
  };
  let next = loadBatch(root, files, 0);
  for (let start = 0; next && !state.truncated; start += readAheadFiles) {
    const loaded = await next;
    next = start + readAheadFiles < files.length ? loadBatch(root, files, start + readAheadFiles) : null;
    budget.check(`after ${state.filesSearched + state.binarySkipped.length} of ${files.length} files`);
    await searchBatch(root, loaded, compiled, state);
  }
  await next?.catch(() => []);
  return {
    matches: state.matches,
    truncated: state.truncated,
    filesSearched: state.filesSearched,
    binarySkipped: state.binarySkipped
  };
}
function loadBatch(root, files, start) {
  return Promise.all(files.slice(start, start + readAheadFiles).map((file) => loadFile(root, file)));
}
async function loadFile(root, file) {
  let handle;
  try {
    handle = await openNoFollow((0, import_node_path6.join)(root, file));
  } catch (error) {
    if (error.code === "ENOENT") return { file, bytes: "gone" };
    throw error;
  }
  try {
    const { size } = await handle.stat();
    return { file, bytes: size > wholeFileBytes ? null : await handle.readFile() };
  } finally {
    await handle.close();
  }
}
async function searchBatch(root, loaded, compiled, state) {
  let run = [];
  const flush = () => {
    const files = run;
    run = [];
    if (files.length === 0) return;
    let current = "";
    const scan = () => {
      for (const { file, bytes } of files) {
        if (state.truncated) return;
        current = file;
        state.filesSearched += 1;
        const window = { bytes, bodyStart: 0, end: bytes.length, firstLine: 1, last: true };
        scanWindow(viewOf(window, compiled), window, file, compiled, state);
      }
    };
    guarded(state, compiled, () => current, scan);
  };
  for (const { file, bytes } of loaded) {
    if (state.truncated) break;
    if (bytes === "gone") continue;
    if (bytes !== null && isBinary(file, bytes)) {
      state.binarySkipped.push(file);
      continue;
    }
    if (bytes !== null) {
      run.push({ file, bytes });
      continue;
    }
    flush();
    if (state.truncated) break;
    if (await searchFile(root, file, compiled, state) === "binary") state.binarySkipped.push(file);
    else state.filesSearched += 1;
  }
  flush();
}
function guarded(state, compiled, file, body) {
  return compiled.pureLiteral ? body() : state.budget.run(file, body);
}
function viewOf(window, compiled) {
  const [first, ...others] = compiled.literals;
  if (!first) return new TextView(window, compiled.regex);
  let best = new ByteView(window, first, compiled.ignoreCase);
  if (others.length === 0) return best;
  const sampleEnd = Math.min(window.end, window.bodyStart + literalSampleBytes);
  let fewest = best.count(window.bodyStart, sampleEnd, Number.POSITIVE_INFINITY);
  for (const literal of others) {
    if (fewest === 0) break;
    const candidate = new ByteView(window, literal, compiled.ignoreCase);
    const hits = candidate.count(window.bodyStart, sampleEnd, fewest);
    if (hits < fewest) {
      best = candidate;
      fewest = hits;
    }
  }
  return best;
}
async function selectFiles(root, options) {
  if (options.path !== void 0) return [(await resolveFile(root, options.path)).relative];
  const prefix = validateStoreDir(options.prefix, "prefix");
  const files = await walkPaths(root, prefix);
  if (options.glob === void 0) return files;
  const isMatch = (0, import_picomatch.default)(options.glob, { dot: true, basename: !options.glob.includes("/") });
  const base = prefix === "" ? "" : `${prefix}/`;
  return files.filter((path) => isMatch(path.startsWith(base) ? path.slice(base.length) : path));
}
async function searchFile(root, file, compiled, state) {
  let pending = null;
  let first = true;
  for await (const window of lineWindows((0, import_node_path6.join)(root, file), state.contextLines)) {
    if (first) {
      first = false;
      if (isBinary(file, window.bytes.subarray(0, window.end))) return "binary";
    } else state.budget.check(`in ${file}`);
    const view = viewOf(window, compiled);
    if (pending) pending = fillAfter(view, view.bodyStart, pending);
    if (state.truncated) {
      if (!pending) break;
      continue;
    }
    pending = guarded(
      state,
      compiled,
      () => file,
      () => scanWindow(view, window, file, compiled, state)
    );
    if (state.truncated && !pending) break;
  }
  return "ok";
}
function scanWindow(view, window, file, compiled, state) {
  let pending = null;
  let cursor = view.bodyStart;
  let cursorLine = window.firstLine;
  let from = view.bodyStart;
  while (from < view.end) {
    const hit = view.next(from);
    if (hit === -1 || hit >= view.end) break;
    const start = view.lineStart(hit);
    const end = view.lineEnd(hit);
    from = end + 1;
    const text = stripCarriageReturn(view.text(start, end));
    if (!compiled.pureLiteral && !compiled.regex.test(text)) continue;
    if (state.matches.length >= state.maxMatches) {
      state.truncated = true;
      break;
    }
    cursorLine += view.newlines(cursor, start);
    cursor = start;
    const match = {
      file,
      line: cursorLine,
      match: text,
      before: beforeLines(view, start, state.contextLines),
      after: []
    };
    state.matches.push(match);
    pending = state.contextLines > 0 ? fillAfter(view, end + 1, { match, need: state.contextLines }) : null;
  }
  if (cursor > view.bodyStart) window.bodyNewlines = cursorLine - window.firstLine + view.newlines(cursor, view.end);
  return pending;
}
function beforeLines(view, lineStart, count) {
  const lines = [];
  let end = lineStart - 1;
  while (lines.length < count && end >= 0) {
    const start = view.lineStart(end);
    lines.unshift(stripCarriageReturn(view.text(start, end)));
    end = start - 1;
  }
  return lines;
}
function fillAfter(view, from, pending) {
  let start = from;
  while (pending.need > 0 && start < view.end) {
    const end = view.lineEnd(start);
    pending.match.after.push(stripCarriageReturn(view.text(start, end)));
    pending.need -= 1;
    start = end + 1;
  }
  return pending.need > 0 ? pending : null;
}
function stripCarriageReturn(line) {
  return line.endsWith("\r") ? line.slice(0, -1) : line;
}
function foldAscii(byte) {
  return byte >= 65 && byte <= 90 ? byte + 32 : byte;
}
function chooseAnchor(literal) {
  let offset = 0;
  for (let index = 1; index < literal.length; index += 1) {
    if (byteRarity(literal[index], true) > byteRarity(literal[offset], true)) offset = index;
  }
  const byte = literal[offset];
  const lower = foldAscii(byte);
  const upper = lower >= 97 && lower <= 122 ? lower - 32 : lower;
  return { offset, lower, upper };
}
var import_node_path6, import_picomatch, defaultMaxMatches, wholeFileBytes, readAheadFiles, literalSampleBytes, ByteView, TextView;
var init_grep_file = __esm({
  "src/mirror/grep-file.ts"() {
    import_node_path6 = require("node:path");
    import_picomatch = __toESM(require_picomatch2());
    init_errors();
    init_paths();
    init_files();
    init_line_windows();
    init_pattern();
    init_search_budget();
    defaultMaxMatches = 100;
    wholeFileBytes = 256 * 1024;
    readAheadFiles = 32;
    literalSampleBytes = 64 * 1024;
    ByteView = class {
      bodyStart;
      end;
      bytes;
      literal;
      ignoreCase;
      /** For case-insensitive search: the literal's rarest byte, in both cases, and its offset. */
      anchor;
      constructor(window, literal, ignoreCase) {
        this.bytes = window.bytes;
        this.bodyStart = window.bodyStart;
        this.end = window.end;
        this.literal = literal;
        this.ignoreCase = ignoreCase;
        this.anchor = this.ignoreCase ? chooseAnchor(this.literal) : null;
      }
      /** Hits of the literal starting in [from, to), counted up to `cap`. */
      count(from, to, cap) {
        let hits = 0;
        for (let at = this.next(from); at !== -1 && at < to && hits < cap; at = this.next(at + 1)) hits += 1;
        return hits;
      }
      next(from) {
        if (!this.anchor) {
          const hit = this.bytes.indexOf(this.literal, from);
          return hit === -1 || hit + this.literal.length > this.end ? -1 : hit;
        }
        const { offset, lower, upper } = this.anchor;
        let position = from + offset;
        let atLower = this.bytes.indexOf(lower, position);
        let atUpper = upper === lower ? -1 : this.bytes.indexOf(upper, position);
        for (; ; ) {
          const found = atLower === -1 ? atUpper : atUpper === -1 ? atLower : Math.min(atLower, atUpper);
          if (found === -1 || found >= this.end) return -1;
          const candidate = found - offset;
          if (candidate >= from && candidate + this.literal.length <= this.end && this.equalsIgnoringCase(candidate))
            return candidate;
          position = found + 1;
          if (found === atLower) atLower = this.bytes.indexOf(lower, position);
          if (found === atUpper) atUpper = this.bytes.indexOf(upper, position);
        }
      }
      equalsIgnoringCase(at) {
        for (let index = 0; index < this.literal.length; index += 1) {
          if (foldAscii(this.bytes[at + index]) !== foldAscii(this.literal[index])) return false;
        }
        return true;
      }
      lineStart(position) {
        return position === 0 ? 0 : this.bytes.lastIndexOf(10, position - 1) + 1;
      }
      lineEnd(position) {
        const newline = this.bytes.indexOf(10, position);
        return newline === -1 || newline >= this.end ? this.end : newline;
      }
      text(start, end) {
        return this.bytes.toString("utf8", start, end);
      }
      newlines(start, end) {
        return countNewlines(this.bytes, start, end);
      }
    };
    TextView = class {
      bodyStart;
      end;
      text_;
      regex;
      constructor(window, regex) {
        const kept = window.bytes.toString("utf8", 0, window.bodyStart);
        this.text_ = kept + window.bytes.toString("utf8", window.bodyStart, window.end);
        this.bodyStart = kept.length;
        this.end = this.text_.length;
        const flags = /* @__PURE__ */ new Set([...regex.flags, "g", "m"]);
        this.regex = new RegExp(regex.source, [...flags].join(""));
      }
      next(from) {
        this.regex.lastIndex = from;
        const found = this.regex.exec(this.text_);
        return found ? found.index : -1;
      }
      lineStart(position) {
        return position === 0 ? 0 : this.text_.lastIndexOf("\n", position - 1) + 1;
      }
      lineEnd(position) {
        const newline = this.text_.indexOf("\n", position);
        return newline === -1 ? this.end : newline;
      }
      text(start, end) {
        return this.text_.slice(start, end);
      }
      newlines(start, end) {
        let count = 0;
        for (let index = this.text_.indexOf("\n", start); index !== -1 && index < end; index = this.text_.indexOf("\n", index + 1))
          count += 1;
        return count;
      }
    };
  }
});

// src/mirror/read-file.ts
var read_file_exports = {};
__export(read_file_exports, {
  maxReadBytes: () => maxReadBytes,
  readFile: () => readFile2,
  withGutter: () => withGutter
});
async function readFile2(root, options) {
  const offset = options.offset ?? 1;
  if (!Number.isInteger(offset) || offset < 1)
    throw new InvalidInputError(`offset must be an integer \u2265 1, got ${offset}`);
  if (options.limit !== void 0 && (!Number.isInteger(options.limit) || options.limit < 1)) {
    throw new InvalidInputError(`limit must be an integer \u2265 1, got ${options.limit}`);
  }
  const { relative, absolute } = await resolveFile(root, options.path);
  const limit = options.limit ?? Number.POSITIVE_INFINITY;
  const lines = [];
  let budget = maxReadBytes;
  let truncated = false;
  let totalLines = 0;
  let first = true;
  let endsWithNewline = true;
  for await (const window of lineWindows(absolute)) {
    const { bytes, bodyStart, end } = window;
    if (first) {
      first = false;
      if (isBinary(relative, bytes.subarray(0, end))) {
        throw new InvalidInputError(`${relative} is a binary file; read_file only shows text`, {
          data: { path: relative }
        });
      }
    }
    if (!window.last && lines.length === 0 && !truncated) {
      const newlines2 = countNewlines(bytes, bodyStart, end);
      if (window.firstLine + newlines2 <= offset) {
        window.bodyNewlines = newlines2;
        totalLines = window.firstLine - 1 + newlines2;
        continue;
      }
    } else if (!window.last && (lines.length >= limit || truncated)) {
      totalLines = window.firstLine - 1 + countNewlines(bytes, bodyStart, end);
      window.bodyNewlines = totalLines - window.firstLine + 1;
      continue;
    }
    let position = bodyStart;
    let line = window.firstLine;
    while (line < offset && position < end) {
      const newline = bytes.indexOf(10, position);
      if (newline === -1 || newline >= end) break;
      position = newline + 1;
      line += 1;
    }
    while (line >= offset && position < end && lines.length < limit && !truncated) {
      const newline = bytes.indexOf(10, position);
      const lineEnd = newline === -1 || newline >= end ? end : newline;
      let text = bytes.toString("utf8", position, lineEnd);
      if (text.endsWith("\r")) text = text.slice(0, -1);
      const cost = Buffer.byteLength(text) + 1;
      if (cost > budget) {
        truncated = true;
        if (lines.length > 0) break;
        text = `${sliceUtf8(text, budget)} \u2026 [line cut at 64 KiB]`;
      }
      budget -= cost;
      lines.push(text);
      if (lineEnd === end) {
        position = end;
        break;
      }
      line += 1;
      position = lineEnd + 1;
    }
    const newlines = line - window.firstLine + countNewlines(bytes, position, end);
    window.bodyNewlines = newlines;
    totalLines = window.firstLine - 1 + newlines;
    endsWithNewline = end === 0 || bytes[end - 1] === 10;
  }
  if (!endsWithNewline) totalLines += 1;
  const result = { path: relative, offset, lines, totalLines, truncated };
  if (truncated) {
    const next = offset + lines.length;
    result.hint = `output capped at 64 KiB: continue with offset ${next} (and a limit), or use grep_file to find lines`;
  } else if (offset > totalLines && totalLines > 0) {
    result.hint = `offset ${offset} is past the end: the file has ${totalLines} lines`;
  } else if (totalLines === 0) {
    result.hint = "the file is empty";
  }
  return result;
}
function withGutter(result) {
  const width = Math.max(6, String(result.offset + result.lines.length).length);
  return result.lines.map((line, index) => `${String(result.offset + index).padStart(width)}	${line}`).join("\n");
}
function sliceUtf8(text, maxBytes) {
  const bytes = Buffer.from(text, "utf8").subarray(0, maxBytes);
  return bytes.toString("utf8").replace(/\uFFFD$/, "");
}
var maxReadBytes;
var init_read_file = __esm({
  "src/mirror/read-file.ts"() {
    init_errors();
    init_files();
    init_line_windows();
    maxReadBytes = 64 * 1024;
  }
});

// src/cli/program.ts
var program_exports = {};
__export(program_exports, {
  createProgram: () => createProgram,
  runCli: () => runCli
});
module.exports = __toCommonJS(program_exports);

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

// src/cli/program.ts
init_errors();

// src/version.ts
var version = "0.1.0";

// src/cli/commands/connect.ts
var import_node_path3 = require("node:path");

// src/cli/context.ts
init_errors();
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

// src/engine/logger.ts
var reservedKeys = /* @__PURE__ */ new Set(["at", "level", "event"]);
function createJsonLogger(write, clock = () => /* @__PURE__ */ new Date()) {
  const emit = (level) => (event, fields = {}) => {
    const line = { at: clock().toISOString(), level, event };
    for (const [key, value] of Object.entries(fields)) line[reservedKeys.has(key) ? `${key}_` : key] = value;
    write(JSON.stringify(line));
  };
  return { info: emit("info"), warn: emit("warn"), error: emit("error") };
}

// src/cli/store-options.ts
var import_node_fs = require("node:fs");
var import_node_path = require("node:path");

// src/config.ts
init_errors();
var authorPattern = /^\s*([^<>]+?)\s*<([^<>\s]+@[^<>\s]+)>\s*$/;
function parseAuthor(env) {
  const value = env.SYNCAGENT_AUTHOR;
  if (value === void 0 || value.trim() === "") return void 0;
  const match = authorPattern.exec(value);
  if (!match) {
    throw new InvalidInputError(`SYNCAGENT_AUTHOR: expected "Name <email>", got ${JSON.stringify(value)}`);
  }
  return { name: match[1], email: match[2] };
}
function parseIsoTime(value, flag) {
  const time = Date.parse(value);
  if (Number.isNaN(time) || !/^\d{4}-\d{2}-\d{2}T/.test(value)) {
    throw new InvalidInputError(
      `${flag}: expected an ISO-8601 time such as 2025-01-01T12:00:00Z, got ${JSON.stringify(value)}`
    );
  }
  return new Date(time);
}
function parseHeaderLines(lines, flag) {
  const headers = {};
  for (const line of lines) {
    const colon2 = line.indexOf(":");
    const name = line.slice(0, colon2).trim();
    if (colon2 <= 0 || !/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(name)) {
      throw new InvalidInputError(`${flag}: expected 'Name: value', got ${JSON.stringify(line)}`);
    }
    headers[name.toLowerCase()] = line.slice(colon2 + 1).trim();
  }
  return headers;
}

// src/cli/store-options.ts
init_errors();
function storeOptions(context, options, rootOptions = {}) {
  const author = parseAuthor(context.env);
  return { root: storeRoot(context, options, rootOptions), author, env: context.env };
}
async function openCliStore(context, options) {
  const { openStore } = await import("./lazy/store.js");
  return openStore(storeOptions(context, options));
}
function storeRoot(context, options, { mustExist = true } = {}) {
  const root = (0, import_node_path.resolve)(context.cwd, options.store ?? ".");
  if (mustExist && options.store !== void 0) {
    const found = (0, import_node_fs.statSync)(root, { throwIfNoEntry: false });
    if (!found) {
      throw new InvalidInputError(
        `--store: no such folder: ${root} (\`syncagent init --store ${options.store}\` creates a store)`,
        {
          data: { store: root }
        }
      );
    }
    if (!found.isDirectory()) throw new InvalidInputError(`--store: not a folder: ${root}`, { data: { store: root } });
  }
  return root;
}

// src/cli/engine-deps.ts
function cliLogger(context, json) {
  if (json) return createJsonLogger((line) => context.log(line));
  const emit = (level) => (event, fields = {}) => {
    const parts = Object.entries(fields).filter(([, value]) => value !== void 0).map(
      ([key, value]) => `${key}=${typeof value === "string" && !/\s/.test(value) ? value : JSON.stringify(value)}`
    );
    context.log(`${level === "info" ? "" : `${level}: `}${event} ${parts.join(" ")}`.trimEnd());
  };
  return { info: emit("info"), warn: emit("warn"), error: emit("error") };
}
var lazySyncAgent = {
  install: async (deps, request) => (await import("./lazy/agent-sync-agent.js")).llmSyncAgent.install(deps, request)
};
async function cliEngineDeps(context, options, extra = {}) {
  const logger = cliLogger(context, Boolean(options.json));
  const { openStore } = await import("./lazy/store.js");
  const store = await openStore({ ...storeOptions(context, options), logger });
  return {
    store,
    env: context.env,
    clock: () => /* @__PURE__ */ new Date(),
    logger,
    syncAgent: lazySyncAgent,
    ...extra
  };
}

// src/cli/flags.ts
var import_promises = require("node:fs/promises");
var import_node_path2 = require("node:path");
init_errors();
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
    return await (0, import_promises.readFile)((0, import_node_path2.resolve)(context.cwd, file), "utf8");
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
      const { connectFromRequest, parseConnectRequest } = await import("./lazy/engine-connect-request.js");
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
          traceFile: options.trace === void 0 ? void 0 : (0, import_node_path3.resolve)(context.cwd, options.trace)
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
        const { connectUnderReview } = await import("./lazy/github-review-connect.js");
        const { cliGitHubDeps } = await import("./lazy/cli-github-deps.js");
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
      const { migrate } = await import("./lazy/appdata-migrations.js");
      const { openDatabase } = await import("./lazy/cli-appdata-support.js");
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
        const { databasePart } = await import("./lazy/appdata-parts.js");
        const { parseTables } = await import("./lazy/appdata-schema.js");
        const { migrateHint, openDatabase, progressPrinter } = await import("./lazy/cli-appdata-support.js");
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
      const { deleteSync } = await import("./lazy/engine-events.js");
      const deps = await cliEngineDeps(context, options);
      const outcome = await deleteSync(deps, slug);
      if (options.json) return context.printJson(outcome);
      context.out(`${slug}: deleted (${outcome.removed} files removed)`);
    })
  );
}

// src/demo/settings.ts
var demoServePort = 24780;
var demoWebhook = {
  body: '{"list_folder":{"accounts":["dbid:demo"]}}',
  signature: "a3d05c8d04ebbe5880ccf642d997b60ae9c308583825df2b99fd922edaac41e5"
};

// src/cli/commands/demo.ts
init_errors();
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
      const { default: progress } = await import("./lazy/cli-progress.js");
      const { runDemo, startPlayground } = await import("./lazy/demo.js");
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
  return new Promise((resolve5) => {
    const stop = (name) => {
      process.off("SIGTERM", stop);
      process.off("SIGINT", stop);
      if (!serving.ready && typeof name === "string") {
        process.kill(process.pid, name);
        return;
      }
      resolve5();
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
      const { resolve: resolve5 } = await import("node:path");
      const { deployPlan, formatCommand, runPlannedCommand } = await import("./lazy/deploy.js");
      const plan = await deployPlan({
        env: context.env,
        dir: resolve5(context.cwd, options.dir ?? "."),
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
var import_node_path4 = require("node:path");
init_errors();
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
      const { maskSecrets, renderJobSummary, secretValues, writeJobSummary } = await import("./lazy/action.js");
      const { failedReport, parseGitHubEvent, readGitHubSettings, repositoryLinks } = await import("./lazy/github.js");
      const settings = readGitHubSettings(context.env);
      const env = options.model ? { ...context.env, SYNCAGENT_MODEL: options.model } : context.env;
      const secrets = secretValues(env);
      maskSecrets(secrets, settings.inActions);
      const eventPath = options.event ?? settings.eventPath;
      const eventName = options.eventName ?? settings.eventName ?? void 0;
      let report;
      try {
        if (!eventPath) {
          throw new MissingConfigError(
            "GITHUB_EVENT_PATH",
            "missing configuration: pass --event FILE or set GITHUB_EVENT_PATH"
          );
        }
        const event = parseGitHubEvent(
          eventName,
          await readFlagFile(context, "--event", eventPath),
          (0, import_node_path4.basename)(eventPath)
        );
        report = await dispatchEvent(
          context,
          options,
          { env, inActions: settings.inActions, review, agent, failureThreshold, secrets },
          event
        );
      } catch (caught) {
        const error = toSyncError(caught);
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
  const { secretValues, maskSecrets } = await import("./lazy/action.js");
  const { connectFromRequest } = await import("./lazy/engine-connect-request.js");
  const { runDispatch } = await import("./lazy/github-dispatch.js");
  const { cliGitHubDeps } = await import("./lazy/cli-github-deps.js");
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
  const { listSyncSlugs, loadSync } = await import("./lazy/engine-registry.js");
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
      const { exec } = await import("./lazy/engine-events.js");
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

// src/filesync/rules.ts
init_errors();
init_paths();
var syncedFolders = ["skills", "handlers", "content", "config", "agents"];
var defaultTarballLimits = {
  maxEntries: 5e4,
  maxBytes: 1024 * 1024 * 1024,
  maxTarballBytes: 256 * 1024 * 1024,
  maxDepth: 32,
  maxInflation: 1e3
};

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
        const { filesPart } = await import("./lazy/appdata-parts.js");
        const { cloudSettings, createFilesCloud } = await import("./lazy/filesync.js");
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
init_errors();
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
        const { grepFile: grepFile2 } = await Promise.resolve().then(() => (init_grep_file(), grep_file_exports));
        const result = await grepFile2(storeRoot(context, options), {
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

// src/github/action-ref.ts
init_errors();
var defaultActionRef = "syncagent/syncagent@v0";

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
      const { initStore } = await import("./lazy/store-init.js");
      const { validateActionRef, writeWorkflows } = await import("./lazy/github-workflows.js");
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
        const { localKinds } = await import("./lazy/appdata-documents.js");
        const { localPart } = await import("./lazy/appdata-parts.js");
        const { migrateHint, openDatabase } = await import("./lazy/cli-appdata-support.js");
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
var import_node_fs3 = require("node:fs");
function registerMcp(program2, run) {
  withCommonOptions(
    program2.command("mcp").summary("MCP server on stdio: read_file, grep_file, list_files, list_skills (call_api with --api)").description(
      "Serve the store to an MCP client over stdio (JSON-RPC on stdin/stdout; logs on stderr). Tools: read_file, grep_file, list_files, list_skills; with --api also call_api (one request through the gateway with a sync's account, only to the hosts in its sync.json; needs the gateway settings). Runs until the client closes stdin."
    ).option("--api", "also offer call_api (content on demand, api-only skills)", false)
  ).addHelpText("after", () => {
    const script = process.argv[1] ? (0, import_node_fs3.realpathSync)(process.argv[1]) : "dist/cli.cjs";
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
      const { serveMcpOverStdio } = await import("./lazy/mirror-mcp-server.js");
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
      const { poll } = await import("./lazy/engine-events.js");
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
        const { readFile: readFile3, withGutter: withGutter2 } = await Promise.resolve().then(() => (init_read_file(), read_file_exports));
        const result = await readFile3(storeRoot(context, options), {
          path,
          offset: parseCount(options.offset, "--offset", { min: 1 }),
          limit: options.limit === void 0 ? void 0 : parseCount(options.limit, "--limit", { min: 1 })
        });
        if (options.json) {
          const { hint: _hint, ...shape } = result;
          return context.printJson(shape);
        }
        if (result.lines.length) context.out(withGutter2(result));
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
      const { renew } = await import("./lazy/engine-events.js");
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
var import_node_path7 = require("node:path");
init_errors();
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
      const { cloneStoreIfMissing, createGitHubDispatcher, gitAuthEnv, relaySettings, startService, storeRefresher } = await import("./lazy/serve.js");
      const { openStore } = await import("./lazy/store.js");
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
      const stopRequested2 = new Promise((resolve5) => {
        const stop = () => {
          process.off("SIGTERM", stop);
          process.off("SIGINT", stop);
          resolve5();
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
        dataDir: options.data ? (0, import_node_path7.join)(context.cwd, options.data) : (0, import_node_path7.join)(root, ".git", "syncagent-serve"),
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
      const { syncStatus } = await import("./lazy/engine-sync-status.js");
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
init_errors();
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
init_errors();
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
      const { localKinds } = await import("./lazy/appdata-documents.js");
      const { databasePart, filesPart, localPart } = await import("./lazy/appdata-parts.js");
      const { parseTables } = await import("./lazy/appdata-schema.js");
      const { migrateHint, openDatabase, progressPrinter } = await import("./lazy/cli-appdata-support.js");
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
        const { cloudSettings, createFilesCloud } = await import("./lazy/filesync.js");
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
init_errors();
function registerTick(program2, run) {
  withCommonOptions(
    program2.command("tick").summary("renew and poll every active sync that is due").description(
      "The alarm scheduler: for every active sync, renew the webhook when due (at half its remaining lifetime at the latest) and poll when due (signals.poll.everyMinutes). Each action is its own commit; one failure does not stop the rest. Then git's housekeeping (git gc --auto) packs the store once git's thresholds are passed; its result is `maintenance` in --json."
    ).option("--now <iso>", "the time to schedule against (default: now)")
  ).addHelpText("after", "\nExamples:\n  syncagent tick\n  syncagent tick --now 2025-01-01T12:00:00Z --json").action(
    run(async (context, options) => {
      const { tick } = await import("./lazy/engine-events.js");
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
var import_node_path8 = require("node:path");
init_errors();
init_paths();
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
      const { handleWebhook, readWebhookBodyFile } = await import("./lazy/engine-webhook.js");
      validateSlug(slug);
      if (options.body === void 0 === (options.bodyFile === void 0)) {
        throw new InvalidInputError("pass exactly one of --body-file and --body");
      }
      const body = options.bodyFile !== void 0 ? await readWebhookBodyFile((0, import_node_path8.resolve)(context.cwd, options.bodyFile), "--body-file") : options.body;
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
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  createProgram,
  runCli
});
