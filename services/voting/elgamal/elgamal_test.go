package elgamal

import (
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto/bn256/cloudflare"
)

func hexBig(s string) *big.Int { v, _ := new(big.Int).SetString(s, 0); return v }

func ctxFor(voter byte) Context {
	return NewContext(DomainBallot, big.NewInt(1337), common.Address{0xc0}, big.NewInt(7), common.Address{voter})
}

// mustKey is a 1-of-1 election key, for tests that do not exercise the DKG.
func mustKey(t testing.TB) (Scalar, Point) {
	x, err := RandomScalar()
	if err != nil {
		t.Fatal(err)
	}
	return x, mulG(x)
}

// TestKnownAnswers pins the generator, 2G (EIP-196's test vectors) and an encryption
// against go-ethereum's independent BN254 implementation (crypto/bn256/cloudflare).
func TestKnownAnswers(t *testing.T) {
	g := PointBig(G)
	if g[0].Int64() != 1 || g[1].Int64() != 2 {
		t.Fatalf("G = %v", g)
	}
	two := PointBig(mulGUint(2))
	if two[0].Cmp(hexBig("0x030644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd3")) != 0 ||
		two[1].Cmp(hexBig("0x15ed738c0e0a7c92e7845f96b2ae9c0a68a6a449e3538fc7ff3ebf7a5a18a2c4")) != 0 {
		t.Fatalf("2G = %v", two)
	}
	if Order.Cmp(hexBig("0x30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001")) != 0 {
		t.Fatalf("order = %x", Order)
	}
	x := hexBig("0x1234567890abcdef1234567890abcdef1234567890abcdef")
	r := hexBig("0x0fedcba9876543210fedcba9876543210fedcba98765432100")
	var xs, rs Scalar
	xs.SetBigInt(x)
	rs.SetBigInt(r)
	y := mulG(xs)
	ct := Encrypt(y, 3, rs)
	// Independent: A = rG, B = 3G + r(xG) with cloudflare's bn256.
	ya := new(bn256.G1).ScalarBaseMult(x)
	wantA := new(bn256.G1).ScalarBaseMult(r)
	wantB := new(bn256.G1).Add(new(bn256.G1).ScalarBaseMult(big.NewInt(3)), new(bn256.G1).ScalarMult(ya, r))
	if string(PointBytes(ct.A)) != string(wantA.Marshal()) || string(PointBytes(ct.B)) != string(wantB.Marshal()) {
		t.Fatal("encryption differs from go-ethereum's bn256")
	}
	// The ballot context, pinned (the contract test checks the contract derives the same).
	if got := common.Hash(ctxFor(0xaa)).Hex(); got != "0x"+ctxVector {
		t.Fatalf("context = %s", got)
	}
}

// ctxVector is NewContext(DomainBallot, 1337, 0xc0.., 7, 0xaa..) computed once.
const ctxVector = "8a2227a3ca741056374b3e0a138902d27f3164363008140c50af135d6f59c029"

func TestBallotProofs(t *testing.T) {
	_, y := mustKey(t)
	ctx := ctxFor(1)
	for _, tt := range []struct {
		choices    []uint8
		maxChoices int
	}{{[]uint8{0}, 1}, {[]uint8{3}, 2}, {[]uint8{1, 2}, 2}, {[]uint8{0, 1, 2, 3}, 4}} {
		b, err := NewBallot(ctx, y, 4, tt.maxChoices, tt.choices)
		if err != nil {
			t.Fatal(err)
		}
		if err := b.Verify(ctx, y, 4, tt.maxChoices); err != nil {
			t.Fatalf("%v: %v", tt.choices, err)
		}
		// Copied by another voter: every proof is bound to the first voter's address.
		if err := b.Verify(ctxFor(2), y, 4, tt.maxChoices); !errors.Is(err, ErrBadProof) {
			t.Fatalf("a copied ballot verified: %v", err)
		}
		// Round trip through the contract's words.
		b2, err := BallotFromWords(b.CiphertextWords(), b.ChoiceProofWords(), b.SumProof.Words())
		if err != nil || b2.Verify(ctx, y, 4, tt.maxChoices) != nil {
			t.Fatalf("words round trip: %v", err)
		}
	}
	for name, choices := range map[string][]uint8{"none": nil, "too many": {0, 1, 2}, "out of range": {4}, "twice": {1, 1}} {
		if _, err := NewBallot(ctx, y, 4, 2, choices); !errors.Is(err, ErrBadPlaintext) {
			t.Errorf("%s: %v", name, err)
		}
	}
}

// forgeRange builds a "proof" for a plaintext outside [lo, hi] the only way an honest
// prover could: run ProveRange with the range widened to include m, then present the
// branches of [lo, hi]. It must not verify.
func TestProofsForTwoAndMinusOneFail(t *testing.T) {
	_, y := mustKey(t)
	ctx := ctxFor(1)
	r, _ := RandomScalar()
	two := Encrypt(y, 2, r)
	// A {0, 1, 2} proof for 2, cut down to {0, 1}.
	p, err := ProveRange(ctx, 0, y, two, 0, 2, 2, r)
	if err != nil {
		t.Fatal(err)
	}
	cut := RangeProof{C: p.C[:2], S: p.S[:2]}
	if err := VerifyRange(ctx, 0, y, two, 0, 1, cut); !errors.Is(err, ErrBadProof) {
		t.Fatalf("a proof for 2 verified as 0 or 1: %v", err)
	}
	// -1: B = -G + rY; the {-1, 0} proof shifted onto {0, 1} by using B + G.
	minus := Ciphertext{A: mulG(r), B: sub(mul(y, r), G)}
	shifted := Ciphertext{A: minus.A, B: add(minus.B, G)} // encrypts 0
	q, _ := ProveRange(ctx, 0, y, shifted, 0, 1, 0, r)
	if err := VerifyRange(ctx, 0, y, minus, 0, 1, q); !errors.Is(err, ErrBadProof) {
		t.Fatalf("a proof for -1 verified: %v", err)
	}
	if _, err := ProveRange(ctx, 0, y, two, 0, 1, 2, r); !errors.Is(err, ErrBadPlaintext) {
		t.Fatalf("ProveRange(2 in [0,1]) = %v", err)
	}
	// A ballot whose option proofs are honest but whose sum is 3 with maxChoices 2.
	b, _ := NewBallot(ctx, y, 4, 3, []uint8{0, 1, 2})
	if err := b.Verify(ctx, y, 4, 2); !errors.Is(err, ErrBadProof) {
		t.Fatalf("three choices verified under max 2: %v", err)
	}
}

func TestPointParsing(t *testing.T) {
	p := hexBig("0x30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd47")
	for _, tt := range []struct {
		name string
		x, y *big.Int
		ok   bool
	}{
		{"generator", big.NewInt(1), big.NewInt(2), true},
		{"infinity", big.NewInt(0), big.NewInt(0), true},
		{"off the curve", big.NewInt(1), big.NewInt(3), false},
		{"x + p", new(big.Int).Add(big.NewInt(1), p), big.NewInt(2), false},
		{"y + p", big.NewInt(1), new(big.Int).Add(big.NewInt(2), p), false},
		{"negative", big.NewInt(-1), big.NewInt(2), false},
	} {
		if _, err := PointFromBig(tt.x, tt.y); (err == nil) != tt.ok {
			t.Errorf("%s: %v", tt.name, err)
		}
	}
	if _, err := ScalarFromBig(Order); !errors.Is(err, ErrBadScalar) {
		t.Errorf("scalar r accepted: %v", err)
	}
}

// dkg runs the whole DKG in memory: n trustees, threshold k; it returns the election key,
// each trustee's secret x_j and the summed commitments.
func dkg(t testing.TB, k, n int) (Point, []Scalar, []Point) {
	polys := make([]*Polynomial, n)
	var all [][]Point
	for i := range polys {
		var err error
		if polys[i], err = NewPolynomial(k); err != nil {
			t.Fatal(err)
		}
		cs := polys[i].Commitments()
		ctx := NewContext(DomainDKG, big.NewInt(1), common.Address{1}, big.NewInt(1), common.Address{byte(i)})
		pok, _ := polys[i].ProveKnowledge(ctx)
		if err := VerifyKnowledge(ctx, cs[0], pok); err != nil {
			t.Fatal(err)
		}
		if err := VerifyKnowledge(ctx, cs[1%len(cs)], pok); len(cs) > 1 && err == nil {
			t.Fatal("proof of knowledge verified for another point")
		}
		all = append(all, cs)
	}
	xs := make([]Scalar, n)
	for j := 1; j <= n; j++ {
		var got []Scalar
		for i, p := range polys {
			s := p.Eval(uint64(j))
			if err := VerifyShare(all[i], uint64(j), s); err != nil {
				t.Fatal(err)
			}
			var bad Scalar
			bad.SetOne().Add(&bad, &s)
			if err := VerifyShare(all[i], uint64(j), bad); !errors.Is(err, ErrBadShare) {
				t.Fatal("a wrong share verified")
			}
			got = append(got, s)
		}
		xs[j-1] = SecretShare(got)
	}
	sum, err := SumCommitments(all)
	if err != nil {
		t.Fatal(err)
	}
	for j := range xs {
		vk := EvalCommitments(sum, uint64(j+1))
		if pk := PublicKeyOf(xs[j]); !pk.Equal(&vk) {
			t.Fatalf("trustee %d's secret does not match its verification key", j+1)
		}
	}
	return sum[0], xs, sum
}

// TestThresholdTally: a 3-of-5 DKG, ballots summed, decrypted from any 3 partial
// decryptions, each verified; 2 are not enough; a wrong partial decryption is refused.
func TestThresholdTally(t *testing.T) {
	y, xs, sum := dkg(t, 3, 5)
	var agg Ciphertext
	votes := []uint8{0, 1, 1, 2, 1, 0}
	for i, v := range votes {
		b, err := NewBallot(ctxFor(byte(i)), y, 3, 1, []uint8{v})
		if err != nil {
			t.Fatal(err)
		}
		agg = agg.Add(b.Ciphertexts[1])
	}
	dctx := NewContext(DomainDecrypt, big.NewInt(1), common.Address{1}, big.NewInt(1), common.Address{9})
	for _, pick := range [][]uint64{{1, 2, 3}, {5, 3, 1}, {2, 4, 5}} {
		var ds []Point
		for _, j := range pick {
			d, p, err := PartialDecrypt(dctx, 1, xs[j-1], agg.A)
			if err != nil {
				t.Fatal(err)
			}
			vk := EvalCommitments(sum, j)
			if err := VerifyEquality(dctx, 1, vk, agg.A, d, p); err != nil {
				t.Fatal(err)
			}
			wrong := add(d, G)
			if err := VerifyEquality(dctx, 1, vk, agg.A, wrong, p); !errors.Is(err, ErrBadProof) {
				t.Fatal("a wrong partial decryption verified")
			}
			other := EvalCommitments(sum, j%5+1)
			if err := VerifyEquality(dctx, 1, other, agg.A, d, p); !errors.Is(err, ErrBadProof) {
				t.Fatal("a partial decryption verified under another trustee's key")
			}
			ds = append(ds, d)
		}
		m, err := Combine(agg.B, pick, ds, 3)
		if err != nil {
			t.Fatal(err)
		}
		if n, err := DiscreteLog(m, uint64(len(votes))); err != nil || n != 3 {
			t.Fatalf("%v: count = %d, %v; want 3", pick, n, err)
		}
		if _, err := Combine(agg.B, pick[:2], ds[:2], 3); !errors.Is(err, ErrTooFewShares) {
			t.Fatalf("two shares combined: %v", err)
		}
		// With k-1 = 2 shares treated as if the threshold were 2, the result is garbage.
		m2, _ := Combine(agg.B, pick[:2], ds[:2], 2)
		if _, err := DiscreteLog(m2, 1000); err == nil {
			t.Fatal("two of a 3-of-5 key decrypted the tally")
		}
	}
}
