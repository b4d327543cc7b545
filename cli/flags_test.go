package cli

import (
	"strings"
	"testing"

	"github.com/urfave/cli/v2"

	"github.com/seoulchain/seoulchain/internal/cmdkit"
	"github.com/seoulchain/seoulchain/services"
)

// envOf returns a flag's environment variables.
func envOf(f cli.Flag) []string {
	if e, ok := f.(interface{ GetEnvVars() []string }); ok {
		return e.GetEnvVars()
	}
	return nil
}

// TestFlagEnvironmentTwins: a flag with an environment twin has exactly one, named from the
// flag (SEOULCHAIN_ + name in upper case, dots and dashes as underscores; devnet's own flags
// under SEOULCHAIN_DEVNET_), and no two different flags share one.
func TestFlagEnvironmentTwins(t *testing.T) {
	owner := map[string]cli.Flag{}
	var walk func(cmds []*cli.Command, devnet bool)
	check := func(f cli.Flag, devnet bool) {
		env := envOf(f)
		if len(env) == 0 {
			return
		}
		name := f.Names()[0]
		want := cmdkit.EnvPrefix + strings.NewReplacer(".", "_", "-", "_").Replace(strings.ToUpper(name))
		if devnet && strings.HasPrefix(env[0], cmdkit.EnvPrefix+"DEVNET_") {
			want = cmdkit.EnvPrefix + "DEVNET_" + strings.TrimPrefix(want, cmdkit.EnvPrefix)
		}
		if len(env) != 1 || env[0] != want {
			t.Errorf("--%s has environment variables %v, want exactly [%s]", name, env, want)
		}
		if other, ok := owner[env[0]]; ok && other != f {
			t.Errorf("%s is the twin of two different flags (--%s)", env[0], name)
		}
		owner[env[0]] = f
	}
	walk = func(cmds []*cli.Command, devnet bool) {
		for _, c := range cmds {
			for _, f := range c.Flags {
				check(f, devnet || c.Name == "devnet")
			}
			walk(c.Subcommands, devnet || c.Name == "devnet")
		}
	}
	app := NewApp(nil, nil)
	for _, f := range app.Flags {
		check(f, false)
	}
	walk(app.Commands, false)
	if len(owner) < 30 {
		t.Fatalf("only %d environment twins found: the walk missed flags", len(owner))
	}
}

// TestOperationFlagsHaveNoEnvironmentTwin: what one transaction does is never taken from
// the environment. Every flag of a service's command is an operation's argument, except
// the shared --addresses and --dry-run; so are the platform's listed here.
func TestOperationFlagsHaveNoEnvironmentTwin(t *testing.T) {
	shared := map[cli.Flag]bool{cmdkit.AddressBookFlag: true, cmdkit.DryRunFlag: true}
	var walk func(cmds []*cli.Command)
	checked := 0
	check := func(f cli.Flag) {
		if shared[f] {
			return
		}
		checked++
		if env := envOf(f); len(env) > 0 {
			t.Errorf("--%s reads %v: an operation's arguments must come from the command line", f.Names()[0], env)
		}
	}
	walk = func(cmds []*cli.Command) {
		for _, c := range cmds {
			for _, f := range c.Flags {
				check(f)
			}
			walk(c.Subcommands)
		}
	}
	for _, s := range services.All() {
		walk([]*cli.Command{s.Command()})
	}
	for _, f := range []cli.Flag{RemoveFlag, ForceFlag, ResetFlag} {
		check(f)
	}
	if checked < 40 {
		t.Fatalf("only %d operation flags checked: the walk missed flags", checked)
	}
}
