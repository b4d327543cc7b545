package bulk

import (
	"errors"
	"io"
	"strings"
	"testing"

	"github.com/urfave/cli/v2"

	"github.com/seoulchain/seoulchain/internal/cmdkit"
)

// TestCheckInFlight: --in-flight takes 1 to 1,024, and unset leaves the default (0: eight
// blocks' worth) to the sender.
func TestCheckInFlight(t *testing.T) {
	for _, tc := range []struct {
		args []string
		bad  bool
		want int
	}{
		{args: nil, want: 0},
		{args: []string{"--in-flight", "1"}, want: 1},
		{args: []string{"--in-flight", "1024"}, want: 1024},
		{args: []string{"--in-flight", "0"}, bad: true},
		{args: []string{"--in-flight", "1025"}, bad: true},
		{args: []string{"--in-flight", "-3"}, bad: true},
	} {
		var got int
		app := &cli.App{Writer: io.Discard, ErrWriter: io.Discard, Flags: []cli.Flag{InFlightFlag}, Action: func(c *cli.Context) error {
			got = c.Int(InFlightFlag.Name)
			return CheckInFlight(c)
		}}
		err := app.Run(append([]string{"x"}, tc.args...))
		var usage *cmdkit.UsageError
		switch {
		case tc.bad && !errors.As(err, &usage):
			t.Errorf("%v: %v, want a usage error", tc.args, err)
		case !tc.bad && (err != nil || got != tc.want):
			t.Errorf("%v: %d, %v; want %d", tc.args, got, err, tc.want)
		}
	}
}

// TestInFlightUsage: the help is shared by commands that send in batches always, only
// with --csv, or only with several records, so it names no other flag.
func TestInFlightUsage(t *testing.T) {
	if u := InFlightFlag.Usage; strings.Contains(u, "--") {
		t.Errorf("--in-flight's help %q names another flag, which not every command using it has", u)
	}
}
