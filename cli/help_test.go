package cli

import (
	"io"
	"strings"
	"testing"

	"github.com/urfave/cli/v2"

	"github.com/seoulchain/seoulchain/internal/cmdkit"
)

// TestHelpHasNoTrailingBlanks walks every command of the binary, the services' included,
// and checks that its help has no line of only spaces and no line ending in a blank
// (go-ethereum's flag formatter padded both), and no two empty lines in a row.
func TestHelpHasNoTrailingBlanks(t *testing.T) {
	var paths [][]string
	var walk func(prefix []string, cmds []*cli.Command)
	walk = func(prefix []string, cmds []*cli.Command) {
		for _, c := range cmds {
			p := append(append([]string{}, prefix...), c.Name)
			paths = append(paths, p)
			walk(p, c.Subcommands)
		}
	}
	walk(nil, NewApp(io.Discard, io.Discard).Commands)
	if len(paths) < 50 {
		t.Fatalf("only %d commands found: %v", len(paths), paths)
	}
	paths = append(paths, []string{}, []string{"help"})
	for _, p := range paths {
		args := append(append([]string{}, p...), "--help")
		code, out, stderr := run(t, args...)
		if code != cmdkit.ExitOK || out == "" {
			t.Fatalf("%v: exit %d, %q %s", args, code, out, stderr)
		}
		for i, line := range strings.Split(out, "\n") {
			if strings.TrimRight(line, " \t") != line {
				t.Errorf("seoulchain %s: line %d ends in blanks: %q", strings.Join(args, " "), i+1, line)
			}
		}
		if strings.Contains(out, "\n\n\n") {
			t.Errorf("seoulchain %s: two empty lines in a row:\n%s", strings.Join(args, " "), out)
		}
	}
}
