package elgamal

import (
	"errors"
	"fmt"
)

// Distributed key generation without a dealer, as Belenios's threshold mode (Pedersen
// 1991, over Feldman's verifiable secret sharing): trustee i draws a polynomial f_i of
// degree k-1, publishes C_il = a_il G for each coefficient with a Schnorr proof of
// knowledge of a_i0, and sends f_i(j) to trustee j encrypted to j's key. Trustee j checks
// f_i(j) G = sum_l j^l C_il for every i and keeps x_j = sum_i f_i(j). The election key is
// Y = sum_i C_i0; the key x = sum_i a_i0 exists nowhere, and any k trustees hold a
// Shamir sharing of it. Trustee j's verification key K_j = x_j G = sum_l j^l (sum_i C_il)
// is public, so its partial decryptions can be checked. (Feldman-based DKG lets a rushing
// trustee bias Y slightly — Gennaro et al. 1999 — which does not help it decrypt; Belenios
// accepts the same.)

// ErrBadShare: a received share that does not match its sender's commitments.
var ErrBadShare = errors.New("share does not match the trustee's commitments")

// Polynomial is a trustee's secret polynomial: Coeffs[0] is its part of the election key.
type Polynomial struct{ Coeffs []Scalar }

// NewPolynomial draws a random polynomial of degree k-1 (k coefficients).
func NewPolynomial(k int) (*Polynomial, error) {
	if k < 1 || k > 255 {
		return nil, fmt.Errorf("threshold %d: want 1 to 255", k)
	}
	p := &Polynomial{Coeffs: make([]Scalar, k)}
	for i := range p.Coeffs {
		var err error
		if p.Coeffs[i], err = RandomScalar(); err != nil {
			return nil, err
		}
	}
	return p, nil
}

// Commitments are the coefficients' public points C_l = a_l G.
func (p *Polynomial) Commitments() []Point {
	out := make([]Point, len(p.Coeffs))
	for i, a := range p.Coeffs {
		out[i] = mulG(a)
	}
	return out
}

// Eval is f(j), trustee j's share (trustees count from 1).
func (p *Polynomial) Eval(j uint64) Scalar {
	var x, acc Scalar
	x.SetUint64(j)
	for i := len(p.Coeffs) - 1; i >= 0; i-- {
		acc.Mul(&acc, &x).Add(&acc, &p.Coeffs[i])
	}
	return acc
}

// ProveKnowledge proves knowledge of the constant term, bound to ctx
// (NewContext(DomainDKG, chain, contract, election, trustee)).
func (p *Polynomial) ProveKnowledge(ctx Context) (SchnorrProof, error) {
	return ProveKnowledge(ctx, p.Coeffs[0])
}

// EvalCommitments is sum_l j^l C_l (Horner), the public image of f(j).
func EvalCommitments(cs []Point, j uint64) Point {
	var x Scalar
	x.SetUint64(j)
	var acc Point
	for i := len(cs) - 1; i >= 0; i-- {
		acc = add(mul(acc, x), cs[i])
	}
	return acc
}

// VerifyShare checks share·G = sum_l j^l C_l: the share trustee j received from the
// trustee who published cs.
func VerifyShare(cs []Point, j uint64, share Scalar) error {
	want := EvalCommitments(cs, j)
	if got := mulG(share); !got.Equal(&want) {
		return fmt.Errorf("%w (trustee %d)", ErrBadShare, j)
	}
	return nil
}

// SumCommitments adds the trustees' commitments coefficient by coefficient: [0] is the
// election key Y, and EvalCommitments(sum, j) is trustee j's verification key.
func SumCommitments(all [][]Point) ([]Point, error) {
	if len(all) == 0 {
		return nil, errors.New("no trustee commitments")
	}
	sum := make([]Point, len(all[0]))
	for i, cs := range all {
		if len(cs) != len(sum) {
			return nil, fmt.Errorf("trustee %d committed %d coefficients, want %d", i+1, len(cs), len(sum))
		}
		for l := range cs {
			sum[l] = add(sum[l], cs[l])
		}
	}
	return sum, nil
}

// SecretShare is trustee j's decryption secret x_j = sum_i f_i(j) from its received shares.
func SecretShare(shares []Scalar) Scalar {
	var x Scalar
	for i := range shares {
		x.Add(&x, &shares[i])
	}
	return x
}

// PublicKeyOf is x G.
func PublicKeyOf(x Scalar) Point { return mulG(x) }
