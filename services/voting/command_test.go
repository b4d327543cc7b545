package voting

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/seoulchain/seoulchain/internal/cmdkit"
)

// TestVoteCommands runs an open and a secret election on a live devnet through the CLI,
// with the staff account as voter, election admin and (1-of-1) trustee.
func TestVoteCommands(t *testing.T) {
	dir := network.Dir(t)
	staff := network.Info(t).Staff.Address.Hex()
	tmp := t.TempDir()
	csv := filepath.Join(tmp, "voters.csv")
	roll := filepath.Join(tmp, "roll.json")
	os.WriteFile(csv, []byte("address\n"+staff+"\n0x12\n"), 0o644)
	dn := []string{"--devnet", dir}
	must := func(code int, args ...string) string {
		t.Helper()
		c, stdout, stderr := run(t, append(dn, args...)...)
		if c != code {
			t.Fatalf("%v: exit %d, want %d\n%s%s", args, c, code, stdout, stderr)
		}
		return stdout + stderr
	}
	if out := must(cmdkit.ExitUsage, "vote", "roll", "build", "--csv", csv, "--out", roll); !strings.Contains(out, "line 3: malformed address") {
		t.Fatalf("roll problems: %s", out)
	}
	if _, err := os.Stat(roll); err == nil {
		t.Fatal("a roll with problems was written")
	}
	os.WriteFile(csv, []byte(staff+"\n0x1111111111111111111111111111111111111111\n"), 0o644)
	must(cmdkit.ExitOK, "vote", "roll", "build", "--csv", csv, "--out", roll)

	must(cmdkit.ExitOK, "vote", "create", "--title", "Gondola?", "--option", "Yes", "--option", "No", "--start", "+6s", "--end", "+14s", "--roll", roll)
	if out := must(cmdkit.ExitFailed, "vote", "cast", "--choice", "0", "--roll", roll, "1"); !strings.Contains(out, "VotingNotOpen") {
		t.Fatalf("early ballot: %s", out)
	}
	time.Sleep(7 * time.Second)
	must(cmdkit.ExitUsage, "vote", "cast", "--choice", "5", "--roll", roll, "1")
	must(cmdkit.ExitOK, "vote", "cast", "--choice", "0", "--roll", roll, "1")
	must(cmdkit.ExitOK, "vote", "cast", "--choice", "1", "--roll", roll, "1")
	if out := must(cmdkit.ExitOK, "vote", "show", "1"); !strings.Contains(out, "No      1") || !strings.Contains(out, "1 of 2 on the roll") {
		t.Fatalf("show: %s", out)
	}

	pub := strings.TrimSpace(must(cmdkit.ExitOK, "vote", "trustee", "pubkey"))
	tf := []string{"--trustee-file", filepath.Join(tmp, "trustee.enc")}
	must(cmdkit.ExitOK, "vote", "create", "--secret", "--trustee", pub, "--threshold", "1", "--title", "Budget", "--option", "Parks", "--option", "Buses",
		"--start", "+8s", "--end", "+20s", "--roll", roll)
	if out := must(cmdkit.ExitFailed, "vote", "cast", "--choice", "1", "--roll", roll, "2"); !strings.Contains(out, "no key yet") {
		t.Fatalf("ballot before the key generation: %s", out)
	}
	must(cmdkit.ExitOK, append(append([]string{"vote", "trustee", "keygen"}, tf...), "2")...)
	if raw, _ := os.ReadFile(tf[1]); len(raw) == 0 || strings.Contains(string(raw), "coefficients") {
		t.Fatalf("the trustee file is missing or readable without the key")
	}
	must(cmdkit.ExitOK, append(append([]string{"vote", "trustee", "share"}, tf...), "2")...)
	time.Sleep(6 * time.Second)
	must(cmdkit.ExitOK, "vote", "cast", "--choice", "0", "--roll", roll, "2")
	must(cmdkit.ExitOK, "vote", "cast", "--choice", "1", "--roll", roll, "2") // replaces the first
	if out := must(cmdkit.ExitOK, "vote", "show", "2"); !strings.Contains(out, "sealed until the end") {
		t.Fatalf("secret show: %s", out)
	}
	time.Sleep(10 * time.Second)

	must(cmdkit.ExitOK, "vote", "tally", "--post", "1")
	if out := must(cmdkit.ExitOK, "vote", "tally", "--verify", "1"); !strings.Contains(out, "matches the recount") {
		t.Fatalf("verify: %s", out)
	}
	must(cmdkit.ExitFailed, "vote", "tally", "2") // no partial decryption yet
	must(cmdkit.ExitOK, append(append([]string{"vote", "trustee", "decrypt"}, tf...), "2")...)
	out := must(cmdkit.ExitOK, "vote", "tally", "--post", "2")
	if !strings.Contains(out, "Buses   1") || !strings.Contains(out, "Parks   0") {
		t.Fatalf("secret tally: %s", out)
	}
	if out := must(cmdkit.ExitOK, "vote", "tally", "--verify", "2"); !strings.Contains(out, "matches the recount") {
		t.Fatalf("secret verify: %s", out)
	}
}
