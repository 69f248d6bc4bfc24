"""Shell completion scripts (bash, zsh, fish) generated from the argparse parser, so a new command or
option completes without anyone editing a script: commands, each command's options, the choices of
an option that has them (--format table|json|csv), and file names everywhere else."""
from __future__ import annotations

import argparse
import shlex
from dataclasses import dataclass, field


@dataclass
class Command:
    name: str
    help: str = ""
    options: list[str] = field(default_factory=list)
    takes_value: set[str] = field(default_factory=set)
    choices: dict[str, list[str]] = field(default_factory=dict)  # option ('' for the positional) → choices
    option_help: dict[str, str] = field(default_factory=dict)


def _command(name: str, parser: argparse.ArgumentParser, help_text: str = "") -> Command:
    cmd = Command(name, help_text)
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            continue
        if not action.option_strings:
            if action.choices:
                cmd.choices[""] = [str(c) for c in action.choices]
            continue
        for opt in action.option_strings:
            cmd.options.append(opt)
            cmd.option_help[opt] = (action.help or "").replace("%%", "%")
            if action.nargs != 0:
                cmd.takes_value.add(opt)
            if action.choices:
                cmd.choices[opt] = [str(c) for c in action.choices]
    return cmd


def commands(parser: argparse.ArgumentParser) -> tuple[Command, list[Command]]:
    """The top level (its options) and every subcommand, read from the parser."""
    top = _command("", parser)
    subs: list[Command] = []
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            helps = {a.dest: a.help or "" for a in action._choices_actions}
            subs = [_command(name, p, helps.get(name, "")) for name, p in action.choices.items()]
    return top, subs


def _words(items) -> str:
    return " ".join(items)


def bash(parser: argparse.ArgumentParser) -> str:
    top, subs = commands(parser)
    prog = parser.prog
    fn = "_" + prog.replace("-", "_")
    cases = [f'        "") opts={shlex.quote(_words([c.name for c in subs] + top.options))} ;;']
    values = []
    for c in subs:
        files = "" if "" in c.choices else "-f"  # a positional with choices completes only those
        cases.append(f"        {c.name}) opts={shlex.quote(_words(c.options + c.choices.get('', [])))}; files={files} ;;")
        for opt, choices in c.choices.items():
            if opt:
                values.append(f"        {c.name}:{opt}) COMPREPLY=($(compgen -W {shlex.quote(_words(choices))} -- \"$cur\")); return ;;")
    value_opts = sorted({o for c in subs for o in c.takes_value} | top.takes_value)
    return f"""# bash completion for {prog} (generated from its argument parser: `{prog} completion bash`)
{fn}() {{
    local cur="${{COMP_WORDS[COMP_CWORD]}}" prev="${{COMP_WORDS[COMP_CWORD-1]}}" cmd="" w opts files=""
    for w in "${{COMP_WORDS[@]:1:COMP_CWORD-1}}"; do
        case " {_words([c.name for c in subs])} " in *" $w "*) cmd="$w"; break ;; esac
    done
    case "$cmd:$prev" in
{chr(10).join(values)}
    esac
    case " {_words(value_opts)} " in *" $prev "*) COMPREPLY=($(compgen -f -- "$cur")); return ;; esac
    case "$cmd" in
{chr(10).join(cases)}
    esac
    if [[ "$cur" == -* || ( -z "$cmd" ) ]]; then
        COMPREPLY=($(compgen -W "$opts" -- "$cur"))
    else
        COMPREPLY=($(compgen -W "$opts" $files -- "$cur"))
    fi
}}
complete -o filenames -F {fn} {prog}
"""


def zsh(parser: argparse.ArgumentParser) -> str:
    """zsh runs the bash script through its bash-completion layer: one script to keep true."""
    return (f"# zsh completion for {parser.prog} (`{parser.prog} completion zsh`)\n"
            "autoload -U +X compinit && compinit\nautoload -U +X bashcompinit && bashcompinit\n" + bash(parser))


def _fish_quote(text: str) -> str:
    return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'"


def fish(parser: argparse.ArgumentParser) -> str:
    top, subs = commands(parser)
    prog = parser.prog
    lines = [f"# fish completion for {prog} (`{prog} completion fish`)", f"complete -c {prog} -f"]
    names = _words(c.name for c in subs)
    for c in subs:
        lines.append(f"complete -c {prog} -n 'not __fish_seen_subcommand_from {names}' -a {c.name} "
                     f"-d {_fish_quote(c.help[:80])}")
    for c in [top] + subs:
        cond = f"not __fish_seen_subcommand_from {names}" if not c.name else f"__fish_seen_subcommand_from {c.name}"
        for opt in c.options:
            flag = f"-l {opt[2:]}" if opt.startswith("--") else f"-s {opt[1:]}"
            extra = ""
            if opt in c.choices:
                extra = f" -x -a {_fish_quote(_words(c.choices[opt]))}"
            elif opt in c.takes_value:
                extra = " -r -F"
            lines.append(f"complete -c {prog} -n {_fish_quote(cond)} {flag}{extra} -d {_fish_quote(c.option_help[opt][:80])}")
        if c.name and "" in c.choices:
            lines.append(f"complete -c {prog} -n {_fish_quote(cond)} -a {_fish_quote(_words(c.choices['']))}")
        elif c.name:
            lines.append(f"complete -c {prog} -n {_fish_quote(cond)} -F")
    return "\n".join(lines) + "\n"


def script(parser: argparse.ArgumentParser, shell: str) -> str:
    return {"bash": bash, "zsh": zsh, "fish": fish}[shell](parser)
