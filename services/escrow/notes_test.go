package escrow

import (
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
