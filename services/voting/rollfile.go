package voting

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"

	"github.com/ethereum/go-ethereum/common"

	"github.com/seoulchain/seoulchain/internal/atomicfile"
)

// RollFile is roll.json: the root, the size, and every voter's proof, so a voter's app needs
// only its own entry.
type RollFile struct {
	Root   common.Hash                      `json:"root"`
	Size   int                              `json:"size"`
	Proofs map[common.Address][]common.Hash `json:"proofs"`
}

// WriteRollFile writes roll.json whole or not at all.
func WriteRollFile(path string, r *Roll) error {
	f := RollFile{Root: r.Root, Size: r.Size, Proofs: make(map[common.Address][]common.Hash, r.Size)}
	for _, v := range r.Voters() {
		p, err := r.Proof(v)
		if err != nil {
			return err
		}
		f.Proofs[v] = p
	}
	data, err := json.MarshalIndent(f, "", " ")
	if err != nil {
		return err
	}
	return atomicfile.Write(path, append(data, '\n'), 0o644)
}

// ErrStaleRoll is returned for a roll file whose proofs do not lead to its root with its
// size: one built before leaves committed to the roll size, or edited by hand.
var ErrStaleRoll = errors.New("roll file's proofs do not match its root and size")

// ReadRollFile reads roll.json.
func ReadRollFile(path string) (*RollFile, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read roll %s: %w (build one with: seoulchain vote roll build)", path, err)
	}
	var f RollFile
	if err := json.Unmarshal(data, &f); err != nil {
		return nil, fmt.Errorf("read roll %s: %w", path, err)
	}
	return &f, nil
}

// Check verifies every voter's proof against the file's root and size, so that an election
// is never created with a root no voter can prove membership of.
func (f *RollFile) Check() error {
	if f.Size <= 0 || len(f.Proofs) != f.Size {
		return fmt.Errorf("%w: size %d, %d voters (rebuild it with: seoulchain vote roll build)", ErrStaleRoll, f.Size, len(f.Proofs))
	}
	for a := range f.Proofs {
		if _, err := f.ProofOf(a); err != nil {
			return err
		}
	}
	return nil
}

// ProofOf returns a's proof once it has verified against the file's root and size.
func (f *RollFile) ProofOf(a common.Address) ([]common.Hash, error) {
	p, ok := f.Proofs[a]
	if !ok {
		return nil, fmt.Errorf("%w: %s", ErrNotOnRoll, a.Hex())
	}
	if !Verify(f.Root, f.Size, a, p) {
		return nil, fmt.Errorf("%w: the proof of %s (rebuild it with: seoulchain vote roll build)", ErrStaleRoll, a.Hex())
	}
	return p, nil
}
