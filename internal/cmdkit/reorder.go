package cmdkit

import (
	"strings"

	"github.com/urfave/cli/v2"
)

// reorderedKey in an app's Metadata marks a run whose arguments ReorderArgs reordered.
const reorderedKey = "cmdkit.reordered"

// ReorderArgs moves every option to the command that defines it, before that command's
// arguments, so that options may follow arguments as git and kubectl users write them
// (`mileage program update 1 --budget 500`, `mileage balance --json 0x…`). urfave/cli v2
// stops reading options at a command's first argument, and reads each option only at the
// level that defines it: a global option written after a subcommand would be refused.
//
// An option's value is kept with it when the option takes one (any flag but a boolean);
// `--` ends the options: what follows it stays, in order, as arguments. An option that no
// command on the line defines is left where it is, for urfave/cli to report.
func ReorderArgs(app *cli.App, args []string) []string {
	if len(args) < 2 {
		return args
	}
	type level struct {
		name  string
		flags map[string]bool // option name to whether it takes a value
		cmds  []*cli.Command
		opts  []string
		args  []string
		dash  bool // `--` was given: args follow it
	}
	newLevel := func(name string, flags []cli.Flag, cmds []*cli.Command) *level {
		l := &level{name: name, flags: map[string]bool{"help": false, "h": false}, cmds: cmds}
		for _, f := range flags {
			takes := true
			if tv, ok := f.(cli.DocGenerationFlag); ok {
				takes = tv.TakesValue()
			}
			for _, n := range f.Names() {
				l.flags[n] = takes
			}
		}
		return l
	}
	levels := []*level{newLevel("", app.Flags, app.Commands)}
	rest := args[1:]
	for i := 0; i < len(rest); i++ {
		a := rest[i]
		cur := levels[len(levels)-1]
		if a == "--" {
			cur.dash = true
			cur.args = append(cur.args, rest[i+1:]...)
			break
		}
		if name, inline, ok := optionName(a); ok {
			target, takes := cur, false
			for j := len(levels) - 1; j >= 0; j-- {
				if tv, ok := levels[j].flags[name]; ok {
					target, takes = levels[j], tv
					break
				}
			}
			target.opts = append(target.opts, a)
			if takes && !inline && i+1 < len(rest) {
				target.opts = append(target.opts, rest[i+1])
				i++
			}
			continue
		}
		if len(cur.args) == 0 {
			if cmd := findCommand(cur.cmds, a); cmd != nil {
				levels = append(levels, newLevel(a, cmd.Flags, cmd.Subcommands))
				continue
			}
		}
		cur.args = append(cur.args, a)
	}
	out := []string{args[0]}
	for _, l := range levels {
		if l.name != "" {
			out = append(out, l.name)
		}
		out = append(out, l.opts...)
		if l.dash {
			out = append(out, "--")
		}
		out = append(out, l.args...)
	}
	return out
}

// optionName returns the name of an option token (--name, -name, --name=value); "-" alone
// and negative numbers are arguments.
func optionName(a string) (name string, inline, ok bool) {
	if len(a) < 2 || a[0] != '-' || (a[1] >= '0' && a[1] <= '9') {
		return "", false, false
	}
	name = strings.TrimLeft(a, "-")
	if name == "" {
		return "", false, false
	}
	name, _, inline = strings.Cut(name, "=")
	return name, inline, true
}

func findCommand(cmds []*cli.Command, name string) *cli.Command {
	for _, c := range cmds {
		if c.HasName(name) {
			return c
		}
	}
	return nil
}
