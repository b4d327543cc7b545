// Package elgamal is M-Voting's ballot cryptography, in the style of Helios and Belenios:
// exponential ElGamal on the alt_bn128 (BN254) G1 group, which the London EVM checks
// cheaply with the ecAdd and ecMul precompiles (EIP-196); zero-knowledge proofs made
// non-interactive with Fiat-Shamir over keccak256, in exactly the byte layout MVoting
// hashes; a dealerless k-of-n key (Pedersen's DKG over Feldman VSS); and threshold
// decryption of the aggregate only.
//
// The curve arithmetic is gnark-crypto's (github.com/consensys/gnark-crypto/ecc/bn254), a
// maintained library already in go-ethereum's dependency tree; this package only composes
// it. BN254 G1 has cofactor 1: every point on the curve is in the prime-order group, so
// the on-curve check is the whole membership check (as it is in the precompiles).
package elgamal

import (
	"errors"
	"fmt"
	"math/big"

	"github.com/consensys/gnark-crypto/ecc/bn254"
	"github.com/consensys/gnark-crypto/ecc/bn254/fp"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// Point is a point of BN254 G1 in affine coordinates; (0, 0) is the point at infinity, as
// in the EVM precompiles.
type Point = bn254.G1Affine

// Scalar is an integer modulo the group order r.
type Scalar = fr.Element

var (
	// ErrBadPoint: coordinates that are not a point of BN254 G1 (off the curve or not
	// below the field prime).
	ErrBadPoint = errors.New("not a point of BN254 G1")
	// ErrBadScalar: a proof scalar that is not below the group order (non-canonical).
	ErrBadScalar = errors.New("scalar not below the group order")
	// ErrBadProof: a proof that does not verify.
	ErrBadProof = errors.New("proof does not verify")
	// ErrBadPlaintext: a value outside what a proof or the tally may cover.
	ErrBadPlaintext = errors.New("plaintext out of range")
)

// G is the generator (1, 2) of BN254 G1, the one the precompiles and Ethereum use.
var G Point

// Order is the group order r.
var Order = fr.Modulus()

func init() { _, _, G, _ = bn254.Generators() }

// PointFromBig reads (x, y) as the precompiles do: both below the field prime and on
// y^2 = x^3 + 3, or (0, 0) for the point at infinity.
func PointFromBig(x, y *big.Int) (Point, error) {
	var p Point
	if x == nil || y == nil || x.Sign() < 0 || y.Sign() < 0 || x.Cmp(fp.Modulus()) >= 0 || y.Cmp(fp.Modulus()) >= 0 {
		return p, fmt.Errorf("%w: coordinates (%v, %v) not in the field", ErrBadPoint, x, y)
	}
	p.X.SetBigInt(x)
	p.Y.SetBigInt(y)
	if !p.IsInfinity() && !p.IsOnCurve() {
		return p, fmt.Errorf("%w: (%v, %v) is off the curve", ErrBadPoint, x, y)
	}
	return p, nil
}

// PointFromBytes reads 64 bytes, x then y big-endian, as PointFromBig.
func PointFromBytes(b []byte) (Point, error) {
	if len(b) != 64 {
		return Point{}, fmt.Errorf("%w: %d bytes, want 64", ErrBadPoint, len(b))
	}
	return PointFromBig(new(big.Int).SetBytes(b[:32]), new(big.Int).SetBytes(b[32:]))
}

// PointBig is p's (x, y), the form of a uint256[2] in the contract's ABI.
func PointBig(p Point) [2]*big.Int {
	var x, y big.Int
	p.X.BigInt(&x)
	p.Y.BigInt(&y)
	return [2]*big.Int{&x, &y}
}

// PointBytes is p's 64-byte encoding, x then y big-endian.
func PointBytes(p Point) []byte {
	x, y := p.X.Bytes(), p.Y.Bytes()
	return append(x[:], y[:]...)
}

// ScalarFromBig reads a canonical scalar: 0 <= v < r.
func ScalarFromBig(v *big.Int) (Scalar, error) {
	var s Scalar
	if v == nil || v.Sign() < 0 || v.Cmp(Order) >= 0 {
		return s, fmt.Errorf("%w: %v", ErrBadScalar, v)
	}
	s.SetBigInt(v)
	return s, nil
}

// ScalarBig is s as an integer.
func ScalarBig(s Scalar) *big.Int { return s.BigInt(new(big.Int)) }

// RandomScalar draws a uniform scalar from crypto/rand.
func RandomScalar() (Scalar, error) {
	var s Scalar
	if _, err := s.SetRandom(); err != nil {
		return s, fmt.Errorf("draw a random scalar: %w", err)
	}
	return s, nil
}

func mul(p Point, s Scalar) Point {
	var out Point
	out.ScalarMultiplication(&p, s.BigInt(new(big.Int)))
	return out
}

func mulG(s Scalar) Point { return mul(G, s) }

func mulGUint(v uint64) Point { return mulG(*new(Scalar).SetUint64(v)) }

func add(a, b Point) Point {
	var out Point
	out.Add(&a, &b)
	return out
}

func sub(a, b Point) Point {
	var out Point
	out.Sub(&a, &b)
	return out
}

// Ciphertext is an exponential ElGamal ciphertext (A, B) = (rG, mG + rY): multiplying
// ciphertexts (adding points) adds plaintexts, which is how the contract tallies without
// decrypting any ballot.
type Ciphertext struct{ A, B Point }

// Encrypt encrypts m to the election key Y with randomness r.
func Encrypt(y Point, m uint64, r Scalar) Ciphertext {
	return Ciphertext{A: mulG(r), B: add(mulGUint(m), mul(y, r))}
}

// Add is the homomorphic sum of two ciphertexts.
func (c Ciphertext) Add(o Ciphertext) Ciphertext {
	return Ciphertext{A: add(c.A, o.A), B: add(c.B, o.B)}
}

// Sub is the homomorphic difference (a replaced ballot taken back out of the sum).
func (c Ciphertext) Sub(o Ciphertext) Ciphertext {
	return Ciphertext{A: sub(c.A, o.A), B: sub(c.B, o.B)}
}

// Words is c as the contract's uint256[4]: A.x, A.y, B.x, B.y.
func (c Ciphertext) Words() [4]*big.Int {
	a, b := PointBig(c.A), PointBig(c.B)
	return [4]*big.Int{a[0], a[1], b[0], b[1]}
}

// CiphertextFromWords reads the contract's uint256[4], checking both points.
func CiphertextFromWords(w [4]*big.Int) (Ciphertext, error) {
	a, err := PointFromBig(w[0], w[1])
	if err != nil {
		return Ciphertext{}, err
	}
	b, err := PointFromBig(w[2], w[3])
	if err != nil {
		return Ciphertext{}, err
	}
	return Ciphertext{A: a, B: b}, nil
}

// Context binds every Fiat-Shamir challenge to where a proof is valid: the domain (what
// kind of proof), the chain, the contract, the election and the party (voter or trustee).
// A ballot copied from another voter carries proofs bound to that voter's address and
// fails; so does a proof replayed on another chain, contract or election.
type Context [32]byte

// Domains of the contexts, the same strings MVoting hashes.
const (
	DomainBallot  = "seoulchain.MVoting.ballot.v1"
	DomainDKG     = "seoulchain.MVoting.dkg.v1"
	DomainDecrypt = "seoulchain.MVoting.decrypt.v1"
)

// NewContext is keccak256(abi.encode(keccak256(domain), chainID, contract, election, party)).
func NewContext(domain string, chainID *big.Int, contract common.Address, election *big.Int, party common.Address) Context {
	return Context(crypto.Keccak256Hash(
		crypto.Keccak256([]byte(domain)),
		common.BigToHash(chainID).Bytes(),
		common.LeftPadBytes(contract.Bytes(), 32),
		common.BigToHash(election).Bytes(),
		common.LeftPadBytes(party.Bytes(), 32),
	))
}

// transcript is the Fiat-Shamir input: the context, then 32-byte words, the layout of
// abi.encodePacked(bytes32, uint256[]) in the contract.
type transcript []byte

func newTranscript(ctx Context, words ...uint64) transcript {
	t := transcript(append([]byte{}, ctx[:]...))
	for _, w := range words {
		t = append(t, common.BigToHash(new(big.Int).SetUint64(w)).Bytes()...)
	}
	return t
}

func (t transcript) points(ps ...Point) transcript {
	for _, p := range ps {
		t = append(t, PointBytes(p)...)
	}
	return t
}

// challenge is keccak256(transcript) mod r.
func (t transcript) challenge() Scalar {
	var c Scalar
	c.SetBytes(crypto.Keccak256(t))
	return c
}
