package escrow

import (
	"crypto/rand"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/seoulchain/seoulchain/internal/atomicfile"
)

// NotesFile is the name of the department's hold notes, kept beside its address book.
const NotesFile = "escrow-notes.json"

// A hold's reason is about a person (a worker's timesheet, a dispute), so the escrow
// records only a reference: keccak256(salt ‖ text) with a random 32-byte salt. Without the
// salt the short text cannot be guessed from the hash; with it (from the notes) anyone the
// department shows it to can check that the text is the one committed to.

// Note is one hold reason, off chain.
type Note struct {
	Ref       common.Hash    `json:"ref"`
	Salt      common.Hash    `json:"salt"`
	Text      string         `json:"text"`
	Contract  uint64         `json:"contract"`
	Milestone uint64         `json:"milestone"`
	Payee     common.Address `json:"payee"`
}

// ReasonRef is the on-chain reference of text with salt.
func ReasonRef(salt common.Hash, text string) common.Hash {
	return crypto.Keccak256Hash(salt[:], []byte(text))
}

// NewNote commits to text with a fresh random salt.
func NewNote(text string, contract, milestone uint64, payee common.Address) (Note, error) {
	var salt common.Hash
	if _, err := rand.Read(salt[:]); err != nil {
		return Note{}, fmt.Errorf("draw a salt: %w", err)
	}
	return Note{Ref: ReasonRef(salt, text), Salt: salt, Text: text, Contract: contract, Milestone: milestone, Payee: payee}, nil
}

// Notes are the hold reasons in one notes file, by reference.
type Notes struct {
	path    string
	existed bool
	list    []Note
}

// ReadNotes reads the notes file at path; a missing file is no notes.
func ReadNotes(path string) (*Notes, error) {
	n := &Notes{path: path}
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return n, nil
	}
	if err != nil {
		return nil, fmt.Errorf("read hold notes: %w", err)
	}
	n.existed = true
	if err := json.Unmarshal(data, &n.list); err != nil {
		return nil, fmt.Errorf("read hold notes %s: %w (a JSON list of {ref, salt, text, contract, milestone, payee})", path, err)
	}
	for _, note := range n.list {
		if ReasonRef(note.Salt, note.Text) != note.Ref {
			return nil, fmt.Errorf("read hold notes %s: the note for %s does not match its reference (edited by hand?)", path, note.Ref.Hex())
		}
	}
	return n, nil
}

// Reason returns the text behind ref, if the notes have it.
func (n *Notes) Reason(ref common.Hash) (string, bool) {
	for _, note := range n.list {
		if note.Ref == ref {
			return note.Text, true
		}
	}
	return "", false
}

// Add records note and writes the file whole, atomically; it returns a function that
// restores the file as it was, for when the hold it was written for is not made.
func (n *Notes) Add(note Note) (undo func() error, err error) {
	before, existed := n.list, n.existed
	if err := n.write(append(append([]Note(nil), before...), note)); err != nil {
		return nil, err
	}
	return func() error {
		if !existed {
			n.list, n.existed = nil, false
			if err := os.Remove(n.path); err != nil {
				return fmt.Errorf("remove hold notes: %w", err)
			}
			return nil
		}
		return n.write(before)
	}, nil
}

func (n *Notes) write(list []Note) error {
	if list == nil {
		list = []Note{}
	}
	data, err := json.MarshalIndent(list, "", "  ")
	if err != nil {
		return err
	}
	if err := atomicfile.Write(n.path, append(data, '\n'), 0o600); err != nil {
		return fmt.Errorf("write hold notes: %w", err)
	}
	n.list, n.existed = list, true
	return nil
}

// NotesPath is where the notes live: beside the address book file, or in the devnet dir.
func NotesPath(addressBook, devnetDir string) string {
	if addressBook != "" {
		return filepath.Join(filepath.Dir(addressBook), NotesFile)
	}
	return filepath.Join(devnetDir, NotesFile)
}
