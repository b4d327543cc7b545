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

func TestElectionKeySharesKOfN(t *testing.T) {
	key, err := NewElectionKey()
	if err != nil {
		t.Fatal(err)
	}
	shares, err := Split(key, 3, 5)
	if err != nil {
		t.Fatal(err)
	}
	for _, pick := range [][]int{{0, 1, 2}, {4, 2, 0}, {1, 3, 4}, {0, 1, 2, 3, 4}} {
		var sub []Share
		for _, i := range pick {
			sub = append(sub, shares[i])
		}
		got, err := Combine(3, sub, &key.PublicKey)
		if err != nil || got.D.Cmp(key.D) != 0 {
			t.Fatalf("shares %v: %v", pick, err)
		}
	}
	if _, err := Combine(3, shares[:2], &key.PublicKey); !errors.Is(err, ErrTooFewShares) {
		t.Fatalf("k-1 shares: err = %v, want ErrTooFewShares", err)
	}
	other, _ := NewElectionKey()
	otherShares, _ := Split(other, 3, 5)
	if _, err := Combine(3, otherShares[:3], &key.PublicKey); !errors.Is(err, ErrWrongKey) {
		t.Fatalf("another election's shares: err = %v, want ErrWrongKey", err)
	}
	if _, err := Split(key, 4, 3); err == nil {
		t.Fatal("k > n accepted")
	}
}

func TestSharesTravelEncryptedToTrustees(t *testing.T) {
	key, _ := NewElectionKey()
	shares, _ := Split(key, 2, 3)
	trustee, _ := crypto.GenerateKey()
	ct, err := EncryptFor(&trustee.PublicKey, shares[0])
	if err != nil {
		t.Fatal(err)
	}
	pt, err := DecryptWith(trustee, ct)
	if err != nil || string(pt) != string(shares[0]) {
		t.Fatalf("trustee cannot read its share: %v", err)
	}
	stranger, _ := crypto.GenerateKey()
	if _, err := DecryptWith(stranger, ct); err == nil {
		t.Fatal("someone else decrypted a trustee's share")
	}
}

func TestSecretBallotsCountAndTamperingIsReported(t *testing.T) {
	key, _ := NewElectionKey()
	enc := func(c ...uint8) []byte {
		ct, err := EncryptBallot(&key.PublicKey, c, 4, 2)
		if err != nil {
			t.Fatal(err)
		}
		return ct
	}
	same1, same2 := enc(1), enc(1)
	if string(same1) == string(same2) {
		t.Fatal("two ballots for the same option encrypt alike: votes would be linkable")
	}
	tampered := enc(2)
	tampered[len(tampered)-1] ^= 1
	otherKey, _ := NewElectionKey()
	foreign, _ := EncryptBallot(&otherKey.PublicKey, []uint8{0}, 4, 2)
	overVote, _ := EncryptFor(&key.PublicKey, EncodeChoices([]uint8{0, 1, 2}))
	tally := CountSecret(key, map[string][]byte{
		"alice": same1, "bob": same2, "carol": enc(0, 3), "dave": tampered, "erin": foreign, "frank": overVote,
	}, 4, 2)
	if fmt.Sprint(tally.Counts) != "[1 2 0 1]" || tally.Valid != 3 || len(tally.Invalid) != 3 {
		t.Fatalf("tally = %+v", tally)
	}
	for _, iv := range tally.Invalid {
		if iv.Voter == "frank" && !strings.Contains(iv.Reason, "at most 2") {
			t.Errorf("over-vote reason %q", iv.Reason)
		}
	}
	for name, choices := range map[string][]uint8{"none": nil, "too many": {0, 1, 2}, "out of range": {4}, "twice": {1, 1}} {
		if _, err := EncryptBallot(&key.PublicKey, choices, 4, 2); !errors.Is(err, ErrInvalidBallot) {
			t.Errorf("%s: EncryptBallot = %v, want ErrInvalidBallot", name, err)
		}
	}
}
