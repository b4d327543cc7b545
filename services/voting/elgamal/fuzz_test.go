package elgamal

import (
	"math/big"
	"sync"
	"testing"
)

// FuzzPointFromBig: arbitrary coordinates never panic, and whatever is accepted is the
// point at infinity or on the curve, with both coordinates below the field prime.
func FuzzPointFromBig(f *testing.F) {
	f.Add([]byte{1}, []byte{2})
	f.Add([]byte{}, []byte{})
	f.Add([]byte{1}, []byte{3})
	f.Add(hexBig("0x30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd48").Bytes(), []byte{2})
	f.Fuzz(func(t *testing.T, xb, yb []byte) {
		p, err := PointFromBig(new(big.Int).SetBytes(xb), new(big.Int).SetBytes(yb))
		if err != nil {
			return
		}
		if !p.IsInfinity() && !p.IsOnCurve() {
			t.Fatalf("accepted an off-curve point (%x, %x)", xb, yb)
		}
		if got := PointBig(p); got[0].Cmp(new(big.Int).SetBytes(xb)) != 0 || got[1].Cmp(new(big.Int).SetBytes(yb)) != 0 {
			t.Fatalf("accepted a non-canonical encoding (%x, %x)", xb, yb)
		}
	})
}

var (
	fuzzOnce   sync.Once
	fuzzY      Point
	fuzzBallot *Ballot
)

// FuzzBallotTampering: changing any word of a valid ballot (a ciphertext coordinate, a
// challenge, a response), or the voter it is bound to, makes it fail to parse or verify.
func FuzzBallotTampering(f *testing.F) {
	fuzzOnce.Do(func() {
		var err error
		_, fuzzY = mustKey(f)
		if fuzzBallot, err = NewBallot(ctxFor(1), fuzzY, 3, 2, []uint8{0, 2}); err != nil {
			f.Fatal(err)
		}
	})
	f.Add(uint8(0), uint16(0), []byte{1}, uint8(1))
	f.Add(uint8(1), uint16(5), []byte{0xff}, uint8(1))
	f.Add(uint8(2), uint16(1), []byte{}, uint8(1))
	f.Add(uint8(0), uint16(0), []byte{}, uint8(2))
	f.Fuzz(func(t *testing.T, part uint8, index uint16, delta []byte, voter uint8) {
		cts, proofs, sum := fuzzBallot.CiphertextWords(), fuzzBallot.ChoiceProofWords(), fuzzBallot.SumProof.Words()
		// Copy before changing: the words share big.Ints with the ballot.
		d := new(big.Int).SetBytes(delta)
		changed := d.Sign() != 0
		switch part % 3 {
		case 0:
			i := int(index) % (len(cts) * 4)
			w := cts[i/4]
			w[i%4] = new(big.Int).Add(w[i%4], d)
			cts[i/4] = w
		case 1:
			i := int(index) % (len(proofs) * 4)
			w := proofs[i/4]
			w[i%4] = new(big.Int).Add(w[i%4], d)
			proofs[i/4] = w
		case 2:
			i := int(index) % len(sum)
			sum[i] = new(big.Int).Add(sum[i], d)
		}
		if voter != 1 {
			changed = true
		}
		b, err := BallotFromWords(cts, proofs, sum)
		if err == nil {
			err = b.Verify(ctxFor(voter), fuzzY, 3, 2)
		}
		if changed && err == nil {
			t.Fatalf("a tampered ballot verified (part %d index %d delta %x voter %d)", part, index, delta, voter)
		}
		if !changed && err != nil {
			t.Fatalf("the untouched ballot failed: %v", err)
		}
	})
}
