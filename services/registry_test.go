package services_test

import (
	"bytes"
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/urfave/cli/v2"

	"github.com/seoulchain/seoulchain/internal/cmdkit"
	"github.com/seoulchain/seoulchain/services"
)

// toy is a whole service as the registry sees it: what adding a service takes on the Go
// side is this value (in its own folder) and one line in All.
var toy = services.Service{
	Name:      "toy",
	Contracts: []string{"Toy"},
	Command: func() *cli.Command {
		return &cli.Command{
			Name:  "toy",
			Usage: "a toy service",
			Subcommands: []*cli.Command{{
				Name: "hello", Usage: "greet ADDRESS", ArgsUsage: "ADDRESS",
				Action: func(c *cli.Context) error {
					who, err := cmdkit.AddressArg(c, "ADDRESS")
					if err != nil {
						return err
					}
					_, err = fmt.Fprintf(c.App.Writer, "hello %s\n", who.Hex())
					return err
				},
			}},
		}
	},
}

func runApp(all []services.Service, args ...string) (int, string, string) {
	var cmds []*cli.Command
	for _, s := range all {
		cmds = append(cmds, s.Command())
	}
	var out, errb bytes.Buffer
	app := cmdkit.NewApp(&out, &errb, cmds...)
	app.Name = "seoulchain"
	code := cmdkit.Run(context.Background(), app, append([]string{"seoulchain"}, args...))
	return code, out.String(), errb.String()
}

// TestToyService registers a service beside the real ones: the app lists it in help, runs
// it, and reports its bad usage with exit code 2, with no change to any platform file.
func TestToyService(t *testing.T) {
	all := append(services.All(), toy)
	if code, out, _ := runApp(all, "help"); code != cmdkit.ExitOK || !strings.Contains(out, "toy") || !strings.Contains(out, "mileage") {
		t.Fatalf("help: exit %d\n%s", code, out)
	}
	addr := "0x1000000000000000000000000000000000000001"
	if code, out, stderr := runApp(all, "toy", "hello", addr); code != cmdkit.ExitOK || out != "hello "+addr+"\n" {
		t.Fatalf("toy hello: exit %d, %q %q", code, out, stderr)
	}
	if code, _, stderr := runApp(all, "toy", "hello", "0x12"); code != cmdkit.ExitUsage || !strings.Contains(stderr, "ADDRESS") {
		t.Fatalf("toy hello 0x12: exit %d, %q", code, stderr)
	}
}

// TestRegistry: each service's folder name is its command's name or an alias, and names
// and contracts are not claimed twice.
func TestRegistry(t *testing.T) {
	names, contracts := map[string]bool{}, map[string]string{}
	for _, s := range services.All() {
		cmd := s.Command()
		if cmd.Name != s.Name && !contains(cmd.Aliases, s.Name) {
			t.Errorf("service %s: command %q (aliases %v) does not answer to its name", s.Name, cmd.Name, cmd.Aliases)
		}
		if names[s.Name] {
			t.Errorf("service %s listed twice", s.Name)
		}
		names[s.Name] = true
		for _, c := range s.Contracts {
			if other, ok := contracts[c]; ok {
				t.Errorf("contract %s owned by %s and %s", c, other, s.Name)
			}
			contracts[c] = s.Name
		}
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
