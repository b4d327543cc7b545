package cert

import (
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/seoulchain/seoulchain/internal/merkle"
)

// Leaf is the Merkle leaf of a document hash, as CertificateRegistry.leaf computes it:
// keccak256 of the 32-byte SHA-256. Hashing the leaf once more than the document keeps a
// leaf (32 bytes hashed) apart from an inner node (64 bytes hashed).
func Leaf(doc common.Hash) common.Hash { return crypto.Keccak256Hash(doc[:]) }

// ErrDuplicateDocument is a batch holding the same document hash twice: two identical
// files, whose proofs could not tell them apart.
var ErrDuplicateDocument = errors.New("duplicate document in batch")

// ErrEmptyBatch is a batch of no documents.
var ErrEmptyBatch = errors.New("empty batch: no documents to issue")

// Tree is the Merkle tree of a batch of document hashes (internal/merkle). Leaves are
// sorted, so the root depends on the set of documents only, not on the order they were
// listed in: an interrupted issuance run again over the same files finds the same root.
type Tree struct {
	t     *merkle.Tree
	index map[common.Hash]int
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
	merkle.SortLeaves(leaves)
	index := make(map[common.Hash]int, len(docs))
	for i, l := range leaves {
		if _, dup := index[l]; dup {
			return nil, ErrDuplicateDocument
		}
		index[l] = i
	}
	t, err := merkle.New(leaves)
	if err != nil {
		return nil, err
	}
	return &Tree{t: t, index: index}, nil
}

// Root is the batch's root, what the office anchors.
func (t *Tree) Root() common.Hash { return t.t.Root() }

// Len is the number of documents.
func (t *Tree) Len() int { return t.t.Len() }

// Proof is the sibling path of document doc, bottom up.
func (t *Tree) Proof(doc common.Hash) ([]common.Hash, error) {
	i, ok := t.index[Leaf(doc)]
	if !ok {
		return nil, fmt.Errorf("document %s is not in the batch", doc.Hex())
	}
	return t.t.Proof(i), nil
}

// VerifyProof reports whether proof places document doc under root, as
// MerkleProof.verify does on chain.
func VerifyProof(doc, root common.Hash, proof []common.Hash) bool {
	return merkle.Verify(Leaf(doc), root, proof)
}
