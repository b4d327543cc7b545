package bulk

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"

	"github.com/seoulchain/seoulchain/internal/cmdkit"
)

// The progress directory may be a folder the user named (--progress-dir .): the sender
// removes only what it wrote there, its journal's files and its marker, and the folder
// itself only when it created it. A folder holding anything else is refused before
// anything is sent: the journal would mix with the user's files, and an earlier version
// removed the whole folder once a run ended. A folder holding a stopped run's journal is
// never given up for a new one on account of a stray file (a .DS_Store): a new folder
// would sign the batches in flight afresh, and the contract would refuse them.

// markerName is the file the sender writes in its progress directory: it says what the
// folder is, and whether the sender created it (then it removes it at the end).
const markerName = "seoulchain-progress.txt"

const createdLine = "created: yes"

const markerText = "This folder is seoulchain's journal of a bulk run: run the same command again to resume it.\nseoulchain removes its files once every record is sent.\n"

// journalFile matches the names of the journal's own files, as goleveldb names them:
// CURRENT and its backup or pending rename (CURRENT.bak, CURRENT.N), LOCK, LOG, LOG.old,
// and MANIFEST-NNNNNN, NNNNNN.log, NNNNNN.ldb, NNNNNN.sst, NNNNNN.tmp with a six-digit
// file number (%06d). Six digits exactly: a user's 20240611.log (a date, eight digits) in
// the folder is not taken for the journal's, so it is never replayed or removed. A bulk
// run's journal numbers its files in the hundreds (one number a memtable flush, table or
// manifest), never near 1,000,000, where goleveldb would write seven. They are the
// sender's only in a folder that holds its marker or a journal (CURRENT): elsewhere a LOG
// or 000001.log is the user's.
var journalFile = regexp.MustCompile(`^(CURRENT(\.bak|\.[0-9]+)?|LOCK|LOG(\.old)?|MANIFEST-[0-9]{6}|[0-9]{6}\.(log|ldb|sst|tmp))$`)

func ownFile(name string) bool { return name == markerName || journalFile.MatchString(name) }

// openDir makes dir ready for the journal: it creates it with its marker when it does not
// exist, takes an empty folder, and resumes a run's journal (its marker, or an older
// version's journal: CURRENT and a MANIFEST, no marker); it refuses anything else, and a
// journal beside files not its own, before anything is sent.
func openDir(dir string) error {
	st, err := os.Stat(dir)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return createDir(dir)
	case err != nil:
		return fmt.Errorf("progress directory: %w", err)
	case !st.IsDir():
		return cmdkit.Usagef("progress directory %s is a file: give --progress-dir a new or empty folder; nothing sent", dir)
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return fmt.Errorf("progress directory: %w", err)
	}
	var marker, current, manifest bool
	var all, foreign []string
	for _, e := range entries {
		n := e.Name()
		all = append(all, n)
		marker, current = marker || n == markerName, current || n == "CURRENT"
		manifest = manifest || strings.HasPrefix(n, "MANIFEST-") && journalFile.MatchString(n)
		if e.IsDir() || !ownFile(n) {
			foreign = append(foreign, n)
		}
	}
	switch {
	case marker || current:
		// A stopped run's journal, its batches perhaps in flight: only this folder follows
		// them, so the advice is to clear it, never to take another.
		if len(foreign) > 0 {
			return cmdkit.Usagef("progress directory %s holds a stopped run's journal (batches perhaps in flight) beside what is not its own: remove %s from %s, then run the same command again to resume; nothing sent (another folder would send those batches again, and the contract would refuse them)",
				dir, list(foreign), dir)
		}
		if marker {
			return nil // a run's own folder, resumed: its marker says whether it created it
		}
		if !manifest {
			return cmdkit.Usagef("progress directory %s holds a journal's CURRENT file but no MANIFEST-* file: the journal is damaged and cannot be resumed; nothing sent. Wait a few blocks for what an earlier run sent to be mined, then remove %s and run the same command again", dir, dir)
		}
		// An older version's journal: it wrote no marker, created the folder and removed
		// it at the end; so does this run.
		return writeMarker(dir, true)
	case len(all) > 0:
		// Without a marker or a journal, a LOG or 20240611.log is the user's too.
		return cmdkit.Usagef("progress directory %s holds files that are not a seoulchain progress journal (%s): give --progress-dir a new or empty folder (one the command creates is removed when all is sent, e.g. %s); nothing sent",
			dir, list(all), filepath.Join(dir, "seoulchain-progress"))
	}
	return writeMarker(dir, false)
}

// createDir creates dir holding its marker in one step: the marker is written in a
// temporary folder beside it, renamed to dir. A crash before the rename leaves dir absent
// (and a hidden .NAME.new-N folder beside it), never dir without its marker, which a
// later run would take for the user's and keep.
func createDir(dir string) error {
	dir = filepath.Clean(dir)
	parent := filepath.Dir(dir)
	if err := os.MkdirAll(parent, 0o700); err != nil {
		return fmt.Errorf("progress directory: %w", err)
	}
	tmp, err := os.MkdirTemp(parent, "."+filepath.Base(dir)+".new-")
	if err != nil {
		return fmt.Errorf("progress directory: %w", err)
	}
	if err := writeMarker(tmp, true); err != nil {
		_ = os.RemoveAll(tmp) // holds the marker at most
		return err
	}
	if err := os.Rename(tmp, dir); err != nil {
		_ = os.RemoveAll(tmp)
		return fmt.Errorf("progress directory: %w", err)
	}
	return nil
}

// writeMarker writes dir's marker; created: the sender created dir (and removes it).
func writeMarker(dir string, created bool) error {
	text := markerText
	if created {
		text += createdLine + "\n"
	}
	if err := os.WriteFile(filepath.Join(dir, markerName), []byte(text), 0o600); err != nil {
		return fmt.Errorf("progress directory: %w", err)
	}
	return nil
}

// list names up to five files, and how many more there are.
func list(names []string) string {
	if len(names) > 5 {
		return fmt.Sprintf("%s and %d more", strings.Join(names[:5], ", "), len(names)-5)
	}
	return strings.Join(names, ", ")
}

// removeDir removes what the sender wrote in dir, and dir itself if the sender created it
// and nothing else came in since.
func removeDir(dir string) error {
	marker, _ := os.ReadFile(filepath.Join(dir, markerName))
	created := strings.Contains(string(marker), createdLine)
	entries, err := os.ReadDir(dir)
	if err != nil {
		return err
	}
	for _, e := range entries {
		if !e.IsDir() && ownFile(e.Name()) {
			if err := os.Remove(filepath.Join(dir, e.Name())); err != nil {
				return err
			}
		}
	}
	if created {
		return os.Remove(dir)
	}
	return nil
}

// Journaled reports whether dir holds a run's journal (a stopped run to resume), not merely
// whether it exists: a folder the user named may exist and hold none.
func Journaled(dir string) bool {
	for _, name := range []string{markerName, "CURRENT"} {
		if _, err := os.Stat(filepath.Join(dir, name)); err == nil {
			return true
		}
	}
	return false
}
