package elgamal

import (
	"fmt"
	"math/big"
)

// RangeProof is a disjunctive Chaum-Pedersen proof (Cramer-Damgård-Schoenmakers 1994, as
// in Helios) that a ciphertext (A, B) under Y encrypts one of lo, lo+1, ..., hi without
// saying which: for each value v_j it shows (A, B - v_j G) is a Diffie-Hellman tuple with
// (G, Y), all but one branch simulated, and the challenges C sum to the Fiat-Shamir hash.
// It is sent as its challenges and responses only; the verifier (Go or the contract)
// recomputes the commitments a_j = s_j G - c_j A and b_j = s_j Y - c_j (B - v_j G).
type RangeProof struct{ C, S []Scalar }

// ProveRange proves ct = Encrypt(y, m, r) encrypts a value in [lo, hi]; tag tells proofs
// of one context apart (the option index, or SumTag).
func ProveRange(ctx Context, tag uint64, y Point, ct Ciphertext, lo, hi, m uint64, r Scalar) (RangeProof, error) {
	if lo > hi || m < lo || m > hi || hi-lo >= 256 {
		return RangeProof{}, fmt.Errorf("%w: %d not in [%d, %d]", ErrBadPlaintext, m, lo, hi)
	}
	n := int(hi - lo + 1)
	p := RangeProof{C: make([]Scalar, n), S: make([]Scalar, n)}
	as, bs := make([]Point, n), make([]Point, n)
	real := int(m - lo)
	w, err := RandomScalar()
	if err != nil {
		return RangeProof{}, err
	}
	var sumC Scalar
	for j := 0; j < n; j++ {
		if j == real {
			as[j], bs[j] = mulG(w), mul(y, w)
			continue
		}
		if p.C[j], err = RandomScalar(); err != nil {
			return RangeProof{}, err
		}
		if p.S[j], err = RandomScalar(); err != nil {
			return RangeProof{}, err
		}
		as[j], bs[j] = rangeCommitments(y, ct, lo+uint64(j), p.C[j], p.S[j])
		sumC.Add(&sumC, &p.C[j])
	}
	c := rangeChallenge(ctx, tag, lo, hi, ct, as, bs)
	p.C[real].Sub(&c, &sumC)
	var cr Scalar
	cr.Mul(&p.C[real], &r)
	p.S[real].Add(&w, &cr)
	return p, nil
}

// VerifyRange checks a RangeProof.
func VerifyRange(ctx Context, tag uint64, y Point, ct Ciphertext, lo, hi uint64, p RangeProof) error {
	if lo > hi || hi-lo >= 256 {
		return fmt.Errorf("%w: empty range [%d, %d]", ErrBadPlaintext, lo, hi)
	}
	n := int(hi - lo + 1)
	if len(p.C) != n || len(p.S) != n {
		return fmt.Errorf("%w: %d challenges and %d responses for %d values", ErrBadProof, len(p.C), len(p.S), n)
	}
	as, bs := make([]Point, n), make([]Point, n)
	var sumC Scalar
	for j := 0; j < n; j++ {
		as[j], bs[j] = rangeCommitments(y, ct, lo+uint64(j), p.C[j], p.S[j])
		sumC.Add(&sumC, &p.C[j])
	}
	if c := rangeChallenge(ctx, tag, lo, hi, ct, as, bs); !c.Equal(&sumC) {
		return fmt.Errorf("%w: the challenges do not add up to the hash (range [%d, %d], tag %d)", ErrBadProof, lo, hi, tag)
	}
	return nil
}

// rangeCommitments recomputes branch v's commitments: a = sG - cA, b = sY - c(B - vG).
func rangeCommitments(y Point, ct Ciphertext, v uint64, c, s Scalar) (Point, Point) {
	a := sub(mulG(s), mul(ct.A, c))
	b := sub(mul(y, s), mul(sub(ct.B, mulGUint(v)), c))
	return a, b
}

// rangeChallenge hashes ctx, tag, lo, hi, A, B, then a_0, b_0, a_1, b_1, ...
func rangeChallenge(ctx Context, tag, lo, hi uint64, ct Ciphertext, as, bs []Point) Scalar {
	t := newTranscript(ctx, tag, lo, hi).points(ct.A, ct.B)
	for j := range as {
		t = t.points(as[j], bs[j])
	}
	return t.challenge()
}

// EqualityProof is a Chaum-Pedersen proof (CP92) that log_G(K) = log_A(D): a trustee's
// partial decryption D = x A uses the same secret x as its verification key K = x G. Sent
// as (c, s); the verifier recomputes t1 = sG - cK, t2 = sA - cD.
type EqualityProof struct{ C, S Scalar }

// ProveEquality proves D = x A for K = x G.
func ProveEquality(ctx Context, tag uint64, x Scalar, k, a, d Point) (EqualityProof, error) {
	w, err := RandomScalar()
	if err != nil {
		return EqualityProof{}, err
	}
	c := newTranscript(ctx, tag).points(k, a, d, mulG(w), mul(a, w)).challenge()
	var s Scalar
	s.Mul(&c, &x).Add(&s, &w)
	return EqualityProof{C: c, S: s}, nil
}

// VerifyEquality checks an EqualityProof.
func VerifyEquality(ctx Context, tag uint64, k, a, d Point, p EqualityProof) error {
	t1 := sub(mulG(p.S), mul(k, p.C))
	t2 := sub(mul(a, p.S), mul(d, p.C))
	if c := newTranscript(ctx, tag).points(k, a, d, t1, t2).challenge(); !c.Equal(&p.C) {
		return fmt.Errorf("%w: the partial decryption does not match the verification key (tag %d)", ErrBadProof, tag)
	}
	return nil
}

// SchnorrProof proves knowledge of the discrete log of a point (Schnorr 1991), sent as
// (c, s) with R = sG - cC recomputed. A trustee's proof for its constant-term commitment
// stops a rogue-key attack: nobody can publish C = X - (others' commitments) without
// knowing its log.
type SchnorrProof struct{ C, S Scalar }

// ProveKnowledge proves knowledge of a for C = aG.
func ProveKnowledge(ctx Context, a Scalar) (SchnorrProof, error) {
	w, err := RandomScalar()
	if err != nil {
		return SchnorrProof{}, err
	}
	c := newTranscript(ctx).points(mulG(a), mulG(w)).challenge()
	var s Scalar
	s.Mul(&c, &a).Add(&s, &w)
	return SchnorrProof{C: c, S: s}, nil
}

// VerifyKnowledge checks a SchnorrProof for C.
func VerifyKnowledge(ctx Context, c Point, p SchnorrProof) error {
	r := sub(mulG(p.S), mul(c, p.C))
	if h := newTranscript(ctx).points(c, r).challenge(); !h.Equal(&p.C) {
		return fmt.Errorf("%w: no knowledge of the commitment's discrete log", ErrBadProof)
	}
	return nil
}

// Words is p as the contract's uint256[2] (c, s).
func (p SchnorrProof) Words() [2]*big.Int { return [2]*big.Int{ScalarBig(p.C), ScalarBig(p.S)} }

// Words is p as the contract's uint256[2] (c, s).
func (p EqualityProof) Words() [2]*big.Int { return [2]*big.Int{ScalarBig(p.C), ScalarBig(p.S)} }

// Words is p as the contract's uint256[]: the challenges, then the responses.
func (p RangeProof) Words() []*big.Int {
	out := make([]*big.Int, 0, 2*len(p.C))
	for _, c := range p.C {
		out = append(out, ScalarBig(c))
	}
	for _, s := range p.S {
		out = append(out, ScalarBig(s))
	}
	return out
}

// RangeProofFromWords reads challenges then responses, each canonical.
func RangeProofFromWords(w []*big.Int) (RangeProof, error) {
	if len(w)%2 != 0 {
		return RangeProof{}, fmt.Errorf("%w: odd number of words", ErrBadProof)
	}
	n := len(w) / 2
	p := RangeProof{C: make([]Scalar, n), S: make([]Scalar, n)}
	for i := 0; i < n; i++ {
		var err error
		if p.C[i], err = ScalarFromBig(w[i]); err != nil {
			return RangeProof{}, err
		}
		if p.S[i], err = ScalarFromBig(w[n+i]); err != nil {
			return RangeProof{}, err
		}
	}
	return p, nil
}

// pairFromWords reads a (c, s) pair, each canonical.
func pairFromWords(w [2]*big.Int) (Scalar, Scalar, error) {
	c, err := ScalarFromBig(w[0])
	if err != nil {
		return c, c, err
	}
	s, err := ScalarFromBig(w[1])
	return c, s, err
}

// EqualityProofFromWords reads (c, s).
func EqualityProofFromWords(w [2]*big.Int) (EqualityProof, error) {
	c, s, err := pairFromWords(w)
	return EqualityProof{C: c, S: s}, err
}

// SchnorrProofFromWords reads (c, s).
func SchnorrProofFromWords(w [2]*big.Int) (SchnorrProof, error) {
	c, s, err := pairFromWords(w)
	return SchnorrProof{C: c, S: s}, err
}
