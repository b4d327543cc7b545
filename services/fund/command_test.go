package fund

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/seoulchain/seoulchain/internal/cmdkit"
	"github.com/seoulchain/seoulchain/internal/cmdkit/cmdtest"
)

type fundCLI struct {
	t   *testing.T
	dir string
}

// must runs `fund ARGS` (with extra global flags first) and checks the exit and outputs.
func (e fundCLI) must(code int, stdout, stderr string, global []string, args ...string) string {
	e.t.Helper()
	full := append(append([]string{"--devnet", e.dir}, global...), append([]string{"fund"}, args...)...)
	gotCode, out, errOut := run(e.t, full...)
	if gotCode != code || !strings.Contains(out, stdout) || !strings.Contains(errOut, stderr) {
		e.t.Fatalf("fund %v: exit %d, stdout %q, stderr %q; want exit %d, %q, %q", args, gotCode, out, errOut, code, stdout, stderr)
	}
	return out
}

// TestFundCommands walks a campaign and a consignment fund on a devnet: the staff key is
// the registrar, the supervisor, the city's account and the collecting system; a fresh key
// is the operator (manager).
func TestFundCommands(t *testing.T) {
	e := fundCLI{t, network.Dir(t)}
	staff := cmdtest.StaffSender(t, e.dir)
	mgr, payee := cmdtest.NewParty(t, staff), cmdtest.NewParty(t, staff)
	mintKRW(t, staff, staff.From(), 100_000_000, "DEP-FUND-TEST")
	tmp := t.TempDir()
	invoice := filepath.Join(tmp, "invoice-001.pdf")
	os.WriteFile(invoice, []byte("%PDF invoice 001"), 0o644)
	csvFile := filepath.Join(tmp, "donations.csv")
	os.WriteFile(csvFile, []byte("receipt,amount\nRC-1,\"3,000,000\"\nRC-2,1000000\nRC-3,500000\n"), 0o644)
	bad := filepath.Join(tmp, "bad.csv")
	os.WriteFile(bad, []byte("RC-9,abc\nRC-8,10\nRC-8,10\n"), 0o644)
	m, p := mgr.Addr.Hex(), payee.Addr.Hex()
	none := []string(nil)

	e.must(cmdkit.ExitOK, "Created fund #1 (donation", "", none, "create", "--kind", "donation", "--manager", m, "--end", "+720h", "--approval-above", "1,000,000")
	e.must(cmdkit.ExitUsage, "", "--kind \"gift\"", none, "create", "--kind", "gift", "--manager", m, "--end", "+1h")
	e.must(cmdkit.ExitUsage, "", "cannot supervise its own fund", none, "create", "--kind", "donation", "--manager", staff.From().Hex(), "--end", "+1h")
	e.must(cmdkit.ExitOK, "", "", none, "line", "add", "--code", "program", "--limit", "5,000,000", "1")
	e.must(cmdkit.ExitFailed, "", "FundNotSupervisor", mgr.Flags, "line", "add", "--code", "x", "--limit", "1", "1")
	e.must(cmdkit.ExitOK, "", "", none, "payee", "add", "1", p)
	e.must(cmdkit.ExitFailed, "", "FundPayeeAlreadyRegistered", none, "payee", "add", "1", p)
	e.must(cmdkit.ExitFailed, "", "FundNotSupervisor", mgr.Flags, "payee", "add", "1", m) // the manager names no payee

	// Only a collector the supervisor registered posts donations: refused before sending.
	e.must(cmdkit.ExitFailed, "", "is not a registered collector of fund 1", none, "donate", "--receipt", "RC-1", "--amount", "3,000,000", "1")
	e.must(cmdkit.ExitFailed, "", "FundNotSupervisor", mgr.Flags, "collector", "add", "1", m)
	e.must(cmdkit.ExitOK, "", "", none, "collector", "add", "1", staff.From().Hex())

	// A dry run with the allowance short simulates the approval and stops there, as escrow's
	// and labour's do: the donation itself would revert without the allowance.
	e.must(cmdkit.ExitOK, "simulated only once the allowance exists", "", none, "donate", "--dry-run", "--receipt", "RC-1", "--amount", "3,000,000", "1")
	e.must(cmdkit.ExitOK, "", "", none, "donate", "--receipt", "RC-1", "--amount", "3,000,000", "1")
	e.must(cmdkit.ExitOK, "already recorded", "", none, "donate", "--receipt", "RC-1", "--amount", "3,000,000", "1")
	e.must(cmdkit.ExitUsage, "", "recorded already in fund 1 for 3,000,000 won", none, "donate", "--receipt", "RC-1", "--amount", "5", "1")
	e.must(cmdkit.ExitUsage, "", "line 1 amount: \"abc\"", none, "donate", "--csv", bad, "1")
	e.must(cmdkit.ExitUsage, "", "--in-flight 0: want 1 to 1,024", none, "donate", "--csv", csvFile, "--in-flight", "0", "1")
	e.must(cmdkit.ExitUsage, "", "--batch-size 2001", none, "donate", "--csv", csvFile, "--batch-size", "2001", "1")
	// Each batch goes to every node of the devnet, and the summary says so.
	nodes := len(network.Info(t).Nodes)
	posted := e.must(cmdkit.ExitOK, "Posted 2 of 3 donations", "", none, "donate", "--csv", csvFile, "1")
	for _, want := range []string{"1 donation was already recorded", fmt.Sprintf("Batches went to %d of %d nodes.", nodes, nodes)} {
		if !strings.Contains(posted, want) {
			t.Errorf("donate --csv: no %q in\n%s", want, posted)
		}
	}
	e.must(cmdkit.ExitOK, "All 3 donations", "", none, "donate", "--csv", csvFile, "1")

	e.must(cmdkit.ExitOK, "Spend #1: 400,000 won from line 1", "", mgr.Flags, "spend", "--line", "1", "--payee", p, "--amount", "400,000", "--evidence", invoice, "1")
	e.must(cmdkit.ExitUsage, "", "--evidence", mgr.Flags, "spend", "--line", "1", "--payee", p, "--amount", "1", "1")
	e.must(cmdkit.ExitFailed, "", "FundPayeeNotRegistered", mgr.Flags, "spend", "--line", "1", "--payee", m, "--amount", "1", "--evidence", invoice, "1")
	e.must(cmdkit.ExitFailed, "", "FundNotManager", none, "spend", "--line", "1", "--payee", p, "--amount", "1", "--evidence", invoice, "1")
	e.must(cmdkit.ExitFailed, "", "FundAdminCapExceeded", mgr.Flags, "spend", "--line", "0", "--payee", p, "--amount", "700,000", "--evidence", invoice, "1")
	e.must(cmdkit.ExitFailed, "", "FundLineOverspent", mgr.Flags, "spend", "--line", "1", "--payee", p, "--amount", "4,600,001", "--evidence", invoice, "1")
	e.must(cmdkit.ExitOK, "Spend #2", "", mgr.Flags, "spend", "--line", "1", "--payee", p, "--amount", "2,000,000", "--evidence", invoice, "1")
	e.must(cmdkit.ExitFailed, "", "FundNotSupervisor", mgr.Flags, "approve", "2")
	e.must(cmdkit.ExitOK, "", "", none, "approve", "2")
	e.must(cmdkit.ExitOK, "", "", none, "flag", "--reason", "AUDIT-2026-7", "1")
	e.must(cmdkit.ExitOK, "simulated only once the allowance exists", "", payee.Flags, "refund", "--dry-run", "--amount", "100,000", "1")
	e.must(cmdkit.ExitOK, "", "", payee.Flags, "refund", "--amount", "100,000", "1")

	out := e.must(cmdkit.ExitOK, "", "", []string{"--json"}, "report", "1")
	var rep struct {
		Balance string `json:"balance"`
		Lines   []struct {
			Code, Spent, Flagged string
		} `json:"lines"`
	}
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatal(err)
	}
	if rep.Balance != "2200000" || len(rep.Lines) != 2 || rep.Lines[1].Spent != "2300000" || rep.Lines[1].Flagged != "400000" {
		t.Fatalf("report: %s", out)
	}
	e.must(cmdkit.ExitOK, "program", "", none, "report", "1")
	e.must(cmdkit.ExitOK, "Donation "+common.Hash{}.Hex()[:2], "", none, "trace", "1", "RC-1")
	e.must(cmdkit.ExitFailed, "", "no donation has this receipt in fund 1", none, "trace", "1", "RC-404")
	e.must(cmdkit.ExitUsage, "", "RECEIPT", none, "trace", "RC-1") // receipts are per fund: the fund is named

	// A consignment fund settles once, after its term: the unspent tranche returns.
	e.must(cmdkit.ExitOK, "Created fund #2 (consignment", "", none, "create", "--kind", "consignment", "--manager", m, "--end", "+40s", "--admin-cap", "10")
	e.must(cmdkit.ExitOK, "simulated only once the allowance exists", "", none, "deposit", "--dry-run", "--amount", "1,000,000", "--ref", "PAY-ORDER-1", "2")
	e.must(cmdkit.ExitOK, "", "", none, "deposit", "--amount", "1,000,000", "--ref", "PAY-ORDER-1", "2")
	e.must(cmdkit.ExitFailed, "", "this one is recorded in fund 1", none, "trace", "2", "RC-1")
	e.must(cmdkit.ExitFailed, "", "FundNotSupervisor", mgr.Flags, "follow-up", "1", "2") // the supervisor names it
	e.must(cmdkit.ExitFailed, "", "FundBadFollowUp", none, "follow-up", "1", "2")
	e.must(cmdkit.ExitFailed, "", "FundSettleTooEarly", none, "settle", "2")
	for deadline := time.Now().Add(2 * time.Minute); ; time.Sleep(3 * time.Second) {
		code, out, errOut := run(t, "--devnet", e.dir, "fund", "settle", "2")
		if code == cmdkit.ExitOK {
			break
		}
		if !strings.Contains(errOut, "FundSettleTooEarly") || time.Now().After(deadline) {
			t.Fatalf("settle 2: exit %d, %q, %q", code, out, errOut)
		}
	}
	e.must(cmdkit.ExitFailed, "", "FundAlreadySettled", none, "settle", "2")
	e.must(cmdkit.ExitOK, "settled: 1,000,000 won to "+staff.From().Hex(), "", none, "report", "2")
}
