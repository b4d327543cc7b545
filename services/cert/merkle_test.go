package cert

import (
	"crypto/sha256"
	"errors"
	"fmt"
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

func docs(n int) []common.Hash {
	out := make([]common.Hash, n)
	for i := range out {
		out[i] = sha256.Sum256([]byte(fmt.Sprint("certificate ", i)))
	}
	return out
}

func TestTreeProvesEveryDocumentAndNothingElse(t *testing.T) {
	for _, n := range []int{1, 2, 3, 5, 8, 13, 100} {
		t.Run(fmt.Sprint(n), func(t *testing.T) {
			d := docs(n)
			tree, err := NewTree(d)
			if err != nil {
				t.Fatal(err)
			}
			rev := make([]common.Hash, n)
			for i := range d {
				rev[n-1-i] = d[i]
			}
			if again, _ := NewTree(rev); again.Root() != tree.Root() {
				t.Fatal("the root depends on the order of the documents")
			}
			for _, doc := range d {
				p, err := tree.Proof(doc)
				if err != nil || !VerifyProof(doc, tree.Root(), p) {
					t.Fatalf("proof of %s: %v", doc.Hex(), err)
				}
				other := doc
				other[31] ^= 1
				if VerifyProof(other, tree.Root(), p) {
					t.Fatal("a changed document verifies")
				}
			}
			if _, err := tree.Proof(common.Hash{1}); err == nil {
				t.Fatal("a proof of a document outside the batch")
			}
		})
	}
}

func TestTreeRefusesEmptyAndDuplicateBatches(t *testing.T) {
	if _, err := NewTree(nil); !errors.Is(err, ErrEmptyBatch) {
		t.Fatalf("empty: %v", err)
	}
	d := docs(3)
	if _, err := NewTree(append(d, d[1])); !errors.Is(err, ErrDuplicateDocument) {
		t.Fatalf("duplicate: %v", err)
	}
}
