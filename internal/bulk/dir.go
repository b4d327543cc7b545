package bulk

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"time"

	"github.com/seoulchain/seoulchain/internal/cmdkit"
	"github.com/seoulchain/seoulchain/internal/journal"
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

// errRaced: dir changed between openDir's look at it and its own step (another run of the
// same command created it or wrote its marker, or the user created it): openDir looks again.
var errRaced = errors.New("progress directory changed while it was opened")

// openDir makes dir ready for the journal: it creates it with its marker when it does not
// exist, takes an empty folder, and resumes a run's journal (its marker, or an older
// version's journal: CURRENT and a MANIFEST, no marker); it refuses anything else, and a
// journal beside files not its own, before anything is sent.
//
// No step replaces what another run or the user made meanwhile: the folder is created with
// os.Mkdir and the marker with O_EXCL, both failing if the name exists, and then openDir
// looks at the folder again (a run racing this one has made it its own: this run resumes it,
// and the journal's lock lets one of the two go on). Looking a few times is enough; a folder
// that keeps changing is another program's, named as such.
func openDir(dir string) error {
	removeStale(dir)
	for range 3 {
		if err := takeDir(dir); !errors.Is(err, errRaced) {
			return err
		}
	}
	return cmdkit.Usagef("progress directory %s keeps changing while this run opens it (another run of seoulchain using the same folder?): let the other run end, then run the same command again; nothing sent", dir)
}

// takeDir is one look at dir (openDir); errRaced: it changed meanwhile.
func takeDir(dir string) error {
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

// createDir creates dir and its marker. os.Mkdir fails if anything took the name since
// takeDir looked (a user's empty folder is then kept as the user's, never replaced, and
// never removed at the end). A crash between the two steps leaves dir empty: the next run
// takes it as a folder that existed, and keeps it, emptied, at the end.
func createDir(dir string) error {
	if err := os.MkdirAll(filepath.Dir(filepath.Clean(dir)), 0o700); err != nil {
		return fmt.Errorf("progress directory: %w", err)
	}
	if err := os.Mkdir(dir, 0o700); errors.Is(err, fs.ErrExist) {
		return errRaced
	} else if err != nil {
		return fmt.Errorf("progress directory: %w", err)
	}
	err := writeMarker(dir, true)
	if err != nil && !errors.Is(err, errRaced) {
		_ = os.Remove(dir) // empty, or another's since: then it stays
	}
	return err
}

// writeMarker writes dir's marker; created: the sender created dir (and removes it).
// errRaced: a marker is there already (another run wrote it since takeDir looked).
func writeMarker(dir string, created bool) error {
	text := markerText
	if created {
		text += createdLine + "\n"
	}
	f, err := os.OpenFile(filepath.Join(dir, markerName), os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if errors.Is(err, fs.ErrExist) {
		return errRaced
	} else if err != nil {
		return fmt.Errorf("progress directory: %w", err)
	}
	_, err = f.WriteString(text)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("progress directory: %w", err)
	}
	return nil
}

// staleAge is how old a temporary folder of an earlier version's must be to be removed: its
// run, if alive, renamed it within milliseconds of writing its marker.
const staleAge = time.Minute

// removeStale removes the hidden .NAME.new-N folders beside dir that an earlier version
// left when it crashed while creating dir (it wrote the marker in one and renamed it to
// dir): nothing else cleans them up. Only a folder older than staleAge holding the marker
// alone, or nothing (a crash before the marker), goes; anything else there is kept. Best effort: a folder it cannot remove does no
// harm and is left.
func removeStale(dir string) {
	dir = filepath.Clean(dir)
	parent, prefix := filepath.Dir(dir), "."+filepath.Base(dir)+".new-"
	entries, err := os.ReadDir(parent)
	if err != nil {
		return
	}
	for _, e := range entries {
		n := e.Name()
		if !e.IsDir() || !strings.HasPrefix(n, prefix) || !digits.MatchString(n[len(prefix):]) {
			continue
		}
		tmp := filepath.Join(parent, n)
		info, err := e.Info()
		if err != nil || time.Since(info.ModTime()) < staleAge {
			continue
		}
		inside, err := os.ReadDir(tmp)
		if err != nil || len(inside) > 1 || len(inside) == 1 && (inside[0].Name() != markerName || !inside[0].Type().IsRegular()) {
			continue
		}
		if len(inside) == 0 || os.Remove(filepath.Join(tmp, markerName)) == nil {
			_ = os.Remove(tmp)
		}
	}
}

var digits = regexp.MustCompile(`^[0-9]+$`)

// openJournal opens dir's journal (openDir made dir ready). The journal's lock is held by a
// run using the folder now (the same command started twice): that is said, with the fix.
func openJournal(dir string) (*journal.Journal, error) {
	j, err := journal.Open(dir)
	if errors.Is(err, syscall.EWOULDBLOCK) {
		return nil, cmdkit.Usagef("progress directory %s is in use by another run of seoulchain (its journal is locked): let that run end or stop it, then run the same command again to resume; nothing sent", dir)
	}
	if err != nil {
		return nil, fmt.Errorf("progress directory: %w", err)
	}
	return j, nil
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

// Journaled reports whether dir holds a run's journal (a stopped run to resume, its batches
// perhaps in flight), not merely whether it exists: a folder the user named may exist and
// hold none, and one holding the marker alone is a run that stopped before it opened its
// journal (it sent nothing). A journal is LevelDB's CURRENT file, written when the journal
// is created, replaced (renamed over) but never missing after.
func Journaled(dir string) bool {
	_, err := os.Stat(filepath.Join(dir, "CURRENT"))
	return err == nil
}
