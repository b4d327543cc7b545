package krw

import (
	"fmt"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/urfave/cli/v2"

	"github.com/seoulchain/seoulchain/internal/cmdkit"
	"github.com/seoulchain/seoulchain/internal/cmdkit/cmdtest"
	"github.com/seoulchain/seoulchain/internal/deploy"
)

// approveCommand runs ApproveShort for --amount KRW of the sending key by --spender, the
// balance checked with --check-balance, and prints whether it approved and the allowance
// after.
func approveCommand() *cli.Command {
	spender := &cli.StringFlag{Name: "spender"}
	need := &cli.Int64Flag{Name: "amount"}
	check := &cli.BoolFlag{Name: "check-balance"}
	return &cli.Command{Name: "approve-short", Flags: []cli.Flag{spender, need, check, cmdkit.AddressBookFlag, cmdkit.DryRunFlag},
		Action: func(c *cli.Context) error {
			return cmdkit.With(c, deploy.KRWToken, ABI(), func(tx *cmdkit.Tx) error {
				to, v := common.HexToAddress(c.String(spender.Name)), big.NewInt(c.Int64(need.Name))
				var short func(*big.Int) error
				if c.Bool(check.Name) {
					short = func(held *big.Int) error { return fmt.Errorf("holds only %s; nothing sent", held) }
				}
				approved, err := ApproveShort(c, tx, to, "the test spender", v, short)
				if err != nil {
					return err
				}
				allowed, err := Read(c.Context, tx.EC, tx.To, "allowance", tx.Sender.From(), to)
				if err != nil {
					return err
				}
				_, err = fmt.Fprintf(c.App.Writer, "approved=%v allowance=%s\n", approved, allowed)
				return err
			})
		}}
}

// TestApproveShort: a key short of the money is refused with the command's own message
// and nothing sent; a short allowance is approved (only simulated with --dry-run), one
// that covers the spend is left alone; without a balance check the allowance alone counts.
func TestApproveShort(t *testing.T) {
	dir := network.Dir(t)
	staff := network.Info(t).Staff.Address.Hex()
	// The staff key holds 1,000 KRW for the test, and its balance is as before after it
	// (TestKRWCommands reads it).
	if code, _, stderr := run(t, "--devnet", dir, "krw", "mint", "--to", staff, "--amount", "1000", "--ref", "DEP-APPROVE-SHORT"); code != cmdkit.ExitOK {
		t.Fatalf("mint: exit %d: %s", code, stderr)
	}
	t.Cleanup(func() {
		if code, _, stderr := run(t, "--devnet", dir, "krw", "burn", "--amount", "1000", "--ref", "WD-APPROVE-SHORT"); code != cmdkit.ExitOK {
			t.Errorf("burn: exit %d: %s", code, stderr)
		}
	})
	// Each case has a spender of its own, so that cases do not see each other's allowance
	// (other than the one that follows an approval).
	spender := func(n byte) string { return common.BytesToAddress([]byte{0x5e, n}).Hex() }
	for _, tc := range []struct {
		name   string
		args   []string
		code   int
		stdout string
		stderr string
	}{
		{"over the balance", []string{"--spender", spender(1), "--amount", "1000000000000", "--check-balance"}, cmdkit.ExitFailed, "", "holds only"},
		{"short allowance, dry run", []string{"--spender", spender(2), "--amount", "100", "--check-balance", "--dry-run"}, cmdkit.ExitOK, "approved=true allowance=0", ""},
		{"short allowance", []string{"--spender", spender(2), "--amount", "100", "--check-balance"}, cmdkit.ExitOK, "approved=true allowance=100", ""},
		{"allowance enough", []string{"--spender", spender(2), "--amount", "100", "--check-balance"}, cmdkit.ExitOK, "approved=false allowance=100", ""},
		{"no balance check", []string{"--spender", spender(3), "--amount", "1000000000000"}, cmdkit.ExitOK, "approved=true allowance=1000000000000", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, stdout, stderr := cmdtest.Runner{approveCommand}.Run(t, append([]string{"--devnet", dir, "approve-short"}, tc.args...)...)
			if code != tc.code || !strings.Contains(stdout, tc.stdout) || !strings.Contains(stderr, tc.stderr) {
				t.Fatalf("exit %d, stdout %q, stderr %q; want exit %d, %q, %q", code, stdout, stderr, tc.code, tc.stdout, tc.stderr)
			}
			if tc.code != cmdkit.ExitOK && strings.Contains(stdout+stderr, "allow the test spender") {
				t.Errorf("an approval was sent for a refused spend: %s%s", stdout, stderr)
			}
		})
	}
}
