package merkle

import (
	"errors"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

func leaves(n int) []common.Hash {
	out := make([]common.Hash, n)
	for i := range out {
		out[i] = crypto.Keccak256Hash([]byte{byte(i)})
	}
	return out
}

func TestEveryLeafProvesAndNothingElse(t *testing.T) {
	for n := 1; n <= 9; n++ {
		tr, err := New(leaves(n))
		if err != nil {
			t.Fatal(err)
		}
		for i := 0; i < n; i++ {
			p := tr.Proof(i)
			if !Verify(tr.Leaf(i), tr.Root(), p) {
				t.Errorf("n=%d: leaf %d does not verify", n, i)
			}
			if Verify(crypto.Keccak256Hash([]byte("stranger")), tr.Root(), p) {
				t.Errorf("n=%d: a stranger verifies with leaf %d's proof", n, i)
			}
		}
	}
}

func TestKnownRoots(t *testing.T) {
	l := leaves(3)
	tr, _ := New(l)
	// Three leaves: the odd third moves up unchanged, then meets the first pair's hash.
	if want := HashPair(HashPair(l[0], l[1]), l[2]); tr.Root() != want {
		t.Errorf("root %s, want %s", tr.Root().Hex(), want.Hex())
	}
	if one, _ := New(l[:1]); one.Root() != l[0] || len(one.Proof(0)) != 0 {
		t.Error("a one-leaf tree's root is its leaf, with an empty proof")
	}
	if HashPair(l[0], l[1]) != HashPair(l[1], l[0]) {
		t.Error("HashPair is not commutative")
	}
}

func TestSortedRootIgnoresOrder(t *testing.T) {
	a, b := leaves(5), leaves(5)
	b[0], b[4] = b[4], b[0]
	SortLeaves(a)
	SortLeaves(b)
	ta, _ := New(a)
	tb, _ := New(b)
	if ta.Root() != tb.Root() {
		t.Error("sorted leaves in another order give another root")
	}
}

func TestEmptyRefused(t *testing.T) {
	if _, err := New(nil); !errors.Is(err, ErrEmpty) {
		t.Errorf("err %v, want ErrEmpty", err)
	}
}
