package cmdkit

import (
	"bytes"
	"io"
	"strings"
	"sync"

	"github.com/urfave/cli/v2"
)

var tidyHelpOnce sync.Once

// tidyHelp makes every help page free of trailing blanks: go-ethereum's flag formatter,
// which its packages install as cli.FlagStringer when they are linked, pads columns and
// starts each flag with a newline that urfave/cli's template indents, so help showed
// lines of spaces. The help printer is one process-wide hook; wrapping it here covers
// every command, the services' included, whatever formats the flags.
func tidyHelp() {
	tidyHelpOnce.Do(func() {
		print := cli.HelpPrinterCustom
		cli.HelpPrinterCustom = func(w io.Writer, templ string, data any, funcs map[string]any) {
			var buf bytes.Buffer
			print(&buf, templ, data, funcs)
			io.WriteString(w, TidyText(buf.String()))
		}
	})
}

// TidyText drops trailing blanks from every line and folds runs of empty lines into one.
func TidyText(s string) string {
	lines := strings.Split(s, "\n")
	out := lines[:0]
	for i, l := range lines {
		l = strings.TrimRight(l, " \t")
		// Keep the final "" that a trailing newline leaves, but no second empty line.
		if l == "" && len(out) > 0 && out[len(out)-1] == "" && i != len(lines)-1 {
			continue
		}
		out = append(out, l)
	}
	return strings.Join(out, "\n")
}
