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
// removed the whole folder once a run ended.

// markerName is the file the sender writes in its progress directory: it says what the
// folder is, and whether the sender created it (then it removes it at the end).
const markerName = "seoulchain-progress.txt"

const createdLine = "created: yes"

// journalFile matches the names of the journal's own files (LevelDB's: CURRENT and its
// backup or pending rename, LOCK, LOG, LOG.old, MANIFEST-N, N.log, N.ldb, N.sst, N.tmp).
var journalFile = regexp.MustCompile(`^(CURRENT(\.bak|\.[0-9]+)?|LOCK|LOG(\.old)?|MANIFEST-[0-9]+|[0-9]+\.(log|ldb|sst|tmp))$`)

func ownFile(name string) bool { return name == markerName || journalFile.MatchString(name) }

// openDir makes dir ready for the journal: it creates it (and says so in the marker) when
// it does not exist, and refuses one holding files that are not the sender's.
func openDir(dir string) error {
	st, err := os.Stat(dir)
	created := false
	switch {
	case errors.Is(err, fs.ErrNotExist):
		if err := os.MkdirAll(dir, 0o700); err != nil {
			return fmt.Errorf("progress directory: %w", err)
		}
		created = true
	case err != nil:
		return fmt.Errorf("progress directory: %w", err)
	case !st.IsDir():
		return cmdkit.Usagef("progress directory %s is a file: give --progress-dir a new or empty folder; nothing sent", dir)
	}
	if !created {
		entries, err := os.ReadDir(dir)
		if err != nil {
			return fmt.Errorf("progress directory: %w", err)
		}
		var foreign []string
		for _, e := range entries {
			if e.IsDir() || !ownFile(e.Name()) {
				foreign = append(foreign, e.Name())
			}
		}
		if len(foreign) > 0 {
			if len(foreign) > 3 {
				foreign = append(foreign[:3], "...")
			}
			return cmdkit.Usagef("progress directory %s holds files that are not a seoulchain progress journal (%s): give --progress-dir a new or empty folder (one the command creates is removed when all is sent, e.g. %s); nothing sent",
				dir, strings.Join(foreign, ", "), filepath.Join(dir, "seoulchain-progress"))
		}
		if _, err := os.Stat(filepath.Join(dir, markerName)); err == nil {
			return nil // a run's own folder, resumed: its marker says whether it created it
		}
	}
	text := "This folder is seoulchain's journal of a bulk run: run the same command again to resume it.\nseoulchain removes its files once every record is sent.\n"
	if created {
		text += createdLine + "\n"
	}
	if err := os.WriteFile(filepath.Join(dir, markerName), []byte(text), 0o600); err != nil {
		return fmt.Errorf("progress directory: %w", err)
	}
	return nil
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
