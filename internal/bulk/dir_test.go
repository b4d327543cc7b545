package bulk

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/seoulchain/seoulchain/internal/cmdkit"
	"github.com/seoulchain/seoulchain/internal/journal"
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

// write puts files (one byte each) in dir.
func write(t *testing.T, dir string, files ...string) {
	t.Helper()
	for _, f := range files {
		if err := os.WriteFile(filepath.Join(dir, f), []byte("x"), 0o600); err != nil {
			t.Fatal(err)
		}
	}
}

// openRun opens dir as a run does (openDir, then its journal); the caller closes the journal.
func openRun(t *testing.T, dir string) *journal.Journal {
	t.Helper()
	if err := openDir(dir); err != nil {
		t.Fatal(err)
	}
	j, err := openJournal(dir)
	if err != nil {
		t.Fatal(err)
	}
	return j
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

// TestOpenDir: which folders the sender takes for its journal, and the advice when it
// refuses one. A stopped run's journal (its marker, or CURRENT) beside a stray file is
// refused with "remove it", never "take a new folder" (that would sign the batches in
// flight afresh); without either, only an empty folder or an older version's journal
// (CURRENT and a MANIFEST) is taken, so a user's LOG, LOCK or 20240611.log is never
// reused and then deleted. A refused folder is left as it was.
func TestOpenDir(t *testing.T) {
	for _, tc := range []struct {
		name    string
		files   []string
		created bool   // taken, and the marker says the sender created the folder
		refused string // the refusal names this; "": taken
	}{
		{"empty", nil, false, ""},
		{"a run's journal", []string{markerName, "CURRENT", "MANIFEST-000002", "LOCK", "LOG", "000001.log"}, false, ""},
		{"a run's marker alone", []string{markerName}, false, ""},
		{"an older version's journal", []string{"CURRENT", "MANIFEST-000002", "LOCK", "LOG", "000001.log"}, true, ""},
		{"every name of a journal's", []string{markerName, "CURRENT", "CURRENT.bak", "CURRENT.7", "LOCK", "LOG", "LOG.old", "MANIFEST-000007",
			"000006.log", "000005.ldb", "000004.sst", "000008.tmp"}, false, ""},
		{"a run's journal and a stray file", []string{markerName, "CURRENT", "MANIFEST-000002", ".DS_Store"}, false, "remove .DS_Store from"},
		{"a run's journal and a dated log of the user's", []string{markerName, "CURRENT", "MANIFEST-000002", "000001.log", "20240611.log"}, false, "remove 20240611.log from"},
		{"an older journal and a dated log of the user's", []string{"CURRENT", "MANIFEST-000002", "20240611.log"}, false, "remove 20240611.log from"},
		{"a run's journal and a user's numbered files", []string{markerName, "CURRENT", "MANIFEST-000002", "12345.ldb", "MANIFEST-1"}, false, "remove 12345.ldb, MANIFEST-1 from"},
		{"an older journal and a stray file", []string{"CURRENT", "MANIFEST-000002", ".DS_Store"}, false, "remove .DS_Store from"},
		{"CURRENT without a MANIFEST", []string{"CURRENT", "LOG"}, false, "no MANIFEST"},
		{"a log of the user's", []string{"20240611.log"}, false, "20240611.log"},
		{"a LOG of the user's", []string{"LOG"}, false, "LOG"},
		{"a LOCK of the user's", []string{"LOCK", "MANIFEST-000001"}, false, "LOCK"},
		{"a user's file", []string{"payroll.csv"}, false, "payroll.csv"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			write(t, dir, tc.files...)
			before := names(t, dir)
			err := openDir(dir)
			if tc.refused != "" {
				var ue *cmdkit.UsageError
				if !errors.As(err, &ue) || !strings.Contains(err.Error(), tc.refused) {
					t.Fatalf("err %v; want a usage error naming %q", err, tc.refused)
				}
				journal := slices.Contains(tc.files, markerName) || slices.Contains(tc.files, "CURRENT")
				if advises := strings.Contains(err.Error(), "new or empty folder"); advises == journal {
					t.Errorf("advises a new folder: %v, for a folder holding a journal: %v (%v)", advises, journal, err)
				}
				if got := names(t, dir); !slices.Equal(got, before) {
					t.Errorf("the refused folder holds %v, want %v as it was", got, before)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			marker, err := os.ReadFile(filepath.Join(dir, markerName))
			if err != nil {
				t.Fatal(err)
			}
			if slices.Contains(tc.files, markerName) {
				return // resumed: its marker is as its run wrote it
			}
			if got := strings.Contains(string(marker), createdLine); got != tc.created {
				t.Errorf("the marker says created: %v, want %v", got, tc.created)
			}
		})
	}

	t.Run("a new folder", func(t *testing.T) {
		parent := t.TempDir()
		dir := filepath.Join(parent, "a", "progress")
		if err := openDir(dir); err != nil {
			t.Fatal(err)
		}
		// The folder appears with its marker in one step: no temporary folder is left.
		if got := names(t, filepath.Join(parent, "a")); !slices.Equal(got, []string{"progress"}) {
			t.Fatalf("beside the new folder: %v", got)
		}
		if got := names(t, dir); !slices.Equal(got, []string{markerName}) {
			t.Fatalf("the new folder holds %v, want its marker", got)
		}
		if marker, _ := os.ReadFile(filepath.Join(dir, markerName)); !strings.Contains(string(marker), createdLine) {
			t.Fatalf("the marker %q does not say the sender created the folder", marker)
		}
		if err := removeDir(dir); err != nil {
			t.Fatal(err)
		}
		if _, err := os.Stat(dir); !errors.Is(err, os.ErrNotExist) {
			t.Fatalf("the folder the sender created: %v, want it removed", err)
		}
	})
}

// TestSendResumesOlderJournal: an older version's journal (no marker: that version created
// the folder and removed it at the end) is resumed, and the folder removed once all is
// sent, as that version would have.
func TestSendResumesOlderJournal(t *testing.T) {
	w := newWorld(t, 1e9)
	dir := filepath.Join(t.TempDir(), "progress")
	j, err := journal.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	if err := j.Close(); err != nil {
		t.Fatal(err)
	}
	if slices.Contains(names(t, dir), markerName) || !slices.Contains(names(t, dir), "CURRENT") {
		t.Fatalf("the older journal holds %v", names(t, dir))
	}
	if res, err := Send(context.Background(), w.chain.Client(), w.config(dir, nil), w.work(credits(10, 1))); err != nil || res.Sent != 10 {
		t.Fatalf("resuming an older journal: %+v, %v", res, err)
	}
	if _, err := os.Stat(dir); !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("the older journal's folder: %v, want it removed", err)
	}
}

// TestRemoveDirKeepsUsersFiles: at the end of a run only the journal's own files go (six-digit
// numbers, LevelDB's fixed names, the marker); a file the user put in the folder during the
// run stays, with the folder, even when it looks like a log (20240611.log).
func TestRemoveDirKeepsUsersFiles(t *testing.T) {
	dir := t.TempDir()
	journal := []string{"CURRENT", "CURRENT.bak", "LOCK", "LOG", "LOG.old", "MANIFEST-000002", "000001.log", "000003.ldb", "000004.tmp"}
	users := []string{"20240611.log", "1234567.ldb", "LOGS", "MANIFEST-2", "current", "notes.txt"}
	write(t, dir, slices.Concat(journal, users)...)
	if err := writeMarker(dir, true); err != nil {
		t.Fatal(err)
	}
	_ = removeDir(dir) // the folder is not empty: it stays, and the run warns that it does
	got, want := names(t, dir), slices.Clone(users)
	slices.Sort(want)
	if !slices.Equal(got, want) {
		t.Fatalf("after removeDir the folder holds %v, want the user's files %v", got, want)
	}
}

// TestOpenDirRaces: two runs of the same command starting at once, or a user creating the
// folder between the sender's look and its own step. Nothing is replaced: a folder that
// appeared is looked at again (a run's marker: resumed; the journal's lock then lets one
// run go on, and tells the other another run is using the folder), never reported as
// "rename …: directory not empty", and a user's empty folder is never taken for one the
// sender created (it would be removed at the end).
func TestOpenDirRaces(t *testing.T) {
	t.Run("a folder made before the sender's own", func(t *testing.T) {
		for _, files := range [][]string{nil, {"payroll.csv"}, {markerName}} {
			dir := t.TempDir()
			write(t, dir, files...)
			if err := createDir(dir); !errors.Is(err, errRaced) {
				t.Fatalf("creating %v over a folder holding %v: %v, want errRaced (look again)", dir, files, err)
			}
			if got := names(t, dir); !slices.Equal(got, files) {
				t.Fatalf("the folder holding %v now holds %v", files, got)
			}
		}
		dir := t.TempDir() // the user's, made empty just before the sender's step
		if err := createDir(dir); !errors.Is(err, errRaced) {
			t.Fatal(err)
		}
		if err := openDir(dir); err != nil {
			t.Fatal(err)
		}
		if marker, _ := os.ReadFile(filepath.Join(dir, markerName)); strings.Contains(string(marker), createdLine) {
			t.Fatalf("the user's folder is taken for one the sender created (it would be removed): %q", marker)
		}
	})

	t.Run("runs opening a new folder at once", func(t *testing.T) {
		for range 20 {
			dir := filepath.Join(t.TempDir(), "progress")
			errs := make(chan error, 4)
			for range cap(errs) {
				go func() { errs <- openDir(dir) }()
			}
			for range cap(errs) {
				if err := <-errs; err != nil {
					t.Fatalf("a run opening %s with others at once: %v", dir, err)
				}
			}
			if got := names(t, dir); !slices.Equal(got, []string{markerName}) {
				t.Fatalf("the folder holds %v, want its marker alone", got)
			}
			if got := names(t, filepath.Dir(dir)); !slices.Equal(got, []string{"progress"}) {
				t.Fatalf("beside the folder: %v", got)
			}
		}
	})

	t.Run("a run using the folder", func(t *testing.T) {
		dir := filepath.Join(t.TempDir(), "progress")
		j := openRun(t, dir)
		t.Cleanup(func() { _ = j.Close() })
		if err := openDir(dir); err != nil {
			t.Fatal(err)
		}
		_, err := openJournal(dir)
		var ue *cmdkit.UsageError
		if !errors.As(err, &ue) || !strings.Contains(err.Error(), "in use by another run") || !strings.Contains(err.Error(), "run the same command again") {
			t.Fatalf("a second run on a folder in use: %v; want a usage error saying another run uses it", err)
		}
	})
}

// TestOpenDirRemovesStaleTemporaryFolders: the hidden .NAME.new-N folders an earlier version
// left beside NAME when it crashed while creating it go on the next open, if older than a
// minute and holding the marker alone (or nothing); a younger one (a run creating it now),
// one holding anything else, and another folder's are kept.
func TestOpenDirRemovesStaleTemporaryFolders(t *testing.T) {
	parent := t.TempDir()
	old := time.Now().Add(-2 * staleAge)
	for _, tc := range []struct {
		name  string
		files []string
		when  time.Time
	}{
		{".progress.new-111", []string{markerName}, old},
		{".progress.new-222", nil, old},
		{".progress.new-333", []string{markerName}, time.Now()},
		{".progress.new-444", []string{markerName, "notes.txt"}, old},
		{".progress.new-abc", []string{markerName}, old},
		{".other.new-555", []string{markerName}, old},
		{"progress.new-666", []string{markerName}, old},
	} {
		tmp := filepath.Join(parent, tc.name)
		if err := os.Mkdir(tmp, 0o700); err != nil {
			t.Fatal(err)
		}
		write(t, tmp, tc.files...)
		if err := os.Chtimes(tmp, tc.when, tc.when); err != nil {
			t.Fatal(err)
		}
	}
	if err := openDir(filepath.Join(parent, "progress")); err != nil {
		t.Fatal(err)
	}
	want := []string{".other.new-555", ".progress.new-333", ".progress.new-444", ".progress.new-abc", "progress", "progress.new-666"}
	if got := names(t, parent); !slices.Equal(got, want) {
		t.Fatalf("beside the progress directory: %v, want %v", got, want)
	}
}

// TestJournaled: only a journal (LevelDB's CURRENT, this version's or an older one's) is a
// run to resume; an empty folder, a missing one and one holding the marker alone (a run
// stopped before it opened its journal) are not.
func TestJournaled(t *testing.T) {
	markerOnly := t.TempDir()
	if err := writeMarker(markerOnly, true); err != nil {
		t.Fatal(err)
	}
	run := filepath.Join(t.TempDir(), "progress")
	if err := openRun(t, run).Close(); err != nil {
		t.Fatal(err)
	}
	older := t.TempDir()
	j, err := journal.Open(older)
	if err != nil {
		t.Fatal(err)
	}
	if err := j.Close(); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, dir string
		want      bool
	}{
		{"missing", filepath.Join(t.TempDir(), "none"), false},
		{"empty", t.TempDir(), false},
		{"the marker alone", markerOnly, false},
		{"a run's journal", run, true},
		{"an older version's journal", older, true},
	} {
		if got := Journaled(tc.dir); got != tc.want {
			t.Errorf("%s: Journaled %v, want %v", tc.name, got, tc.want)
		}
	}
}
