package cli

import (
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/urfave/cli/v2"
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
		want := EnvPrefix + strings.NewReplacer(".", "_", "-", "_").Replace(strings.ToUpper(name))
		if devnet && strings.HasPrefix(env[0], EnvPrefix+"DEVNET_") {
			want = EnvPrefix + "DEVNET_" + strings.TrimPrefix(want, EnvPrefix)
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
// the environment.
func TestOperationFlagsHaveNoEnvironmentTwin(t *testing.T) {
	for _, f := range []cli.Flag{ToFlag, AmountFlag, BankRefFlag, WithdrawalRefFlag, AccountRefFlag, PlanFlag, PrimeFlag, ReasonFlag, ResolveToFlag,
		ChoiceFlag, TitleFlag, OptionFlag, StartFlag, EndFlag, TrusteeFlag, ThresholdFlag, PostFlag, RemoveFlag, ForceFlag, ResetFlag} {
		if env := envOf(f); len(env) > 0 {
			t.Errorf("--%s reads %v: an operation's arguments must come from the command line", f.Names()[0], env)
		}
	}
}

// TestWithdrawalRef: the bank's code is right-padded into bytes32 as Solidity's
// bytes32("...") would; empty and over-long codes are refused.
func TestWithdrawalRef(t *testing.T) {
	tests := []struct {
		code string
		want string // hex of the bytes32, or "" for an error
	}{
		{"WD-1", "0x57442d3100000000000000000000000000000000000000000000000000000000"},
		{strings.Repeat("9", 32), "0x" + strings.Repeat("39", 32)},
		{"", ""},
		{strings.Repeat("9", 33), ""},
	}
	for _, tt := range tests {
		got, err := withdrawalRef(tt.code)
		if tt.want == "" {
			if err == nil {
				t.Errorf("withdrawalRef(%q) = %x, want an error", tt.code, got)
			}
			continue
		}
		if err != nil || hexutil.Encode(got[:]) != tt.want {
			t.Errorf("withdrawalRef(%q) = %x, %v; want %s", tt.code, got, err, tt.want)
		}
	}
}
