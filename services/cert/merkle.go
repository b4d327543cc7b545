package cert

import (
	"bytes"
	"errors"
	"fmt"
	"sort"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// Leaf is the Merkle leaf of a document hash, as CertificateRegistry.leaf computes it:
// keccak256 of the 32-byte SHA-256. Hashing the leaf once more than the document keeps a
// leaf (32 bytes hashed) apart from an inner node (64 bytes hashed).
func Leaf(doc common.Hash) common.Hash { return crypto.Keccak256Hash(doc[:]) }

// hashPair is OpenZeppelin MerkleProof's commutative keccak256 of two nodes: the smaller
// first, so a proof needs no left/right flags.
func hashPair(a, b common.Hash) common.Hash {
	if bytes.Compare(a[:], b[:]) > 0 {
		a, b = b, a
	}
	return crypto.Keccak256Hash(a[:], b[:])
}

// ErrDuplicateDocument is a batch holding the same document hash twice: two identical
// files, whose proofs could not tell them apart.
var ErrDuplicateDocument = errors.New("duplicate document in batch")

// ErrEmptyBatch is a batch of no documents.
var ErrEmptyBatch = errors.New("empty batch: no documents to issue")

// Tree is the Merkle tree of a batch of document hashes. Leaves are sorted, so the root
// depends on the set of documents only, not on the order they were listed in: an
// interrupted issuance run again over the same files finds the same root.
type Tree struct {
	levels [][]common.Hash // levels[0] the sorted leaves, the last the root alone
	index  map[common.Hash]int
}

// NewTree builds the tree of docs (SHA-256 hashes of the documents).
func NewTree(docs []common.Hash) (*Tree, error) {
	if len(docs) == 0 {
		return nil, ErrEmptyBatch
	}
	leaves := make([]common.Hash, len(docs))
	for i, d := range docs {
		leaves[i] = Leaf(d)
	}
	sort.Slice(leaves, func(i, j int) bool { return bytes.Compare(leaves[i][:], leaves[j][:]) < 0 })
	t := &Tree{index: make(map[common.Hash]int, len(docs))}
	for i, l := range leaves {
		if _, dup := t.index[l]; dup {
			return nil, ErrDuplicateDocument
		}
		t.index[l] = i
	}
	t.levels = append(t.levels, leaves)
	for level := leaves; len(level) > 1; {
		next := make([]common.Hash, 0, (len(level)+1)/2)
		for i := 0; i < len(level); i += 2 {
			if i+1 == len(level) {
				next = append(next, level[i]) // an odd node rises unchanged
			} else {
				next = append(next, hashPair(level[i], level[i+1]))
			}
		}
		t.levels = append(t.levels, next)
		level = next
	}
	return t, nil
}

// Root is the batch's root, what the office anchors.
func (t *Tree) Root() common.Hash { return t.levels[len(t.levels)-1][0] }

// Len is the number of documents.
func (t *Tree) Len() int { return len(t.levels[0]) }

// Proof is the sibling path of document doc, bottom up.
func (t *Tree) Proof(doc common.Hash) ([]common.Hash, error) {
	i, ok := t.index[Leaf(doc)]
	if !ok {
		return nil, fmt.Errorf("document %s is not in the batch", doc.Hex())
	}
	proof := []common.Hash{}
	for _, level := range t.levels[:len(t.levels)-1] {
		sib := i ^ 1
		if sib < len(level) {
			proof = append(proof, level[sib])
		}
		i /= 2
	}
	return proof, nil
}

// VerifyProof reports whether proof places document doc under root, as
// MerkleProof.verify does on chain.
func VerifyProof(doc, root common.Hash, proof []common.Hash) bool {
	h := Leaf(doc)
	for _, p := range proof {
		h = hashPair(h, p)
	}
	return h == root
}
