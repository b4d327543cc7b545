package cli

import (
	"context"
	"io"
	"testing"

	"github.com/urfave/cli/v2"

	"github.com/seoulchain/seoulchain/internal/devnet"
)

// TestDevnetArchiveFlag: devnet runs archive nodes unless --archive=false (or
// SEOULCHAIN_DEVNET_ARCHIVE=false) says otherwise; the devnet's other flags reach its
// config too.
func TestDevnetArchiveFlag(t *testing.T) {
	for _, tc := range []struct {
		name string
		args []string
		env  string
		want bool
	}{
		{"default", nil, "", true},
		{"off", []string{"--archive=false"}, "", false},
		{"on", []string{"--archive"}, "", true},
		{"off from the environment", nil, "false", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if tc.env != "" {
				t.Setenv("SEOULCHAIN_DEVNET_ARCHIVE", tc.env)
			}
			app := NewApp(io.Discard, io.Discard)
			var got *devnet.Config
			for _, c := range app.Commands {
				if c.Name == "devnet" {
					c.Action = func(c *cli.Context) error {
						cfg := devnetConfig(c)
						got = &cfg
						return nil
					}
				}
			}
			args := append([]string{"seoulchain", "devnet", "--signers", "2"}, tc.args...)
			if err := app.RunContext(context.Background(), args); err != nil {
				t.Fatal(err)
			}
			if got == nil {
				t.Fatal("the devnet command did not run")
			}
			if got.Archive != tc.want || got.Signers != 2 {
				t.Errorf("Archive %v, Signers %d; want %v, 2", got.Archive, got.Signers, tc.want)
			}
		})
	}
}
