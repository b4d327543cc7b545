package voting

import (
	"crypto/ecdsa"
	"crypto/rand"
	"fmt"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/crypto/ecies"
)

// EncryptFor encrypts data to a secp256k1 public key with ECIES (go-ethereum's): key
// generation shares travel to their trustee this way, and a trustee's own secrets are
// kept this way in its file, so only its keystore key opens them.
func EncryptFor(pub *ecdsa.PublicKey, data []byte) ([]byte, error) {
	return ecies.Encrypt(rand.Reader, ecies.ImportECDSAPublic(pub), data, nil, nil)
}

// DecryptWith decrypts ECIES data with a secp256k1 private key.
func DecryptWith(key *ecdsa.PrivateKey, ct []byte) ([]byte, error) {
	return ecies.ImportECDSA(key).Decrypt(ct, nil, nil)
}

// TrusteeKey is a trustee's secp256k1 public key as MVoting takes it: 64 bytes, x and y.
func TrusteeKey(pub *ecdsa.PublicKey) []byte { return crypto.FromECDSAPub(pub)[1:] }

// ParseTrusteeKey reads a trustee's public key: 64 bytes (as on chain), 65 (uncompressed)
// or 33 (compressed).
func ParseTrusteeKey(b []byte) (*ecdsa.PublicKey, error) {
	switch len(b) {
	case 64:
		return crypto.UnmarshalPubkey(append([]byte{4}, b...))
	case 65:
		return crypto.UnmarshalPubkey(b)
	case 33:
		return crypto.DecompressPubkey(b)
	}
	return nil, fmt.Errorf("%d bytes; want a 65-byte (or 33-byte compressed) public key from 'seoulchain vote trustee pubkey'", len(b))
}

// parsePub reads a trustee's public key in hex.
func parsePub(s string) (*ecdsa.PublicKey, error) {
	b, err := hexutil.Decode(s)
	if err != nil {
		return nil, fmt.Errorf("not 0x-prefixed hex: %w", err)
	}
	k, err := ParseTrusteeKey(b)
	if err != nil {
		return nil, fmt.Errorf("not a secp256k1 public key: %w", err)
	}
	return k, nil
}
