package voting

import (
	"encoding/json"
	"fmt"
	"os"

	"github.com/ethereum/go-ethereum/common"

	"github.com/seoulchain/seoulchain/atomicfile"
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
