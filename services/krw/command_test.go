package krw

import (
	"strings"
	"testing"

	"github.com/seoulchain/seoulchain/internal/cmdkit"
)

// TestKRWCommands mints, retries, burns and reads balances through the CLI on a devnet,
// where the staff account is the token's issuer.
func TestKRWCommands(t *testing.T) {
	dir := network.Dir(t)
	staff := network.Info(t).Staff.Address.Hex()
	tests := []struct {
		name   string
		args   []string
		code   int
		stdout string
		stderr string
	}{
		{"mint", []string{"krw", "mint", "--to", staff, "--amount", "1,250,000", "--ref", "DEP-1"}, cmdkit.ExitOK, "Done: mint 1,250,000 won", ""},
		{"retry finds the mint", []string{"krw", "mint", "--to", staff, "--amount", "1250000", "--ref", "DEP-1"}, cmdkit.ExitOK, "already minted", ""},
		{"same reference, other amount", []string{"krw", "mint", "--to", staff, "--amount", "5", "--ref", "DEP-1"}, cmdkit.ExitFailed, "", "Nothing sent"},
		{"fractional won", []string{"krw", "mint", "--to", staff, "--amount", "1.5", "--ref", "DEP-2"}, cmdkit.ExitUsage, "", "decimal places"},
		{"no reference", []string{"krw", "mint", "--to", staff, "--amount", "5"}, cmdkit.ExitUsage, "", "ref"},
		{"burn", []string{"krw", "burn", "--amount", "250,000", "--ref", "WD-2026-0042"}, cmdkit.ExitOK, "Done: burn 250,000 won", ""},
		{"burn more than held", []string{"krw", "burn", "--amount", "1,000,001", "--ref", "WD-2026-0043"}, cmdkit.ExitFailed, "", "ERC20InsufficientBalance"},
		{"dry run", []string{"krw", "burn", "--amount", "1", "--ref", "WD-2026-0044", "--dry-run"}, cmdkit.ExitOK, "Nothing sent", ""},
		{"a bank account is refused", []string{"krw", "burn", "--amount", "1", "--account-ref", "KB 123-45-6789"}, cmdkit.ExitUsage, "", "a bank account must not go on chain"},
		{"no withdrawal code", []string{"krw", "burn", "--amount", "1"}, cmdkit.ExitUsage, "", "withdrawal code is required"},
		{"withdrawal code too long", []string{"krw", "burn", "--amount", "1", "--ref", strings.Repeat("W", 33)}, cmdkit.ExitUsage, "", "at most 32"},
		{"balance", []string{"krw", "balance", staff}, cmdkit.ExitOK, "1,000,000 KRW", ""},
		{"balance in JSON: a plain decimal and the unit", []string{"--json", "krw", "balance", staff}, cmdkit.ExitOK, `"balance": "1000000",` + "\n" + `  "token"`, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, stdout, stderr := run(t, append([]string{"--devnet", dir}, tt.args...)...)
			if code != tt.code || !strings.Contains(stdout, tt.stdout) || !strings.Contains(stderr, tt.stderr) {
				t.Fatalf("exit %d, stdout %q, stderr %q; want exit %d, %q, %q", code, stdout, stderr, tt.code, tt.stdout, tt.stderr)
			}
		})
	}
}
