package mileage

import (
	"errors"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/seoulchain/seoulchain/internal/deploy"
	"github.com/seoulchain/seoulchain/internal/journal"
	"github.com/seoulchain/seoulchain/relayer/plugin"
)

// TestCreditBodyProblemsByEntry: JSON entries are checked as CSV lines are, each problem
// placed at its entry index, with no CSV in between.
func TestCreditBodyProblemsByEntry(t *testing.T) {
	body := `{"credits": [
		{"citizen": "0x00000000000000000000000000000000000000aa", "amount": "1,500", "recordId": 1},
		{"citizen": "nope", "amount": 0, "recordId": "2"},
		{"citizen": "0x00000000000000000000000000000000000000bb", "amount": 5, "recordId": 1}]}`
	_, fe := parseCreditBody("application/json", []byte(body))
	if fe == nil {
		t.Fatal("no problems")
	}
	var got []string
	for _, p := range fe.Problems {
		got = append(got, p.Where)
	}
	want := "credits[1] citizen|credits[1] amount|credits[2] record ID"
	if strings.Join(got, "|") != want {
		t.Fatalf("problems at %q, want %q", strings.Join(got, "|"), want)
	}
	if !strings.Contains(fe.Problems[2].What, "also on credits[0]") {
		t.Errorf("duplicate record: %q", fe.Problems[2].What)
	}
	ok := `{"credits": [{"citizen": "0x00000000000000000000000000000000000000aa", "amount": "1,500", "recordId": 17}]}`
	credits, fe := parseCreditBody("application/json", []byte(ok))
	if fe != nil || len(credits) != 1 || credits[0].Amount.Int64() != 1500 || credits[0].RecordID != 17 {
		t.Fatalf("good body: %+v %v", credits, fe)
	}
	// CSV keeps its lines.
	if _, fe := parseCreditBody("text/csv", []byte("0x00000000000000000000000000000000000000aa,10,1\nbad,10,2\n")); fe == nil || fe.Problems[0].Where != "line 2 citizen" {
		t.Fatalf("CSV: %v", fe)
	}
}

func TestRelayerConfigure(t *testing.T) {
	book := deploy.Addresses{deploy.SCoin: common.HexToAddress("0x5c")}
	p := NewRelayer()
	if err := p.Configure(plugin.Config{Contracts: book}); err != nil || p.cfg.CreditBatch != DefaultCreditBatch {
		t.Fatalf("no section: %v, credit_batch %d", err, p.cfg.CreditBatch)
	}
	sec := plugin.Section{"credit_batch": int64(MaxCreditBatch + 1)}
	if err := NewRelayer().Configure(plugin.Config{Section: sec, Contracts: book}); err == nil {
		t.Fatal("credit_batch over the limit accepted")
	}
	sec, _ = plugin.SectionOf(RelayerConfig{Issuers: []Issuer{{Name: "eco", TokenHash: "abc", Program: 1}}})
	if err := NewRelayer().Configure(plugin.Config{Section: sec, Contracts: book}); err == nil || !strings.Contains(err.Error(), "token_sha256") {
		t.Fatalf("bad token hash: %v", err)
	}
	sec, _ = plugin.SectionOf(RelayerConfig{Issuers: []Issuer{{Name: "eco", TokenHash: plugin.HashToken("t"), Program: 1}}})
	if err := NewRelayer().Configure(plugin.Config{Section: sec}); err == nil {
		t.Fatal("issuers without an S-Coin address accepted")
	}
	if err := NewRelayer().Configure(plugin.Config{Section: plugin.Section{"isuers": 1}}); err == nil {
		t.Fatal("unknown key accepted")
	}
}

// TestIntakeChecksTheBudget: a post needing more than the program's remaining budget, less
// what accepted credits will take first, is refused whole, naming program, budget and ask.
func TestIntakeChecksTheBudget(t *testing.T) {
	j, err := journal.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer j.Close()
	st, err := loadCredits(j)
	if err != nil {
		t.Fatal(err)
	}
	prog := &Program{ID: 1, Name: "eco", RemainingBudget: big.NewInt(100), Active: true}
	check := func(fresh []Credit, queued *big.Int) error { return CheckBudget(prog, Sum(fresh), queued) }
	credit := func(rec uint64, amt int64) Credit {
		return Credit{Citizen: common.BigToAddress(big.NewInt(int64(rec))), Amount: big.NewInt(amt), RecordID: rec}
	}
	is := Issuer{Name: "eco", Program: 1}
	if n, _, _, err := st.accept(is, []Credit{credit(1, 60)}, check); err != nil || n != 1 {
		t.Fatalf("within budget: %d, %v", n, err)
	}
	_, _, _, err = st.accept(is, []Credit{credit(2, 30), credit(3, 20)}, check)
	if !errors.Is(err, ErrOverBudget) || !strings.Contains(err.Error(), "program 1") || !strings.Contains(err.Error(), "100") ||
		!strings.Contains(err.Error(), "60") || !strings.Contains(err.Error(), "50") {
		t.Fatalf("over budget with 60 queued: %v", err)
	}
	if _, ok := st.Get(creditKey{1, 2}); ok {
		t.Fatal("a refused post was journaled in part")
	}
	// A duplicate takes nothing more from the budget.
	if n, dups, _, err := st.accept(is, []Credit{credit(1, 60), credit(4, 40)}, check); err != nil || n != 1 || dups != 1 {
		t.Fatalf("duplicate and the rest of the budget: %d %d %v", n, dups, err)
	}
}
