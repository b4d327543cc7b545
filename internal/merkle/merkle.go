// Package merkle is the one Merkle tree of the platform's off-chain code, built as
// OpenZeppelin's MerkleProof verifies it on chain: each pair of nodes hashed with keccak256,
// the smaller first (so a proof needs no left/right flags), an odd node moving up unchanged.
// The services choose their leaves (a voter on the roll, a credential's salted field, a
// certificate's document hash) and their order; the tree, proofs and checks are here, once.
package merkle

import (
	"bytes"
	"errors"
	"slices"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// ErrEmpty is a tree of no leaves: there is no root to commit to.
var ErrEmpty = errors.New("merkle tree of no leaves")

// Tree is a Merkle tree over leaves given already hashed, in the order given.
type Tree struct {
	layers [][]common.Hash // layers[0] the leaves, the last the root alone
}

// New builds the tree of leaves. The slice is kept; the caller must not change it.
func New(leaves []common.Hash) (*Tree, error) {
	if len(leaves) == 0 {
		return nil, ErrEmpty
	}
	t := &Tree{layers: [][]common.Hash{leaves}}
	for layer := leaves; len(layer) > 1; {
		next := make([]common.Hash, 0, (len(layer)+1)/2)
		for i := 0; i < len(layer); i += 2 {
			if i+1 == len(layer) {
				next = append(next, layer[i])
			} else {
				next = append(next, HashPair(layer[i], layer[i+1]))
			}
		}
		t.layers = append(t.layers, next)
		layer = next
	}
	return t, nil
}

// SortLeaves sorts leaves in place, for trees whose root must depend on the set of leaves
// only, not on the order they were listed in.
func SortLeaves(leaves []common.Hash) {
	slices.SortFunc(leaves, func(a, b common.Hash) int { return bytes.Compare(a[:], b[:]) })
}

// Root is the tree's root.
func (t *Tree) Root() common.Hash { return t.layers[len(t.layers)-1][0] }

// Len is the number of leaves.
func (t *Tree) Len() int { return len(t.layers[0]) }

// Leaf is the i-th leaf.
func (t *Tree) Leaf(i int) common.Hash { return t.layers[0][i] }

// Proof is the sibling path of the i-th leaf, bottom up (never nil: an empty proof is a
// one-leaf tree's).
func (t *Tree) Proof(i int) []common.Hash {
	proof := []common.Hash{}
	for _, layer := range t.layers[:len(t.layers)-1] {
		if s := i ^ 1; s < len(layer) {
			proof = append(proof, layer[s])
		}
		i /= 2
	}
	return proof
}

// Verify reports whether proof places leaf under root, as MerkleProof.verify does.
func Verify(leaf, root common.Hash, proof []common.Hash) bool {
	h := leaf
	for _, p := range proof {
		h = HashPair(h, p)
	}
	return h == root
}

// HashPair is MerkleProof's commutative keccak256 of two nodes.
func HashPair(a, b common.Hash) common.Hash {
	if bytes.Compare(a[:], b[:]) > 0 {
		a, b = b, a
	}
	return crypto.Keccak256Hash(a[:], b[:])
}
