package cert

import (
	"bytes"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/ethereum/go-ethereum/common"

	"github.com/seoulchain/seoulchain/internal/atomicfile"
)

// ProofSuffix is added to a certificate's file name to name its proof file.
const ProofSuffix = ".proof.json"

// ProofVersion is the version of the proof file format this code writes and reads.
const ProofVersion = 1

// ErrBadProof is a proof file that does not parse: it proves nothing, and saying "unknown"
// for it would hide a damaged or forged file from the person checking.
var ErrBadProof = errors.New("proof file does not parse")

// Office is an issuing office as a proof file and a verdict name it.
type Office struct {
	Name    string         `json:"name"`
	Address common.Address `json:"address"`
}

// Proof is what `cert issue` writes beside each certificate: enough to check the file
// against any node of the chain, with no relayer.
type Proof struct {
	Version      int            `json:"version"`
	Document     string         `json:"document,omitempty"` // the file's name when issued, for people
	DocumentHash common.Hash    `json:"documentHash"`       // SHA-256 of the file's exact bytes
	Root         common.Hash    `json:"root"`
	Proof        []common.Hash  `json:"proof"`
	Office       Office         `json:"office"`
	Registry     common.Address `json:"registry"`
	ChainID      uint64         `json:"chainId"`
	Tx           common.Hash    `json:"tx"`
}

// ProofPath is where the proof of the certificate at path is written.
func ProofPath(path string) string { return path + ProofSuffix }

// ReadProof reads and checks a proof file; a file that does not parse is ErrBadProof,
// named.
func ReadProof(path string) (*Proof, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	p, err := ParseProof(b)
	if err != nil {
		return nil, fmt.Errorf("%w: %s: %v", ErrBadProof, path, err)
	}
	return p, nil
}

// ParseProof parses a proof file's bytes strictly: unknown fields, a missing hash, root,
// registry or chain, or another version are refused.
func ParseProof(b []byte) (*Proof, error) {
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	var p Proof
	if err := dec.Decode(&p); err != nil {
		return nil, err
	}
	if dec.More() {
		return nil, errors.New("more than one JSON value")
	}
	switch {
	case p.Version != ProofVersion:
		return nil, fmt.Errorf("version %d, want %d", p.Version, ProofVersion)
	case p.DocumentHash == (common.Hash{}):
		return nil, errors.New("no documentHash")
	case p.Root == (common.Hash{}):
		return nil, errors.New("no root")
	case p.Proof == nil:
		return nil, errors.New("no proof")
	case p.Registry == (common.Address{}):
		return nil, errors.New("no registry")
	case p.ChainID == 0:
		return nil, errors.New("no chainId")
	}
	return &p, nil
}

// Write writes the proof file atomically: a reader never sees half of one.
func (p *Proof) Write(path string) error {
	b, err := json.MarshalIndent(p, "", "  ")
	if err != nil {
		return err
	}
	return atomicfile.Write(path, append(b, '\n'), 0o644)
}

// HashFile is the SHA-256 of the file's exact bytes.
func HashFile(path string) (common.Hash, error) {
	f, err := os.Open(path)
	if err != nil {
		return common.Hash{}, err
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return common.Hash{}, fmt.Errorf("hash %s: %w", path, err)
	}
	return common.BytesToHash(h.Sum(nil)), nil
}
