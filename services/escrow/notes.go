package escrow

import (
	"bytes"
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

// NotesFile is the name of the department's escrow notes, kept beside its address book:
// the reasons of holds and the names in its contracts' plans, both off chain.
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

// PlanNames are the names a plan gives its payees and milestones, which the escrow does
// not store: the department keeps them so that its views name "Daehan Steel" and
// "Foundation" rather than an address and a number. A contract has one entry per plan it
// was given (at registration, and per amendment proposed), told apart by PlanHash, the
// escrow's keccak256(abi.encode(milestoneAmounts, shares)).
type PlanNames struct {
	Contract   uint64                    `json:"contract"`
	PlanHash   common.Hash               `json:"planHash"`
	Payees     map[common.Address]string `json:"payees,omitempty"`
	Milestones []string                  `json:"milestones,omitempty"`
}

// Payee is the name of payee, or "".
func (p PlanNames) Payee(payee common.Address) string { return p.Payees[payee] }

// Milestone is the name of milestone m, or "".
func (p PlanNames) Milestone(m uint64) string {
	if m < uint64(len(p.Milestones)) {
		return p.Milestones[m]
	}
	return ""
}

// notesFile is the file's layout. The first version was the list of holds alone, which
// ReadNotes still reads.
type notesFile struct {
	Holds []Note      `json:"holds"`
	Plans []PlanNames `json:"plans,omitempty"`
}

// Notes are the hold reasons, by reference, and the plans' names in one notes file.
type Notes struct {
	path    string
	existed bool
	list    []Note
	plans   []PlanNames
}

// ReadNotes reads the notes file at path; a missing file is no notes.
func ReadNotes(path string) (*Notes, error) {
	n := &Notes{path: path}
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return n, nil
	}
	if err != nil {
		return nil, fmt.Errorf("read escrow notes: %w", err)
	}
	n.existed = true
	var f notesFile
	if trimmed := bytes.TrimSpace(data); len(trimmed) > 0 && trimmed[0] == '[' {
		err = json.Unmarshal(data, &f.Holds)
	} else {
		err = json.Unmarshal(data, &f)
	}
	if err != nil {
		return nil, fmt.Errorf("read escrow notes %s: %w (a JSON object {holds: [{ref, salt, text, contract, milestone, payee}], plans: [{contract, planHash, payees, milestones}]})", path, err)
	}
	n.list, n.plans = f.Holds, f.Plans
	for _, note := range n.list {
		if ReasonRef(note.Salt, note.Text) != note.Ref {
			return nil, fmt.Errorf("read escrow notes %s: the note for %s does not match its reference (edited by hand?)", path, note.Ref.Hex())
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

// Names returns the names of contract's plan whose hash is planHash. Names that plan does
// not give (an amendment from a plan file without names, or a plan the notes do not know,
// amended by another office say) are the ones the contract was registered with: payees
// keep their names through amendments, milestones theirs by position.
func (n *Notes) Names(contract uint64, planHash common.Hash) (PlanNames, bool) {
	var out PlanNames
	found := false
	for _, p := range n.plans {
		if p.Contract != contract || (found && p.PlanHash != planHash) {
			continue
		}
		if !found {
			out = PlanNames{Contract: contract, Payees: map[common.Address]string{}}
			found = true
		}
		out.PlanHash = p.PlanHash
		for a, name := range p.Payees {
			if name != "" {
				out.Payees[a] = name
			}
		}
		for m, name := range p.Milestones {
			if m >= len(out.Milestones) {
				out.Milestones = append(out.Milestones, make([]string, m+1-len(out.Milestones))...)
			}
			if name != "" {
				out.Milestones[m] = name
			}
		}
	}
	return out, found
}

// AddPlan records a plan's names and writes the file whole, atomically.
func (n *Notes) AddPlan(p PlanNames) error {
	return n.write(n.list, append(append([]PlanNames(nil), n.plans...), p))
}

// Add records note and writes the file whole, atomically; it returns a function that
// restores the file as it was, for when the hold it was written for is not made.
func (n *Notes) Add(note Note) (undo func() error, err error) {
	before, existed := n.list, n.existed
	if err := n.write(append(append([]Note(nil), before...), note), n.plans); err != nil {
		return nil, err
	}
	return func() error {
		if !existed {
			n.list, n.existed = nil, false
			if err := os.Remove(n.path); err != nil {
				return fmt.Errorf("remove escrow notes: %w", err)
			}
			return nil
		}
		return n.write(before, n.plans)
	}, nil
}

func (n *Notes) write(list []Note, plans []PlanNames) error {
	if list == nil {
		list = []Note{}
	}
	data, err := json.MarshalIndent(notesFile{Holds: list, Plans: plans}, "", "  ")
	if err != nil {
		return err
	}
	if err := atomicfile.Write(n.path, append(data, '\n'), 0o600); err != nil {
		return fmt.Errorf("write escrow notes: %w", err)
	}
	n.list, n.plans, n.existed = list, plans, true
	return nil
}

// NotesPath is where the notes live: beside the address book file, or in the devnet dir.
func NotesPath(addressBook, devnetDir string) string {
	if addressBook != "" {
		return filepath.Join(filepath.Dir(addressBook), NotesFile)
	}
	return filepath.Join(devnetDir, NotesFile)
}
