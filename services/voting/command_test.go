package voting

import (
	"math"
	"math/big"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/urfave/cli/v2"

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
	must := expect(t, dir)
	if out := must(cmdkit.ExitUsage, "vote", "roll", "build", "--csv", csv, "--out", roll); !strings.Contains(out, "line 3: malformed address") {
		t.Fatalf("roll problems: %s", out)
	}
	if _, err := os.Stat(roll); err == nil {
		t.Fatal("a roll with problems was written")
	}
	os.WriteFile(csv, []byte(staff+"\n0x1111111111111111111111111111111111111111\n"), 0o644)
	must(cmdkit.ExitOK, "vote", "roll", "build", "--csv", csv, "--out", roll)

	if out := must(cmdkit.ExitOK, "vote", "create", "--title", "Gondola?", "--option", "Yes", "--option", "No", "--start", "+6s", "--end", "+14s", "--roll", roll); !strings.HasPrefix(out, `Created election #1 "Gondola?" (open, 2 options, `) || !strings.Contains(out, " KST)\n") {
		t.Fatalf("create does not lead with the new election: %s", out)
	}
	if out := must(cmdkit.ExitFailed, "vote", "cast", "--choice", "0", "--roll", roll, "1"); !strings.Contains(out, "VotingNotOpen") {
		t.Fatalf("early ballot: %s", out)
	}
	time.Sleep(7 * time.Second)
	if out := must(cmdkit.ExitUsage, "vote", "cast", "--choice", "5", "--roll", roll, "1"); !strings.Contains(out, "option 5 does not exist (options: 0=Yes, 1=No)\n") {
		t.Fatalf("unknown option: %s", out)
	}
	must(cmdkit.ExitOK, "vote", "cast", "--choice", "0", "--roll", roll, "1")
	must(cmdkit.ExitOK, "vote", "cast", "--choice", "1", "--roll", roll, "1")
	if out := must(cmdkit.ExitOK, "vote", "show", "1"); !strings.Contains(out, "No      1") || !strings.Contains(out, "1 of 2 on the roll (turnout 50.00%, quorum 0.00%: true)") {
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
	// Only a trustee that never committed can be disqualified; bad arguments are named.
	if out := must(cmdkit.ExitFailed, "vote", "trustee", "disqualify", "2", staff); !strings.Contains(out, "KeysNotDisqualifiable") {
		t.Fatalf("disqualify a committed trustee: %s", out)
	}
	if out := must(cmdkit.ExitUsage, "vote", "trustee", "disqualify", "2", "0x1111111111111111111111111111111111111111"); !strings.Contains(out, "is not a trustee of election 2") {
		t.Fatalf("disqualify a stranger: %s", out)
	}
	if out := must(cmdkit.ExitUsage, "vote", "trustee", "disqualify", "2", "carol"); !strings.Contains(out, `TRUSTEE "carol": `) {
		t.Fatalf("disqualify by name: %s", out)
	}
	if out := must(cmdkit.ExitOK, "vote", "show", "2"); !strings.Contains(out, "sealed until the end") {
		t.Fatalf("secret show: %s", out)
	}
	time.Sleep(10 * time.Second)
	if out := must(cmdkit.ExitOK, "vote", "show", "2"); !strings.Contains(out, "0 trustee decryptions posted, 1 needed") || !strings.Contains(out, "sealed: 0 of 1 decryptions") {
		t.Fatalf("secret show after the end: %s", out)
	}

	if out := must(cmdkit.ExitOK, "--json", "vote", "tally", "--post", "1"); !strings.Contains(out, `"transactions"`) {
		t.Fatalf("tally --post in JSON: %s", out)
	}
	if out := must(cmdkit.ExitOK, "vote", "tally", "--verify", "1"); !strings.Contains(out, "matches the recount") {
		t.Fatalf("verify: %s", out)
	}
	must(cmdkit.ExitFailed, "vote", "tally", "2") // no partial decryption yet
	must(cmdkit.ExitOK, append(append([]string{"vote", "trustee", "decrypt"}, tf...), "2")...)
	if out := must(cmdkit.ExitOK, "vote", "show", "2"); !strings.Contains(out, "1 trustee decryption in, result not posted yet") {
		t.Fatalf("secret show with the decryptions in: %s", out)
	}
	out := must(cmdkit.ExitOK, "vote", "tally", "--post", "2")
	if !strings.Contains(out, "Buses   1") || !strings.Contains(out, "Parks   0") {
		t.Fatalf("secret tally: %s", out)
	}
	if out := must(cmdkit.ExitOK, "vote", "tally", "--verify", "2"); !strings.Contains(out, "matches the recount") {
		t.Fatalf("secret verify: %s", out)
	}
	// The posted result is shown, not "sealed until the end" for ever.
	if out := must(cmdkit.ExitOK, "vote", "show", "2"); !strings.Contains(out, "Buses   1") || !strings.Contains(out, "vote tally --verify 2") || strings.Contains(out, "sealed") {
		t.Fatalf("secret show after the result: %s", out)
	}
	checkPagedRead(t, 1)
	checkPagedRead(t, 2)
}

func TestWindowInKST(t *testing.T) {
	at := func(s string) uint64 {
		t.Helper()
		v, err := time.Parse(time.RFC3339, s)
		if err != nil {
			t.Fatal(err)
		}
		return uint64(v.Unix())
	}
	tests := []struct{ start, end, want string }{
		{"2026-12-01T00:00:00Z", "2026-12-04T00:00:00Z", "2026-12-01 09:00 → 12-04 09:00 KST"},
		{"2026-12-01T00:00:00Z", "2026-12-01T09:30:00Z", "2026-12-01 09:00 → 18:30 KST"},
		{"2026-12-31T00:00:00Z", "2027-01-02T00:00:00Z", "2026-12-31 09:00 → 2027-01-02 09:00 KST"},
		// Past midnight in Seoul, still the same day in UTC: the date shown is Seoul's.
		{"2026-12-01T14:00:00Z", "2026-12-01T16:00:00Z", "2026-12-01 23:00 → 12-02 01:00 KST"},
	}
	for _, tt := range tests {
		if got := window(at(tt.start), at(tt.end)); got != tt.want {
			t.Errorf("window(%s, %s) = %q, want %q", tt.start, tt.end, got, tt.want)
		}
	}
}

// TestTurnoutAndQuorumExact: turnout and quorum are basis points, told and taken as
// decimals, never through a float (--quorum 0.29 was 28 basis points).
func TestTurnoutAndQuorumExact(t *testing.T) {
	for bps, want := range map[int64]string{0: "0.00%", 1: "0.01%", 3333: "33.33%", 5000: "50.00%", 10_000: "100.00%", 6667: "66.67%"} {
		if got := percentOfBps(big.NewInt(bps)); got != want {
			t.Errorf("percentOfBps(%d) = %q, want %q", bps, got, want)
		}
	}
	tests := []struct {
		percent float64
		bps     uint16
		ok      bool
	}{
		{0, 0, true}, {30, 3000, true}, {33.33, 3333, true}, {0.01, 1, true}, {0.29, 29, true}, {57.29, 5729, true}, {100, 10_000, true},
		{33.333, 0, false}, {-1, 0, false}, {100.01, 0, false}, {math.NaN(), 0, false}, {math.Inf(1), 0, false}, {math.Inf(-1), 0, false},
	}
	for _, tt := range tests {
		got, err := QuorumBps(tt.percent)
		if got != tt.bps || (err == nil) != tt.ok {
			t.Errorf("QuorumBps(%v) = %d, %v; want %d (ok %v)", tt.percent, got, err, tt.bps, tt.ok)
		}
	}
}

// TestQuorumNotANumber: --quorum NaN and Inf, which the flag parses as floats, are usage
// errors naming the flag (they panicked in decimal.NewFromFloat), before any chain read.
func TestQuorumNotANumber(t *testing.T) {
	roll := testRoll(t)
	for q, want := range map[string]string{"NaN": "NaN", "Inf": "+Inf", "-Inf": "-Inf"} {
		code, out, errOut := run(t, "vote", "create", "--title", "T", "--option", "Yes", "--option", "No", "--roll", roll, "--quorum", q, "--start", "+1h", "--end", "+2h")
		if code != cmdkit.ExitUsage || !strings.Contains(out+errOut, "--quorum "+want+": not a finite number; want a percent of the roll from 0 to 100") {
			t.Errorf("vote create --quorum %s: exit %d\n%s%s", q, code, out, errOut)
		}
	}
}

// testRoll writes a roll of one voter, built by 'vote roll build' (no chain needed).
func testRoll(t *testing.T) string {
	t.Helper()
	tmp := t.TempDir()
	csv, roll := filepath.Join(tmp, "voters.csv"), filepath.Join(tmp, "roll.json")
	os.WriteFile(csv, []byte("0x1111111111111111111111111111111111111111\n"), 0o644)
	if code, out, errOut := run(t, "vote", "roll", "build", "--csv", csv, "--out", roll); code != cmdkit.ExitOK {
		t.Fatalf("roll build: exit %d\n%s%s", code, out, errOut)
	}
	return roll
}

// TestHelpSaysNoFixedPeriod: the complaint period is ElectionKeys' REVEAL_PERIOD, read from
// the contract (an upgrade may change it), so no command's help says how long it is ("a
// day" was left in share's and complain's after the messages read it); the trustee
// commands bound by it send the reader to 'vote show', which prints it.
func TestHelpSaysNoFixedPeriod(t *testing.T) {
	fixed := regexp.MustCompile(`(?i)\b(a|an|one|\d+) (day|days|hour|hours|week|weeks)\b`)
	var walk func(path string, cmds []*cli.Command)
	walk = func(path string, cmds []*cli.Command) {
		for _, c := range cmds {
			name := path + " " + c.Name
			texts := []string{c.Usage, c.Description}
			for _, f := range c.Flags {
				if d, ok := f.(cli.DocGenerationFlag); ok {
					texts = append(texts, d.GetUsage())
				}
			}
			for _, s := range texts {
				if m := fixed.FindString(s); m != "" {
					t.Errorf("%s: help says %q: %s", name, m, s)
				}
			}
			if slices.Contains([]string{"share", "complain", "answer"}, c.Name) && !strings.Contains(c.Usage, "'vote show ID'") {
				t.Errorf("%s: help does not say where the period is printed: %s", name, c.Usage)
			}
			walk(name, c.Subcommands)
		}
	}
	walk("", []*cli.Command{Command()})
}
