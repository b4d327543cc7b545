package bulk

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/seoulchain/seoulchain/internal/cmdkit"
)

// names lists dir's entries.
func names(t *testing.T, dir string) []string {
	t.Helper()
	es, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, e := range es {
		out = append(out, e.Name())
	}
	return out
}

// TestSendProgressDirOwnership: the sender removes only what it wrote. A folder holding a
// user's file is refused before anything is sent (an earlier version removed the whole
// folder once the run ended: `--progress-dir .` wiped the current folder); a folder that
// existed empty is kept, emptied; one the sender created is removed.
func TestSendProgressDirOwnership(t *testing.T) {
	w := newWorld(t, 1e9)

	user := t.TempDir()
	mine := filepath.Join(user, "payroll.csv")
	if err := os.WriteFile(mine, []byte("the user's own file\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	res, err := Send(context.Background(), w.chain.Client(), w.config(user, nil), w.work(credits(10, 1)))
	var ue *cmdkit.UsageError
	if !errors.As(err, &ue) || !strings.Contains(err.Error(), "payroll.csv") || !strings.Contains(err.Error(), "--progress-dir") {
		t.Fatalf("a folder holding a user's file: res %+v, err %v; want a usage error naming the file and --progress-dir", res, err)
	}
	if got := names(t, user); !slices.Equal(got, []string{"payroll.csv"}) {
		t.Fatalf("the refused folder holds %v, want only the user's file", got)
	}

	empty := t.TempDir()
	if res, err := Send(context.Background(), w.chain.Client(), w.config(empty, nil), w.work(credits(10, 1))); err != nil || res.Sent != 10 {
		t.Fatalf("an empty folder: %+v, %v", res, err)
	}
	if got := names(t, empty); len(got) != 0 {
		t.Fatalf("the folder that existed is left with %v, want it kept and empty", got)
	}

	created := filepath.Join(t.TempDir(), "progress")
	if res, err := Send(context.Background(), w.chain.Client(), w.config(created, nil), w.work(credits(10, 11))); err != nil || res.Sent != 10 {
		t.Fatalf("a new folder: %+v, %v", res, err)
	}
	if _, err := os.Stat(created); !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("the folder the run created: %v, want it removed", err)
	}
}
