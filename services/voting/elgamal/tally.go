package elgamal

import (
	"errors"
	"fmt"
)

// ErrTooFewShares: fewer partial decryptions than the threshold.
var ErrTooFewShares = errors.New("too few partial decryptions")

// PartialDecrypt is trustee j's share of the decryption of an aggregate ciphertext's A:
// D = x_j A, with a proof that it used the secret behind its verification key. Only the
// aggregate is ever decrypted, never a ballot (Helios).
func PartialDecrypt(ctx Context, tag uint64, x Scalar, a Point) (Point, EqualityProof, error) {
	d := mul(a, x)
	p, err := ProveEquality(ctx, tag, x, mulG(x), a, d)
	return d, p, err
}

// Lagrange is the coefficients at 0 for the trustee indexes (distinct, from 1):
// lambda_j = prod_{m != j} m / (m - j) mod r.
func Lagrange(indexes []uint64) ([]Scalar, error) {
	out := make([]Scalar, len(indexes))
	for i, j := range indexes {
		if j == 0 {
			return nil, errors.New("trustee index 0: indexes count from 1")
		}
		num, den := new(Scalar).SetOne(), new(Scalar).SetOne()
		for k, m := range indexes {
			if k == i {
				continue
			}
			if m == j {
				return nil, fmt.Errorf("trustee index %d twice", j)
			}
			var ms, diff Scalar
			ms.SetUint64(m)
			diff.SetUint64(j)
			diff.Sub(&ms, &diff)
			num.Mul(num, &ms)
			den.Mul(den, &diff)
		}
		den.Inverse(den)
		out[i].Mul(num, den)
	}
	return out, nil
}

// Combine is B - sum_j lambda_j D_j = mG, from partial decryptions of (A, B) by k
// trustees (Lagrange interpolation in the exponent).
func Combine(b Point, indexes []uint64, ds []Point, k int) (Point, error) {
	if len(indexes) < k || len(ds) != len(indexes) {
		return Point{}, fmt.Errorf("%w: have %d, need %d", ErrTooFewShares, len(indexes), k)
	}
	lambdas, err := Lagrange(indexes[:k])
	if err != nil {
		return Point{}, err
	}
	m := b
	for i := 0; i < k; i++ {
		m = sub(m, mul(ds[i], lambdas[i]))
	}
	return m, nil
}

// DiscreteLog finds m <= max with mG = p by walking G, 2G, ...: a count is at most the
// number of ballots, so the walk is short (a million additions take well under a second).
func DiscreteLog(p Point, max uint64) (uint64, error) {
	var acc Point
	for m := uint64(0); m <= max; m++ {
		if acc.Equal(&p) {
			return m, nil
		}
		acc = add(acc, G)
	}
	return 0, fmt.Errorf("%w: no count up to %d decrypts to this point", ErrBadPlaintext, max)
}
