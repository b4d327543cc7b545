package voting

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"errors"
	"fmt"

	"github.com/cloudflare/circl/group"
	"github.com/cloudflare/circl/secretsharing"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/crypto/ecies"
)

var (
	// ErrTooFewShares is returned by Combine with fewer shares than the threshold.
	ErrTooFewShares = errors.New("too few trustee shares to rebuild the election key")
	// ErrWrongKey is returned when rebuilt shares do not give the election's key.
	ErrWrongKey = errors.New("the shares do not rebuild the election's key")
)

// p256Order bounds the election key: its shares are scalars of P-256, whose group order is
// below secp256k1's, so a key is drawn again in the rare case (about 1 in 2^32) that it does
// not fit.
var p256Order = elliptic.P256().Params().N

// NewElectionKey draws a secp256k1 key that can be split into P-256 scalar shares.
func NewElectionKey() (*ecdsa.PrivateKey, error) {
	for {
		k, err := crypto.GenerateKey()
		if err != nil {
			return nil, err
		}
		if k.D.Cmp(p256Order) < 0 {
			return k, nil
		}
	}
}

// Share is one trustee's part of the election key: 64 bytes, the share's x and y.
type Share []byte

// Split splits key into n shares of which any k rebuild it.
func Split(key *ecdsa.PrivateKey, k, n int) ([]Share, error) {
	if k < 1 || n < k || n > 255 {
		return nil, fmt.Errorf("want 1 <= k <= n <= 255 trustees, got k=%d n=%d", k, n)
	}
	if key.D.Cmp(p256Order) >= 0 {
		return nil, errors.New("key does not fit a P-256 scalar: make it with NewElectionKey")
	}
	secret := group.P256.NewScalar().SetBigInt(key.D)
	ss := secretsharing.New(rand.Reader, uint(k-1), secret)
	out := make([]Share, n)
	for i, s := range ss.Share(uint(n)) {
		id, err := s.ID.MarshalBinary()
		if err != nil {
			return nil, err
		}
		v, err := s.Value.MarshalBinary()
		if err != nil {
			return nil, err
		}
		out[i] = append(id, v...)
	}
	return out, nil
}

// Combine rebuilds the election key from at least k shares and checks it against the
// election's public key.
func Combine(k int, shares []Share, want *ecdsa.PublicKey) (*ecdsa.PrivateKey, error) {
	if len(shares) < k {
		return nil, fmt.Errorf("%w: have %d, need %d", ErrTooFewShares, len(shares), k)
	}
	parsed := make([]secretsharing.Share, len(shares))
	for i, s := range shares {
		if len(s) != 64 {
			return nil, fmt.Errorf("share %d is %d bytes, want 64", i, len(s))
		}
		id, v := group.P256.NewScalar(), group.P256.NewScalar()
		if err := id.UnmarshalBinary(s[:32]); err != nil {
			return nil, fmt.Errorf("share %d: %w", i, err)
		}
		if err := v.UnmarshalBinary(s[32:]); err != nil {
			return nil, fmt.Errorf("share %d: %w", i, err)
		}
		parsed[i] = secretsharing.Share{ID: id, Value: v}
	}
	secret, err := secretsharing.Recover(uint(k-1), parsed)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrTooFewShares, err)
	}
	raw, err := secret.MarshalBinary()
	if err != nil {
		return nil, err
	}
	key, err := crypto.ToECDSA(raw)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrWrongKey, err)
	}
	if want != nil && (key.PublicKey.X.Cmp(want.X) != 0 || key.PublicKey.Y.Cmp(want.Y) != 0) {
		return nil, ErrWrongKey
	}
	return key, nil
}

// EncryptFor encrypts data to a secp256k1 public key with ECIES (go-ethereum's).
func EncryptFor(pub *ecdsa.PublicKey, data []byte) ([]byte, error) {
	return ecies.Encrypt(rand.Reader, ecies.ImportECDSAPublic(pub), data, nil, nil)
}

// DecryptWith decrypts ECIES data with a secp256k1 private key.
func DecryptWith(key *ecdsa.PrivateKey, ct []byte) ([]byte, error) {
	return ecies.ImportECDSA(key).Decrypt(ct, nil, nil)
}
