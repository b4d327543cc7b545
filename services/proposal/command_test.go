package proposal

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/seoulchain/seoulchain/internal/cmdkit"
	"github.com/seoulchain/seoulchain/internal/cmdkit/cmdtest"
)

// cliEnv runs commands on the package's devnet, as staff (the city: every role) or as a
// party (a citizen with its own keystore).
type cliEnv struct {
	t   *testing.T
	dir string
}

// must runs seoulchain --devnet DIR args (from: flags of the sender, nil for staff) and
// checks the exit code and that the output holds want.
func (e cliEnv) must(code int, want string, from []string, args ...string) string {
	e.t.Helper()
	full := append(append([]string{"--devnet", e.dir}, from...), args...)
	got, out, errOut := run(e.t, full...)
	if got != code || !strings.Contains(out+errOut, want) {
		e.t.Fatalf("%v: exit %d, want %d with %q\nstdout: %s\nstderr: %s", args, got, code, want, out, errOut)
	}
	return out
}

// TestProposeCommands walks a proposal from the roll to the vote on a devnet: the roll
// and small rules, personal data refused, proposing, supporting (twice is nothing sent),
// a stage reached and answered, an overdue answer listed, promotion refused and then by
// override, withdrawal; every refusal of bad input before anything is sent.
func TestProposeCommands(t *testing.T) {
	e := cliEnv{t, network.Dir(t)}
	staff := cmdtest.StaffSender(t, e.dir)
	alice, bob, stray := cmdtest.NewParty(t, staff), cmdtest.NewParty(t, staff), cmdtest.NewParty(t, staff)
	tmp := t.TempDir()
	csv, roll := filepath.Join(tmp, "citizens.csv"), filepath.Join(tmp, "roll.json")
	os.WriteFile(csv, []byte("address\n"+staff.From().Hex()+"\n"+alice.Addr.Hex()+"\n"+bob.Addr.Hex()+"\n"), 0o644)
	e.must(cmdkit.ExitOK, "Voters", nil, "vote", "roll", "build", "--csv", csv, "--out", roll)

	title := "Shade canopies at every bus stop on Sejong-daero"
	text := "Bus stops along Sejong-daero have no shade; install canopies before next summer."
	newArgs := []string{"propose", "new", "--title", title, "--category", "transport", "--roll", roll}
	e.must(cmdkit.ExitFailed, "no roll of eligible citizens is published yet", alice.Flags, append(newArgs, "--text", text)...)
	e.must(cmdkit.ExitOK, "Done: publish the roll of 3 eligible citizens", nil, "propose", "roll", "--roll", roll)
	e.must(cmdkit.ExitUsage, "--thresholds 3,2,5: each stage needs more", nil, "propose", "rules", "set", "--thresholds", "3,2,5", "--answer-within", "5s,1h,1h", "--window", "1h")
	e.must(cmdkit.ExitUsage, "--answer-within: \"5x\"", nil, "propose", "rules", "set", "--thresholds", "1,2,3", "--answer-within", "5x,1h,1h", "--window", "1h")
	e.must(cmdkit.ExitOK, "1 → department within 5s", nil, "propose", "rules", "set", "--thresholds", "1,2,3", "--answer-within", "5s,1h,1h", "--window", "1h")
	if out := e.must(cmdkit.ExitOK, "", nil, "propose", "rules", "show"); !strings.Contains(out, "deliberation  2           1h0m0s") || !strings.Contains(out, "3 citizens") {
		t.Fatalf("rules show:\n%s", out)
	}

	// Bad input, refused before anything is sent.
	e.must(cmdkit.ExitUsage, "looks like a mobile phone number", alice.Flags, append(newArgs, "--text", "Call me on 010-1234-5678 about it.")...)
	e.must(cmdkit.ExitUsage, "looks like a resident registration number", alice.Flags, append(newArgs, "--text", "My number is 900101-1234567.")...)
	e.must(cmdkit.ExitUsage, "--category \"roads\": want one of transport", alice.Flags, "propose", "new", "--title", title, "--category", "roads", "--roll", roll, "--text", text)
	e.must(cmdkit.ExitUsage, "the text is empty", alice.Flags, newArgs...)
	e.must(cmdkit.ExitUsage, "only citizens on the roll may propose", stray.Flags, append(newArgs, "--text", text)...)

	// #1 by hash only: its text (with a phone number) stays off chain.
	e.must(cmdkit.ExitOK, "Proposal #1 is open", alice.Flags, append(newArgs, "--text", "Call 010-1234-5678", "--hash-only")...)
	if out := e.must(cmdkit.ExitOK, "", alice.Flags, append([]string{"--json"}, append(newArgs, "--text", text)...)...); !strings.Contains(out, `"proposal": 2`) || !strings.Contains(out, `"transactions"`) {
		t.Fatalf("new --json: one document with the proposal and the transaction, got:\n%s", out)
	}

	e.must(cmdkit.ExitUsage, "only citizens on the roll may support", stray.Flags, "propose", "support", "2", "--roll", roll)
	out := e.must(cmdkit.ExitOK, "Done: support proposal 2", bob.Flags, "propose", "support", "2", "--roll", roll)
	if !strings.Contains(out, "Event StageReached") || !strings.Contains(out, "Proposal #2 has 1 supporter; stage: department (the city answers by ") {
		t.Fatalf("the first support (threshold 1) reached no stage:\n%s", out)
	}
	e.must(cmdkit.ExitOK, "already supports proposal 2 (1 supporters). Nothing sent.", bob.Flags, "propose", "support", "2", "--roll", roll)
	e.must(cmdkit.ExitUsage, "no proposal 9", nil, "propose", "show", "9")
	e.must(cmdkit.ExitUsage, "no proposal 9 (ProposalUnknown): there are 2", bob.Flags, "propose", "support", "9", "--roll", roll)

	// The department answers in time; the mayor owes nothing yet.
	answer := "The Transport Headquarters will install canopies at 40 stops in 2027."
	e.must(cmdkit.ExitFailed, "has not reached the mayor stage", nil, "propose", "answer", "2", "--stage", "mayor", "--text", answer)
	e.must(cmdkit.ExitUsage, "--stage: stage \"boss\"", nil, "propose", "answer", "2", "--stage", "boss", "--text", answer)
	e.must(cmdkit.ExitFailed, "AccessControlUnauthorizedAccount", alice.Flags, "propose", "answer", "2", "--stage", "department", "--text", answer)
	e.must(cmdkit.ExitOK, "Done: answer the department stage of proposal 2", nil, "propose", "answer", "2", "--stage", "department", "--text", answer)
	e.must(cmdkit.ExitOK, "answered already with this text", nil, "propose", "answer", "2", "--stage", "department", "--text", answer)
	e.must(cmdkit.ExitFailed, "an answer is final", nil, "propose", "answer", "2", "--stage", "department", "--text", "Another answer.")

	// #3 reaches the department stage and is left unanswered past its 5 s.
	e.must(cmdkit.ExitOK, "Proposal #3", bob.Flags, "propose", "new", "--title", "More benches in Seoul Forest", "--category", "environment", "--roll", roll, "--text", "Seoul Forest needs more benches.")
	e.must(cmdkit.ExitOK, "Done", alice.Flags, "propose", "support", "3", "--roll", roll)
	time.Sleep(7 * time.Second)
	out = e.must(cmdkit.ExitOK, "", nil, "propose", "list", "--overdue")
	if !strings.Contains(out, "More benches in Seoul Forest") || strings.Contains(out, "Sejong-daero") || !strings.Contains(out, "OVERDUE") {
		t.Fatalf("list --overdue:\n%s", out)
	}
	out = e.must(cmdkit.ExitOK, "", nil, "propose", "list", "--stage", "none")
	if !strings.Contains(out, "1   Shade canopies") || strings.Contains(out, "Seoul Forest") {
		t.Fatalf("list --stage none:\n%s", out)
	}
	var listed struct {
		Proposals []View `json:"proposals"`
	}
	if err := json.Unmarshal([]byte(e.must(cmdkit.ExitOK, "", nil, "--json", "propose", "list", "--stage", "department")), &listed); err != nil {
		t.Fatal(err)
	}
	if len(listed.Proposals) != 2 || listed.Proposals[0].ID != 2 || !listed.Proposals[0].Stages[0].Answered || !listed.Proposals[1].Overdue || listed.Proposals[0].Overdue {
		t.Fatalf("list --json --stage department: %+v", listed.Proposals)
	}
	out = e.must(cmdkit.ExitOK, "", nil, "propose", "show", "2")
	for _, want := range []string{"#2 " + title, "Category:   transport", "1 (1 support, 0 withdrawals)", "department  1", "answered", "Answer (department): " + answer} {
		if !strings.Contains(out, want) {
			t.Fatalf("show 2 lacks %q:\n%s", want, out)
		}
	}

	// Promotion: #2 is at the department stage, the vote needs the deliberation stage.
	promote := []string{"propose", "promote", "2", "--start", "+1h", "--end", "+25h", "--roll", roll}
	e.must(cmdkit.ExitFailed, "promotion needs the deliberation stage (2 supporters) (ProposalNotQualified)", nil, promote...)
	e.must(cmdkit.ExitOK, "Proposal #2 is election #1 by the city's override: \""+title+"\"", nil, append(promote, "--override")...)
	e.must(cmdkit.ExitOK, "is election #1 already", nil, append(promote, "--override")...)
	e.must(cmdkit.ExitOK, title, nil, "vote", "show", "1")
	if out := e.must(cmdkit.ExitOK, "", nil, "propose", "show", "2"); !strings.Contains(out, "#1 (by the city's override)") {
		t.Fatalf("show after promotion:\n%s", out)
	}
	// #3 qualifies once bob supports too (2 supporters): no override.
	e.must(cmdkit.ExitOK, "Done", bob.Flags, "propose", "support", "3", "--roll", roll)
	e.must(cmdkit.ExitOK, "Proposal #3 is election #2: \"More benches", nil, "propose", "promote", "3", "--start", "+1h", "--end", "+25h", "--roll", roll)

	// Withdrawal, then again: nothing to withdraw.
	e.must(cmdkit.ExitOK, "Done: withdraw your support of proposal 2", bob.Flags, "propose", "withdraw", "2")
	e.must(cmdkit.ExitOK, "does not support proposal 2. Nothing sent.", bob.Flags, "propose", "withdraw", "2")
	var v View
	if err := json.Unmarshal([]byte(e.must(cmdkit.ExitOK, "", nil, "--json", "propose", "show", "2")), &v); err != nil {
		t.Fatal(err)
	}
	if v.Supporters != 0 || v.Supports != 1 || v.Withdrawals != 1 || v.Stage != 1 || v.Election != 1 || !v.ByOverride {
		t.Fatalf("show --json 2: %+v", v)
	}
}

// TestPromoteQuorumNotANumber: --quorum NaN and Inf are usage errors naming the flag (they
// panicked in decimal.NewFromFloat), before any chain read.
func TestPromoteQuorumNotANumber(t *testing.T) {
	tmp := t.TempDir()
	csv, roll := filepath.Join(tmp, "citizens.csv"), filepath.Join(tmp, "roll.json")
	os.WriteFile(csv, []byte("0x1111111111111111111111111111111111111111\n"), 0o644)
	if code, out, errOut := run(t, "vote", "roll", "build", "--csv", csv, "--out", roll); code != cmdkit.ExitOK {
		t.Fatalf("roll build: exit %d\n%s%s", code, out, errOut)
	}
	for q, want := range map[string]string{"NaN": "NaN", "Inf": "+Inf", "-Inf": "-Inf"} {
		code, out, errOut := run(t, "propose", "promote", "1", "--start", "+1h", "--end", "+25h", "--roll", roll, "--quorum", q)
		if code != cmdkit.ExitUsage || !strings.Contains(out+errOut, "--quorum "+want+": not a finite number; want a percent of the roll from 0 to 100") {
			t.Errorf("propose promote --quorum %s: exit %d\n%s%s", q, code, out, errOut)
		}
	}
}
