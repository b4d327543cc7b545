package voting

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/seoulchain/seoulchain/internal/problems"
)

func voters(n int) []common.Address {
	out := make([]common.Address, n)
	for i := range out {
		out[i] = common.BytesToAddress(crypto.Keccak256([]byte(fmt.Sprint("voter", i)))[:20])
	}
	return out
}

func TestRollProofsVerifyForEveryVoterOnly(t *testing.T) {
	for _, n := range []int{1, 2, 3, 7, 64, 1000} {
		vs := voters(n)
		r, err := NewRoll(vs)
		if err != nil {
			t.Fatal(err)
		}
		for _, v := range vs {
			p, err := r.Proof(v)
			if err != nil || !Verify(r.Root, n, v, p) {
				t.Fatalf("n=%d: proof of %s does not verify (%v)", n, v, err)
			}
		}
		stranger := common.HexToAddress("0x00000000000000000000000000000000000bad01")
		if _, err := r.Proof(stranger); !errors.Is(err, ErrNotOnRoll) {
			t.Fatalf("n=%d: stranger's proof: %v", n, err)
		}
		if n > 1 {
			p, _ := r.Proof(vs[0])
			if Verify(r.Root, n, stranger, p) {
				t.Fatalf("n=%d: another voter's proof verified for a stranger", n)
			}
			if Verify(r.Root, n+1, vs[0], p) {
				t.Fatalf("n=%d: a proof verified with another roll size", n)
			}
		}
	}
	if _, err := NewRoll([]common.Address{{1}, {1}}); err == nil {
		t.Fatal("a duplicate voter was accepted")
	}
}

// TestRollLeafMatchesTheContract pins the leaf encoding to MVoting's
// keccak256(bytes.concat(keccak256(abi.encode(voter, rollSize)))), computed here with the ABI
// encoder rather than by hand.
func TestRollLeafMatchesTheContract(t *testing.T) {
	addrT, _ := abi.NewType("address", "", nil)
	u32T, _ := abi.NewType("uint32", "", nil)
	args := abi.Arguments{{Type: addrT}, {Type: u32T}}
	a := voters(1)[0]
	enc, err := args.Pack(a, uint32(7))
	if err != nil {
		t.Fatal(err)
	}
	want := crypto.Keccak256Hash(crypto.Keccak256(enc))
	if got := Leaf(a, 7); got != want {
		t.Fatalf("Leaf = %s, want %s", got, want)
	}
	if Leaf(a, 7) == Leaf(a, 8) {
		t.Fatal("the leaf does not depend on the roll size")
	}
}

// TestRollFileCheck: a roll file whose proofs do not lead to its root with its size (an
// older build, a size edited by hand) is refused before anything is sent.
func TestRollFileCheck(t *testing.T) {
	path := filepath.Join(t.TempDir(), "roll.json")
	vs := voters(5)
	r, _ := NewRoll(vs)
	if err := WriteRollFile(path, r); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name   string
		modify func(*RollFile)
		err    error
	}{
		{"as written", func(*RollFile) {}, nil},
		{"size edited", func(f *RollFile) { f.Size = 6 }, ErrStaleRoll},
		{"root of another roll", func(f *RollFile) { other, _ := NewRoll(vs[:4]); f.Root = other.Root }, ErrStaleRoll},
		{"a voter dropped", func(f *RollFile) { delete(f.Proofs, vs[0]) }, ErrStaleRoll},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, err := ReadRollFile(path)
			if err != nil {
				t.Fatal(err)
			}
			tt.modify(f)
			if err := f.Check(); !errors.Is(err, tt.err) {
				t.Fatalf("Check = %v, want %v", err, tt.err)
			}
		})
	}
	f, _ := ReadRollFile(path)
	if _, err := f.ProofOf(common.Address{1}); !errors.Is(err, ErrNotOnRoll) {
		t.Fatalf("ProofOf(stranger) = %v, want ErrNotOnRoll", err)
	}
}

func TestReadRollCSVListsProblemsByLine(t *testing.T) {
	path := filepath.Join(t.TempDir(), "voters.csv")
	a, b := voters(2)[0].Hex(), voters(2)[1].Hex()
	os.WriteFile(path, []byte("address\n"+a+"\n0x12\n"+b+"\n"+strings.ToLower(a)+"\n"), 0o644)
	_, err := ReadRollCSV(path)
	var rp *problems.FileError
	if !errors.Is(err, ErrRollFile) || !errors.As(err, &rp) || len(rp.Problems) != 2 || !strings.Contains(err.Error(), "nothing written") ||
		rp.Problems[0].Where != "line 3" || !strings.HasPrefix(rp.Problems[0].What, "malformed address") ||
		rp.Problems[1].Where != "line 5" || rp.Problems[1].What != a+" is already on line 2" {
		t.Fatalf("ReadRollCSV = %v", err)
	}
	os.WriteFile(path, []byte(a+"\n"+b+"\n"), 0o644)
	got, err := ReadRollCSV(path)
	if err != nil || len(got) != 2 {
		t.Fatalf("clean roll: %v %v", got, err)
	}
}
