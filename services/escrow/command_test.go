package escrow

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/seoulchain/seoulchain/internal/cmdkit"
	"github.com/seoulchain/seoulchain/internal/cmdkit/cmdtest"
)

// party is a keystore-held account with gas, used through --keystore/--password-file.
// TestEscrowCommands runs a contract from plan to payment as a department, a prime and a
// subcontractor would, each with their own key.
func TestEscrowCommands(t *testing.T) {
	dir := network.Dir(t)
	info := network.Info(t)
	staff := cmdtest.StaffSender(t, dir)
	prime, sub, workerParty := cmdtest.NewParty(t, staff), cmdtest.NewParty(t, staff), cmdtest.NewParty(t, staff)
	worker := workerParty.Addr // needs no key to be paid or to check; has one to try approving
	city := []string{"--devnet", dir}
	as := func(p cmdtest.Party) []string { return append([]string{"--devnet", dir}, p.Flags...) }

	plan := filepath.Join(t.TempDir(), "plan.csv")
	os.WriteFile(plan, []byte(fmt.Sprintf("milestone,milestone_amount,payee,share,payee_name\nFoundation,\"1,000,000\",%s,100000,Hanul Construction\nFoundation,\"1,000,000\",%s,600000,Daehan Steel\nFoundation,\"1,000,000\",%s,300000,Kim Mason\nFrame,2000000,%s,200000\nFrame,2000000,%s,1200000\nFrame,2000000,%s,600000\n",
		prime.Addr.Hex(), sub.Addr.Hex(), worker.Hex(), prime.Addr.Hex(), sub.Addr.Hex(), worker.Hex())), 0o644)
	bad := filepath.Join(t.TempDir(), "bad.csv")
	os.WriteFile(bad, []byte("Foundation,1000,"+prime.Addr.Hex()+",900\n"), 0o644)

	steps := []struct {
		name   string
		args   []string
		code   int
		stdout string
		stderr string
	}{
		{"bad plan", append(city, "escrow", "create", "--prime", prime.Addr.Hex(), "--plan", bad), cmdkit.ExitUsage, "", "shares add up to 900"},
		{"create leads with the new contract", append(city, "escrow", "create", "--prime", prime.Addr.Hex(), "--plan", plan), cmdkit.ExitOK, "Created contract #1 (3 payees, 2 milestones)", ""},
		{"fund before acceptance", append(city, "escrow", "fund", "1", "0"), cmdkit.ExitFailed, "", "must first be accepted"},
		{"only the prime accepts", append(as(sub), "escrow", "accept", "1"), cmdkit.ExitFailed, "", "EscrowNotPrime"},
		{"prime accepts", append(as(prime), "escrow", "accept", "1"), cmdkit.ExitOK, "Done: accept contract 1", ""},
		{"mint the budget", append(city, "krw", "mint", "--to", info.Staff.Address.Hex(), "--amount", "5,000,000", "--ref", "BUDGET-1"), cmdkit.ExitOK, "Done", ""},
		{"fund approves the allowance first", append(city, "escrow", "fund", "1", "0"), cmdkit.ExitOK, "allow the escrow to take 1,000,000 KRW", ""},
		{"hold needs a reason", append(city, "escrow", "hold", "1", "0", worker.Hex()), cmdkit.ExitUsage, "", "--reason is required"},
		{"hold the worker", append(city, "escrow", "hold", "--reason", "timesheet under review", "1", "0", worker.Hex()), cmdkit.ExitOK, "Done: hold", ""},
		{"status shows the reason from the notes", append(city, "escrow", "status", "1"), cmdkit.ExitOK, "Held: milestone 0 (Foundation), " + worker.Hex() + " (Kim Mason), 300,000: timesheet under review\n", ""},
		{"status names payees and milestones", append(city, "escrow", "status", "1"), cmdkit.ExitOK, sub.Addr.Hex() + " (Daehan Steel)", ""},
		{"a pending milestone cannot be held", append(city, "escrow", "hold", "--reason", "dispute", "1", "1", worker.Hex()), cmdkit.ExitFailed, "", "EscrowWrongMilestoneState"},
		{"approve pays the others", append(city, "escrow", "approve", "1", "0"), cmdkit.ExitOK, "PaymentReleased", ""},
		{"the prime cannot approve", append(as(prime), "escrow", "approve", "1", "1"), cmdkit.ExitFailed, "", "EscrowNotClient"},
		{"release the hold", append(city, "escrow", "resolve", "--to", "payee", "1", "0", worker.Hex()), cmdkit.ExitOK, "Done: resolve", ""},
		{"worker checks without an account", []string{"--devnet", dir, "escrow", "payee", worker.Hex()}, cmdkit.ExitOK, "300,000", ""},
		{"payee shows the name it is paid as", []string{"--devnet", dir, "escrow", "payee", prime.Addr.Hex()}, cmdkit.ExitOK, "Hanul Construction (prime)", ""},
	}
	for _, s := range steps {
		code, stdout, stderr := run(t, s.args...)
		if code != s.code || !strings.Contains(stdout, s.stdout) || !strings.Contains(stderr, s.stderr) {
			t.Fatalf("%s: exit %d\nstdout %s\nstderr %s\nwant exit %d, %q, %q", s.name, code, stdout, stderr, s.code, s.stdout, s.stderr)
		}
	}

	// The reason is off chain: the notes file has it once (the refused hold took its note
	// back), the chain only a salted hash.
	notes, err := os.ReadFile(filepath.Join(dir, "escrow-notes.json"))
	if err != nil || strings.Count(string(notes), `"text"`) != 1 || !strings.Contains(string(notes), "timesheet under review") {
		t.Fatalf("notes file: %v\n%s", err, notes)
	}
	code, stdout, _ := run(t, append(city, "--json", "escrow", "history", "1")...)
	if code != cmdkit.ExitOK || strings.Contains(stdout, "timesheet") || !strings.Contains(stdout, "reasonRef") {
		t.Fatalf("the chain's events must carry the reference, not the text:\n%s", stdout)
	}

	// A change order moving 400,000 of Frame from the subcontractor to the worker needs
	// the subcontractor's approval as well as the city's and the prime's.
	amended := filepath.Join(t.TempDir(), "amended.csv")
	os.WriteFile(amended, []byte(fmt.Sprintf("Foundation,1000000,%s,100000\nFoundation,1000000,%s,600000\nFoundation,1000000,%s,300000\nFrame,2000000,%s,200000\nFrame,2000000,%s,800000\nFrame,2000000,%s,1000000\n",
		prime.Addr.Hex(), sub.Addr.Hex(), worker.Hex(), prime.Addr.Hex(), sub.Addr.Hex(), worker.Hex())), 0o644)
	staffAddr := info.Staff.Address.Hex()
	if code, _, stderr := run(t, append(city, "escrow", "amend", "approve", "1")...); code != cmdkit.ExitFailed || !strings.Contains(stderr, "no pending amendment") {
		t.Fatalf("approve without an amendment: exit %d %s", code, stderr)
	}
	if code, stdout, stderr := run(t, append(city, "escrow", "amend", "propose", "--prime", prime.Addr.Hex(), "--plan", amended, "1")...); code != cmdkit.ExitOK {
		t.Fatalf("propose: exit %d\n%s%s", code, stdout, stderr)
	}
	checkNothingSent(t, info.RPC(), info.Staff.Address, func() {
		code, stdout, stderr := run(t, append(city, "escrow", "fund", "1", "1")...)
		if code != cmdkit.ExitFailed || !strings.Contains(stderr, "pending amendment #1 changes it") || !strings.Contains(stderr, "nothing sent") {
			t.Fatalf("fund under a pending amendment: exit %d\n%s%s", code, stdout, stderr)
		}
	})
	for _, s := range []struct {
		args           []string
		code           int
		stdout, stderr string
	}{
		{append(as(prime), "escrow", "fund", "1", "1"), cmdkit.ExitFailed, "", "only its client " + staffAddr + " funds it, not " + prime.Addr.Hex() + "; nothing sent"},
		{append(city, "escrow", "amend", "show", "1"), cmdkit.ExitOK, "milestone 1 Frame: 2,000,000 (amount unchanged)\n      " + sub.Addr.Hex() + " (Daehan Steel): 1,200,000 → 800,000", ""},
		{append(city, "escrow", "amend", "show", "1"), cmdkit.ExitOK, "Still to approve: prime " + prime.Addr.Hex() + ", " + sub.Addr.Hex() + " (Daehan Steel)", ""},
		{append(as(workerParty), "escrow", "amend", "approve", "1"), cmdkit.ExitFailed, "",
			"your planned total does not go down, so your approval is not needed; needed: client (approved), prime, " + sub.Addr.Hex() + " (Daehan Steel). Nothing sent"},
		{append(as(prime), "escrow", "amend", "approve", "--nonce", "7", "1"), cmdkit.ExitFailed, "", "is now #1, not #7"},
		{append(as(prime), "escrow", "amend", "approve", "--nonce", "1", "1"), cmdkit.ExitOK, "Amendment #1 of contract 1 proposed by " + staffAddr + " (client)", ""},
		{append(as(prime), "escrow", "amend", "approve", "1"), cmdkit.ExitOK, "already approved amendment #1", ""},
		{append(city, "escrow", "status", "1"), cmdkit.ExitOK, "1 approval still needed", ""},
		{append(as(sub), "escrow", "amend", "approve", "1"), cmdkit.ExitOK, "800,000", ""},
		{append(city, "--json", "escrow", "fund", "1", "1"), cmdkit.ExitOK, `"transactions"`, ""},
		{append(city, "escrow", "approve", "1", "1"), cmdkit.ExitOK, "", ""},
		// Moving the contract to another department: requested by the admin, delayed.
		{append(city, "escrow", "client", "change", "1", "not-an-address"), cmdkit.ExitUsage, "", "NEW_CLIENT"},
		{append(city, "escrow", "client", "change", "1", sub.Addr.Hex()), cmdkit.ExitFailed, "", "EscrowNewClientWithoutRole"},
		{append(city, "escrow", "client", "change", "1", staffAddr), cmdkit.ExitOK, "execute-change 1", ""},
		{append(city, "escrow", "status", "1"), cmdkit.ExitOK, "Client change to " + staffAddr, ""},
		{append(as(prime), "escrow", "client", "execute-change", "1"), cmdkit.ExitFailed, "", "EscrowClientChangeTooEarly"},
		{append(as(prime), "escrow", "client", "cancel-change", "1"), cmdkit.ExitFailed, "", "EscrowNotClientOrAdmin"},
		{append(city, "escrow", "client", "cancel-change", "1"), cmdkit.ExitOK, "ClientChangeCancelled", ""},
	} {
		if code, stdout, stderr := run(t, s.args...); code != s.code || !strings.Contains(stdout, s.stdout) || !strings.Contains(stderr, s.stderr) {
			t.Fatalf("%v: exit %d\nstdout %s\nstderr %s\nwant exit %d, %q, %q", s.args, code, stdout, stderr, s.code, s.stdout, s.stderr)
		}
	}
	code, stdout, stderr := run(t, append(city, "--json", "escrow", "status", "1")...)
	// In JSON every amount is a plain decimal string, with the unit beside it.
	var st struct {
		Unit, Funded string
		Milestones   []struct{ Amount, State string }
		Payees       []struct {
			Payee                       common.Address
			Name                        string
			Planned, Funded, Paid, Held string
		}
		MilestoneNames []string
	}
	if err := json.Unmarshal([]byte(stdout), &st); err != nil || code != cmdkit.ExitOK {
		t.Fatalf("status: exit %d, %v\n%s%s", code, err, stdout, stderr)
	}
	if st.Unit != "KRW" || st.Funded != "3000000" || len(st.Milestones) != 2 || st.Milestones[1].Amount != "2000000" || st.Milestones[1].State != "approved" {
		t.Errorf("status amounts in JSON: %s", stdout)
	}
	want := map[common.Address][2]string{prime.Addr: {"300000", "300000"}, sub.Addr: {"1400000", "1400000"}, worker: {"1300000", "1300000"}}
	for _, p := range st.Payees {
		if w := want[p.Payee]; p.Planned != w[0] || p.Paid != w[1] || p.Held != "0" {
			t.Errorf("payee %s: planned %s paid %s held %s, want %v", p.Payee, p.Planned, p.Paid, p.Held, w)
		}
	}
	// People read the same amounts with separators.
	if code, stdout, _ := run(t, append(city, "escrow", "status", "1")...); code != cmdkit.ExitOK || !strings.Contains(stdout, "1,400,000") || !strings.Contains(stdout, "funded 3,000,000") {
		t.Errorf("status table: %s", stdout)
	}
	// The amended plan file names nobody: the names given at registration stay.
	if st.Payees[1].Name != "Daehan Steel" || strings.Join(st.MilestoneNames, ",") != "Foundation,Frame" {
		t.Errorf("names after the amendment: payee %q, milestones %q", st.Payees[1].Name, st.MilestoneNames)
	}
	code, stdout, _ = run(t, append(city, "escrow", "history", "1")...)
	for _, ev := range []string{"ProjectRegistered", "PlanAccepted", "ShareHeld", `reason="timesheet under review"`, "HoldResolved", "AmendmentApplied", "MilestoneApproved",
		"milestone=0 (Foundation)", "payee=" + worker.Hex() + " (Kim Mason)"} {
		if code != cmdkit.ExitOK || !strings.Contains(stdout, ev) {
			t.Fatalf("history lacks %s:\n%s", ev, stdout)
		}
	}
}

// checkNothingSent runs fn and fails the test if from sent a transaction meanwhile.
func checkNothingSent(t *testing.T, rpcURL string, from common.Address, fn func()) {
	t.Helper()
	ec := cmdtest.Dial(t, rpcURL)
	before, err := ec.NonceAt(context.Background(), from, nil)
	if err != nil {
		t.Fatal(err)
	}
	fn()
	after, err := ec.NonceAt(context.Background(), from, nil)
	if err != nil {
		t.Fatal(err)
	}
	if after != before {
		t.Fatalf("%s sent %d transaction(s); want none", from.Hex(), after-before)
	}
}
