package cred

import (
	"bytes"
	"crypto/rand"
	"errors"
	"fmt"
	"sort"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
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

// Tree is the commitment over a credential's fields: leaves in the fields' order, pairs
// hashed sorted (as OpenZeppelin's MerkleProof), an odd node moving up unchanged.
type Tree struct {
	layers [][]common.Hash
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
	t := &Tree{layers: [][]common.Hash{layer}}
	for len(layer) > 1 {
		next := make([]common.Hash, 0, (len(layer)+1)/2)
		for i := 0; i < len(layer); i += 2 {
			if i+1 == len(layer) {
				next = append(next, layer[i])
			} else {
				next = append(next, pairHash(layer[i], layer[i+1]))
			}
		}
		t.layers = append(t.layers, next)
		layer = next
	}
	return t, nil
}

// Root is the commitment that goes on chain.
func (t *Tree) Root() common.Hash { return t.layers[len(t.layers)-1][0] }

// Proof is the sibling path of the i-th field's leaf.
func (t *Tree) Proof(i int) []common.Hash {
	var proof []common.Hash
	for _, layer := range t.layers[:len(t.layers)-1] {
		if s := i ^ 1; s < len(layer) {
			proof = append(proof, layer[s])
		}
		i /= 2
	}
	return proof
}

// VerifyField reports whether f with proof leads to root.
func VerifyField(root common.Hash, f Field, proof []common.Hash) bool {
	h := f.Leaf()
	for _, p := range proof {
		h = pairHash(h, p)
	}
	return h == root
}

func pairHash(a, b common.Hash) common.Hash {
	if bytes.Compare(a[:], b[:]) > 0 {
		a, b = b, a
	}
	return crypto.Keccak256Hash(a[:], b[:])
}
