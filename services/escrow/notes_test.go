package escrow

import (
	"encoding/json"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

func TestNotesKeepReasonsOffChain(t *testing.T) {
	path := filepath.Join(t.TempDir(), NotesFile)
	payee := common.HexToAddress("0xc171e")
	a, err := NewNote("timesheet under review", 1, 0, payee)
	if err != nil {
		t.Fatal(err)
	}
	b, _ := NewNote("timesheet under review", 1, 0, payee)
	if a.Ref == b.Ref || a.Ref != ReasonRef(a.Salt, a.Text) {
		t.Fatal("the same text must commit to different references under different salts")
	}

	notes, err := ReadNotes(path) // no file yet: no notes
	if err != nil {
		t.Fatal(err)
	}
	undo, err := notes.Add(a)
	if err != nil {
		t.Fatal(err)
	}
	again, err := ReadNotes(path)
	if err != nil {
		t.Fatal(err)
	}
	if text, ok := again.Reason(a.Ref); !ok || text != a.Text {
		t.Fatalf("Reason(%s) = %q, %v", a.Ref.Hex(), text, ok)
	}
	if _, ok := again.Reason(b.Ref); ok {
		t.Fatal("a reference never written has a reason")
	}
	// Undoing the only note leaves no file behind.
	if err := undo(); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(path); !os.IsNotExist(err) {
		t.Fatalf("notes file after undo: %v", err)
	}

	// A note edited by hand no longer matches its reference and is refused.
	if _, err := again.Add(a); err != nil {
		t.Fatal(err)
	}
	data, _ := os.ReadFile(path)
	os.WriteFile(path, []byte(strings.Replace(string(data), "under review", "approved", 1)), 0o600)
	if _, err := ReadNotes(path); err == nil || !strings.Contains(err.Error(), "does not match its reference") {
		t.Fatalf("edited note: err = %v", err)
	}
}

func TestNotesKeepPlanNames(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, NotesFile)
	// A notes file of the first version, a list of holds, still reads.
	note, _ := NewNote("dispute", 1, 0, common.HexToAddress("0xa1"))
	old, _ := json.Marshal([]Note{note})
	os.WriteFile(path, old, 0o600)
	notes, err := ReadNotes(path)
	if err != nil {
		t.Fatal(err)
	}
	if text, ok := notes.Reason(note.Ref); !ok || text != "dispute" {
		t.Fatalf("old file: Reason = %q, %v", text, ok)
	}
	if _, ok := notes.Names(1, common.Hash{}); ok {
		t.Fatal("names of a contract never recorded")
	}

	a, b := common.HexToAddress("0xa1"), common.HexToAddress("0xb2")
	won := func(v ...int64) []*big.Int {
		out := make([]*big.Int, len(v))
		for i, x := range v {
			out[i] = big.NewInt(x)
		}
		return out
	}
	created := &Plan{Prime: a, Payees: []Payee{{a, "Hanul"}, {b, "Daehan Steel"}},
		Milestones: []Milestone{{"Foundation", big.NewInt(10), won(4, 6)}, {"Frame", big.NewInt(20), won(5, 15)}}}
	// An amendment from a file without names adds a milestone "Roof".
	amended := &Plan{Prime: a, Payees: []Payee{{a, ""}, {b, ""}},
		Milestones: []Milestone{{"", big.NewInt(10), won(4, 6)}, {"", big.NewInt(20), won(10, 10)}, {"Roof", big.NewInt(5), won(0, 5)}}}
	if err := notes.AddPlan(created.Names(1)); err != nil {
		t.Fatal(err)
	}
	if err := notes.AddPlan(amended.Names(1)); err != nil {
		t.Fatal(err)
	}
	again, err := ReadNotes(path)
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := again.Reason(note.Ref); !ok {
		t.Fatal("the hold note was lost when names were added")
	}
	tests := []struct {
		name       string
		amounts    []*big.Int
		shares     []*big.Int
		payeeB     string
		milestones string
	}{
		{"as registered", won(10, 20), won(4, 6, 5, 15), "Daehan Steel", "Foundation,Frame"},
		{"as amended", won(10, 20, 5), won(4, 6, 10, 10, 0, 5), "Daehan Steel", "Foundation,Frame,Roof"},
		{"a plan the notes do not know", won(30), won(10, 20), "Daehan Steel", "Foundation,Frame"},
	}
	for _, tt := range tests {
		got, ok := again.Names(1, PlanHash(tt.amounts, tt.shares))
		if !ok || got.Payee(b) != tt.payeeB || strings.Join(got.Milestones, ",") != tt.milestones {
			t.Errorf("%s: payee %q, milestones %q, %v", tt.name, got.Payee(b), got.Milestones, ok)
		}
	}
}
