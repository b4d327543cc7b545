package cmdkit

import (
	"bytes"
	"context"
	"encoding/json"
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

// TestJSONOneDocument: a command that prints a document, sends two transactions and
// notes something prints one JSON document with --json.
func TestJSONOneDocument(t *testing.T) {
	tests := []struct {
		name   string
		action cli.ActionFunc
		want   string
	}{
		{"a view", func(c *cli.Context) error { return PrintJSON(c.App.Writer, []int{1}) }, "[\n  1\n]\n"},
		{"two transactions and a document", func(c *cli.Context) error {
			PrintTx(c, &TxResult{Action: "approve"})
			PrintTx(c, &TxResult{Action: "fund"})
			return PrintJSON(c.App.Writer, map[string]any{"id": 1})
		}, `{"id":1,"transactions":[{"action":"approve"},{"action":"fund"}]}`},
		{"a dry run and a note", func(c *cli.Context) error {
			PrintTx(c, &TxResult{Action: "approve", DryRun: true, Gas: 5})
			return Note(c, "the fund is simulated later")
		}, `{"dryRun":true,"notes":["the fund is simulated later"],"transactions":[{"action":"approve","dryRun":true,"gas":5}]}`},
		{"two documents with the same keys", func(c *cli.Context) error {
			PrintJSON(c.App.Writer, map[string]any{"id": 1})
			return PrintJSON(c.App.Writer, map[string]any{"id": 2})
		}, `{"id":1,"results":[{"id":2}]}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out bytes.Buffer
			app := NewApp(&out, &bytes.Buffer{}, &cli.Command{Name: "x", Action: tt.action})
			if code := Run(context.Background(), app, []string{"seoulchain", "x", "--json"}); code != ExitOK {
				t.Fatalf("exit %d", code)
			}
			if n, err := CountJSON(out.Bytes()); n != 1 || err != nil {
				t.Fatalf("%d documents (%v): %s", n, err, out.String())
			}
			var compact bytes.Buffer
			if strings.HasPrefix(tt.want, "{") {
				json.Compact(&compact, out.Bytes())
			} else {
				compact = out
			}
			if compact.String() != tt.want {
				t.Errorf("printed %s, want %s", compact.String(), tt.want)
			}
		})
	}
}

func TestRequireFlagNamesTheFlag(t *testing.T) {
	start := &cli.StringFlag{Name: "start", Usage: "required: when voting opens, e.g. +10m (no default)"}
	var errb bytes.Buffer
	app := NewApp(&bytes.Buffer{}, &errb, &cli.Command{Name: "x", Flags: []cli.Flag{start}, Action: func(c *cli.Context) error {
		_, err := RequireFlag(c, start)
		return err
	}})
	code := Run(context.Background(), app, []string{"seoulchain", "x"})
	if want := "--start is required: when voting opens"; code != ExitUsage || !strings.Contains(errb.String(), want) {
		t.Fatalf("exit %d: %s; want exit 2 with %q", code, errb.String(), want)
	}
}
