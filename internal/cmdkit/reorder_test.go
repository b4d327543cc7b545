package cmdkit

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/urfave/cli/v2"
)

func toyApp(got *[]string) *cli.App {
	record := func(c *cli.Context) error {
		*got = append([]string{"budget=" + c.String("budget"), "json=" + c.String("json"), "dry=" + c.String("dry-run")}, c.Args().Slice()...)
		return nil
	}
	update := &cli.Command{Name: "update", Flags: []cli.Flag{
		&cli.StringFlag{Name: "budget"}, &cli.StringSliceFlag{Name: "issuer"}, DryRunFlag,
	}, Action: record}
	program := &cli.Command{Name: "program", Subcommands: []*cli.Command{update}}
	balance := &cli.Command{Name: "balance", Aliases: []string{"bal"}, Action: record}
	return NewApp(&bytes.Buffer{}, &bytes.Buffer{}, &cli.Command{Name: "mileage", Subcommands: []*cli.Command{program, balance}})
}

func TestReorderArgs(t *testing.T) {
	tests := []struct {
		name string
		args string
		want string
	}{
		{"options after arguments", "mileage program update 1 --budget 500", "mileage program update --budget 500 1"},
		{"inline value", "mileage program update 1 --budget=500 --dry-run", "mileage program update --budget=500 --dry-run 1"},
		{"value like a command", "mileage program update --budget update 1", "mileage program update --budget update 1"},
		{"global option at the end", "mileage balance 0xabc --json", "--json mileage balance 0xabc"},
		{"global option with value in the middle", "mileage --rpc http://x balance 0xabc", "--rpc http://x mileage balance 0xabc"},
		{"alias", "mileage bal --json 0xabc", "--json mileage bal 0xabc"},
		{"double dash ends options", "mileage program update 1 -- --budget 5", "mileage program update -- 1 --budget 5"},
		{"unknown option stays", "mileage balance 0xabc --nope", "mileage balance --nope 0xabc"},
		{"negative number is an argument", "mileage program update -5 --budget 1", "mileage program update --budget 1 -5"},
		{"help", "mileage program update 1 -h", "mileage program update -h 1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			app := toyApp(&got)
			out := ReorderArgs(app, append([]string{"seoulchain"}, strings.Fields(tt.args)...))
			if s := strings.Join(out[1:], " "); s != tt.want {
				t.Errorf("ReorderArgs(%q) = %q, want %q", tt.args, s, tt.want)
			}
		})
	}
}

func TestRunReadsOptionsAfterArguments(t *testing.T) {
	tests := []struct {
		args string
		want string
	}{
		{"mileage program update 1 --budget 500 --dry-run", "budget=500 json=false dry=true 1"},
		{"mileage balance --json 0xabc", "budget= json=true dry= 0xabc"},
		{"mileage program update 1 -- --dry-run", "budget= json=false dry=false 1 --dry-run"},
	}
	for _, tt := range tests {
		var got []string
		app := toyApp(&got)
		if code := Run(context.Background(), app, append([]string{"seoulchain"}, strings.Fields(tt.args)...)); code != ExitOK {
			t.Fatalf("%s: exit %d", tt.args, code)
		}
		if s := strings.Join(got, " "); s != tt.want {
			t.Errorf("%s: read %q, want %q", tt.args, s, tt.want)
		}
	}
}
