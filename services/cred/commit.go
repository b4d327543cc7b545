package cred

import (
	"crypto/rand"
	"errors"
	"fmt"
	"sort"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/seoulchain/seoulchain/internal/merkle"
)

// Field is one fact of a credential with the salt that hides it: without the salt, a leaf
// (or the root) would let anyone test guesses of a low-entropy value such as a birth date.
type Field struct {
	Name  string      `json:"name"`
	Value string      `json:"value"`
	Salt  common.Hash `json:"salt"`
}

// Leaf is the field's leaf: keccak256(salt ‖ keccak256(name) ‖ keccak256(value)). The
// parts are fixed-width, so no two (name, value) pairs share a preimage, and a leaf's 96
// bytes cannot pass for an inner node's 64.
func (f Field) Leaf() common.Hash {
	return crypto.Keccak256Hash(f.Salt[:], crypto.Keccak256([]byte(f.Name)), crypto.Keccak256([]byte(f.Value)))
}

// ErrBadFields is returned for a set of fields that cannot make a commitment.
var ErrBadFields = errors.New("bad credential fields")

// NewFields salts the named values with fresh randomness, in name order.
func NewFields(values map[string]string) ([]Field, error) {
	out := make([]Field, 0, len(values))
	for name, v := range values {
		f := Field{Name: name, Value: v}
		if _, err := rand.Read(f.Salt[:]); err != nil {
			return nil, fmt.Errorf("salt: %w", err)
		}
		out = append(out, f)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	if err := checkFields(out); err != nil {
		return nil, err
	}
	return out, nil
}

func checkFields(fields []Field) error {
	if len(fields) == 0 {
		return fmt.Errorf("%w: none", ErrBadFields)
	}
	seen := map[string]bool{}
	for _, f := range fields {
		if f.Name == "" {
			return fmt.Errorf("%w: a field without a name", ErrBadFields)
		}
		if seen[f.Name] {
			return fmt.Errorf("%w: %q twice", ErrBadFields, f.Name)
		}
		seen[f.Name] = true
	}
	return nil
}

// Tree is the commitment over a credential's fields: a Merkle tree (internal/merkle) of
// the fields' leaves in the fields' order.
type Tree struct {
	t *merkle.Tree
}

// NewTree builds the tree of fields.
func NewTree(fields []Field) (*Tree, error) {
	if err := checkFields(fields); err != nil {
		return nil, err
	}
	layer := make([]common.Hash, len(fields))
	for i, f := range fields {
		layer[i] = f.Leaf()
	}
	t, err := merkle.New(layer)
	if err != nil {
		return nil, err
	}
	return &Tree{t: t}, nil
}

// Root is the commitment that goes on chain.
func (t *Tree) Root() common.Hash { return t.t.Root() }

// Proof is the sibling path of the i-th field's leaf.
func (t *Tree) Proof(i int) []common.Hash { return t.t.Proof(i) }

// VerifyField reports whether f with proof leads to root.
func VerifyField(root common.Hash, f Field, proof []common.Hash) bool {
	return merkle.Verify(f.Leaf(), root, proof)
}
